// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>

namespace cm::cli {

//! `clearmesh-cli stress`: a scenario (a file or a built-in name) on a world's book; prints the
//! report (DESIGN §11). `list` prints the built-in scenarios instead.
int runStressCommand(const std::map<std::string, std::string>& options, bool list);

} // namespace cm::cli
