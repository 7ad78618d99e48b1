// SPDX-License-Identifier: GPL-3.0-or-later
// What the console sees of the clearing state: the snapshot.
#include "core/runtime/clearing_state.h"

#include "core/crypto/sha256.h"
#include "core/domain/world_loader.h"

#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace cm {

ProposalRow ClearingState::proposalRow(const Proposal& p) const
{
    ProposalRow row;
    row.id = p.id;
    row.kind = toString(p.kind);
    row.proposer = p.proposer;
    row.account = p.account;
    row.asset = m_world.assets[p.asset].symbol;
    row.from = m_world.chains[p.from].id;
    row.to = m_world.chains[p.to].id;
    row.route = m_world.routes[p.route].id;
    row.back = p.back;
    row.amount = formatDecimal(p.amount, m_world.assets[p.asset].decimals);
    row.usd_e8 = p.usd_e8;
    row.cost_usd_e8 = p.cost_usd_e8;
    row.health_before = p.health_before;
    row.health_after = p.health_after;
    row.health_in_flight = p.health_in_flight;
    row.health_done = p.health_done;
    row.eta_ms = p.eta_ms;
    row.created_ms = p.created_ms;
    row.expires_ms = p.expires_ms;
    row.state = toString(p.state);
    row.required_approvals = p.required_approvals;
    row.approvers = p.approvers;
    row.reason = p.reason;
    row.transfer = p.transfer;
    for (const ProposalStep& st : p.steps)
        row.steps.emplace_back(st.time_ms, st.text);
    return row;
}

