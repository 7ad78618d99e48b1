// SPDX-License-Identifier: GPL-3.0-or-later
// The stress report as JSON, and the built-in scenarios.
#include "core/stress/stress_run.h"

#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/sim/replay_scenario.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cm {
namespace {

using Json = nlohmann::ordered_json;

std::string usd(Int128 e8) { return formatDecimalFixed(e8, kUsdDecimals, 2); }

Json health(double h)
{
    if (std::isinf(h))
        return nullptr; // no obligations
    return std::round(h * 1e6) / 1e6;
}

Json bucketsJson(const HealthBuckets& b)
{
    Json o = Json::object();
    for (std::size_t i = 0; i < b.size(); ++i)
        o[kHealthBuckets[i]] = b[i];
    return o;
}

Json lossJson(const std::vector<std::pair<std::string, Int128>>& losses)
{
    Json o = Json::object();
    for (const auto& [k, v] : losses)
        o[k] = usd(v);
    return o;
}

} // namespace

std::string stressReportJson(const StressReport& r, const World& world)
{
    Json out;
    out["scenario"] = r.scenario;
    out["accounts"] = r.accounts;
    out["horizon_s"] = r.horizon_s;
    out["step_s"] = static_cast<double>(r.step_ms) / 1000.0;
    out["paths"] = r.paths;
    out["seed"] = r.seed;
    out["before"] = bucketsJson(r.before);
    out["after"] = bucketsJson(r.after);
    out["liquidations"] = {{"count", r.liquidations}, {"volume_usd", usd(r.liquidated_e8)}};
    out["bad_debt_usd"] = usd(r.bad_debt_e8);
    out["insurance_fund_before_usd"] = usd(r.fund_before_e8);
    out["insurance_fund_after_usd"] = usd(r.fund_after_e8);
    out["loss_by_chain_usd"] = lossJson(r.loss_by_chain);
    out["loss_by_route_usd"] = lossJson(r.loss_by_route);
    Json top = Json::array();
    for (const AccountImpact& a : r.top)
        top.push_back({{"account", a.account},
                       {"health_before", health(a.health_before)},
                       {"health_after", health(a.health_after)},
                       {"loss_usd", usd(a.loss_e8)},
                       {"liquidated_usd", usd(a.liquidated_e8)},
                       {"bad_debt_usd", usd(a.bad_debt_e8)}});
    out["most_affected"] = top;
    if (r.paths > 0) {
        out["paths_done"] = r.paths_done;
        out["var95_usd"] = usd(r.var95_e8);
        out["var99_usd"] = usd(r.var99_e8);
        out["lar95_usd"] = usd(r.lar95_e8);
        out["mean_bad_debt_usd"] = usd(r.mean_bad_debt_e8);
    }
    Json blast = Json::array();
    for (const BlastRow& b : r.blast_radius) {
        Json row {{"kind", b.chain ? "chain" : "route"},
                  {"id", b.id},
                  {"accounts_hit", b.accounts_hit},
                  {"pushed_below_1", b.pushed_below_1},
                  {"value_at_risk_usd", usd(b.value_at_risk_e8)},
                  {"bad_debt_usd", usd(b.bad_debt_e8)},
                  {"exposure_usd", usd(b.exposure_e8)},
                  {"shortfall_usd", usd(b.shortfall_e8)}};
        Json byChain = Json::object();
        for (ChainIndex c = 0; c < b.at_risk_by_chain_e8.size() && c < world.chains.size(); ++c)
            byChain[world.chains[c].id] = usd(b.at_risk_by_chain_e8[c]);
        row["at_risk_by_chain_usd"] = byChain;
        if (!b.chain) {
            if (b.cap_e8 > 0) {
                row["isolation_cap_usd"] = usd(b.cap_e8);
                row["cap_in_world"] = b.cap_in_world;
                row["cap_cost_usd"] = usd(b.cap_cost_e8);
                row["cap_loss_removed_usd"] = usd(b.cap_loss_removed_e8);
            } else {
                row["isolation_cap_usd"] = nullptr;
            }
        }
        blast.push_back(std::move(row));
    }
    out["blast_radius"] = blast;
    if (r.cancelled)
        out["cancelled"] = true;
    out["wall_s"] = std::round(r.wall_s * 1000.0) / 1000.0;
    return out.dump(2);
}

