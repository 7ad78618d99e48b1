// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>

namespace cm::cli {

//! clearmesh-cli feed: streams a historical candle CSV into a running console or `run
//! --listen` as price lines, one candle's close per line, paced by --speed.
int runFeed(const std::map<std::string, std::string>& options);

} // namespace cm::cli
