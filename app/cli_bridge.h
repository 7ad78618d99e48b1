// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>

namespace cm::cli {

//! `clearmesh-cli bridge --world FILE --script FILE`: runs the script's transfers and attacks
//! against the interop layer and prints each step's outcome, the transfers, the routes and the
//! alerts as JSON. A bad script is refused with the JSON path of what is wrong (exit 2).
int runBridge(const std::map<std::string, std::string>& options, bool pretty);

} // namespace cm::cli
