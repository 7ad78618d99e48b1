// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli_replay_prices.h"

#include "core/domain/world_loader.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/runtime/clearing_state.h"
#include "core/sim/candles.h"
#include "core/sim/replay_scenario.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

namespace cm::cli {
namespace {

constexpr int kExitUsage = 2;
constexpr std::int64_t kStepMs = 250;

int fail(const std::string& message)
{
    std::cerr << "clearmesh-cli: " << message << "\n";
    return kExitUsage;
}

std::string usd(Int128 e8) { return formatDecimalFixed(e8, kUsdDecimals, 2); }

} // namespace

int runReplayPrices(const std::map<std::string, std::string>& options, const std::vector<std::string>& flags)
{
    for (const char* needed : {"--world", "--prices", "--from", "--to"})
        if (!options.count(needed))
            return fail(std::string("replay-prices needs --world FILE --prices CSV --from TIME --to TIME (missing ") + needed + ")");
    auto world = loadWorldFile(options.at("--world"));
    if (!world)
        return fail(world.error().message);
    auto candles = loadCandles(options.at("--prices"));
    if (!candles)
        return fail(candles.error().message);
    auto from = parseUtcTime(options.at("--from"));
    auto to = parseUtcTime(options.at("--to"));
    if (!from)
        return fail("--from: " + from.error().message);
    if (!to)
        return fail("--to: " + to.error().message);
    if (to.value() <= from.value())
        return fail("--to must be after --from");
    const bool useLow = std::find(flags.begin(), flags.end(), "--use-low") != flags.end();
    const std::string symbol = options.count("--asset") ? options.at("--asset") : assetOfTicker(candles.value().ticker);
    if (world.value().findAsset(symbol) < 0)
        return fail("--asset: the world has no asset '" + symbol + "'");

    // The window as a historical replay of one asset: each candle's close (or low).
    auto scenario = std::make_shared<ReplayScenario>();
    scenario->name = "replay-prices";
    scenario->title = candles.value().ticker + (useLow ? " lows" : " closes");
    scenario->from_s = from.value();
    scenario->to_s = to.value();
    ReplayScenario::Series series;
    series.asset = symbol;
    for (const Candle& c : candles.value().candles)
        if (c.time_s >= from.value() && c.time_s <= to.value())
            series.closes.emplace_back(c.time_s, useLow ? c.low : c.close);
    if (series.closes.size() < 2)
        return fail("--prices: fewer than two candles between --from and --to");
    scenario->series.push_back(std::move(series));

    World w = std::move(world).value();
    w.liquidation.enabled = true; // what this command is for
    const std::uint64_t seed = w.seed;
    ClearingState state(std::move(w), seed, kStepMs);
    state.startReplay(scenario);

    nlohmann::ordered_json hours = nlohmann::ordered_json::array();
    Int128 repaidBefore = 0;
    const auto& first = scenario->series.front().closes;
    for (std::size_t h = 0; h + 1 < first.size() || h == 0; ++h) {
        if (h > 0)
            state.advance(static_cast<std::uint64_t>((first[h].first - first[h - 1].first) * 1000 / kStepMs));
        else
            state.runLiquidations();
        const Snapshot snap = state.snapshot();
        const Int128 repaid = state.liquidations().liquidatedUsdE8();
        nlohmann::ordered_json row;
        row["time"] = first[h].first;
        row["price"] = static_cast<double>(toDouble(snap.assets[static_cast<std::size_t>(state.world().findAsset(symbol))].price_e8)) / 1e8;
        row["liquidatable"] = snap.liquidatable;
        row["liquidated_usd"] = usd(repaid - repaidBefore);
        row["bad_debt_usd"] = usd(snap.bad_debt_e8);
        row["insurance_fund_usd"] = usd(snap.insurance_fund_e8);
        row["deleveraged_usd"] = usd(snap.deleveraged_e8);
        row["socialized_usd"] = usd(snap.socialized_e8);
        row["held_accounts"] = snap.holds.size();
        hours.push_back(std::move(row));
        repaidBefore = repaid;
        if (h + 1 >= first.size())
            break;
    }
    nlohmann::ordered_json doc;
    doc["asset"] = symbol;
    doc["from"] = from.value();
    doc["to"] = to.value();
    doc["use_low"] = useLow;
    doc["hours"] = std::move(hours);
    std::cout << doc.dump() << "\n";
    return 0;
}

} // namespace cm::cli
