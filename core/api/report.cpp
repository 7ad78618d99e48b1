// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/report.h"

#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/risk/aave/aave_profile.h"
#include "core/risk/margin.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace cm {
namespace {

using Json = nlohmann::ordered_json;

std::string usd(Int128 e8) { return formatDecimalFixed(e8, kUsdDecimals, 2); }
Json rounded(double v, double scale) { return std::round(v * scale) / scale; }
Json orNull(const std::optional<double>& v, double scale) { return v ? rounded(*v, scale) : Json(nullptr); }

Json holdingsDetail(const World& world, const MarketState& market, const MarginCalculator& calc, const Account& acc)
{
    Json rows = Json::array();
    const std::uint64_t mask = MarginCalculator::obligationChains(acc);
    for (const Holding& h : acc.holdings()) {
        const Asset& a = world.assets[h.asset];
        const Haircut cut = calc.haircut(h, mask, acc.emode);
        Json row;
        row["chain"] = world.chains[h.chain].id;
        row["asset"] = a.symbol;
        if (h.route != kNoRoute)
            row["route"] = world.routes[h.route].id;
        row["amount"] = formatDecimal(h.amount, a.decimals);
        row["price"] = formatDecimal(market.price_e8[h.asset], kUsdDecimals);
        row["value_usd"] = usd(valueE8(h.amount, a.decimals, market.price_e8[h.asset]));
        row["haircut"] = rounded(cut.total(), 1e8);
        row["haircut_components"] = {{"volatility", rounded(cut.volatility, 1e8)},
                                     {"latency", rounded(cut.latency, 1e8)},
                                     {"divergence", rounded(cut.divergence, 1e8)},
                                     {"route", rounded(cut.route, 1e8)}};
        row["horizon_s"] = std::isinf(cut.horizon_s) ? Json(nullptr) : rounded(cut.horizon_s, 1e3);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

Json aaveAccountDataJson(const aave::AccountData& d)
{
    return {{"total_collateral_base", aave::toString(d.total_collateral_base)},
            {"total_debt_base", aave::toString(d.total_debt_base)},
            {"avg_ltv_bps", aave::toString(d.avg_ltv_bps)},
            {"avg_liquidation_threshold_bps", aave::toString(d.avg_liquidation_threshold_bps)},
            {"health_factor_wad", aave::toString(d.health_factor_wad)}};
}

Json buildReport(const World& world, const MarketState& market, const ReportOptions& options)
{
    const MarginCalculator calc(world, market);
    const bool aaveProfile = world.profile == Profile::AaveV3;
    Json accounts = Json::array();
    for (const Account& acc : world.accounts) {
        const AccountMetrics m = calc.compute(acc);
        Json row;
        row["id"] = acc.id;
        row["collateral_usd"] = usd(m.collateral_e8);
        row["adjusted_collateral_usd"] = usd(m.adjusted_e8);
        if (m.isolated_e8 > 0)
            row["isolated_usd"] = usd(m.isolated_e8); // what the routes' isolation caps took off AC
        row["debt_usd"] = usd(m.debt_e8);
        row["requirement_usd"] = usd(m.requirement_e8);
        row["health"] = m.healthInfinite() ? Json(nullptr) : rounded(m.health, 1e6);
        row["liquidatable"] = m.liquidatable;
        row["max_leverage"] = rounded(m.max_leverage, 1e4);
        row["distance_to_liquidation"] = orNull(m.distance_to_liquidation, 1e6);
        if (aaveProfile) {
            const auto data = aave::accountData(world, market, acc.emode, aave::Position::of(world, acc));
            // Aave's own verdict decides, to the unit.
            row["liquidatable"] = data.health_factor_wad < aave::kHealthFactorLiquidationThreshold;
            const Json exact = aaveAccountDataJson(data); // items() of a temporary would dangle
            for (const auto& [key, value] : exact.items())
                row[key] = value;
        }
        if (options.detail) {
            row["equity_usd"] = usd(m.equity_e8());
            row["free_collateral_usd"] = usd(m.free_collateral_e8());
            row["unrealized_pnl_usd"] = usd(m.upnl_e8);
            row["dominant_asset"] = m.dominant_asset ? Json(world.assets[*m.dominant_asset].symbol) : Json(nullptr);
            row["liquidation_price_usd"] = orNull(m.liquidation_price_usd, 1e4);
            row["holdings"] = holdingsDetail(world, market, calc, acc);
        }
        accounts.push_back(std::move(row));
    }
    Json doc;
    doc["profile"] = toString(world.profile);
    doc["accounts"] = std::move(accounts);
    return doc;
}

} // namespace cm
