// SPDX-License-Identifier: GPL-3.0-or-later
// The clearing agent's proposing (DESIGN §8): accounts under the warning health lifted by their
// cheapest one-hop move, and desks' liquidity buffers refilled. The proposals' policy, approval
// and execution are in clearing_state_agent.cpp.
#include "core/runtime/clearing_state.h"

#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace cm {
namespace {

Int128 unitsOf(Int128 usdE8, int decimals, Int128 priceE8)
{
    return priceE8 > 0 ? usdE8 * pow10i(decimals) / priceE8 : 0;
}

} // namespace

void ClearingState::agentRun()
{
    // The whole book at this moment's prices (a burst of steps re-margins once at its end).
    absorbChains();
    markAllDirty();
    flushRemargin();
    const AgentPolicy& policy = m_agent.policy;
    std::set<std::string> busy;
    for (const std::uint64_t id : m_openProposals)
        if (const Proposal* p = m_agent.find(id))
            busy.insert(p->account);
    int opened = 0;

    // Accounts under the warning health, most at risk first, each lifted by its cheapest move.
    std::vector<std::pair<double, std::uint32_t>> atRisk;
    // The screen clears most of the book; the exact margin decides the rest.
    for (std::uint32_t i = 0; i < m_world.accounts.size(); ++i) {
        if (m_screen.surelyAbove(i, policy.warning_health))
            continue;
        const AccountMetrics m = exactMetrics(i, true);
        if (!std::isinf(m.health) && m.health < policy.warning_health)
            atRisk.emplace_back(m.health, i);
    }
    std::sort(atRisk.begin(), atRisk.end());
    for (const auto& [health, i] : atRisk) {
        if (opened >= policy.max_per_run)
            break;
        const Account& acc = m_world.accounts[i];
        const AccountMetrics m = exactMetrics(i, true);
        if (busy.count(acc.id) || !m_liq.withdrawalHold(acc.id, m_simTimeMs).empty() || m.requirement_e8 <= 0)
            continue;
        const Int128 free = m.free_collateral_e8();
        if (free <= 0)
            continue; // nothing may leave: the source side would break its initial requirement
        const std::uint64_t mask = MarginCalculator::obligationChains(acc);
        struct Candidate {
            int fee_bps;
            std::int64_t eta_ms;
            Int128 headroom;
            Proposal plan;
        };
        std::vector<Candidate> candidates;
        for (const Holding& h : acc.holdings()) {
            if (h.amount <= 0)
                continue;
            const double hcSrc = m_calc.haircut(h, mask, acc.emode).total();
            std::vector<std::pair<RouteIndex, bool>> moves;
            if (h.route == kNoRoute) {
                for (RouteIndex r = 0; r < m_world.routes.size(); ++r)
                    if (m_world.routes[r].asset == h.asset && m_world.routes[r].from == h.chain)
                        moves.emplace_back(r, false);
            } else if (m_world.routes[h.route].to == h.chain) {
                moves.emplace_back(h.route, true);
            }
            const Asset& asset = m_world.assets[h.asset];
            const Int128 price = m_market.price_e8[h.asset];
            for (const auto& [r, back] : moves) {
                const Route& route = m_world.routes[r];
                const Holding dest {back ? route.from : route.to, h.asset, back ? kNoRoute : r, 0};
                const double gain = hcSrc - m_calc.haircut(dest, mask, acc.emode).total();
                if (gain <= 1e-9)
                    continue;
                // Enough to reach the target, at most half the free collateral (a cushion while
                // it travels), at most what is held.
                const double need = (policy.target_health * toDouble(m.requirement_e8) - toDouble(m.adjusted_e8 + m.upnl_e8)) / gain;
                const double cap = hcSrc < 1.0 ? toDouble(free) / 2.0 / (1.0 - hcSrc) : toDouble(valueE8(h.amount, asset.decimals, price));
                const double usd = std::min(need, cap);
                if (!(usd > 0))
                    continue;
                const Int128 amount = std::min<Int128>(h.amount, unitsOf(static_cast<Int128>(usd), asset.decimals, price));
                if (amount <= 0)
                    continue;
                if (usd * gain / toDouble(m.requirement_e8) < policy.min_gain * 0.5)
                    continue; // cannot lift health enough to be worth a transfer
                const Int128 value = m_interop.usdValue(r, amount);
                if (!routeBlocker(r, back, value).empty())
                    continue; // frozen, halted, over the rate limit or waiting for the governor
                std::string why;
                auto plan = planOn(acc, m, r, back, amount, why);
                if (!plan || plan->health_after - m.health < policy.min_gain)
                    continue;
                const ChainIndex emitting = back ? route.to : route.from;
                candidates.push_back({route.fee_bps, plan->eta_ms, m_interop.governor(emitting, m_simTimeMs).headroom_usd_e8, *plan});
            }
        }
        if (candidates.empty())
            continue;
        // Cheapest first: the route's fee, then the time to arrive, then the governor's headroom.
        const auto best = std::min_element(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
            if (a.fee_bps != b.fee_bps)
                return a.fee_bps < b.fee_bps;
            if (a.eta_ms != b.eta_ms)
                return a.eta_ms < b.eta_ms;
            return a.headroom > b.headroom;
        });
        Proposal p = best->plan;
        p.kind = ProposalKind::Rebalance;
        p.proposer = "agent";
        p.reason = "health " + healthText(m.health) + " is under the warning " + healthText(policy.warning_health) + "; moving "
            + m_world.assets[p.asset].symbol + " from " + m_world.chains[p.from].id + " to " + m_world.chains[p.to].id
            + " lifts it to " + healthText(p.health_after);
        openProposal(std::move(p));
        busy.insert(acc.id);
        ++opened;
    }

    // Desk buffers: each desk keeps a minimum of an asset on a chain, refilled from where it has most.
    for (const LiquidityBuffer& b : policy.buffers) {
        if (opened >= policy.max_per_run)
            break;
        const Account* acc = findAccount(b.account);
        if (!acc || busy.count(b.account) || !m_liq.withdrawalHold(b.account, m_simTimeMs).empty())
            continue;
        Int128 held = 0;
        for (const Holding& h : acc->holdings())
            if (h.chain == b.chain && h.asset == b.asset)
                held += h.amount;
        if (held >= b.min_amount)
            continue;
        const AccountMetrics m = accountMetrics(m_accountIds.find(b.account));
        std::optional<Proposal> best;
        for (const Holding& h : acc->holdings()) {
            if (h.asset != b.asset || h.chain == b.chain || h.amount <= 0)
                continue;
            for (const auto& [r, back] : routesBetween(b.asset, h.chain, b.chain)) {
                if ((back && h.route != r) || (!back && h.route != kNoRoute))
                    continue;
                const Int128 amount = std::min<Int128>(b.min_amount - held, h.amount);
                std::string why;
                auto plan = planOn(*acc, m, r, back, amount, why);
                if (!plan || !routeBlocker(r, back, plan->usd_e8).empty())
                    continue;
                const auto key = [&](const Proposal& x) {
                    return std::make_tuple(m_world.routes[x.route].fee_bps, x.eta_ms, -x.amount);
                };
                if (!best || key(*plan) < key(*best))
                    best = plan;
            }
        }
        if (!best)
            continue;
        const Asset& asset = m_world.assets[b.asset];
        best->kind = ProposalKind::Buffer;
        best->proposer = "agent";
        best->reason = "liquidity buffer: " + b.account + " holds " + formatDecimal(held, asset.decimals) + " " + asset.symbol + " on "
            + m_world.chains[b.chain].id + ", under the " + formatDecimal(b.min_amount, asset.decimals) + " it keeps there";
        openProposal(std::move(*best));
        busy.insert(b.account);
        ++opened;
    }
}

} // namespace cm