std::vector<std::pair<std::string, std::string>> builtInStressScenarios()
{
    return {{"black_thursday_2020", "Black Thursday, March 2020 (replay)"},
            {"luna_ust_2022", "LUNA and UST, May 2022 (replay)"},
            {"ftx_2022", "FTX, November 2022 (replay)"},
            {"usdc_depeg_2023", "USDC depeg, March 2023 (replay)"},
            {"crash_30", "Every volatile asset 30 % down"},
            {"stablecoin_depeg", "A stablecoin at its March 2023 low (0.882)"},
            {"biggest_route_compromise", "The route holding the most value compromised"},
            {"eth_finality_stall", "Ethereum finality stalls for one hour"}};
}

Result<StressScenario> builtInStressScenario(const std::string& name, const StressBase& base, const std::string& scenarioDir)
{
    const World& w = base.world;
    StressScenario s;
    s.name = name;
    if (name == "black_thursday_2020" || name == "luna_ust_2022" || name == "ftx_2022" || name == "usdc_depeg_2023") {
        const std::string file = scenarioDir + "/" + name + ".json";
        auto replay = loadReplayScenario(file);
        if (!replay)
            return Error {replay.error().message};
        bool covers = false;
        for (const auto& series : replay.value()->series)
            covers = covers || w.findAsset(series.asset) >= 0;
        if (!covers)
            return Error {name + ": the world has none of the assets the replay moves"};
        s.shocks.push_back(ReplayShock {file, replay.value()->from_s, replay.value()->to_s});
        s.horizon_s = replay.value()->to_s - replay.value()->from_s;
    } else if (name == "crash_30") {
        for (AssetIndex a = 0; a < w.assets.size(); ++a)
            if (!w.assets[a].stable)
                s.shocks.push_back(PriceShock {a, true, -0.30, 0});
    } else if (name == "stablecoin_depeg") {
        // USDC's low when Binance's USDCUSDT resumed on 2023-03-11 14:00 (shared/data README).
        int asset = w.findAsset("USDC");
        for (AssetIndex a = 0; asset < 0 && a < w.assets.size(); ++a)
            if (w.assets[a].stable)
                asset = static_cast<int>(a);
        if (asset < 0)
            return Error {name + ": the world has no stablecoin"};
        s.shocks.push_back(PriceShock {static_cast<AssetIndex>(asset), true, 0.882 - 1.0, 0});
    } else if (name == "biggest_route_compromise") {
        // The route whose vault holds the most value (Wormhole held 120k ETH, Nomad $190M).
        const MarketState& market = base.market;
        int biggest = -1;
        Int128 most = -1;
        for (RouteIndex r = 0; r < w.routes.size() && r < market.route_locked.size(); ++r) {
            const Asset& asset = w.assets[w.routes[r].asset];
            const Int128 value = valueE8(market.route_locked[r], asset.decimals, market.price_e8[w.routes[r].asset]);
            if (value > most) {
                most = value;
                biggest = static_cast<int>(r);
            }
        }
        if (biggest < 0)
            return Error {name + ": the world has no routes"};
        s.shocks.push_back(RouteCompromiseShock {static_cast<RouteIndex>(biggest)});
    } else if (name == "eth_finality_stall") {
        const int eth = w.findChain("ethereum");
        if (eth < 0)
            return Error {name + ": the world has no chain 'ethereum'"};
        s.shocks.push_back(ChainHaltShock {static_cast<ChainIndex>(eth), 3600});
    } else {
        std::string names;
        for (const auto& [n, title] : builtInStressScenarios())
            names += (names.empty() ? "" : ", ") + n;
        return Error {"unknown scenario '" + name + "' (" + names + ", or a scenario file)"};
    }
    return s;
}

} // namespace cm
