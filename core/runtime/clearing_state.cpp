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
      m_screen(m_world, m_market, m_calc),
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
                    const std::uint32_t i = m_accountIds.find(id);
                    return i == AccountIndex::npos ? nullptr : &m_world.accounts[i];
                },
                [this](const Account& a) { return m_calc.compute(a); },
                [this](const Holding& h, const Account& a) {
                    return m_calc.haircut(h, MarginCalculator::obligationChains(a), a.emode).total();
                },
                [this](const std::string& id, ChainIndex c, AssetIndex a, RouteIndex r, Int128 delta) {
                    return adjustHolding(id, c, a, r, delta);
                },
                [this](const std::string& id, ChainIndex c, AssetIndex a, Int128 delta) { return adjustDebt(id, c, a, delta); },
                [this](const std::string& id, std::size_t index, Int128 size) { return setPositionSize(id, index, size); },
                [this]() -> const std::vector<Account>& { return m_world.accounts; },
                [this](AssetIndex market) { return m_calc.maintenanceRate(market); },
                [this](const std::string& id, RouteIndex r, bool back, Int128 units) -> std::pair<std::uint64_t, std::string> {
                    const Interop::Result res = m_interop.transfer(r, back, id, units, m_simTimeMs);
                    return {res.outcome == Outcome::Refused ? 0 : res.transfer, res.reason};
                },
                [this](std::uint64_t id, std::string& why) {
                    const Transfer* t = m_interop.find(id);
                    if (!t) {
                        why = "transfer " + std::to_string(id) + " is unknown";
                        return -1;
                    }
                    why = t->reason;
                    return t->state == TransferState::Minted ? 1 : isSettled(t->state) ? -1 : 0;
                },
                [this](const Account& a) { return liquidationBlocker(a); }},
            LiquidationConfig {m_world.liquidation.target_health, m_world.liquidation.scan_interval_ms, {}, 60000,
                               m_world.liquidation.negative_equity_hold_blocks}),
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
    m_accountIds.rebuild();
    m_free.assign(m_world.accounts.size(), 0);
    m_isCandidate.assign(m_world.accounts.size(), 0);
    m_seenInputs = m_market;
    for (std::uint32_t i = 0; i < m_world.accounts.size(); ++i)
        m_screen.encode(i, m_world.accounts[i]);
    revalueAll();
    for (const auto& [asset, units] : m_world.liquidation.insurance_fund)
        m_liq.fund(asset, units, m_simTimeMs);
    m_nextScanMs = m_simTimeMs + m_world.liquidation.scan_interval_ms;
    m_agent.policy = m_world.agent;
    m_agent.next_run_ms = m_simTimeMs + m_agent.policy.interval_ms;
}

bool ClearingState::adjustDebt(const std::string& id, ChainIndex chain, AssetIndex asset, Int128 delta)
{
    const std::uint32_t known = m_accountIds.find(id);
    if (known == AccountIndex::npos)
        return false;
    auto list = m_world.accounts[known].debts();
    auto it = std::find_if(list.begin(), list.end(), [&](const Debt& d) { return d.chain == chain && d.asset == asset; });
    if (it == list.end() && delta > 0) {
        list.push_back({chain, asset, delta});
    } else {
        if (it == list.end() || it->amount + delta < 0)
            return false;
        it->amount += delta;
        if (it->amount == 0)
            list.erase(it);
    }
    accountChanged(known);
    return true;
}

bool ClearingState::setPositionSize(const std::string& id, std::size_t index, Int128 size)
{
    const std::uint32_t known = m_accountIds.find(id);
    if (known == AccountIndex::npos)
        return false;
    auto list = m_world.accounts[known].positions();
    if (index >= list.size())
        return false;
    if (size == 0)
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(index));
    else
        list[index].size = size;
    accountChanged(known);
    return true;
}

