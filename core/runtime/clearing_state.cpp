// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/clearing_state.h"

#include "core/api/report.h"
#include "core/common/bytes.h"
#include "core/money/decimal.h"
#include "core/crypto/sha256.h"
#include "core/money/money_math.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

namespace cm {
namespace {

} // namespace

ClearingState::ClearingState(World world, std::uint64_t seed, std::int64_t step_ms)
    : m_world(std::move(world)),
      m_market(MarketState::fromWorld(m_world)),
      m_calc(m_world, m_market),
      m_walk(m_world, seed),
      m_oracles(m_world),
      m_chainSim(m_world, m_world.start_time_s * 1000),
      m_interop(m_world, m_market,
                [this](const std::string& id, ChainIndex c, AssetIndex a, RouteIndex r, Int128 delta) {
                    return adjustHolding(id, c, a, r, delta);
                }),
      m_liq(m_world, m_market,
            LiquidationEngine::Book {
                [this](const std::string& id) -> const Account* {
                    const auto it = m_accountIds.find(id);
                    return it == m_accountIds.end() ? nullptr : &m_world.accounts[it->second];
                },
                [this](const Account& a) { return m_calc.compute(a); },
                [this](const Holding& h, const Account& a) {
                    return m_calc.haircut(h, MarginCalculator::obligationChains(a), a.emode).total();
                },
                [this](const std::string& id, ChainIndex c, AssetIndex a, RouteIndex r, Int128 delta) {
                    return adjustHolding(id, c, a, r, delta);
                },
                [this](const std::string& id, ChainIndex c, AssetIndex a, Int128 delta) { return adjustDebt(id, c, a, delta); },
                [this](const Account& a) { return liquidationBlocker(a); }},
            LiquidationConfig {m_world.liquidation.target_health, m_world.liquidation.scan_interval_ms, {}, 60000}),
      m_stepMs(step_ms),
      m_simTimeMs(m_world.start_time_s * 1000)
{
    for (const Asset& a : m_world.assets) {
        m_ewma.emplace_back(a.volatility);
        m_ewma.back().observe(toDouble(a.price_e8) / toDouble(kUsdOne), m_simTimeMs);
        m_truePrice.push_back(a.price_e8);
    }
    m_fedExternally.assign(m_world.assets.size(), false);
    m_dirtyAsset.assign(m_world.assets.size(), false);
    m_exposed.resize(m_world.assets.size());
    for (std::uint32_t i = 0; i < m_world.accounts.size(); ++i) {
        m_all.push_back(i);
        m_holdingChains.push_back(0);
        m_accountAssets.emplace_back();
        m_accountIds.emplace(m_world.accounts[i].id, i);
        indexAccount(i);
    }
    m_metrics.resize(m_world.accounts.size());
    revalueAll();
    for (const auto& [asset, units] : m_world.liquidation.insurance_fund)
        m_liq.fund(asset, units, m_simTimeMs);
    m_nextScanMs = m_simTimeMs + m_world.liquidation.scan_interval_ms;
}

bool ClearingState::adjustDebt(const std::string& id, ChainIndex chain, AssetIndex asset, Int128 delta)
{
    const auto known = m_accountIds.find(id);
    if (known == m_accountIds.end())
        return false;
    auto& list = m_world.accounts[known->second].debts;
    auto it = std::find_if(list.begin(), list.end(), [&](const Debt& d) { return d.chain == chain && d.asset == asset; });
    if (it == list.end() || it->amount + delta < 0)
        return false;
    it->amount += delta;
    if (it->amount == 0)
        list.erase(it);
    m_metrics[known->second] = m_calc.compute(m_world.accounts[known->second]);
    return true;
}

std::string ClearingState::liquidationBlocker(const Account& account) const
{
    for (const Holding& h : account.holdings) {
        if (m_oracles.asset(h.asset).state == OracleState::Broken)
            return m_world.assets[h.asset].symbol + "'s oracle is broken";
        if (h.route != kNoRoute && m_market.route_frozen[h.route])
            return "route " + m_world.routes[h.route].id + " is frozen";
    }
    for (const Debt& d : account.debts)
        if (m_oracles.asset(d.asset).state == OracleState::Broken)
            return m_world.assets[d.asset].symbol + "'s oracle is broken";
    return {};
}

void ClearingState::runLiquidations()
{
    flushRemargin();
    m_liq.scan(m_world.accounts, m_metrics, m_simTimeMs);
    m_liq.process(m_simTimeMs); // what it moves re-margins its account at once
}

std::string ClearingState::approveLiquidation(std::uint64_t id) { return m_liq.approve(id, m_simTimeMs); }

std::string ClearingState::cancelLiquidation(std::uint64_t id, const std::string& why) { return m_liq.cancel(id, m_simTimeMs, why); }

void ClearingState::indexAccount(std::uint32_t i)
{
    const Account& acc = m_world.accounts[i];
    std::uint64_t chains = 0;
    std::vector<AssetIndex> assets;
    for (const Holding& h : acc.holdings) {
        assets.push_back(h.asset);
        chains |= std::uint64_t{1} << h.chain;
    }
    for (const Debt& d : acc.debts)
        assets.push_back(d.asset);
    for (const Position& p : acc.positions)
        assets.push_back(p.market);
    std::sort(assets.begin(), assets.end());
    assets.erase(std::unique(assets.begin(), assets.end()), assets.end());
    // Only additions: an asset the account no longer uses stays indexed, which costs a spare
    // re-margin and never a missed one.
    std::vector<AssetIndex>& known = m_accountAssets[i];
    for (AssetIndex a : assets)
        if (!std::binary_search(known.begin(), known.end(), a)) {
            m_exposed[a].push_back(i);
            known.insert(std::upper_bound(known.begin(), known.end(), a), a);
        }
    m_holdingChains[i] = chains;
}

std::uint32_t ClearingState::accountFor(const std::string& id)
{
    if (const auto it = m_accountIds.find(id); it != m_accountIds.end())
        return it->second;
    const auto i = static_cast<std::uint32_t>(m_world.accounts.size());
    Account acc;
    acc.id = id;
    acc.owner = id;
    m_world.accounts.push_back(std::move(acc));
    m_metrics.emplace_back();
    m_all.push_back(i);
    m_holdingChains.push_back(0);
    m_accountAssets.emplace_back();
    m_accountIds.emplace(id, i);
    ++m_structureVersion;
    return i;
}

std::string ClearingState::applyFeed(const FeedUpdate& update)
{
    if (const auto* p = std::get_if<FeedPrice>(&update)) {
        const auto r = oracleUpdate(p->asset, p->source, p->chain, p->price_usd, p->time_ms == 0 ? m_simTimeMs : p->time_ms);
        if (!r.accepted)
            return r.reason;
        if (!m_fedExternally[p->asset]) {
            // From the first external price on, the feed prices this asset: the simulated
            // sources stop reporting and leave the median at once.
            m_fedExternally[p->asset] = true;
            m_oracles.retireAllBut(p->asset, p->source, p->chain, m_simTimeMs);
            absorbOracle(p->asset);
        }
        m_truePrice[p->asset] = m_oracles.asset(p->asset).aggregate_e8;
        return {};
    }
    if (const auto* c = std::get_if<FeedChainStatus>(&update)) {
        setChainStatus(c->chain, c->status);
        return {};
    }
    // Account lines set the amount for their key; zero removes the line.
    std::uint32_t i = 0;
    if (const auto* h = std::get_if<FeedHolding>(&update)) {
        i = accountFor(h->account);
        auto& list = m_world.accounts[i].holdings;
        auto it = std::find_if(list.begin(), list.end(), [&](const Holding& x) {
            return x.chain == h->chain && x.asset == h->asset && x.route == h->route;
        });
        const Int128 before = it == list.end() ? 0 : it->amount;
        if (h->route != kNoRoute) {
            // A claim the desk reports was minted against a lock: both sides move together.
            m_market.route_minted[h->route] += h->amount - before;
            m_market.route_locked[h->route] += h->amount - before;
            // The route's backing ratio may have moved, and with it every claim's haircut.
            m_dirtyAsset[h->asset] = true;
            m_anyDirty = true;
        }
        if (h->amount == 0 && it != list.end())
            list.erase(it);
        else if (it != list.end())
            it->amount = h->amount;
        else if (h->amount != 0)
            list.push_back({h->chain, h->asset, h->route, h->amount});
    } else if (const auto* d = std::get_if<FeedDebt>(&update)) {
        i = accountFor(d->account);
        auto& list = m_world.accounts[i].debts;
        auto it = std::find_if(list.begin(), list.end(), [&](const Debt& x) { return x.chain == d->chain && x.asset == d->asset; });
        if (d->amount == 0 && it != list.end())
            list.erase(it);
        else if (it != list.end())
            it->amount = d->amount;
        else if (d->amount != 0)
            list.push_back({d->chain, d->asset, d->amount});
    } else if (const auto* p = std::get_if<FeedPosition>(&update)) {
        i = accountFor(p->account);
        auto& list = m_world.accounts[i].positions;
        auto it = std::find_if(list.begin(), list.end(), [&](const Position& x) {
            return x.venue == p->venue && x.chain == p->chain && x.market == p->market;
        });
        if (p->size == 0 && it != list.end())
            list.erase(it);
        else if (it != list.end()) {
            it->size = p->size;
            it->entry_price_e8 = p->entry_price_e8;
        } else if (p->size != 0)
            list.push_back({p->venue, p->chain, p->market, p->size, p->entry_price_e8});
    }
    indexAccount(i);
    m_metrics[i] = m_calc.compute(m_world.accounts[i]);
    return {};
}

bool ClearingState::adjustHolding(const std::string& id, ChainIndex chain, AssetIndex asset, RouteIndex route, Int128 delta)
{
    const auto known = m_accountIds.find(id);
    if (known == m_accountIds.end() && delta < 0)
        return false;
    const std::uint32_t i = known == m_accountIds.end() ? accountFor(id) : known->second;
    auto& list = m_world.accounts[i].holdings;
    auto it = std::find_if(list.begin(), list.end(),
                           [&](const Holding& h) { return h.chain == chain && h.asset == asset && h.route == route; });
    if (delta < 0) {
        if (it == list.end() || it->amount < -delta)
            return false;
        it->amount += delta;
        if (it->amount == 0)
            list.erase(it);
    } else if (it != list.end()) {
        it->amount += delta;
    } else {
        list.push_back({chain, asset, route, delta});
    }
    indexAccount(i);
    m_metrics[i] = m_calc.compute(m_world.accounts[i]);
    return true;
}

std::vector<std::uint64_t> ClearingState::chainHeights() const
{
    std::vector<std::uint64_t> h(m_world.chains.size());
    for (ChainIndex c = 0; c < h.size(); ++c)
        h[c] = m_chainSim.height(c);
    return h;
}

void ClearingState::markAllDirty()
{
    std::fill(m_dirtyAsset.begin(), m_dirtyAsset.end(), true);
    m_anyDirty = true;
}

Interop::Result ClearingState::transfer(RouteIndex route, bool back, const std::string& account, Int128 amount)
{
    return m_interop.transfer(route, back, account, amount, m_simTimeMs);
}

Interop::Result ClearingState::deliverMessage(const Message& message, const Attestation& attestation, const MerkleProof& proof)
{
    auto r = m_interop.deliver(message, attestation, proof, m_simTimeMs);
    markAllDirty(); // the accountant may have frozen a route: its claims take the broken-route add-on
    return r;
}

std::string ClearingState::freezeRoute(RouteIndex route, const std::string& why)
{
    auto r = m_interop.freeze(route, m_simTimeMs, why);
    markAllDirty();
    return r;
}

std::string ClearingState::unfreezeRoute(RouteIndex route)
{
    auto r = m_interop.unfreeze(route, m_simTimeMs);
    markAllDirty();
    return r;
}

std::string ClearingState::releaseTransfer(std::uint64_t id)
{
    auto r = m_interop.release(id, m_simTimeMs);
    markAllDirty();
    return r;
}

std::string ClearingState::dropTransfer(std::uint64_t id) { return m_interop.drop(id, m_simTimeMs); }

std::string ClearingState::rotateValidators(RouteIndex route)
{
    auto r = m_interop.rotate(route, m_simTimeMs);
    markAllDirty();
    return r;
}

void ClearingState::remargin(const std::vector<std::uint32_t>& accounts)
{
    for (std::uint32_t i : accounts)
        m_metrics[i] = m_calc.compute(m_world.accounts[i]);
}

void ClearingState::revalueAll()
{
    remargin(m_all);
    std::fill(m_dirtyAsset.begin(), m_dirtyAsset.end(), false);
    m_anyDirty = false;
}

void ClearingState::flushRemargin() const
{
    if (!m_anyDirty)
        return;
    m_seen.resize(m_world.accounts.size(), 0);
    ++m_epoch;
    for (AssetIndex a = 0; a < m_dirtyAsset.size(); ++a) {
        if (!m_dirtyAsset[a])
            continue;
        m_dirtyAsset[a] = false;
        for (std::uint32_t i : m_exposed[a])
            if (m_seen[i] != m_epoch) {
                m_seen[i] = m_epoch;
                m_metrics[i] = m_calc.compute(m_world.accounts[i]);
            }
    }
    m_anyDirty = false;
}

void ClearingState::advance(std::uint64_t steps)
{
    if (steps == 0)
        return;
    for (std::uint64_t i = 0; i < steps; ++i) {
        m_walk.step(m_truePrice, static_cast<double>(m_stepMs) / 1000.0);
        m_simTimeMs += m_stepMs;
        ++m_steps;
        if (m_replay)
            applyReplay();
        m_chainSim.advanceTo(m_simTimeMs);
        m_interop.advanceTo(m_simTimeMs, chainHeights());
        const std::int64_t startMs = m_world.start_time_s * 1000;
        while (m_nextScheduled < m_world.schedule.size()
               && startMs + m_world.schedule[m_nextScheduled].after_s * 1000 <= m_simTimeMs) {
            const auto& ev = m_world.schedule[m_nextScheduled++];
            m_chainSim.setStatus(ev.chain, ev.status, m_simTimeMs); // margin follows at the end of advance()
        }
        // Every source observes the market (the sources' own noise and outages come with the
        // live-world simulation); the margin price is their aggregate.
        for (AssetIndex a = 0; a < m_world.assets.size(); ++a) {
            if (!m_fedExternally[a]) {
                const auto& sources = m_oracles.asset(a).sources;
                for (std::size_t k = 0; k < sources.size(); ++k) {
                    const auto seen = m_walk.observe(a, k, m_truePrice[a], m_simTimeMs, static_cast<double>(m_stepMs) / 1000.0);
                    if (seen)
                        m_oracles.updateExact(a, sources[k].name, sources[k].chain, *seen, m_simTimeMs, m_simTimeMs, false);
                }
            }
            m_oracles.refresh(a, m_simTimeMs); // once for all its sources; time alone makes a quiet one stale
            absorbOracle(a);
        }
        if (m_world.liquidation.enabled) {
            if (m_simTimeMs >= m_nextScanMs) {
                // The whole book on the scan's clock; keepers act on theirs, every step.
                absorbChains();
                runLiquidations();
                m_nextScanMs += m_world.liquidation.scan_interval_ms;
            } else {
                m_liq.process(m_simTimeMs);
            }
        }
    }
    absorbChains();
    // Every price moved, so every exposed account needs a new margin: on the next read. A burst
    // of steps (a fast run, a journal replayed on recovery) costs one re-margin, not one each.
    std::fill(m_dirtyAsset.begin(), m_dirtyAsset.end(), true);
    m_anyDirty = true;
}

std::vector<std::string> ClearingState::startReplay(ReplayScenarioPtr scenario)
{
    m_replay = std::move(scenario);
    m_replayStartMs = m_simTimeMs;
    m_replayAssets.clear();
    m_replayBase = m_truePrice;
    std::vector<std::string> driven;
    for (std::size_t i = 0; i < m_replay->series.size(); ++i) {
        const int a = m_world.findAsset(m_replay->series[i].asset);
        if (a < 0)
            continue; // an asset this world does not have
        m_replayAssets.emplace_back(static_cast<AssetIndex>(a), i);
        driven.push_back(m_replay->series[i].asset);
    }
    return driven;
}

void ClearingState::stopReplay()
{
    m_replay.reset();
    m_replayAssets.clear();
}

std::int64_t ClearingState::replayTimeS() const
{
    return m_replay ? m_replay->from_s + (m_simTimeMs - m_replayStartMs) / 1000 : 0;
}

void ClearingState::applyReplay()
{
    const std::int64_t t = replayTimeS();
    if (t > m_replay->to_s) {
        stopReplay(); // the window is over: the market walks on from where history left it
        return;
    }
    for (const auto& [asset, index] : m_replayAssets) {
        if (m_fedExternally[asset])
            continue; // a live feed outranks history
        const auto& series = m_replay->series[index];
        const double ratio = ReplayScenario::closeAt(series, t) / series.closes.front().second;
        m_truePrice[asset] = std::max<Int128>(1, static_cast<Int128>(std::llround(toDouble(m_replayBase[asset]) * ratio)));
    }
}

void ClearingState::absorbChains()
{
    for (ChainIndex c = 0; c < m_world.chains.size(); ++c) {
        m_market.chain_status[c] = m_chainSim.status(c);
        m_market.chain_finality_ms[c] = m_chainSim.finalityLagMs(c, m_simTimeMs);
    }
}

void ClearingState::setChainStatus(ChainIndex chain, ChainStatus status)
{
    m_chainSim.setStatus(chain, status, m_simTimeMs);
    absorbChains();
    revalueAll();
}

bool ClearingState::absorbOracle(AssetIndex asset)
{
    const AssetOracle& o = m_oracles.asset(asset);
    const bool moved = m_market.price_e8[asset] != o.aggregate_e8;
    if (moved) {
        m_ewma[asset].observe(toDouble(o.aggregate_e8) / toDouble(kUsdOne), m_simTimeMs);
        m_market.volatility[asset] = m_ewma[asset].annualized();
    }
    m_market.price_e8[asset] = o.aggregate_e8;
    m_market.divergence[asset] = o.divergence;
    m_market.stale_s[asset] = m_oracles.staleSeconds(asset, m_simTimeMs);
    return moved;
}

void ClearingState::setPrice(AssetIndex asset, Int128 priceE8)
{
    m_truePrice[asset] = priceE8;
    m_oracles.override(asset, priceE8, m_simTimeMs);
    absorbOracle(asset);
    remargin(m_exposed[asset]);
}

OracleBook::Update ClearingState::oracleUpdate(AssetIndex asset, const std::string& source, ChainIndex chain,
                                               double priceUsd, std::int64_t time_ms)
{
    auto result = m_oracles.update(asset, source, chain, priceUsd, time_ms, m_simTimeMs);
    if (result.accepted) {
        absorbOracle(asset);
        // Divergence and staleness move haircuts even at one price; re-margin on the next read.
        m_dirtyAsset[asset] = true;
        m_anyDirty = true;
    }
    return result;
}

Snapshot ClearingState::snapshot() const
{
    flushRemargin();
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
        s.routes.push_back(std::move(row));
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
            s.liquidations.push_back(std::move(row));
        }
        std::reverse(s.liquidations.begin(), s.liquidations.end());
        for (const FundPoint& p : m_liq.fundHistory())
            s.insurance_fund.emplace_back(p.time_ms, p.usd_e8);
        s.insurance_fund_e8 = m_liq.fundUsdE8();
        for (const BadDebtEntry& b : m_liq.badDebt()) {
            s.bad_debt_e8 += valueE8(b.units, m_world.assets[b.asset].decimals, m_market.price_e8[b.asset]);
            s.socialized_e8 += valueE8(b.socialized_units, m_world.assets[b.asset].decimals, m_market.price_e8[b.asset]);
        }
    }
    for (const InteropAlert& a : m_interop.alerts())
        s.alerts.push_back({a.time_ms, a.critical, a.route, a.text});
    s.accounts.reserve(m_world.accounts.size());
    for (std::size_t i = 0; i < m_world.accounts.size(); ++i) {
        const Account& acc = m_world.accounts[i];
        const AccountMetrics& m = m_metrics[i];
        s.accounts.push_back({acc.id, acc.owner, acc.role, m_holdingChains[i], m.collateral_e8, m.adjusted_e8,
                              m.debt_e8, m.upnl_e8, m.requirement_e8, m.health, m.liquidatable, m.max_leverage,
                              m.distance_to_liquidation});
        s.liquidatable += m.liquidatable ? 1 : 0;
        s.collateral_e8 += m.collateral_e8;
        s.requirement_e8 += m.requirement_e8;
        for (const Holding& h : acc.holdings) {
            const Asset& a = m_world.assets[h.asset];
            s.chains[h.chain].collateral_e8 += valueE8(h.amount, a.decimals, m_market.price_e8[h.asset]);
        }
        for (std::size_t c = 0; c < s.chains.size(); ++c) {
            if (m_holdingChains[i] & (std::uint64_t{1} << c)) {
                ++s.chains[c].accounts;
                s.chains[c].liquidatable += m.liquidatable ? 1 : 0;
            }
        }
    }
    return s;
}

