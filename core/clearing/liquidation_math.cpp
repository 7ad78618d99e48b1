// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clearing/liquidation_math.h"

#include "core/money/money_math.h"

#include <algorithm>
#include <cmath>

namespace cm {

std::optional<Int128> targetRepayE8(Int128 coverE8, Int128 requirementE8, double target, double bonus, double haircut)
{
    if (requirementE8 <= 0)
        return Int128 {0};
    const double seizedWeight = bonus * (1.0 - haircut);
    if (seizedWeight >= target)
        return std::nullopt;
    // target·MR − cover, in e8 units, exactly where it can be.
    const long double gap = static_cast<long double>(target) * static_cast<long double>(toDouble(requirementE8))
                            - static_cast<long double>(toDouble(coverE8));
    if (gap <= 0)
        return Int128 {0};
    const long double x = gap / static_cast<long double>(target - seizedWeight);
    const auto repay = static_cast<Int128>(std::ceil(static_cast<double>(x)));
    if (repay >= requirementE8)
        return std::nullopt; // even repaying everything does not reach the target
    return repay;
}

Int128 limitedNotionalE8(Int128 wantedE8, Int128 positionE8, Int128 usedThisIntervalE8, const LiquidationLimits& limits)
{
    const Int128 allowance = std::max<Int128>(0, limits.per_interval_e8 - usedThisIntervalE8);
    if (allowance == 0 || wantedE8 <= 0 || positionE8 <= 0)
        return 0;
    const auto share = static_cast<Int128>(std::ceil(static_cast<double>(toDouble(positionE8)) * limits.max_share));
    Int128 n = std::min({wantedE8, share, positionE8});
    // At least the minimum, and never a crumb below it left behind.
    if (n < limits.min_notional_e8)
        n = std::min(limits.min_notional_e8, positionE8);
    if (positionE8 - n < limits.min_notional_e8)
        n = positionE8;
    return std::min(n, allowance);
}

} // namespace cm
