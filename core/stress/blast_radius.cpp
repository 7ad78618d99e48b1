// SPDX-License-Identifier: GPL-3.0-or-later
// The blast radius of every route and chain (DESIGN §11): what fails if one fails, and what an
// isolation cap per route costs beside the loss it bounds.
#include "core/stress/stress_run.h"

#include "core/money/money_math.h"
#include "core/risk/margin.h"
#include "core/runtime/clearing_state.h"

#include <algorithm>

namespace cm {
namespace {

Int128 uncovered(const AccountMetrics& m)
{
    return std::max<Int128>(0, m.requirement_e8 - (m.adjusted_e8 + m.upnl_e8));
}

bool below1(const AccountMetrics& m) { return !m.healthInfinite() && m.health < 1.0; }

} // namespace

std::vector<BlastRow> blastRadius(const ClearingState& state, Int128 whatIfCapE8)
{
    const World& world = state.world();
    const MarketState& market = state.market();
    const auto& metrics = state.metrics();
    const auto& accounts = world.accounts;

    // Who holds what: the accounts each route's claims and each chain's collateral touch.
    std::vector<std::vector<std::uint32_t>> byRoute(world.routes.size()), byChain(world.chains.size());
    auto add = [](std::vector<std::uint32_t>& list, std::uint32_t i) {
        if (list.empty() || list.back() != i)
            list.push_back(i);
    };
    for (std::uint32_t i = 0; i < accounts.size(); ++i)
        for (const Holding& h : accounts[i].holdings()) {
            if (h.route != kNoRoute) {
                add(byRoute[h.route], i);
                add(byChain[world.routes[h.route].from], i); // a chain's failure drains the vaults on it
            }
            add(byChain[h.chain], i);
        }
    // The same world without any isolation cap: what the claims give when nothing bounds them.
    World uncapped = world;
    for (Route& r : uncapped.routes)
        r.isolation_cap_usd_e8 = 0;

    std::vector<BlastRow> rows;
    auto measure = [&](BlastRow& row, const std::vector<std::uint32_t>& hit, const MarketState& failed,
                       const std::function<Account(const Account&)>& lose) {
        const MarginCalculator calc(world, failed);
        const MarginCalculator bare(uncapped, market), bareFailed(uncapped, failed);
        row.at_risk_by_chain_e8.assign(world.chains.size(), 0);
        row.accounts_hit = hit.size();
        const RouteIndex route = row.chain ? kNoRoute : static_cast<RouteIndex>(world.findRoute(row.id));
        const Int128 own = route == kNoRoute ? 0 : world.routes[route].isolation_cap_usd_e8;
        const Int128 cap = route == kNoRoute ? 0 : own > 0 ? own : whatIfCapE8;
        row.cap_e8 = cap;
        row.cap_in_world = own > 0;
        for (std::uint32_t i : hit) {
            const Account after = lose(accounts[i]);
            const AccountMetrics& m0 = metrics[i];
            const AccountMetrics m1 = calc.compute(after);
            row.exposure_e8 += std::max<Int128>(0, m0.adjusted_e8 - m1.adjusted_e8);
            row.shortfall_e8 += std::max<Int128>(0, uncovered(m1) - uncovered(m0));
            row.bad_debt_e8 += std::max<Int128>(0, std::max<Int128>(0, -realizableEquity(world, failed, after, m1))
                                                       - std::max<Int128>(0, -realizableEquity(world, market, accounts[i], m0)));
            if (!below1(m0) && below1(m1)) {
                ++row.pushed_below_1;
                row.value_at_risk_e8 += m0.collateral_e8;
                for (const Debt& d : accounts[i].debts())
                    row.at_risk_by_chain_e8[d.chain] += valueE8(d.amount, world.assets[d.asset].decimals, market.price_e8[d.asset]);
                for (const Position& p : accounts[i].positions())
                    row.at_risk_by_chain_e8[p.chain] +=
                        valueE8(p.size < 0 ? -p.size : p.size.value(), world.assets[p.market].decimals, market.price_e8[p.market]);
            }
            if (cap > 0) {
                // Uncapped, the route's claims give `contribution`; the cap lets at most `cap` count,
                // so a book kept healthy under it loses at most `cap` of cover per account when the
                // route fails.
                const AccountMetrics n0 = bare.compute(accounts[i]), n1 = bareFailed.compute(after);
                const Int128 contribution = std::max<Int128>(0, n0.adjusted_e8 - n1.adjusted_e8);
                const Int128 added = std::max<Int128>(0, uncovered(n1) - uncovered(n0));
                row.cap_cost_e8 += std::max<Int128>(0, contribution - cap);
                row.cap_loss_removed_e8 += std::max<Int128>(0, added - cap);
            }
        }
    };

    for (RouteIndex r = 0; r < world.routes.size(); ++r) {
        BlastRow row;
        row.id = world.routes[r].id;
        MarketState failed = market;
        failed.route_locked[r] = 0;
        failed.route_frozen[r] = true;
        measure(row, byRoute[r], failed, [](const Account& a) { return a; });
        rows.push_back(std::move(row));
    }
    for (ChainIndex c = 0; c < world.chains.size(); ++c) {
        BlastRow row;
        row.chain = true;
        row.id = world.chains[c].id;
        MarketState failed = market;
        for (RouteIndex r = 0; r < world.routes.size(); ++r)
            if (world.routes[r].from == c) {
                failed.route_locked[r] = 0;
                failed.route_frozen[r] = true;
            }
        failed.chain_status[c] = ChainStatus::Halted;
        measure(row, byChain[c], failed, [c](const Account& a) {
            Account left = a;
            auto list = left.holdings();
            list.erase(std::remove_if(list.begin(), list.end(), [c](const Holding& h) { return h.chain == c; }), list.end());
            return left;
        });
        rows.push_back(std::move(row));
    }
    return rows;
}

Int128 realizableEquity(const World& w, const MarketState& market, const Account& account, const AccountMetrics& m)
{
    Int128 value = 0;
    for (const Holding& h : account.holdings()) {
        const Int128 v = valueE8(h.amount, w.assets[h.asset].decimals, market.price_e8[h.asset]);
        const double f = h.route == kNoRoute ? 1.0 : std::clamp(market.backingRatio(h.route), 0.0, 1.0);
        value += f >= 1.0 ? v : scaleDown(v, f);
    }
    return value + m.upnl_e8 - m.debt_e8;
}

} // namespace cm
