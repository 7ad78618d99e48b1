// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cm {

//! Ledger amounts are exact signed 128-bit integers in an asset's base units.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

inline constexpr Int128 kInt128Max = static_cast<Int128>(~static_cast<UInt128>(0) >> 1);

//! An Int128 stored in two 8-byte words (alignment 8, not 16), for ledger records kept by the
//! million: a holding is 24 bytes with it, 32 with a bare Int128. It reads as an Int128 (by
//! value: no reference to an under-aligned Int128 is ever made) and is assigned from one.
class PackedInt128 {
public:
    constexpr PackedInt128(Int128 v = 0) : m_lo(static_cast<unsigned long long>(v)), m_hi(static_cast<long long>(v >> 64)) {}
    constexpr operator Int128() const { return static_cast<Int128>((static_cast<UInt128>(static_cast<unsigned long long>(m_hi)) << 64) | m_lo); }
    constexpr Int128 value() const { return *this; }
    constexpr PackedInt128& operator+=(Int128 d) { return *this = value() + d; }
    constexpr PackedInt128& operator-=(Int128 d) { return *this = value() - d; }

private:
    unsigned long long m_lo;
    long long m_hi;
};
static_assert(sizeof(PackedInt128) == 16 && alignof(PackedInt128) == 8);

//! 10^n for n in [0, 38].
Int128 pow10i(int n);

//! Plain decimal digits of v, with a leading '-' when negative.
std::string toString(Int128 v);

//! Nearest double; for analytics only, never for the ledger.
inline double toDouble(Int128 v) { return static_cast<double>(v); }

} // namespace cm