std::string ClearingState::runReport() const
{
    auto doc = buildReport(m_world, m_market);
    nlohmann::ordered_json run;
    run["profile"] = doc["profile"];
    run["steps"] = m_steps;
    run["sim_time_ms"] = m_simTimeMs;
    run["state_hash"] = stateHash();
    run["accounts"] = std::move(doc["accounts"]);
    return run.dump();
}

AccountDetailPtr ClearingState::accountDetail(const std::string& id) const
{
    const auto it = m_accountIds.find(id);
    if (it == m_accountIds.end())
        return nullptr;
    const Account& acc = m_world.accounts[it->second];
    auto d = std::make_shared<AccountDetail>();
    d->id = acc.id;
    d->owner = acc.owner;
    d->role = toString(acc.role);
    d->sim_time_ms = m_simTimeMs;
    flushRemargin();
    d->metrics = m_calc.compute(acc);
    if (d->metrics.dominant_asset)
        d->dominant_asset = m_world.assets[*d->metrics.dominant_asset].symbol;
    const std::uint64_t mask = MarginCalculator::obligationChains(acc);
    for (const Holding& h : acc.holdings) {
        const Asset& a = m_world.assets[h.asset];
        d->holdings.push_back({m_world.chains[h.chain].id, a.symbol, h.route == kNoRoute ? "" : m_world.routes[h.route].id,
                               a.decimals, h.amount, m_market.price_e8[h.asset],
                               valueE8(h.amount, a.decimals, m_market.price_e8[h.asset]), m_calc.haircut(h, mask, acc.emode)});
    }
    for (const Debt& x : acc.debts) {
        const Asset& a = m_world.assets[x.asset];
        d->debts.push_back({m_world.chains[x.chain].id, a.symbol, a.decimals, x.amount,
                            valueE8(x.amount, a.decimals, m_market.price_e8[x.asset])});
    }
    for (const Position& p : acc.positions) {
        const Asset& a = m_world.assets[p.market];
        const Int128 mark = m_market.price_e8[p.market];
        d->positions.push_back({p.venue, m_world.chains[p.chain].id, a.symbol, a.decimals, p.size, p.entry_price_e8, mark,
                                valueE8(p.size, a.decimals, mark - p.entry_price_e8),
                                valueE8(p.size < 0 ? -p.size : p.size, a.decimals, mark), m_calc.maintenanceRate(p.market)});
    }
    return d;
}

