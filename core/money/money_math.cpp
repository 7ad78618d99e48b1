// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money/money_math.h"

#include <cmath>
#include <cstdint>

namespace cm {
namespace {

int bitLength(UInt128 v)
{
    const auto high = static_cast<std::uint64_t>(v >> 64);
    if (high != 0)
        return 128 - __builtin_clzll(high);
    const auto low = static_cast<std::uint64_t>(v);
    return low == 0 ? 0 : 64 - __builtin_clzll(low);
}

} // namespace

Int128 valueE8(Int128 amount, int decimals, Int128 priceE8)
{
    const Int128 scale = pow10i(decimals);
    const Int128 magnitude = amount < 0 ? -amount : amount;
    // Common case: the product fits in 127 bits (e.g. 1e9 ETH in wei at $1e6): one division.
    if (priceE8 >= 0 && bitLength(static_cast<UInt128>(magnitude)) + bitLength(static_cast<UInt128>(priceE8)) <= 126)
        return floorDiv(amount * priceE8, scale);
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