std::string ClearingState::liquidationBlocker(const Account& account) const
{
    for (const Holding& h : account.holdings()) {
        if (m_oracles.asset(h.asset).state == OracleState::Broken)
            return m_world.assets[h.asset].symbol + "'s oracle is broken";
        if (h.route != kNoRoute && m_market.route_frozen[h.route])
            return "route " + m_world.routes[h.route].id + " is frozen";
    }
    for (const Debt& d : account.debts())
        if (m_oracles.asset(d.asset).state == OracleState::Broken)
            return m_world.assets[d.asset].symbol + "'s oracle is broken";
    return {};
}

std::string ClearingState::approveLiquidation(std::uint64_t id) { return m_liq.approve(id, m_simTimeMs); }

std::string ClearingState::cancelLiquidation(std::uint64_t id, const std::string& why) { return m_liq.cancel(id, m_simTimeMs, why); }

std::uint32_t ClearingState::accountFor(const std::string& id)
{
    if (const std::uint32_t known = m_accountIds.find(id); known != AccountIndex::npos)
        return known;
    const auto i = static_cast<std::uint32_t>(m_world.accounts.size());
    Account acc;
    acc.id = id;
    m_world.accounts.push_back(std::move(acc));
    m_free.push_back(0);
    m_isCandidate.push_back(0);
    m_accountIds.insert(i);
    m_screen.encode(i, m_world.accounts[i]);
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
        auto list = m_world.accounts[i].holdings();
        auto it = std::find_if(list.begin(), list.end(), [&](const Holding& x) {
            return x.chain == h->chain && x.asset == h->asset && x.route == h->route;
        });
        const Int128 before = it == list.end() ? Int128 {0} : it->amount.value();
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
        auto list = m_world.accounts[i].debts();
        auto it = std::find_if(list.begin(), list.end(), [&](const Debt& x) { return x.chain == d->chain && x.asset == d->asset; });
        if (d->amount == 0 && it != list.end())
            list.erase(it);
        else if (it != list.end())
            it->amount = d->amount;
        else if (d->amount != 0)
            list.push_back({d->chain, d->asset, d->amount});
    } else if (const auto* p = std::get_if<FeedPosition>(&update)) {
        const auto known = m_world.venueIndex(p->venue);
        if (!known)
            return "too many venues (at most " + std::to_string(kMaxAssets + 1) + ")";
        const VenueIndex venue = *known;
        i = accountFor(p->account);
        auto list = m_world.accounts[i].positions();
        auto it = std::find_if(list.begin(), list.end(), [&](const Position& x) {
            return x.venue == venue && x.chain == p->chain && x.market == p->market;
        });
        if (p->size == 0 && it != list.end())
            list.erase(it);
        else if (it != list.end()) {
            it->size = p->size;
            it->entry_price_e8 = p->entry_price_e8;
        } else if (p->size != 0)
            list.push_back({venue, p->chain, p->market, p->size, p->entry_price_e8});
    }
    accountChanged(i);
    return {};
}

bool ClearingState::adjustHolding(const std::string& id, ChainIndex chain, AssetIndex asset, RouteIndex route, Int128 delta)
{
    const std::uint32_t known = m_accountIds.find(id);
    if (known == AccountIndex::npos && delta < 0)
        return false;
    const std::uint32_t i = known == AccountIndex::npos ? accountFor(id) : known;
    auto list = m_world.accounts[i].holdings();
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
    accountChanged(i);
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
    m_allDirty = true;
}

