// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/int128.h"

#include <cstdint>
#include <random>
#include <vector>

namespace cm {

//! Placeholder market: independent geometric Brownian motion per asset, seeded, with prices
//! kept as 8-decimal integers. Same seed and steps give the same path on every run.
class PriceWalk {
public:
    PriceWalk(std::uint64_t seed, std::vector<double> annualVolatility);

    //! Moves every price by one step of dt_s seconds (in place).
    void step(std::vector<Int128>& priceE8, double dt_s);

private:
    double normal();

    std::mt19937_64 m_rng;
    std::vector<double> m_vol;
    bool m_haveSpare = false;
    double m_spare = 0.0;
};

} // namespace cm
