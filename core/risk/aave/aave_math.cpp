// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/aave/aave_math.h"

#include "core/common/require.h"

namespace cm::aave {

// The overflow guards of the Solidity versions are the checked type's: a product past 2^256
// throws std::overflow_error, as the assembly reverts.
U256 percentMul(const U256& value, const U256& percentage)
{
    if (percentage == 0)
        return 0;
    return (value * percentage + kHalfPercentage) / kPercentageFactor;
}

U256 percentDiv(const U256& value, const U256& percentage)
{
    CM_REQUIRE(percentage != 0, "percentDiv by zero");
    return (value * kPercentageFactor + percentage / 2) / percentage;
}

U256 wadMul(const U256& a, const U256& b)
{
    if (b == 0)
        return 0;
    return (a * b + kHalfWad) / kWad;
}

U256 wadDiv(const U256& a, const U256& b)
{
    CM_REQUIRE(b != 0, "wadDiv by zero");
    return (a * kWad + b / 2) / b;
}

U256 maxU256() { return std::numeric_limits<U256>::max(); }

U256 toU256(Int128 v)
{
    CM_REQUIRE(v >= 0, "a uint256 cannot be negative");
    const auto u = static_cast<UInt128>(v);
    U256 r = static_cast<std::uint64_t>(u >> 64);
    r <<= 64;
    r += static_cast<std::uint64_t>(u);
    return r;
}

Int128 toInt128(const U256& v)
{
    CM_REQUIRE((v >> 127) == 0, "a uint256 beyond the range of Int128");
    const U256 lo = v & U256(~std::uint64_t {0});
    const U256 hi = v >> 64;
    return (static_cast<Int128>(hi.convert_to<std::uint64_t>()) << 64) | static_cast<Int128>(lo.convert_to<std::uint64_t>());
}

std::string toString(const U256& v) { return v.str(); }

} // namespace cm::aave
