// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money/int128.h"

#include "core/common/require.h"

#include <algorithm>

namespace cm {

namespace {
struct Pow10Table {
    Int128 v[39];
    constexpr Pow10Table() : v()
    {
        v[0] = 1;
        for (int i = 1; i < 39; ++i)
            v[i] = v[i - 1] * 10;
    }
};
constexpr Pow10Table kPow10;
} // namespace

Int128 pow10i(int n)
{
    CM_REQUIRE(n >= 0 && n <= 38, "pow10i out of range");
    return kPow10.v[n];
}

std::string toString(Int128 v)
{
    if (v == 0)
        return "0";
    const bool negative = v < 0;
    // Work in unsigned so that the most negative value has a magnitude.
    UInt128 u = negative ? static_cast<UInt128>(0) - static_cast<UInt128>(v)
                                   : static_cast<UInt128>(v);
    std::string s;
    while (u != 0) {
        s.push_back(static_cast<char>('0' + static_cast<int>(u % 10)));
        u /= 10;
    }
    if (negative)
        s.push_back('-');
    std::reverse(s.begin(), s.end());
    return s;
}

} // namespace cm
