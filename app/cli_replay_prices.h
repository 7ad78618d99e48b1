// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

namespace cm::cli {

//! `clearmesh-cli replay-prices --world FILE --prices CSV --from TIME --to TIME [--use-low]`:
//! drives the world's asset with real hourly candles (moved as they moved, from its price now),
//! with the liquidation engine on, and prints per hour how many accounts were liquidatable, the
//! debt liquidated in that hour, the bad debt and the insurance fund so far.
int runReplayPrices(const std::map<std::string, std::string>& options, const std::vector<std::string>& flags);

} // namespace cm::cli
