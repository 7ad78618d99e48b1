// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-trade check "can this account move X?" (DESIGN §5's free collateral while the amount
// travels): the account's exact margin as the state keeps it, the holding's haircut from the
// risk screen's classes and two exact valuations of the holding, before and after. The whole
// plan (route, fees, ETA, health after arrival) is planMove's, in clearing_state_agent.cpp.
#include "core/runtime/clearing_state.h"

#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <algorithm>
#include <cmath>

namespace cm {
namespace {

//! What a holding of `amount` adds to AC: its value less the haircut, rounded as the margin does.
Int128 counted(Int128 amount, int decimals, Int128 priceE8, double cut)
{
    const Int128 value = valueE8(amount, decimals, priceE8);
    return std::max<Int128>(0, value - scaleUp(value, cut));
}

} // namespace

RouteIndex ClearingState::forwardRoute(AssetIndex asset, ChainIndex from, ChainIndex to) const
{
    const std::size_t chains = m_world.chains.size();
    if (m_forward.empty()) {
        m_forward.assign(m_world.assets.size() * chains * chains, kNoRoute);
        for (AssetIndex a = 0; a < m_world.assets.size(); ++a)
            for (ChainIndex f = 0; f < chains; ++f)
                for (ChainIndex t = 0; t < chains; ++t)
                    for (const auto& [r, back] : f == t ? std::vector<std::pair<RouteIndex, bool>> {} : routesBetween(a, f, t))
                        if (!back) {
                            m_forward[(a * chains + f) * chains + t] = r; // the cheapest that locks and mints
                            break;
                        }
    }
    return m_forward[(asset * chains + from) * chains + to];
}

ClearingState::MoveCheck ClearingState::checkMove(const MoveRequest& q, bool withMovable) const
{
    MoveCheck c;
    const std::uint32_t known = m_accountIds.find(q.account);
    if (known == AccountIndex::npos) {
        c.why = "unknown account '" + q.account + "'";
        return c;
    }
    if (q.from == q.to) {
        c.why = "the source and destination chain are the same";
        return c;
    }
    const Asset& asset = m_world.assets[q.asset];
    if (std::string held = m_liq.withdrawalHold(q.account, m_simTimeMs); !held.empty()) {
        c.why = std::move(held);
        return c;
    }
    // The holding that would leave: native collateral over a route that locks it on `from` and
    // mints on `to`, or claims going back over their own route to its vault on `to`.
    const std::uint32_t i = known;
    const Account& account = m_world.accounts[i];
    const RouteIndex forward = forwardRoute(q.asset, q.from, q.to);
    RouteIndex route = kNoRoute;
    std::size_t k = 0;
    for (; k < account.holdings().size(); ++k) {
        const Holding& h = account.holdings()[k];
        if (h.chain != q.from || h.asset != q.asset)
            continue;
        if (h.route == kNoRoute && forward != kNoRoute) {
            route = forward;
            break;
        }
        if (h.route != kNoRoute && m_world.routes[h.route].from == q.to) {
            route = h.route;
            break;
        }
    }
    if (route == kNoRoute && forward == kNoRoute && routesBetween(q.asset, q.from, q.to).empty()) {
        c.why = "no route carries " + asset.symbol + " from " + m_world.chains[q.from].id + " to " + m_world.chains[q.to].id + " in one hop";
        return c;
    }
    const RouteIndex source = k < account.holdings().size() ? account.holdings()[k].route : kNoRoute;
    const Int128 held = k < account.holdings().size() ? account.holdings()[k].amount.value() : Int128 {0};

    flushRemargin();
    c.free_e8 = freeCollateral(i);
    const auto cut = m_screen.holdingCut(i, k);
    if (held == 0) {
        c.free_in_flight_e8 = c.free_e8;
    } else if (!cut) {
        // Capped claims (not a sum of holdings): the exact margin of the account without the amount.
        Account copy = account;
        if (k < copy.holdings().size())
            copy.holdings()[k].amount -= std::min(held, std::max<Int128>(0, q.amount));
        c.free_in_flight_e8 = m_calc.compute(copy).free_collateral_e8();
    } else {
        const Int128 price = m_market.price_e8[q.asset];
        const Int128 before = counted(held, asset.decimals, price, *cut);
        const Int128 gone = before - counted(held - std::min(held, std::max<Int128>(0, q.amount)), asset.decimals, price, *cut);
        c.free_in_flight_e8 = c.free_e8 - gone;
        if (withMovable) {
            // The most that may leave: all of it, or the largest amount whose counted value the
            // free collateral covers (a bisection over the exact valuation).
            if (c.free_e8 >= before) {
                c.movable = held;
            } else if (c.free_e8 > 0) {
                Int128 lo = 0, hi = held;
                while (lo < hi) {
                    const Int128 mid = lo + (hi - lo + 1) / 2;
                    if (before - counted(held - mid, asset.decimals, price, *cut) <= c.free_e8)
                        lo = mid;
                    else
                        hi = mid - 1;
                }
                c.movable = lo;
            }
        }
    }
    const auto what = [&] {
        return asset.symbol + (source == kNoRoute ? std::string(" native") : " claims of " + m_world.routes[source].id) + " on "
               + m_world.chains[q.from].id + " that can go to " + m_world.chains[q.to].id;
    };
    if (q.amount <= 0)
        c.why = "the amount must be positive";
    else if (held == 0)
        c.why = q.account + " holds no " + what();
    else if (held < q.amount)
        c.why = q.account + " holds only " + formatDecimal(held, asset.decimals) + " " + what();
    else if (route != kNoRoute && m_market.route_frozen[route])
        c.why = "route " + m_world.routes[route].id + " is frozen";
    else if (c.free_in_flight_e8 < 0)
        c.why = "moving " + formatDecimal(q.amount, asset.decimals) + " " + asset.symbol + " would take " + q.account
                + " below its initial requirement while it travels (free collateral " + formatUsdText(c.free_e8) + ", "
                + formatUsdText(c.free_in_flight_e8) + " in flight)";
    c.ok = c.why.empty();
    return c;
}

} // namespace cm
