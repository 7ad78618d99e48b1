// SPDX-License-Identifier: GPL-3.0-or-later
// The stress hooks of the clearing state (DESIGN §11): what a stress scenario does to a fork.
// None of this is journaled or saved; a live state never sees it.
#include "core/runtime/clearing_state.h"

#include "core/money/money_math.h"

#include <algorithm>
#include <cmath>

namespace cm {

void ClearingState::compromiseRoute(RouteIndex route)
{
    m_market.route_locked.at(route) = 0;
    if (!m_market.route_frozen[route])
        freezeRoute(route, "compromised");
    markAllDirty();
}

void ClearingState::scaleRouteLatency(RouteIndex route, double multiplier)
{
    auto& latency = m_market.route_latency_p99_ms.at(route);
    latency = static_cast<std::int64_t>(std::llround(static_cast<double>(latency) * multiplier));
    markAllDirty();
}

void ClearingState::biasOracleSource(AssetIndex asset, const std::string& source, double relative)
{
    if (m_sourceBias.empty())
        m_sourceBias.resize(m_world.assets.size());
    const auto& sources = m_oracles.asset(asset).sources;
    m_sourceBias[asset].resize(sources.size(), 0.0);
    for (std::size_t k = 0; k < sources.size(); ++k)
        if (sources[k].name == source) {
            m_sourceBias[asset][k] = relative;
            // It reports the biased price at once, as the next step's observation would.
            m_oracles.updateExact(asset, source, sources[k].chain,
                                  std::max<Int128>(1, static_cast<Int128>(std::llround(toDouble(m_truePrice[asset]) * (1.0 + relative)))),
                                  m_simTimeMs, m_simTimeMs, false);
            m_oracles.refresh(asset, m_simTimeMs);
            absorbOracle(asset);
            remarginAsset(asset);
            return;
        }
}

void ClearingState::scaleVolatility(AssetIndex asset, double multiplier, bool market)
{
    m_ewma.at(asset).scale(multiplier);
    m_market.volatility[asset] = m_ewma[asset].annualized();
    if (market)
        m_walk.scaleVolatility(asset, multiplier);
    remarginAsset(asset);
}

void ClearingState::haltChainFor(ChainIndex chain, std::int64_t duration_ms)
{
    setChainStatus(chain, ChainStatus::Halted);
    m_resumeAt.emplace_back(m_simTimeMs + duration_ms, chain);
}

double ClearingState::realizableFraction(RouteIndex route) const
{
    if (route == kNoRoute)
        return 1.0;
    return std::clamp(m_market.backingRatio(route), 0.0, 1.0);
}

} // namespace cm
