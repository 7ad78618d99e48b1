// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"
#include "core/risk/market_state.h"

#include <nlohmann/json_fwd.hpp>

namespace cm {

struct ReportOptions {
    bool detail = false; //!< add each account's holdings with their haircut components
};

//! The `clearmesh-cli report` document (DESIGN §12): {"profile", "accounts": [...]}.
//! USD amounts are decimal strings with 2 places; health is null when infinite. In profile
//! aave-v3 each account also carries Aave's integer account data as strings.
namespace aave {
struct AccountData;
}
//! Aave's integer account data as §12 names it: total_collateral_base, total_debt_base,
//! avg_ltv_bps, avg_liquidation_threshold_bps, health_factor_wad (decimal strings).
nlohmann::ordered_json aaveAccountDataJson(const aave::AccountData& data);

nlohmann::ordered_json buildReport(const World& world, const MarketState& market, const ReportOptions& options = {});

} // namespace cm
