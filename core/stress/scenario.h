// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/world.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cm {

// A stress scenario (DESIGN §11): shocks applied together to a fork of the live state, then the
// market run over a horizon, on N Monte Carlo paths or none.

//! An asset's price moved by a fraction (-0.3: 30 % down) or set to a price.
struct PriceShock {
    AssetIndex asset = 0;
    bool relative = true;
    double change = 0.0;      //!< the fraction, when relative
    Int128 price_e8 = 0;      //!< the price, when absolute
};
//! An asset's volatility multiplied (calm markets are not the stress).
struct VolatilityShock {
    AssetIndex asset = 0;
    double multiplier = 1.0;
};
//! One oracle source of an asset reports a price off the others by a fraction.
struct OracleDivergenceShock {
    AssetIndex asset = 0;
    std::string source;
    double relative = 0.0;
};
//! A chain stops producing blocks for a while.
struct ChainHaltShock {
    ChainIndex chain = 0;
    std::int64_t duration_s = 0;
};
//! A route's latency multiplied.
struct LatencyShock {
    RouteIndex route = 0;
    double multiplier = 1.0;
};
//! A route compromised (Wormhole, Nomad): its claims are unbacked.
struct RouteCompromiseShock {
    RouteIndex route = 0;
};
//! Real hourly history replayed over the horizon (a candle file, a window).
struct ReplayShock {
    std::string file;         //!< as written, resolved against the scenario's folder
    std::int64_t from_s = 0;
    std::int64_t to_s = 0;
};

using Shock = std::variant<PriceShock, VolatilityShock, OracleDivergenceShock, ChainHaltShock, LatencyShock,
                           RouteCompromiseShock, ReplayShock>;
const char* shockType(const Shock& shock); //!< "price", "volatility", ...

struct StressScenario {
    std::string name;
    std::vector<Shock> shocks;
    std::uint64_t paths = 0;          //!< Monte Carlo paths; 0: the shocks alone, deterministic
    std::int64_t horizon_s = 86400;   //!< how long the market runs after the shocks
    std::uint64_t seed = 1;
};

//! Parses a scenario against a world: every asset, source, chain and route must exist. Errors
//! name the JSON path and the problem ("shocks[2].relative: must be above -1").
Result<StressScenario> parseStressScenario(std::string_view json, const World& world);
//! Reads a scenario file; a replay's file is resolved against the scenario's folder.
Result<StressScenario> loadStressScenario(const std::string& path, const World& world);

//! The scenario in its file format (for an editor); parseStressScenario reads it back.
std::string formatStressScenario(const StressScenario& scenario, const World& world);

//! The price an asset takes under a price shock, in USD e8 (never below one e8 unit).
Int128 shockedPrice(const PriceShock& shock, Int128 priceE8);

} // namespace cm
