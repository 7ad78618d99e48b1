// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace cm::cli {

//! "90s", "10m", "2h", "1d" or plain milliseconds ("1500ms"); nullopt when malformed.
std::optional<std::int64_t> parseDurationMs(const std::string& text);
//! A plain non-negative decimal count ("10000"), or nothing.
std::optional<std::uint64_t> parseCount(const std::string& text);

//! clearmesh-cli run: the engine without a window until the simulated duration has passed or
//! SIGTERM/SIGINT arrives; then prints the final report with the state hash.
int runHeadless(const std::map<std::string, std::string>& options);

} // namespace cm::cli
