// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/ewma_volatility.h"

#include "core/risk/margin.h"

#include <cmath>

namespace cm {

EwmaVolatility::EwmaVolatility(double seedAnnualVolatility, double lambdaPerDay, double sample_s)
    : m_lambda(lambdaPerDay), m_sampleS(sample_s), m_variance(seedAnnualVolatility * seedAnnualVolatility)
{
}

void EwmaVolatility::observe(double price, std::int64_t time_ms)
{
    if (!(price > 0.0) || !std::isfinite(price))
        return;
    if (m_lastPrice > 0.0 && time_ms > m_lastMs) {
        const double dtS = static_cast<double>(time_ms - m_lastMs) / 1000.0;
        if (dtS < m_sampleS)
            return; // not yet a sample: the last sampled price stays the reference
        const double r = std::log(price / m_lastPrice);
        const double decay = std::pow(m_lambda, dtS / 86400.0);
        m_variance = decay * m_variance + (1.0 - decay) * r * r / (dtS / kSecondsPerYear);
        ++m_count;
    }
    m_lastPrice = price;
    m_lastMs = time_ms;
}

double EwmaVolatility::annualized() const { return std::sqrt(m_variance); }

void EwmaVolatility::save(ByteWriter& out) const
{
    out.f64(m_variance);
    out.f64(m_lastPrice);
    out.i64(m_lastMs);
    out.u64(m_count);
}

void EwmaVolatility::load(ByteReader& in)
{
    m_variance = in.f64("ewma variance");
    m_lastPrice = in.f64("ewma last price");
    m_lastMs = in.i64("ewma last time");
    m_count = in.u64("ewma count");
}

} // namespace cm
