// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/price_walk.h"

#include "core/risk/margin.h"

#include <cmath>

namespace cm {

PriceWalk::PriceWalk(std::uint64_t seed, std::vector<double> annualVolatility)
    : m_rng(seed), m_vol(std::move(annualVolatility))
{
}

// Box-Muller over the raw engine output: std::normal_distribution is not the same on every
// standard library, and the state hash must be.
double PriceWalk::normal()
{
    if (m_haveSpare) {
        m_haveSpare = false;
        return m_spare;
    }
    constexpr double kScale = 1.0 / 18446744073709551616.0; // 2^-64
    const double u1 = (static_cast<double>(m_rng()) + 1.0) * kScale;
    const double u2 = static_cast<double>(m_rng()) * kScale;
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double theta = 2.0 * M_PI * u2;
    m_spare = r * std::sin(theta);
    m_haveSpare = true;
    return r * std::cos(theta);
}

void PriceWalk::step(std::vector<Int128>& priceE8, double dt_s)
{
    const double t = dt_s / kSecondsPerYear;
    for (std::size_t i = 0; i < priceE8.size() && i < m_vol.size(); ++i) {
        const double sigma = m_vol[i];
        const double factor = std::exp(sigma * std::sqrt(t) * normal() - 0.5 * sigma * sigma * t);
        const Int128 next = static_cast<Int128>(std::llround(toDouble(priceE8[i]) * factor));
        priceE8[i] = next > 0 ? next : 1;
    }
}

} // namespace cm
