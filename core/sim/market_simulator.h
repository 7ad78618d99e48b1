// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"
#include "core/money/int128.h"

#include "core/common/bytes.h"

#include <cstdint>
#include <optional>
#include <random>
#include <vector>

namespace cm {

//! The simulated market of DESIGN §10 (world file: market_model): correlated geometric
//! Brownian motion with Poisson jumps (common timing, correlated sizes: crash days hit every
//! asset), the correlations and jumps calibrated from daily data,
//! the diffusion volatility set so that diffusion plus jumps has the asset's variance; and
//! the oracle sources that watch it, each with independent noise and occasional outages
//! (silent: it stops reporting; stuck: it repeats its last price). One seeded generator:
//! the same seed and steps give the same path.
class MarketSimulator {
public:
    MarketSimulator(const World& world, std::uint64_t seed);

    //! Moves every price by one step of dt_s seconds (in place).
    void step(std::vector<Int128>& priceE8, double dt_s);
    //! What source `k` of `asset` reports this step, if anything.
    std::optional<Int128> observe(AssetIndex asset, std::size_t k, Int128 truePriceE8, std::int64_t now_ms, double dt_s);

    double diffusionVolatility(AssetIndex a) const { return m_diffVol[a]; }

    // Stress (DESIGN §11), on a fork only: neither is saved, a fork is never journaled.
    //! Multiplies an asset's diffusion and jump sizes (0: its price stands still).
    void scaleVolatility(AssetIndex a, double multiplier) { m_volScale.at(a) = multiplier; }
    //! Restarts the generator: one Monte Carlo path per seed.
    void reseed(std::uint64_t seed);
    //! The lower-triangular factor actually used (after any shrinkage toward identity).
    const std::vector<std::vector<double>>& cholesky() const { return m_chol; }
    //! How far the correlations had to be pulled toward the identity to be usable (0: not).
    double shrinkage() const { return m_shrinkage; }

    //! Its dynamic state in the canonical encoding of a journal snapshot (load() expects the
    //! same world; DecodeError on bad input).
    void save(ByteWriter& out) const;
    void load(ByteReader& in);

private:
    double normal();
    double uniform();

    std::mt19937_64 m_rng;
    MarketModel m_model;
    std::vector<double> m_diffVol;
    std::vector<double> m_volScale; //!< per asset, 1 unless a stress scales it
    std::vector<std::vector<double>> m_chol;
    double m_shrinkage = 0.0;
    bool m_haveSpare = false;
    double m_spare = 0.0;

    struct SourceState {
        std::int64_t outage_until_ms = 0;
        bool stuck = false;
        Int128 stuck_price = 0;
        Int128 last = 0;
    };
    std::vector<std::vector<SourceState>> m_sources;
};

} // namespace cm