Interop::Result ClearingState::transfer(RouteIndex route, bool back, const std::string& account, Int128 amount)
{
    if (std::string held = m_liq.withdrawalHold(account, m_simTimeMs); !held.empty())
        return {Outcome::Refused, std::move(held), 0};
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
        for (auto it = m_resumeAt.begin(); it != m_resumeAt.end();) {
            if (it->first > m_simTimeMs) {
                ++it;
                continue;
            }
            m_chainSim.setStatus(it->second, ChainStatus::Live, m_simTimeMs);
            it = m_resumeAt.erase(it);
        }
        // Every source observes the market (the sources' own noise and outages come with the
        // live-world simulation); the margin price is their aggregate.
        for (AssetIndex a = 0; a < m_world.assets.size(); ++a) {
            if (!m_fedExternally[a]) {
                const auto& sources = m_oracles.asset(a).sources;
                for (std::size_t k = 0; k < sources.size(); ++k) {
                    auto seen = m_walk.observe(a, k, m_truePrice[a], m_simTimeMs, static_cast<double>(m_stepMs) / 1000.0);
                    if (seen && !m_sourceBias.empty() && k < m_sourceBias[a].size() && m_sourceBias[a][k] != 0.0)
                        seen = std::max<Int128>(1, static_cast<Int128>(std::llround(toDouble(*seen) * (1.0 + m_sourceBias[a][k]))));
                    if (seen)
                        m_oracles.updateExact(a, sources[k].name, sources[k].chain, *seen, m_simTimeMs, m_simTimeMs, false);
                }
            }
            m_oracles.refresh(a, m_simTimeMs); // once for all its sources; time alone makes a quiet one stale
            absorbOracle(a);
        }
        if (m_world.liquidation.enabled) {
            if (m_simTimeMs >= m_nextScanMs) {
                // The whole book on the scan's clock, at this step's prices (a burst of steps
                // re-margins once at its end otherwise); keepers act on theirs, every step.
                absorbChains();
                markAllDirty();
                runLiquidations();
                m_nextScanMs += m_world.liquidation.scan_interval_ms;
            } else {
                m_liq.process(m_simTimeMs);
            }
        }
        // Proposals follow their transfers and lapse; the agent proposes on its own clock.
        trackProposals();
        if (m_agent.policy.enabled && m_simTimeMs >= m_agent.next_run_ms) {
            agentRun();
            m_agent.next_run_ms = m_simTimeMs + m_agent.policy.interval_ms;
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
    remarginAsset(asset);
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
    const std::uint32_t i = m_accountIds.find(id);
    if (i == AccountIndex::npos)
        return nullptr;
    const Account& acc = m_world.accounts[i];
    auto d = std::make_shared<AccountDetail>();
    d->id = acc.id;
    d->owner = std::string(acc.owner());
    d->role = toString(acc.role);
    d->sim_time_ms = m_simTimeMs;
    d->withdrawal_hold = m_liq.withdrawalHold(acc.id, m_simTimeMs);
    flushRemargin();
    d->metrics = m_calc.compute(acc);
    if (d->metrics.dominant_asset)
        d->dominant_asset = m_world.assets[*d->metrics.dominant_asset].symbol;
    const std::uint64_t mask = MarginCalculator::obligationChains(acc);
    for (const Holding& h : acc.holdings()) {
        const Asset& a = m_world.assets[h.asset];
        d->holdings.push_back({m_world.chains[h.chain].id, a.symbol, h.route == kNoRoute ? "" : m_world.routes[h.route].id,
                               a.decimals, h.amount, m_market.price_e8[h.asset],
                               valueE8(h.amount, a.decimals, m_market.price_e8[h.asset]), m_calc.haircut(h, mask, acc.emode)});
    }
    for (const Debt& x : acc.debts()) {
        const Asset& a = m_world.assets[x.asset];
        d->debts.push_back({m_world.chains[x.chain].id, a.symbol, a.decimals, x.amount,
                            valueE8(x.amount, a.decimals, m_market.price_e8[x.asset])});
    }
    for (const Position& p : acc.positions()) {
        const Asset& a = m_world.assets[p.market];
        const Int128 mark = m_market.price_e8[p.market];
        const Int128 size = p.size;
        d->positions.push_back({m_world.venueName(p.venue), m_world.chains[p.chain].id, a.symbol, a.decimals, size, p.entry_price_e8,
                                mark, valueE8(size, a.decimals, mark - p.entry_price_e8),
                                valueE8(size < 0 ? -size : size, a.decimals, mark), m_calc.maintenanceRate(p.market)});
    }
    return d;
}

} // namespace cm