Snapshot ClearingState::snapshot() const
{
    const std::vector<AccountMetrics> all = metrics();
    Snapshot s;
    s.steps = m_steps;
    if (m_replay) {
        s.scenario = m_replay->title;
        s.scenario_name = m_replay->name;
        s.scenario_time_s = replayTimeS();
        s.scenario_progress = static_cast<double>(replayTimeS() - m_replay->from_s)
                              / static_cast<double>(m_replay->to_s - m_replay->from_s);
    }
    s.structure_version = m_structureVersion;
    s.sim_time_ms = m_simTimeMs;
    s.world_name = m_world.name;
    s.profile = toString(m_world.profile);
    for (ChainIndex c = 0; c < m_world.chains.size(); ++c) {
        const Chain& chain = m_world.chains[c];
        ChainRow row{chain.id, chain.name, m_market.chain_status[c], chain.block_time_ms, chain.finality_ms, 0, 0, 0};
        row.height = m_chainSim.height(c);
        row.finalized_height = m_chainSim.finalizedHeight(c, m_simTimeMs);
        row.finality_lag_ms = m_chainSim.finalityLagMs(c, m_simTimeMs);
        s.chains.push_back(std::move(row));
    }
    s.oracle_max_age_ms = m_oracles.config().max_age_ms;
    s.oracle_divergence_warn = m_oracles.config().divergence_warn;
    s.oracle_divergence_halt = m_oracles.config().divergence_halt;
    for (AssetIndex a = 0; a < m_world.assets.size(); ++a) {
        const Asset& asset = m_world.assets[a];
        const AssetOracle& o = m_oracles.asset(a);
        AssetRow row{asset.symbol, m_market.price_e8[a], asset.price_e8, m_market.volatility[a], asset.stable,
                     1.0 / m_calc.initialRate(a), o.divergence, toString(o.state), o.fresh, m_market.stale_s[a], {}};
        for (const OracleSource& src : o.sources)
            row.sources.push_back({src.name, m_world.chains[src.chain].id, src.price_e8,
                                   src.time_ms == kNeverMs ? -1 : m_simTimeMs - src.time_ms, src.accepted, src.rejected,
                                   src.last_rejection});
        s.assets.push_back(std::move(row));
    }
    for (RouteIndex r = 0; r < m_world.routes.size(); ++r) {
        const Route& route = m_world.routes[r];
        const TrustAssessment& trust = m_interop.trust(r);
        RouteRow row;
        row.id = route.id;
        row.from = m_world.chains[route.from].id;
        row.to = m_world.chains[route.to].id;
        row.asset = m_world.assets[route.asset].symbol;
        row.decimals = m_world.assets[route.asset].decimals;
        row.locked = m_market.route_locked[r];
        row.minted = m_market.route_minted[r];
        row.backing_ratio = m_market.backingRatio(r);
        row.frozen = m_market.route_frozen[r];
        row.validators = route.validators;
        row.threshold = route.threshold;
        row.set_version = m_interop.validators(r).version;
        row.weak = trust.weak;
        row.trust_addon = row.frozen ? 1.0 : m_market.route_trust_addon[r];
        row.trust_reason = trust.reason;
        row.bucket_forward_usd_e8 = m_interop.bucket(r, false, m_simTimeMs).first;
        row.bucket_back_usd_e8 = m_interop.bucket(r, true, m_simTimeMs).first;
        row.bucket_capacity_usd_e8 = route.rate_capacity_usd_e8;
        const Asset& asset = m_world.assets[route.asset];
        row.locked_usd_e8 = valueE8(row.locked, asset.decimals, m_market.price_e8[route.asset]);
        row.minted_usd_e8 = valueE8(row.minted, asset.decimals, m_market.price_e8[route.asset]);
        s.routes.push_back(std::move(row));
    }
    // The last 24 h of flow per route (transfers are kept in the order they were requested).
    constexpr std::int64_t kDayMs = 24 * 3600 * 1000;
    for (auto it = m_interop.transfers().rbegin(); it != m_interop.transfers().rend(); ++it) {
        if (it->requested_ms < m_simTimeMs - kDayMs)
            break;
        if (it->state == TransferState::Refused || it->state == TransferState::Dropped)
            continue;
        RouteRow& row = s.routes[it->route];
        (it->back ? row.flow_back_24h_usd_e8 : row.flow_forward_24h_usd_e8) += it->usd_e8;
    }
    constexpr std::size_t kSettledShown = 200;
    const auto& transfers = m_interop.transfers();
    std::size_t settledShown = 0;
    for (auto it = transfers.rbegin(); it != transfers.rend(); ++it) {
        if (isSettled(it->state) && ++settledShown > kSettledShown)
            continue;
        const Route& route = m_world.routes[it->route];
        TransferRow row;
        row.id = it->id;
        row.route = route.id;
        row.back = it->back;
        row.external = it->external;
        row.account = it->account;
        row.asset = m_world.assets[route.asset].symbol;
        row.amount = formatDecimal(it->amount, m_world.assets[route.asset].decimals);
        row.usd_e8 = it->usd_e8;
        row.state = toString(it->state);
        row.reason = it->reason;
        row.requested_ms = it->requested_ms;
        row.locked_ms = it->locked_ms;
        row.committed_ms = it->committed_ms;
        row.attested_ms = it->attested_ms;
        row.relayed_ms = it->relayed_ms;
        row.done_ms = it->done_ms;
        row.release_ms = it->release_ms;
        s.transfers.push_back(std::move(row));
    }
    std::reverse(s.transfers.begin(), s.transfers.end());
    for (ChainIndex c = 0; c < m_world.chains.size(); ++c) {
        const auto g = m_interop.governor(c, m_simTimeMs);
        s.governors.push_back({m_world.chains[c].id, g.limit_usd_e8, g.used_usd_e8, g.headroom_usd_e8, g.big_tx_usd_e8, g.queued,
                               g.next_release_ms});
    }
    s.liquidation_enabled = m_world.liquidation.enabled;
    {
        std::unordered_map<std::uint64_t, std::vector<const LiquidationTransition*>> byItem;
        for (const LiquidationTransition& t : m_liq.transitions())
            byItem[t.item].push_back(&t);
        constexpr std::size_t kClosedShown = 300;
        std::size_t closed = 0;
        const auto& items = m_liq.items();
        for (auto it = items.rbegin(); it != items.rend(); ++it) {
            if (!isOpen(it->state) && ++closed > kClosedShown)
                continue;
            LiquidationRow row;
            row.id = it->id;
            row.account = it->account;
            row.state = toString(it->state);
            row.reason = it->reason;
            row.shortfall_e8 = it->shortfall_e8;
            row.health = it->health;
            row.chain = m_world.chains[it->chain].id;
            row.keeper = it->keeper >= 0 ? m_liq.keepers()[static_cast<std::size_t>(it->keeper)].name : std::string();
            row.created_ms = it->created_ms;
            row.updated_ms = it->updated_ms;
            row.eta_ms = it->eta_ms;
            row.repaid_e8 = it->repaid_e8;
            row.seized_e8 = it->seized_e8;
            row.fee_e8 = it->fee_e8;
            row.bad_debt_e8 = it->bad_debt_e8;
            row.deleveraged_e8 = it->deleveraged_e8;
            row.kind = it->kind == LiquidationItem::Kind::Position ? "position" : "debt";
            row.asset = m_world.assets[it->debt_asset].symbol;
            // Its way through the queue, from the transitions still kept.
            if (const auto found = byItem.find(it->id); found != byItem.end() && (isOpen(it->state) || closed <= 50)) {
                for (const LiquidationTransition* tp : found->second) {
                    const LiquidationTransition& t = *tp;
                    const std::int64_t sec = (t.time_ms / 1000) % 86400;
                    char clock[16];
                    std::snprintf(clock, sizeof clock, "%02d:%02d:%02d", static_cast<int>(sec / 3600), static_cast<int>(sec / 60 % 60),
                                  static_cast<int>(sec % 60));
                    row.history += std::string(clock) + " " + (t.from == t.to ? std::string("→ ") : std::string(toString(t.from)) + " → ")
                                   + toString(t.to) + (t.reason.empty() ? std::string() : ": " + t.reason) + "\n";
                }
            }
            s.liquidations.push_back(std::move(row));
        }
        std::reverse(s.liquidations.begin(), s.liquidations.end());
        for (const FundPoint& p : m_liq.fundHistory())
            s.insurance_fund.emplace_back(p.time_ms, p.usd_e8);
        s.insurance_fund_e8 = m_liq.fundUsdE8();
        auto value = [&](AssetIndex a, Int128 units) { return valueE8(units, m_world.assets[a].decimals, m_market.price_e8[a]); };
        for (const BadDebtEntry& b : m_liq.badDebt()) {
            s.bad_debt_e8 += value(b.asset, b.units);
            s.socialized_e8 += value(b.asset, b.socialized_units);
            s.deleveraged_e8 += value(b.asset, b.deleveraged_units);
        }
        // The loss ledger: the latest bad debts and deleveragings, in time order.
        constexpr std::size_t kLossesShown = 500;
        const auto& bad = m_liq.badDebt();
        const auto& adl = m_liq.deleveraged();
        for (std::size_t k = bad.size() > kLossesShown ? bad.size() - kLossesShown : 0; k < bad.size(); ++k) {
            const BadDebtEntry& b = bad[k];
            const Asset& a = m_world.assets[b.asset];
            s.losses.push_back({b.time_ms, b.account, "bad debt", a.symbol, formatDecimal(b.units, a.decimals), value(b.asset, b.units),
                                value(b.asset, b.fund_units), value(b.asset, b.deleveraged_units), value(b.asset, b.socialized_units), 0, {}});
        }
        for (std::size_t k = adl.size() > kLossesShown ? adl.size() - kLossesShown : 0; k < adl.size(); ++k) {
            const DeleverageEntry& d = adl[k];
            const Asset& a = m_world.assets[d.market];
            s.losses.push_back({d.time_ms, d.account, "deleveraged", a.symbol, formatDecimal(d.size, a.decimals), d.loss_e8, 0, d.loss_e8, 0,
                                d.price_e8, d.bankrupt});
        }
        std::stable_sort(s.losses.begin(), s.losses.end(), [](const LossRow& x, const LossRow& y) { return x.time_ms < y.time_ms; });
        for (const auto& [account, h] : m_liq.holds())
            if (h.until_ms > m_simTimeMs)
                s.holds.push_back({account, m_world.chains[h.chain].id, h.until_ms, h.blocks});
        s.liquidation_transitions = m_liq.transitionCount();
    }
    for (const InteropAlert& a : m_interop.alerts())
        s.alerts.push_back({a.time_ms, a.critical, a.route, a.text});
    s.accounts.reserve(m_world.accounts.size());
    s.health.reserve(m_world.accounts.size());
    const std::size_t assetCount = m_world.assets.size();
    s.chain_asset_e8.assign(s.chains.size() * assetCount, 0);
    for (std::size_t i = 0; i < m_world.accounts.size(); ++i) {
        const Account& acc = m_world.accounts[i];
        const AccountMetrics& m = all[i];
        std::uint64_t holdingChains = 0; // the chains it holds collateral on
        for (const Holding& h : acc.holdings())
            holdingChains |= std::uint64_t {1} << h.chain;
        s.accounts.push_back({acc.id, std::string(acc.owner()), acc.role, holdingChains, m.collateral_e8, m.adjusted_e8,
                              m.debt_e8, m.upnl_e8, m.requirement_e8, m.health, m.liquidatable, m.max_leverage,
                              m.distance_to_liquidation});
        s.health.push_back(m.health);
        s.liquidatable += m.liquidatable ? 1 : 0;
        s.collateral_e8 += m.collateral_e8;
        s.requirement_e8 += m.requirement_e8;
        for (const Holding& h : acc.holdings()) {
            const Asset& a = m_world.assets[h.asset];
            const Int128 v = valueE8(h.amount, a.decimals, m_market.price_e8[h.asset]);
            s.chains[h.chain].collateral_e8 += v;
            s.chain_asset_e8[h.chain * assetCount + h.asset] += v;
        }
        for (std::size_t c = 0; c < s.chains.size(); ++c) {
            if (holdingChains & (std::uint64_t {1} << c)) {
                ++s.chains[c].accounts;
                s.chains[c].liquidatable += m.liquidatable ? 1 : 0;
            }
        }
    }
    // Proposals: every open one and the newest closed ones, newest first.
    {
        constexpr std::size_t kClosedShown = 300;
        std::size_t closed = 0;
        const auto& list = m_agent.proposals;
        for (auto it = list.rbegin(); it != list.rend(); ++it) {
            const Proposal& p = *it;
            if (!isOpen(p.state) && ++closed > kClosedShown)
                continue;
            s.proposals.push_back(proposalRow(p));
        }
        for (const Operator& o : m_agent.operators)
            s.operators.push_back({o.name, toString(o.role), toHex(o.public_key.data(), o.public_key.size()), o.added_by});
        s.agent_policy = formatAgentPolicy(m_agent.policy, m_world);
        s.executed_in_period_e8 = m_agent.executedInPeriod(m_simTimeMs);
    }
    return s;
}

} // namespace cm
