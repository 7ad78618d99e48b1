// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cm {

//! Ledger amounts are exact signed 128-bit integers in an asset's base units.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

inline constexpr Int128 kInt128Max = static_cast<Int128>(~static_cast<UInt128>(0) >> 1);

//! 10^n for n in [0, 38].
Int128 pow10i(int n);

//! Plain decimal digits of v, with a leading '-' when negative.
std::string toString(Int128 v);

//! Nearest double; for analytics only, never for the ledger.
inline double toDouble(Int128 v) { return static_cast<double>(v); }

} // namespace cm
