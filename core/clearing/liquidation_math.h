// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/int128.h"

#include <optional>

namespace cm {

//! How much debt (USD e8) a liquidation repays so that the account's health reaches `target`
//! (DESIGN §7; Aave v4's target health factor). Repaying x lowers the requirement MR by x and
//! seizes collateral worth x·bonus, which lowers the adjusted collateral by x·bonus·(1 − h):
//!
//!     (AC + U − x·bonus·(1 − h)) / (MR − x) = target
//!     x = (target·MR − (AC + U)) / (target − bonus·(1 − h))
//!
//! Zero when the account is already at or above the target. Nothing (nullopt) when seizing
//! cannot raise health (bonus·(1 − h) ≥ target) or even repaying all of MR would not reach the
//! target: then the whole debt goes. Rounded up, so the target is reached.
std::optional<Int128> targetRepayE8(Int128 coverE8, Int128 requirementE8, double target, double bonus, double haircut);

//! dYdX's per-account limits for one liquidation interval: at most `maxShare` of the position
//! (10 %), at least `minNotional` ($1,000, or all of it when less is left), and no more than
//! what is left of `perInterval` ($100,000) in this interval. All USD e8.
struct LiquidationLimits {
    double max_share = 0.10;
    Int128 min_notional_e8 = 1000LL * 100000000LL;
    Int128 per_interval_e8 = 100000LL * 100000000LL;
};
//! The notional a liquidation may close now: `wanted` cut by the limits; 0 when the interval's
//! allowance is spent.
Int128 limitedNotionalE8(Int128 wantedE8, Int128 positionE8, Int128 usedThisIntervalE8, const LiquidationLimits& limits);

} // namespace cm
