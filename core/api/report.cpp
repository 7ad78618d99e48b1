// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/report.h"

#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/risk/margin.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace cm {
namespace {

std::string usd(Int128 e8) { return formatDecimalFixed(e8, kUsdDecimals, 2); }

nlohmann::ordered_json rounded(double v, double scale)
{
    return std::round(v * scale) / scale;
}

} // namespace

nlohmann::ordered_json buildReport(const World& world, const MarketState& market)
{
    const MarginCalculator calc(world, market);
    nlohmann::ordered_json accounts = nlohmann::ordered_json::array();
    for (const Account& acc : world.accounts) {
        const AccountMetrics m = calc.compute(acc);
        nlohmann::ordered_json row;
        row["id"] = acc.id;
        row["collateral_usd"] = usd(m.collateral_e8);
        row["adjusted_collateral_usd"] = usd(m.adjusted_e8);
        row["debt_usd"] = usd(m.debt_e8);
        row["requirement_usd"] = usd(m.requirement_e8);
        row["health"] = m.healthInfinite() ? nlohmann::ordered_json(nullptr) : rounded(m.health, 1e6);
        row["liquidatable"] = m.liquidatable;
        row["max_leverage"] = rounded(m.max_leverage, 1e4);
        row["distance_to_liquidation"] =
            m.distance_to_liquidation ? rounded(*m.distance_to_liquidation, 1e6) : nlohmann::ordered_json(nullptr);
        accounts.push_back(std::move(row));
    }
    nlohmann::ordered_json doc;
    doc["profile"] = toString(world.profile);
    doc["accounts"] = std::move(accounts);
    return doc;
}

} // namespace cm
