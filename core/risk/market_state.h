// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"

#include <cstdint>
#include <vector>

namespace cm {

//! What moves while the world's structure stays: prices, volatilities, oracle divergence,
//! chain status, route backing. One value per asset, chain or route, indexed like the World.
struct MarketState {
    std::vector<Int128> price_e8;
    std::vector<double> volatility;      //!< annualized
    std::vector<double> divergence;      //!< (max - min) / median over fresh sources
    std::vector<double> stale_s;         //!< age of a stale oracle's newest price, 0 when fresh
    std::vector<ChainStatus> chain_status;
    //! Time to finality now: the chain's own, doubled while degraded, plus the time it has
    //! been halted. What sits on a halted chain waits longer, so its horizon grows (§5).
    std::vector<std::int64_t> chain_finality_ms;
    std::vector<std::int64_t> route_latency_p99_ms; //!< finality wait plus the relay's jitter tail
    std::vector<Int128> route_locked;    //!< base units in the source vault
    std::vector<Int128> route_minted;    //!< claims outstanding on the destination
    std::vector<bool> route_frozen;
    //! The route component's trust add-on: the route's own, or its validator set's when weaker (§6).
    std::vector<double> route_trust_addon;

    static MarketState fromWorld(const World& world);
    double backingRatio(RouteIndex r) const;
};

} // namespace cm
