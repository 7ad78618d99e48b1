// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-cli check: may an amount of a holding leave it now (DESIGN §5's free collateral
// while it travels), and how much may.
#include "app/cli_check.h"

#include "app/cli_book.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace cm::cli {
namespace {

constexpr int kExitUsage = 2;

int fail(const std::string& message)
{
    std::cerr << "clearmesh-cli: " << message << "\n";
    return kExitUsage;
}

} // namespace

int runCheck(const std::map<std::string, std::string>& options, bool pretty)
{
    std::string error;
    const auto state = openBook(options, "check", error);
    if (!state)
        return fail(error);
    for (const char* key : {"--account", "--asset", "--from", "--to", "--amount"})
        if (!options.count(key))
            return fail(std::string("check needs ") + key);
    auto q = state->moveRequest(options.at("--account"), options.at("--asset"), options.at("--from"), options.at("--to"),
                                options.at("--amount"));
    if (!q)
        return fail(q.error().message);
    const auto c = state->checkMove(q.value(), true);
    if (c.why.rfind("unknown account", 0) == 0)
        return fail(c.why);
    const int decimals = state->world().assets[q.value().asset].decimals;
    nlohmann::ordered_json out;
    out["account"] = q.value().account;
    out["asset"] = options.at("--asset");
    out["from"] = options.at("--from");
    out["to"] = options.at("--to");
    out["amount"] = formatDecimal(q.value().amount, decimals);
    out["ok"] = c.ok;
    out["reason"] = c.why;
    out["free_collateral_usd"] = formatDecimal(c.free_e8, kUsdDecimals);
    out["free_in_flight_usd"] = formatDecimal(c.free_in_flight_e8, kUsdDecimals);
    out["movable"] = formatDecimal(c.movable, decimals);
    std::cout << (pretty ? out.dump(2) : out.dump()) << "\n";
    return c.ok ? 0 : 1;
}

} // namespace cm::cli