namespace {

constexpr const char* kStateMagic = "clearmesh-state";
constexpr std::uint32_t kStateVersion = 3; // 2: the interop layer; 3: liquidations

template <typename T, typename F>
void writeVector(ByteWriter& out, const std::vector<T>& v, F each)
{
    out.u64(v.size());
    for (const T& x : v)
        each(x);
}

// Reads a per-chain, per-asset or per-route vector, which must have the world's length.
template <typename T, typename F>
void readVector(ByteReader& in, std::vector<T>& v, const char* what, F each)
{
    const std::size_t n = in.count(what, 1);
    if (n != v.size())
        in.fail(what, "has " + std::to_string(n) + " entries, the world " + std::to_string(v.size()));
    for (std::size_t i = 0; i < n; ++i)
        v[i] = each();
}

} // namespace

std::string ClearingState::saveState() const
{
    ByteWriter out;
    out.str(kStateMagic);
    out.u32(kStateVersion);
    out.u64(m_steps);
    out.i64(m_simTimeMs);
    out.u64(m_nextScheduled);
    writeVector(out, m_market.price_e8, [&](Int128 x) { out.i128(x); });
    writeVector(out, m_market.volatility, [&](double x) { out.f64(x); });
    writeVector(out, m_market.divergence, [&](double x) { out.f64(x); });
    writeVector(out, m_market.stale_s, [&](double x) { out.f64(x); });
    writeVector(out, m_market.chain_status, [&](ChainStatus x) { out.u8(static_cast<std::uint8_t>(x)); });
    writeVector(out, m_market.chain_finality_ms, [&](std::int64_t x) { out.i64(x); });
    writeVector(out, m_market.route_latency_p99_ms, [&](std::int64_t x) { out.i64(x); });
    writeVector(out, m_market.route_locked, [&](Int128 x) { out.i128(x); });
    writeVector(out, m_market.route_minted, [&](Int128 x) { out.i128(x); });
    writeVector(out, m_market.route_frozen, [&](bool x) { out.boolean(x); });
    writeVector(out, m_truePrice, [&](Int128 x) { out.i128(x); });
    writeVector(out, m_fedExternally, [&](bool x) { out.boolean(x); });
    writeVector(out, m_ewma, [&](const EwmaVolatility& x) { x.save(out); });
    m_walk.save(out);
    m_oracles.save(out);
    m_chainSim.save(out);
    m_interop.save(out);
    m_liq.save(out);
    out.i64(m_nextScanMs);
    out.boolean(m_replay != nullptr);
    if (m_replay) {
        out.str(m_replay->name);
        out.str(m_replay->title);
        out.i64(m_replay->from_s);
        out.i64(m_replay->to_s);
        out.str(m_replay->notes);
        writeVector(out, m_replay->series, [&](const ReplayScenario::Series& s) {
            out.str(s.asset);
            writeVector(out, s.closes, [&](const std::pair<std::int64_t, double>& c) {
                out.i64(c.first);
                out.f64(c.second);
            });
        });
        out.i64(m_replayStartMs);
        writeVector(out, m_replayBase, [&](Int128 x) { out.i128(x); });
    }
    writeVector(out, m_world.accounts, [&](const Account& a) {
        out.str(a.id);
        out.str(a.owner);
        out.u8(static_cast<std::uint8_t>(a.role));
        out.i64(a.emode);
        writeVector(out, a.holdings, [&](const Holding& h) {
            out.u32(h.chain);
            out.u32(h.asset);
            out.u32(h.route);
            out.i128(h.amount);
        });
        writeVector(out, a.debts, [&](const Debt& d) {
            out.u32(d.chain);
            out.u32(d.asset);
            out.i128(d.amount);
        });
        writeVector(out, a.positions, [&](const Position& p) {
            out.str(p.venue);
            out.u32(p.chain);
            out.u32(p.market);
            out.i128(p.size);
            out.i128(p.entry_price_e8);
        });
    });
    return out.take();
}

