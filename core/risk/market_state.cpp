// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/market_state.h"

#include "core/interop/validator_set.h"

#include <algorithm>

#include <cmath>

namespace cm {

MarketState MarketState::fromWorld(const World& world)
{
    MarketState s;
    for (const Asset& a : world.assets) {
        s.price_e8.push_back(a.price_e8);
        s.volatility.push_back(a.volatility);
        s.divergence.push_back(0.0);
        s.stale_s.push_back(0.0);
    }
    for (const Chain& c : world.chains) {
        s.chain_status.push_back(c.status);
        s.chain_finality_ms.push_back(c.status == ChainStatus::Degraded ? 2 * c.finality_ms : c.finality_ms);
    }
    s.route_minted.assign(world.routes.size(), 0);
    for (const Route& r : world.routes) {
        s.route_locked.push_back(r.locked);
        // Exponential relay jitter: its 99th percentile is mean × ln(100).
        s.route_latency_p99_ms.push_back(
            r.latency_ms + static_cast<std::int64_t>(std::llround(static_cast<double>(world.market_model.relay_jitter_ms) * std::log(100.0))));
    }
    s.route_frozen.assign(world.routes.size(), false);
    // A weak validator set (§6) adds to the route's own trust add-on.
    for (const Route& r : world.routes)
        s.route_trust_addon.push_back(std::max(
            r.trust_addon_bps / 10000.0,
            assessTrust(static_cast<std::uint32_t>(r.validators), static_cast<std::uint32_t>(r.threshold), r.operators).addon));
    for (const Account& acc : world.accounts)
        for (const Holding& h : acc.holdings())
            if (h.route != kNoRoute)
                s.route_minted[h.route] += h.amount;
    return s;
}

double MarketState::backingRatio(RouteIndex r) const
{
    if (route_minted[r] <= 0)
        return 1.0;
    return toDouble(route_locked[r]) / toDouble(route_minted[r]);
}

} // namespace cm
