// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money/decimal.h"

#include "core/common/require.h"

namespace cm {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string quoted(std::string_view text)
{
    constexpr std::size_t kMaxShown = 40;
    std::string s(text.substr(0, kMaxShown));
    if (text.size() > kMaxShown)
        s += "...";
    return "'" + s + "'";
}

} // namespace

Result<Int128> parseDecimal(std::string_view text, int decimals, Sign sign, Int128 maxUnits)
{
    CM_REQUIRE(decimals >= 0 && decimals <= 36, "decimals out of range");
    std::string_view s = text;
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    const auto dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    const std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    const bool shapeOk = !whole.empty() && (dot == std::string_view::npos || !frac.empty());
    bool digitsOk = shapeOk;
    for (char c : whole)
        digitsOk = digitsOk && isDigit(c);
    for (char c : frac)
        digitsOk = digitsOk && isDigit(c);
    if (!digitsOk)
        return Error{"bad number " + quoted(text) + " (expected a decimal string like \"12.5\")"};
    if (negative && sign == Sign::NonNegative)
        return Error{"negative amount " + quoted(text) + " is not allowed"};
    if (static_cast<int>(frac.size()) > decimals)
        return Error{"too many decimal places in " + quoted(text) + " (at most " + std::to_string(decimals) + ")"};

    // Accumulate as a magnitude, checking against maxUnits at every step so nothing overflows.
    Int128 units = 0;
    auto push = [&](char c) {
        const Int128 digit = c - '0';
        if (units > (maxUnits - digit) / 10)
            return false;
        units = units * 10 + digit;
        return true;
    };
    bool inRange = true;
    for (char c : whole)
        inRange = inRange && push(c);
    for (char c : frac)
        inRange = inRange && push(c);
    for (int i = static_cast<int>(frac.size()); i < decimals && inRange; ++i)
        inRange = push('0');
    if (!inRange)
        return Error{"number " + quoted(text) + " is out of range"};
    return negative ? -units : units;
}

std::string formatDecimal(Int128 units, int decimals)
{
    std::string s = formatDecimalFixed(units, decimals, decimals);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

std::string formatDecimalFixed(Int128 units, int decimals, int places)
{
    CM_REQUIRE(decimals >= 0 && decimals <= 36 && places >= 0 && places <= 36, "decimal places out of range");
    const bool negative = units < 0;
    UInt128 mag = negative ? static_cast<UInt128>(0) - static_cast<UInt128>(units)
                                     : static_cast<UInt128>(units);
    int shownDecimals = decimals;
    if (places < decimals) {
        const auto scale = static_cast<UInt128>(pow10i(decimals - places));
        const UInt128 rem = mag % scale;
        mag /= scale;
        if (rem * 2 >= scale)
            ++mag;
        shownDecimals = places;
    }
    std::string digits = toString(static_cast<Int128>(mag));
    if (mag == 0)
        digits = "0";
    if (static_cast<int>(digits.size()) <= shownDecimals)
        digits.insert(0, static_cast<std::size_t>(shownDecimals) + 1 - digits.size(), '0');
    std::string out = digits.substr(0, digits.size() - static_cast<std::size_t>(shownDecimals));
    if (shownDecimals > 0)
        out += "." + digits.substr(digits.size() - static_cast<std::size_t>(shownDecimals));
    for (int i = shownDecimals; i < places; ++i)
        out += (i == 0 ? "." : "") + std::string("0");
    const bool isZero = out.find_first_not_of("0.") == std::string::npos;
    return (negative && !isZero) ? "-" + out : out;
}

std::string formatUsdText(Int128 usdE8)
{
    const std::string plain = formatDecimalFixed(usdE8 < 0 ? -usdE8 : usdE8, 8, 2);
    const std::size_t dot = plain.find('.');
    std::string grouped;
    for (std::size_t i = 0; i < dot; ++i) {
        if (i > 0 && (dot - i) % 3 == 0)
            grouped += ',';
        grouped += plain[i];
    }
    return (usdE8 < 0 ? "-$" : "$") + grouped + plain.substr(dot);
}

} // namespace cm
