// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/market_simulator.h"

#include "core/risk/margin.h"

#include <algorithm>
#include <sstream>
#include <cmath>

namespace cm {
namespace {

// Cholesky of a correlation matrix; empty when it is not positive definite.
std::vector<std::vector<double>> choleskyOf(const std::vector<std::vector<double>>& a)
{
    const std::size_t n = a.size();
    std::vector<std::vector<double>> l(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j <= i; ++j) {
            double sum = a[i][j];
            for (std::size_t k = 0; k < j; ++k)
                sum -= l[i][k] * l[j][k];
            if (i == j) {
                if (sum <= 1e-12)
                    return {};
                l[i][i] = std::sqrt(sum);
            } else {
                l[i][j] = sum / l[j][j];
            }
        }
    return l;
}

// The nearby positive-definite correlation matrix: eigenvalues clipped to a floor (cyclic
// Jacobi on the symmetric matrix), then rescaled to a unit diagonal. Changes far less than
// shrinking every correlation toward zero.
std::vector<std::vector<double>> clipEigenvalues(std::vector<std::vector<double>> a, double floor)
{
    const std::size_t n = a.size();
    std::vector<std::vector<double>> v(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i)
        v[i][i] = 1.0;
    for (int sweep = 0; sweep < 100; ++sweep) {
        double off = 0.0;
        for (std::size_t p = 0; p < n; ++p)
            for (std::size_t q = p + 1; q < n; ++q)
                off += a[p][q] * a[p][q];
        if (off < 1e-20)
            break;
        for (std::size_t p = 0; p < n; ++p)
            for (std::size_t q = p + 1; q < n; ++q) {
                if (std::fabs(a[p][q]) < 1e-15)
                    continue;
                const double theta = 0.5 * std::atan2(2 * a[p][q], a[q][q] - a[p][p]);
                const double c = std::cos(theta), s = std::sin(theta);
                for (std::size_t k = 0; k < n; ++k) { // columns p, q
                    const double akp = a[k][p], akq = a[k][q];
                    a[k][p] = c * akp - s * akq;
                    a[k][q] = s * akp + c * akq;
                }
                for (std::size_t k = 0; k < n; ++k) { // rows p, q
                    const double apk = a[p][k], aqk = a[q][k];
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
                for (std::size_t k = 0; k < n; ++k) {
                    const double vkp = v[k][p], vkq = v[k][q];
                    v[k][p] = c * vkp - s * vkq;
                    v[k][q] = s * vkp + c * vkq;
                }
            }
    }
    std::vector<std::vector<double>> out(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            for (std::size_t k = 0; k < n; ++k)
                out[i][j] += v[i][k] * std::max(a[k][k], floor) * v[j][k];
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (i != j)
                out[i][j] /= std::sqrt(out[i][i] * out[j][j]);
    for (std::size_t i = 0; i < n; ++i)
        out[i][i] = 1.0;
    return out;
}

} // namespace

MarketSimulator::MarketSimulator(const World& world, std::uint64_t seed) : m_rng(seed), m_model(world.market_model)
{
    const std::size_t n = world.assets.size();
    if (m_model.jumps.size() != n)
        m_model.jumps.assign(n, JumpSpec{});
    for (std::size_t a = 0; a < n; ++a) {
        // Diffusion carries what the jumps do not, so the total variance is the asset's own.
        const double sigma = world.assets[a].volatility;
        const JumpSpec& j = m_model.jumps[a];
        const double jumpVar = j.per_year * (j.mean * j.mean + j.stdev * j.stdev);
        m_diffVol.push_back(std::sqrt(std::max(0.25 * sigma * sigma, sigma * sigma - jumpVar)));
    }
    m_volScale.assign(n, 1.0);
    // Pairwise correlations measured on different date ranges need not be positive definite:
    // shrink toward the identity until they are.
    std::vector<std::vector<double>> rho(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i)
        rho[i][i] = 1.0;
    if (m_model.correlation.size() == n) {
        // The observed correlation is of total returns. Jumps share their timing (both jump at
        // the rate of the rarer) and their sizes are correlated like the diffusion, so
        //   rho·si·sj = rd·(di·dj + min(li, lj)·ji·jj) + min(li, lj)·mi·mj
        // gives the diffusion correlation rd that reproduces it.
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                if (i == j)
                    continue;
                const JumpSpec& a = m_model.jumps[i];
                const JumpSpec& b = m_model.jumps[j];
                const double both = std::min(a.per_year, b.per_year);
                const double total = m_model.correlation[i][j] * world.assets[i].volatility * world.assets[j].volatility;
                const double denominator = m_diffVol[i] * m_diffVol[j] + both * a.stdev * b.stdev;
                rho[i][j] = denominator > 0 ? std::clamp((total - both * a.mean * b.mean) / denominator, -0.98, 0.98) : 0.0;
            }
    }
    m_chol = choleskyOf(rho);
    if (m_chol.empty()) {
        rho = clipEigenvalues(rho, 1e-3);
        m_chol = choleskyOf(rho);
    }
    for (int step = 1; step <= 50 && m_chol.empty(); ++step) {
        // (1 − a)·rho + a·I, a growing by 2 % a step: the least shrinkage that is positive definite.
        std::vector<std::vector<double>> shrunk = rho;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (i != j)
                    shrunk[i][j] *= 1.0 - 0.02 * step;
        m_chol = choleskyOf(shrunk);
        m_shrinkage = 0.02 * step;
    }
    m_sources.resize(n);
}

double MarketSimulator::uniform()
{
    return (static_cast<double>(m_rng() >> 11) + 0.5) * (1.0 / 9007199254740992.0); // (0, 1)
}

// Box-Muller over the raw engine output, as in PriceWalk: the same numbers on every library.
double MarketSimulator::normal()
{
    if (m_haveSpare) {
        m_haveSpare = false;
        return m_spare;
    }
    const double r = std::sqrt(-2.0 * std::log(uniform()));
    const double theta = 2.0 * M_PI * uniform();
    m_spare = r * std::sin(theta);
    m_haveSpare = true;
    return r * std::cos(theta);
}

void MarketSimulator::reseed(std::uint64_t seed)
{
    m_rng.seed(seed);
    m_haveSpare = false;
    m_spare = 0.0;
}

void MarketSimulator::step(std::vector<Int128>& priceE8, double dt_s)
{
    const std::size_t n = priceE8.size();
    const double t = dt_s / kSecondsPerYear;
    std::vector<double> eps(n), jumpEps(n);
    for (double& e : eps)
        e = normal();
    // Crash days are common to all assets: one draw decides when jumps come (an asset jumps
    // when it falls under its own probability), and their sizes are correlated like returns.
    const double jumpDraw = uniform();
    for (double& e : jumpEps)
        e = normal();
    auto correlated = [&](const std::vector<double>& e, std::size_t i) {
        double z = 0.0;
        for (std::size_t k = 0; k <= i && k < m_chol.size(); ++k)
            z += m_chol[i][k] * e[k];
        return z;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const double z = correlated(eps, i);
        const double scale = m_volScale[i];
        const double sigma = m_diffVol[i] * scale;
        JumpSpec j = m_model.jumps[i];
        j.mean *= scale;
        j.stdev *= scale;
        // Compensated so the price is a martingale: jumps do not drift it on average.
        const double compensation = j.per_year * (std::exp(j.mean + 0.5 * j.stdev * j.stdev) - 1.0) * t;
        double logReturn = sigma * std::sqrt(t) * z - 0.5 * sigma * sigma * t - compensation;
        if (j.per_year > 0.0 && scale > 0.0 && jumpDraw < 1.0 - std::exp(-j.per_year * t))
            logReturn += j.mean + j.stdev * correlated(jumpEps, i);
        const Int128 next = static_cast<Int128>(std::llround(toDouble(priceE8[i]) * std::exp(logReturn)));
        priceE8[i] = next > 0 ? next : 1;
    }
}

std::optional<Int128> MarketSimulator::observe(AssetIndex asset, std::size_t k, Int128 truePriceE8, std::int64_t now_ms,
                                               double dt_s)
{
    auto& sources = m_sources[asset];
    if (sources.size() <= k)
        sources.resize(k + 1);
    SourceState& s = sources[k];
    if (now_ms < s.outage_until_ms) {
        if (s.stuck)
            return s.stuck_price; // it keeps saying the same thing, freshly stamped
        return std::nullopt;      // it says nothing and goes stale
    }
    if (m_model.oracle_outages_per_day > 0.0
        && uniform() < 1.0 - std::exp(-m_model.oracle_outages_per_day * dt_s / 86400.0)) {
        s.outage_until_ms = now_ms + static_cast<std::int64_t>(m_model.oracle_outage_minutes * 60000.0);
        s.stuck = uniform() < 0.5;
        s.stuck_price = s.last > 0 ? s.last : truePriceE8;
        return s.stuck ? std::optional<Int128>(s.stuck_price) : std::nullopt;
    }
    double factor = 1.0;
    if (m_model.oracle_noise_bps > 0.0)
        factor = std::exp(m_model.oracle_noise_bps / 10000.0 * normal());
    s.last = std::max<Int128>(1, static_cast<Int128>(std::llround(toDouble(truePriceE8) * factor)));
    return s.last;
}

void MarketSimulator::save(ByteWriter& out) const
{
    std::ostringstream rng;
    rng << m_rng; // the standard's textual state of the engine: exact and portable
    out.str(rng.str());
    out.boolean(m_haveSpare);
    out.f64(m_spare);
    out.u64(m_sources.size());
    for (const auto& sources : m_sources) {
        out.u64(sources.size());
        for (const SourceState& s : sources) {
            out.i64(s.outage_until_ms);
            out.boolean(s.stuck);
            out.i128(s.stuck_price);
            out.i128(s.last);
        }
    }
}

void MarketSimulator::load(ByteReader& in)
{
    std::istringstream rng(in.str("simulator rng"));
    rng >> m_rng;
    if (!rng)
        in.fail("simulator rng", "not a generator state");
    m_haveSpare = in.boolean("simulator spare flag");
    m_spare = in.f64("simulator spare");
    const std::size_t assets = in.count("simulator assets", 8);
    if (assets != m_sources.size())
        in.fail("simulator assets", "the world has " + std::to_string(m_sources.size()));
    for (auto& sources : m_sources) {
        sources.resize(in.count("simulator sources", 41));
        for (SourceState& s : sources) {
            s.outage_until_ms = in.i64("source outage");
            s.stuck = in.boolean("source stuck");
            s.stuck_price = in.i128("source stuck price");
            s.last = in.i128("source last price");
        }
    }
}

} // namespace cm
