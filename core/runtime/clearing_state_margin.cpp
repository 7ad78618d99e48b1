// SPDX-License-Identifier: GPL-3.0-or-later
// Margin as derived state (DESIGN §5, docs/performance.md): the risk screen revalues what moved,
// the exact Int128 margin decides where the screen is not sure and for the readers that ask, and
// the liquidation scan re-checks what moved since it last looked.
#include "core/runtime/clearing_state.h"

#include <algorithm>
#include <cstring>
#include <thread>

namespace cm {

void ClearingState::runLiquidations()
{
    // The liquidatable accounts and those with a queued or blocked item whose figures moved
    // since the last scan, and the liquidatable ones without an open item: the same queue a
    // check of every account's exact margin would make, at the cost of what changed.
    flushRemargin();
    std::vector<std::uint32_t> check;
    for (const std::uint32_t i : m_liq.watched(m_world.accounts))
        if (m_screen.movedSinceScan(i))
            check.push_back(i);
    for (const std::uint32_t i : liquidationCandidates())
        if (m_screen.movedSinceScan(i) || !m_liq.hasOpenItem(i))
            check.push_back(i);
    std::sort(check.begin(), check.end());
    check.erase(std::unique(check.begin(), check.end()), check.end());
    const std::vector<AccountMetrics> metrics = exactBatch(check);
    for (const std::uint32_t i : check)
        m_screen.clearMovedSinceScan(i);
    m_liq.scan(m_world.accounts, metrics, check, m_simTimeMs);
    m_liq.process(m_simTimeMs); // what it moves re-margins its account at once
}

void ClearingState::remarginAsset(AssetIndex asset)
{
    m_dirtyAsset[asset] = true;
    m_anyDirty = true;
    flushRemargin();
}

void ClearingState::accountChanged(std::uint32_t i)
{
    m_screen.encode(i, m_world.accounts[i]);
    screenAccount(i, false);
}

void ClearingState::screenAccount(std::uint32_t i, bool flushed) const
{
    if (m_screen.surelyHealthy(i))
        return; // its exact margin waits for a reader
    bool liquidatable = m_screen.decided(i); // decided and not surely healthy: surely under 1
    if (!liquidatable) {
        const AccountMetrics m = exactMetrics(i, flushed);
        if (m_screen.exactOnly(i))
            m_screen.setExact(i, m);
        liquidatable = m.liquidatable;
    }
    if (liquidatable && !m_isCandidate[i]) {
        m_isCandidate[i] = 1;
        m_candidates.push_back(i);
    }
}

bool ClearingState::liquidatableNow(std::uint32_t i) const
{
    if (m_screen.surelyHealthy(i))
        return false;
    return m_screen.decided(i) || exactMetrics(i, true).liquidatable;
}

std::vector<std::uint32_t> ClearingState::liquidationCandidates() const
{
    flushRemargin();
    // Drop those a later re-margin cleared; what stays is liquidatable now.
    std::vector<std::uint32_t> keep;
    for (const std::uint32_t i : m_candidates) {
        if (liquidatableNow(i))
            keep.push_back(i);
        else
            m_isCandidate[i] = 0;
    }
    std::sort(keep.begin(), keep.end());
    m_candidates = keep;
    return keep;
}

std::vector<AccountMetrics> ClearingState::exactBatch(const std::vector<std::uint32_t>& accounts) const
{
    std::vector<AccountMetrics> out(accounts.size());
    // The accounts are scattered over the book: each one's ledger (the account, then its
    // holdings, debts and positions) and its screen items are fetched ahead, in two stages, so
    // the misses overlap instead of queueing one behind another.
    const auto run = [this](const std::uint32_t* list, AccountMetrics* metrics, std::size_t n) {
        constexpr std::size_t kAhead = 8;
        const auto near = [&](std::uint32_t j) {
            __builtin_prefetch(&m_world.accounts[j]); // 64 bytes: one line
            __builtin_prefetch(&m_free[j], 1);
            m_screen.prefetch(j);
        };
        const auto deep = [&](std::uint32_t j) {
            const Account& a = m_world.accounts[j];
            __builtin_prefetch(a.holdings().data());
            __builtin_prefetch(reinterpret_cast<const char*>(a.holdings().data()) + 64);
            __builtin_prefetch(a.debts().data());
            __builtin_prefetch(a.positions().data());
            __builtin_prefetch(reinterpret_cast<const char*>(a.positions().data()) + 64);
            m_screen.prefetchItems(j);
        };
        for (std::size_t k = 0; k < std::min(n, 2 * kAhead); ++k)
            near(list[k]);
        for (std::size_t k = 0; k < std::min(n, kAhead); ++k)
            deep(list[k]);
        for (std::size_t k = 0; k < n; ++k) {
            if (k + 2 * kAhead < n)
                near(list[k + 2 * kAhead]);
            if (k + kAhead < n)
                deep(list[k + kAhead]);
            metrics[k] = exactMetrics(list[k], true);
        }
    };
    // A large batch on two threads: each account's exact margin is a pure function of its ledger
    // and the market, written to its own slot (and its own screen cell's flag).
    const std::size_t n = accounts.size();
    if (n < kParallelExactBatch) {
        run(accounts.data(), out.data(), n);
        return out;
    }
    std::thread helper(run, accounts.data() + n / 2, out.data() + n / 2, n - n / 2);
    run(accounts.data(), out.data(), n / 2);
    helper.join();
    return out;
}

void ClearingState::revalueAll()
{
    markAllDirty();
    flushRemargin();
}

void ClearingState::markMovedInputs() const
{
    MarketState& seen = m_seenInputs;
    const MarketState& now = m_market;
    // Whole vectors first, bytewise: between ticks nothing moved, and this is all a read costs.
    const auto same = [](const auto& a, const auto& b) {
        return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(a[0])) == 0);
    };
    const bool assets = !same(now.price_e8, seen.price_e8) || !same(now.volatility, seen.volatility)
                        || !same(now.divergence, seen.divergence) || !same(now.stale_s, seen.stale_s);
    const bool chains = !same(now.chain_finality_ms, seen.chain_finality_ms);
    const bool routes = !same(now.route_locked, seen.route_locked) || !same(now.route_minted, seen.route_minted)
                        || now.route_frozen != seen.route_frozen || !same(now.route_latency_p99_ms, seen.route_latency_p99_ms)
                        || !same(now.route_trust_addon, seen.route_trust_addon);
    if (!assets && !chains && !routes)
        return;
    auto dirty = [&](AssetIndex a) {
        m_dirtyAsset[a] = true;
        m_anyDirty = true;
    };
    for (AssetIndex a = 0; assets && a < now.price_e8.size(); ++a) {
        // Divergence matters only past the warning, staleness only when there is some.
        const bool moved = now.price_e8[a] != seen.price_e8[a] || now.volatility[a] != seen.volatility[a]
                           || std::max(0.0, now.divergence[a] - kDivergenceWarn) != std::max(0.0, seen.divergence[a] - kDivergenceWarn)
                           || now.stale_s[a] != seen.stale_s[a];
        if (moved)
            dirty(a);
    }
    if (chains) {
        std::fill(m_dirtyAsset.begin(), m_dirtyAsset.end(), true);
        m_anyDirty = m_allDirty = true;
    }
    for (RouteIndex r = 0; routes && r < now.route_locked.size(); ++r)
        if (now.route_locked[r] != seen.route_locked[r] || now.route_minted[r] != seen.route_minted[r]
            || now.route_frozen[r] != seen.route_frozen[r] || now.route_latency_p99_ms[r] != seen.route_latency_p99_ms[r]
            || now.route_trust_addon[r] != seen.route_trust_addon[r]) {
            // The route's claims' haircut, and (latency) any holding of its asset moving over it.
            dirty(m_world.routes[r].asset);
        }
    seen = now;
}

void ClearingState::flushRemargin() const
{
    markMovedInputs();
    if (!m_anyDirty)
        return;
    // Every asset moved: the whole book, in order; else the moved assets' accounts (a tick
    // revalues each afresh from its items, so nothing accumulates between full revaluations).
    if (m_allDirty || std::all_of(m_dirtyAsset.begin(), m_dirtyAsset.end(), [](bool d) { return d; })) {
        m_screen.refreshAll();
    } else {
        m_screen.tick(m_dirtyAsset);
    }
    for (const std::uint32_t i : m_screen.attention())
        screenAccount(i, true);
    std::fill(m_dirtyAsset.begin(), m_dirtyAsset.end(), false);
    m_anyDirty = m_allDirty = false;
}

} // namespace cm
