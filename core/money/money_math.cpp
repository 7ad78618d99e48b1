// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money/money_math.h"

#include <cmath>

namespace cm {

Int128 valueE8(Int128 amount, int decimals, Int128 priceE8)
{
    const Int128 scale = pow10i(decimals);
    const Int128 whole = floorDiv(amount, scale);
    const Int128 frac = amount - whole * scale; // in [0, scale)
    return whole * priceE8 + floorDiv(frac * priceE8, scale);
}

Int128 scaleDown(Int128 usdE8, double factor)
{
    return static_cast<Int128>(std::floor(toDouble(usdE8) * factor));
}

Int128 scaleUp(Int128 usdE8, double factor)
{
    return static_cast<Int128>(std::ceil(toDouble(usdE8) * factor));
}

} // namespace cm