Result<bool> ClearingState::loadState(std::string_view bytes)
{
    try {
        ByteReader in(bytes);
        if (in.str("magic") != kStateMagic)
            in.fail("magic", "not a Clearmesh state");
        if (const auto v = in.u32("version"); v != kStateVersion)
            in.fail("version", "state version " + std::to_string(v) + ", this build reads " + std::to_string(kStateVersion));
        m_steps = in.u64("steps");
        m_simTimeMs = in.i64("clock");
        m_nextScheduled = in.u64("schedule position");
        if (m_nextScheduled > m_world.schedule.size())
            in.fail("schedule position", "past the schedule");
        readVector(in, m_market.price_e8, "prices", [&] { return in.i128("price"); });
        readVector(in, m_market.volatility, "volatilities", [&] { return in.f64("volatility"); });
        readVector(in, m_market.divergence, "divergences", [&] { return in.f64("divergence"); });
        readVector(in, m_market.stale_s, "staleness", [&] { return in.f64("staleness"); });
        readVector(in, m_market.chain_status, "chain statuses", [&] {
            const auto s = static_cast<ChainStatus>(in.u8("chain status"));
            if (s != ChainStatus::Live && s != ChainStatus::Degraded && s != ChainStatus::Halted)
                in.fail("chain status", "unknown status");
            return s;
        });
        readVector(in, m_market.chain_finality_ms, "finality", [&] { return in.i64("finality"); });
        readVector(in, m_market.route_latency_p99_ms, "route latency", [&] { return in.i64("route latency"); });
        readVector(in, m_market.route_locked, "route locked", [&] { return in.i128("route locked"); });
        readVector(in, m_market.route_minted, "route minted", [&] { return in.i128("route minted"); });
        std::vector<bool> frozen(m_market.route_frozen.size());
        readVector(in, frozen, "route frozen", [&] { return in.boolean("route frozen"); });
        m_market.route_frozen = frozen;
        readVector(in, m_truePrice, "true prices", [&] { return in.i128("true price"); });
        std::vector<bool> fed(m_fedExternally.size());
        readVector(in, fed, "fed assets", [&] { return in.boolean("fed asset"); });
        m_fedExternally = fed;
        if (in.count("ewma", 32) != m_ewma.size())
            in.fail("ewma", "the world has " + std::to_string(m_ewma.size()) + " assets");
        for (EwmaVolatility& e : m_ewma)
            e.load(in);
        m_walk.load(in);
        m_oracles.load(in);
        m_chainSim.load(in);
        m_interop.load(in);
        m_liq.load(in);
        m_nextScanMs = in.i64("next scan");
        m_replay.reset();
        m_replayAssets.clear();
        if (in.boolean("replay flag")) {
            auto scenario = std::make_shared<ReplayScenario>();
            scenario->name = in.str("replay name");
            scenario->title = in.str("replay title");
            scenario->from_s = in.i64("replay from");
            scenario->to_s = in.i64("replay to");
            scenario->notes = in.str("replay notes");
            scenario->series.resize(in.count("replay series", 16));
            for (auto& s : scenario->series) {
                s.asset = in.str("series asset");
                s.closes.resize(in.count("series closes", 16));
                for (auto& c : s.closes) {
                    c.first = in.i64("close time");
                    c.second = in.f64("close");
                }
                if (s.closes.empty())
                    in.fail("series closes", "empty series");
            }
            const std::int64_t startMs = in.i64("replay start");
            std::vector<Int128> base(m_truePrice.size());
            readVector(in, base, "replay base", [&] { return in.i128("replay base"); });
            const std::vector<Int128> truePrice = m_truePrice;
            startReplay(std::move(scenario));
            m_replayStartMs = startMs;
            m_replayBase = std::move(base);
            m_truePrice = truePrice;
        }
        std::vector<Account> accounts(in.count("accounts", 40));
        for (Account& a : accounts) {
            a.id = in.str("account id");
            a.owner = in.str("account owner");
            a.role = static_cast<AccountRole>(in.u8("account role"));
            if (a.role < AccountRole::Viewer || a.role > AccountRole::Admin)
                in.fail("account role", "unknown role");
            a.emode = static_cast<int>(in.i64("account e-mode"));
            auto chainOf = [&](const char* what) {
                const auto c = in.u32(what);
                if (c >= m_world.chains.size())
                    in.fail(what, "no such chain");
                return static_cast<ChainIndex>(c);
            };
            auto assetOf = [&](const char* what) {
                const auto x = in.u32(what);
                if (x >= m_world.assets.size())
                    in.fail(what, "no such asset");
                return static_cast<AssetIndex>(x);
            };
            a.holdings.resize(in.count("holdings", 28));
            for (Holding& h : a.holdings) {
                h.chain = chainOf("holding chain");
                h.asset = assetOf("holding asset");
                h.route = static_cast<RouteIndex>(in.u32("holding route"));
                if (h.route != kNoRoute && h.route >= m_world.routes.size())
                    in.fail("holding route", "no such route");
                h.amount = in.i128("holding amount");
            }
            a.debts.resize(in.count("debts", 24));
            for (Debt& d : a.debts) {
                d.chain = chainOf("debt chain");
                d.asset = assetOf("debt asset");
                d.amount = in.i128("debt amount");
            }
            a.positions.resize(in.count("positions", 48));
            for (Position& p : a.positions) {
                p.venue = in.str("position venue");
                p.chain = chainOf("position chain");
                p.market = assetOf("position market");
                p.size = in.i128("position size");
                p.entry_price_e8 = in.i128("position entry price");
            }
        }
        if (!in.atEnd())
            in.fail("end", std::to_string(in.remaining()) + " trailing bytes");
        m_world.accounts = std::move(accounts);
    } catch (const DecodeError& e) {
        return Error { std::string("state snapshot: ") + e.what() };
    }
    // Derived: indexes and margin.
    m_all.clear();
    m_holdingChains.clear();
    m_accountAssets.clear();
    m_accountIds.clear();
    for (auto& e : m_exposed)
        e.clear();
    for (std::uint32_t i = 0; i < m_world.accounts.size(); ++i) {
        m_all.push_back(i);
        m_holdingChains.push_back(0);
        m_accountAssets.emplace_back();
        m_accountIds.emplace(m_world.accounts[i].id, i);
        indexAccount(i);
    }
    m_metrics.assign(m_world.accounts.size(), AccountMetrics {});
    m_seen.clear();
    revalueAll();
    ++m_structureVersion;
    return true;
}

std::string ClearingState::stateHash() const
{
    flushRemargin();
    const std::string state = saveState();
    Sha256 h;
    h.updateString("clearmesh-state-hash-v2");
    h.updateString(state);
    for (const AccountMetrics& m : m_metrics) {
        h.updateI128(m.adjusted_e8);
        h.updateI128(m.requirement_e8);
    }
    return toHex(h.finish());
}

} // namespace cm
