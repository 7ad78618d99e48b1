// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/int128.h"

namespace cm {

//! Prices and USD values are fixed point with 8 decimals (Aave's base currency).
inline constexpr int kUsdDecimals = 8;
inline constexpr Int128 kUsdOne = 100000000;

//! floor(amount * priceE8 / 10^decimals) without overflowing for amounts up to 1e15 tokens and
//! prices up to 1e9 USD at up to 18 decimals (the world loader enforces these bounds).
Int128 valueE8(Int128 amount, int decimals, Int128 priceE8);

//! floor(a / b) for b > 0 (C++ division truncates toward zero). One 128-bit division: the
//! remainder comes from the quotient, not from a second division.
inline Int128 floorDiv(Int128 a, Int128 b)
{
    Int128 q = a / b;
    if (a < 0 && q * b != a)
        --q;
    return q;
}

//! A double fraction of a USD value, rounded toward negative infinity or up, for analytics.
Int128 scaleDown(Int128 usdE8, double factor);
Int128 scaleUp(Int128 usdE8, double factor);

} // namespace cm
