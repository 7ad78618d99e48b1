// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/margin.h"
#include "core/runtime/clearing_state.h"
#include "core/sim/market_simulator.h"
#include "tests/core/test_worlds.h"

#include <QTest>

#include <cmath>

namespace {

struct Moments {
    double volA = 0, volB = 0, corr = 0;
};

//! Daily steps for `days`: realized annualized volatilities of two assets and their correlation.
Moments simulate(const cm::World& w, int a, int b, int days)
{
    cm::MarketSimulator sim(w, 99);
    std::vector<cm::Int128> p;
    for (const auto& asset : w.assets)
        p.push_back(asset.price_e8);
    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
    const auto start = p;
    for (int d = 0; d < days; ++d) {
        // Each day from the same prices: over a century a martingale's median price decays to
        // the 8-decimal floor, and its returns would be rounding noise.
        p = start;
        const auto before = p;
        sim.step(p, 86400);
        const double ra = std::log(cm::toDouble(p[a]) / cm::toDouble(before[a]));
        const double rb = std::log(cm::toDouble(p[b]) / cm::toDouble(before[b]));
        sa += ra, sb += rb, saa += ra * ra, sbb += rb * rb, sab += ra * rb;
    }
    const double n = days;
    const double va = saa / n - (sa / n) * (sa / n), vb = sbb / n - (sb / n) * (sb / n);
    return {std::sqrt(va * 365), std::sqrt(vb * 365), (sab / n - sa / n * sb / n) / std::sqrt(va * vb)};
}

} // namespace

class TestMarket : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void calibratedMomentsAreReproduced()
    {
        const cm::World w = cm::test::demoWorld();
        const int eth = w.findAsset("ETH"), btc = w.findAsset("WBTC");
        const Moments m = simulate(w, eth, btc, 40000);
        // Diffusion plus jumps carries each asset's own variance; correlation as calibrated.
        QVERIFY2(std::fabs(m.volA - w.assets[eth].volatility) < 0.08, qPrintable(QString::number(m.volA)));
        QVERIFY2(std::fabs(m.volB - w.assets[btc].volatility) < 0.06, qPrintable(QString::number(m.volB)));
        const double target = w.market_model.correlation[eth][btc];
        QVERIFY2(std::fabs(m.corr - target) < 0.06, qPrintable(QStringLiteral("%1 vs %2").arg(m.corr).arg(target)));
        // Diffusion alone is below the total: the jumps carry the rest.
        cm::MarketSimulator sim(w, 1);
        QVERIFY(sim.diffusionVolatility(eth) < w.assets[eth].volatility);
        qInfo("correlation shrinkage needed: %.2f", sim.shrinkage());
        QVERIFY(sim.shrinkage() <= 0.1);
    }

    void withoutAModelAssetsAreIndependent()
    {
        cm::World w = cm::test::smallWorld();
        w.assets[1].volatility = 0.5; // let USDC move so that a correlation can be measured
        const Moments m = simulate(w, 0, 1, 20000);
        QVERIFY2(std::fabs(m.corr) < 0.05, qPrintable(QString::number(m.corr)));
        QVERIFY(std::fabs(m.volA - 0.8) < 0.05);
    }

    void oracleSourcesAreNoisyAndSometimesFail()
    {
        cm::World w = cm::test::smallWorld();
        w.market_model.oracle_noise_bps = 5;
        w.market_model.oracle_outages_per_day = 200; // often, to see both kinds in a simulated day
        w.market_model.oracle_outage_minutes = 10;
        cm::MarketSimulator sim(w, 5);
        const cm::Int128 truth = 200000000000LL;
        int silent = 0, repeats = 0, reports = 0;
        double maxError = 0;
        std::optional<cm::Int128> last;
        for (std::int64_t t = 0; t < 86400000; t += 250) {
            const auto seen = sim.observe(0, 0, truth + (t / 250) % 7, t, 0.25);
            if (!seen) {
                ++silent;
                continue;
            }
            ++reports;
            if (last && *seen == *last)
                ++repeats;
            maxError = std::max(maxError, std::fabs(cm::toDouble(*seen - truth)) / cm::toDouble(truth));
            last = seen;
        }
        QVERIFY(silent > 0);       // silent outages
        QVERIFY(repeats > 100);    // stuck ones repeat a price
        QVERIFY(reports > silent);
        QVERIFY2(maxError < 0.004, qPrintable(QString::number(maxError))); // 5 bp noise: far inside 40 bp
    }

    void outagesShowInTheOracleBook()
    {
        cm::World w = cm::test::smallWorld();
        w.assets[0].oracle_sources = {{"chainlink", 0}, {"pyth", 1}, {"redstone", 0}};
        w.market_model.oracle_noise_bps = 5;
        w.market_model.oracle_outages_per_day = 50;
        w.market_model.oracle_outage_minutes = 30;
        cm::ClearingState state(w, 8, 250);
        bool sawFewerFresh = false, sawDivergence = false;
        for (int minute = 0; minute < 24 * 60 && !(sawFewerFresh && sawDivergence); ++minute) {
            state.advance(240);
            sawFewerFresh |= state.oracles().asset(0).fresh < 3;
            sawDivergence |= state.oracles().asset(0).divergence > 0.0005;
        }
        QVERIFY(sawFewerFresh);
        QVERIFY(sawDivergence);
    }

    void relayJitterLengthensTheRouteP99()
    {
        const cm::World w = cm::test::demoWorld();
        const cm::MarketState m = cm::MarketState::fromWorld(w);
        QCOMPARE(w.market_model.relay_jitter_ms, std::int64_t{30000});
        // 19 min of Ethereum finality for Wormhole, plus 30 s × ln(100) of exponential relay tail.
        QCOMPARE(m.route_latency_p99_ms[0], std::int64_t{1140000 + 138155});
        const cm::MarginCalculator calc(w, m);
        QCOMPARE(calc.latencyMs(0, 1, 0).value(), std::int64_t{1140000 + 138155});
    }
};

QTEST_APPLESS_MAIN(TestMarket)
#include "test_market.moc"
