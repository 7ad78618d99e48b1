// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/candles.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace cm {
namespace {

std::vector<std::string> splitCsv(const std::string& line)
{
    std::vector<std::string> out;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, ','))
        out.push_back(field);
    if (!line.empty() && line.back() == ',')
        out.emplace_back();
    return out;
}

// Howard Hinnant's days_from_civil.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool parseNumber(const std::string& s, double& out)
{
    if (s.empty())
        return false;
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size();
}

} // namespace

Result<std::int64_t> parseUtcTime(const std::string& text)
{
    if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos && text.size() <= 11)
        return std::stoll(text);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    char tail = 0;
    const int n = std::sscanf(text.c_str(), "%4d-%2d-%2d %2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &tail);
    const bool dateOnly = n == 3 && text.size() == 10;
    if (!(dateOnly || n == 6) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return Error{"bad time '" + text + "' (expected YYYY-MM-DD, YYYY-MM-DD HH:MM:SS or unix seconds)"};
    return daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60 + s;
}

std::string assetOfTicker(const std::string& ticker)
{
    for (const char* quote : {"USDT", "BUSD", "USD"}) {
        const std::string q = quote;
        if (ticker.size() > q.size() && ticker.compare(ticker.size() - q.size(), q.size(), q) == 0)
            return ticker.substr(0, ticker.size() - q.size());
    }
    return ticker;
}

Result<CandleSeries> loadCandles(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return Error{path + ": cannot open the candle file"};
    std::string line;
    std::getline(in, line);
    bool coinbase = false;
    if (line.rfind("Timestamps are", 0) == 0) { // CryptoDataDownload's banner
        coinbase = true;
        std::getline(in, line);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    const auto header = splitCsv(line);
    if (coinbase ? (header.size() < 7 || header[0] != "Unix Timestamp" || header[6] != "Close")
                 : (header.size() < 7 || header[0] != "date" || header[4] != "close"))
        return Error{path + ": line " + std::to_string(coinbase ? 2 : 1) + ": not a known candle header"};

    CandleSeries series;
    std::size_t lineNo = coinbase ? 2 : 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        const auto f = splitCsv(line);
        auto bad = [&](const std::string& what) { return Error{path + ": line " + std::to_string(lineNo) + ": " + what}; };
        if (f.size() < 7)
            return bad("expected at least 7 fields, got " + std::to_string(f.size()));
        Candle c;
        double t = 0;
        if (coinbase) {
            if (!parseNumber(f[0], t))
                return bad("bad timestamp '" + f[0] + "'");
            c.time_s = static_cast<std::int64_t>(t);
            if (!parseNumber(f[3], c.open) || !parseNumber(f[4], c.high) || !parseNumber(f[5], c.low) || !parseNumber(f[6], c.close))
                return bad("bad price");
            if (series.ticker.empty())
                series.ticker = f[2];
        } else {
            const auto time = parseUtcTime(f[0]);
            if (!time)
                return bad(time.error().message);
            c.time_s = time.value();
            if (!parseNumber(f[1], c.open) || !parseNumber(f[2], c.high) || !parseNumber(f[3], c.low) || !parseNumber(f[4], c.close))
                return bad("bad price");
            if (series.ticker.empty())
                series.ticker = f[6];
        }
        if (!(c.low > 0) || !(c.high >= c.low) || !(c.close > 0))
            return bad("prices must be positive with low <= high");
        series.candles.push_back(c);
    }
    std::sort(series.candles.begin(), series.candles.end(), [](const Candle& a, const Candle& b) { return a.time_s < b.time_s; });
    return series;
}

} // namespace cm
