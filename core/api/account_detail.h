// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/int128.h"
#include "core/risk/margin.h"

#include <memory>
#include <string>
#include <vector>

namespace cm {

struct HoldingDetail {
    std::string chain;
    std::string asset;
    std::string route;          //!< empty when native
    int decimals = 0;
    Int128 amount = 0;
    Int128 price_e8 = 0;
    Int128 value_e8 = 0;
    Haircut haircut;
};

struct DebtDetail {
    std::string chain;
    std::string asset;
    int decimals = 0;
    Int128 amount = 0;
    Int128 value_e8 = 0;
};

struct PositionDetail {
    std::string venue;
    std::string chain;
    std::string market;
    int decimals = 0;
    Int128 size = 0;
    Int128 entry_price_e8 = 0;
    Int128 mark_price_e8 = 0;
    Int128 upnl_e8 = 0;
    Int128 notional_e8 = 0;
    double mmr = 0.0;
};

//! Everything the console's account panel shows, computed on the core thread on request.
struct AccountDetail {
    std::string id;
    std::string owner;
    std::string role;
    std::int64_t sim_time_ms = 0;
    AccountMetrics metrics;
    std::string dominant_asset;  //!< empty when none
    std::vector<HoldingDetail> holdings;
    std::vector<DebtDetail> debts;
    std::vector<PositionDetail> positions;
    //! Why its withdrawals and transfers wait (negative equity, DESIGN §7); empty when they do not.
    std::string withdrawal_hold;
};

using AccountDetailPtr = std::shared_ptr<const AccountDetail>;

} // namespace cm
