// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/money/int128.h"

#include <string>
#include <string_view>

namespace cm {

enum class Sign { NonNegative = 1, Any };

//! Exact conversion of a decimal string ("12.5", "-5", "0.000000000000000001") into integer base
//! units with `decimals` places. Refuses exponents, '+', spaces, empty parts, more fractional
//! digits than `decimals`, and magnitudes past `maxUnits` (default: the 128-bit range).
Result<Int128> parseDecimal(std::string_view text, int decimals, Sign sign = Sign::NonNegative,
                            Int128 maxUnits = kInt128Max);

//! Base units back to a decimal string with trailing fractional zeros removed ("12.5", "-5").
std::string formatDecimal(Int128 units, int decimals);

//! Base units as a decimal string with exactly `places` fractional digits, rounded half away
//! from zero (for display: "1234.57").
std::string formatDecimalFixed(Int128 units, int decimals, int places);
//! USD (8 decimals) for people: "$1,234,567.89", "-$12.00".
std::string formatUsdText(Int128 usdE8);

} // namespace cm
