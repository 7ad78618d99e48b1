// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cm {

struct Candle {
    std::int64_t time_s = 0; //!< open time, unix seconds (UTC)
    double open = 0, high = 0, low = 0, close = 0;
};

struct CandleSeries {
    std::string ticker;      //!< e.g. ETHUSDT, ETHUSD
    std::vector<Candle> candles; //!< oldest first
};

//! Reads the hourly candle files of shared/data/market/hourly: Binance
//! (date,open,high,low,close,volume,ticker; oldest first) and CryptoDataDownload's Coinbase
//! (a banner line, then Unix Timestamp,Date,Symbol,Open,High,Low,Close,...; newest first).
//! Errors name the file, the line and the problem.
Result<CandleSeries> loadCandles(const std::string& path);

//! "2020-03-12" or "2020-03-12 10:00:00" (UTC) or unix seconds; nullopt-like Error otherwise.
Result<std::int64_t> parseUtcTime(const std::string& text);

//! The asset symbol of a ticker: ETHUSDT → ETH, BTCUSD → BTC.
std::string assetOfTicker(const std::string& ticker);

} // namespace cm
