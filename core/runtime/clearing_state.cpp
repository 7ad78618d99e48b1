// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/clearing_state.h"

#include "core/crypto/sha256.h"
#include "core/money/money_math.h"

#include <algorithm>

namespace cm {
namespace {

std::vector<double> volatilities(const World& world)
{
    std::vector<double> v;
    for (const Asset& a : world.assets)
        v.push_back(a.volatility);
    return v;
}

} // namespace

ClearingState::ClearingState(World world, std::uint64_t seed, std::int64_t step_ms)
    : m_world(std::move(world)),
      m_market(MarketState::fromWorld(m_world)),
      m_calc(m_world, m_market),
      m_walk(seed, volatilities(m_world)),
      m_stepMs(step_ms),
      m_simTimeMs(m_world.start_time_s * 1000)
{
    m_exposed.resize(m_world.assets.size());
    for (std::uint32_t i = 0; i < m_world.accounts.size(); ++i) {
        const Account& acc = m_world.accounts[i];
        std::vector<AssetIndex> assets;
        std::uint64_t chains = 0;
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
        for (AssetIndex a : assets)
            m_exposed[a].push_back(i);
        m_all.push_back(i);
        m_holdingChains.push_back(chains);
    }
    m_metrics.resize(m_world.accounts.size());
    revalueAll();
}

void ClearingState::remargin(const std::vector<std::uint32_t>& accounts)
{
    for (std::uint32_t i : accounts)
        m_metrics[i] = m_calc.compute(m_world.accounts[i]);
}

void ClearingState::revalueAll() { remargin(m_all); }

void ClearingState::advance(std::uint64_t steps)
{
    if (steps == 0)
        return;
    for (std::uint64_t i = 0; i < steps; ++i) {
        m_walk.step(m_market.price_e8, static_cast<double>(m_stepMs) / 1000.0);
        m_simTimeMs += m_stepMs;
        ++m_steps;
    }
    // Every price moved, so every exposed account needs a new margin.
    revalueAll();
}

void ClearingState::setPrice(AssetIndex asset, Int128 priceE8)
{
    m_market.price_e8[asset] = priceE8;
    remargin(m_exposed[asset]);
}

Snapshot ClearingState::snapshot() const
{
    Snapshot s;
    s.steps = m_steps;
    s.sim_time_ms = m_simTimeMs;
    s.world_name = m_world.name;
    s.profile = toString(m_world.profile);
    for (const Chain& c : m_world.chains)
        s.chains.push_back({c.id, c.name, m_market.chain_status[s.chains.size()], c.block_time_ms, c.finality_ms, 0, 0, 0});
    for (std::size_t a = 0; a < m_world.assets.size(); ++a) {
        const Asset& asset = m_world.assets[a];
        s.assets.push_back({asset.symbol, m_market.price_e8[a], asset.price_e8, m_market.volatility[a], asset.stable});
    }
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

std::string ClearingState::stateHash() const
{
    Sha256 h;
    h.updateString("clearmesh-state-v1");
    h.updateU64(m_steps);
    h.updateU64(static_cast<std::uint64_t>(m_simTimeMs));
    for (std::size_t a = 0; a < m_world.assets.size(); ++a) {
        h.updateString(m_world.assets[a].symbol);
        h.updateI128(m_market.price_e8[a]);
    }
    for (std::size_t i = 0; i < m_world.accounts.size(); ++i) {
        const Account& acc = m_world.accounts[i];
        h.updateString(acc.id);
        for (const Holding& x : acc.holdings) {
            h.updateU64(x.chain);
            h.updateU64(x.asset);
            h.updateU64(x.route);
            h.updateI128(x.amount);
        }
        for (const Debt& x : acc.debts) {
            h.updateU64(x.chain);
            h.updateU64(x.asset);
            h.updateI128(x.amount);
        }
        for (const Position& x : acc.positions) {
            h.updateString(x.venue);
            h.updateU64(x.market);
            h.updateI128(x.size);
            h.updateI128(x.entry_price_e8);
        }
        h.updateI128(m_metrics[i].adjusted_e8);
        h.updateI128(m_metrics[i].requirement_e8);
    }
    return toHex(h.finish());
}

} // namespace cm
