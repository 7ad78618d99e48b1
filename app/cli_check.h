// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>

namespace cm::cli {

//! `clearmesh-cli check`: the pre-trade check "can this account move X?" on a world's book or a
//! journal's as it stands now (read-only); prints the answer as JSON, exits 1 when the move
//! would not pass.
int runCheck(const std::map<std::string, std::string>& options, bool pretty);

} // namespace cm::cli
