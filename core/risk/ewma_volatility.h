// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/bytes.h"

#include <cstdint>

namespace cm {

//! RiskMetrics EWMA volatility (λ = 0.94 per day), annualized, for irregular observations:
//! an observation dt apart decays the variance by λ^(dt/1 day) and adds r²/dt (annualized).
//! Prices are sampled at most every `sample_s` (an hour): at oracle frequency, a few basis
//! points of source noise would read as volatility.
class EwmaVolatility {
public:
    explicit EwmaVolatility(double seedAnnualVolatility = 0.0, double lambdaPerDay = 0.94, double sample_s = 3600.0);

    void observe(double price, std::int64_t time_ms);
    double annualized() const;
    //! The estimate multiplied (a stress's volatility shock); later prices update it as usual.
    void scale(double multiplier) { m_variance *= multiplier * multiplier; }
    std::uint64_t observations() const { return m_count; }

    //! Its dynamic state in the canonical encoding of a journal snapshot (load() expects the
    //! same world; DecodeError on bad input).
    void save(ByteWriter& out) const;
    void load(ByteReader& in);

private:
    double m_lambda;
    double m_sampleS;
    double m_variance;        //!< annualized
    double m_lastPrice = 0.0;
    std::int64_t m_lastMs = 0;
    std::uint64_t m_count = 0;
};

} // namespace cm
