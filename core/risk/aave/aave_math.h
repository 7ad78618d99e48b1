// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/int128.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <string>

namespace cm::aave {

//! Solidity's uint256 with its 0.8 semantics: overflow and underflow throw (a revert).
using U256 = boost::multiprecision::checked_uint256_t;

inline const U256 kWad = U256(1000000000000000000ULL);
inline const U256 kHalfWad = U256(500000000000000000ULL);
inline const U256 kPercentageFactor = U256(10000);
inline const U256 kHalfPercentage = U256(5000);

//! PercentageMath.percentMul: value · percentage / 1e4, rounded half up.
U256 percentMul(const U256& value, const U256& percentage);
//! PercentageMath.percentDiv: value · 1e4 / percentage, rounded half up.
U256 percentDiv(const U256& value, const U256& percentage);
//! WadRayMath.wadMul and wadDiv, rounded half up.
U256 wadMul(const U256& a, const U256& b);
U256 wadDiv(const U256& a, const U256& b);

U256 maxU256();
U256 toU256(Int128 v); //!< v must not be negative
Int128 toInt128(const U256& v); //!< v must be below 2^127
std::string toString(const U256& v);

} // namespace cm::aave
