// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oracle/oracle_book.h"
#include "core/risk/ewma_volatility.h"
#include "core/risk/margin.h"
#include "core/runtime/clearing_state.h"
#include "core/sim/price_walk.h"
#include "tests/core/test_worlds.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

namespace {

constexpr std::int64_t kT0 = 1700000000000; // ms
const cm::Int128 kE8 = 100000000;

//! A book over the small world whose ETH has three sources on two chains.
cm::World threeSourceWorld()
{
    cm::World w = cm::test::smallWorld();
    w.start_time_s = kT0 / 1000;
    w.assets[0].oracle_sources = {{"chainlink", 0}, {"pyth", 1}, {"redstone", 0}};
    return w;
}

} // namespace

class TestOracle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void medianOfFreshSources()
    {
        const cm::World w = threeSourceWorld();
        cm::OracleBook book(w);
        QCOMPARE(book.asset(0).sources.size(), std::size_t{3});
        QVERIFY(book.update(0, "chainlink", 0, 2000.0, kT0 + 1000, kT0 + 1000).accepted);
        QVERIFY(book.update(0, "pyth", 1, 2010.0, kT0 + 1000, kT0 + 1000).accepted);
        QVERIFY(book.update(0, "redstone", 0, 2004.0, kT0 + 1000, kT0 + 1000).accepted);
        QVERIFY(book.asset(0).aggregate_e8 == 2004 * kE8);
        QCOMPARE(book.asset(0).state, cm::OracleState::Ok); // (2010 − 2000) / 2004 = 0.5 %
        // A fourth source: the median of an even count is the mean of the middle two.
        QVERIFY(book.update(0, "binance", 1, 2006.0, kT0 + 1000, kT0 + 1000).accepted);
        QVERIFY(book.asset(0).aggregate_e8 == 2005 * kE8);
    }

    void divergenceStates_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("c");
        QTest::addColumn<int>("state");
        QTest::newRow("agree") << 2000.0 << 2001.0 << 2002.0 << int(cm::OracleState::Ok);
        QTest::newRow("3 % apart: degraded") << 2000.0 << 2030.0 << 2060.0 << int(cm::OracleState::Degraded);
        QTest::newRow("12 % apart: broken") << 1900.0 << 2000.0 << 2140.0 << int(cm::OracleState::Broken);
    }
    void divergenceStates()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, c);
        QFETCH(int, state);
        cm::OracleBook book(threeSourceWorld());
        const std::int64_t t = kT0 + 5000;
        book.update(0, "chainlink", 0, a, t, t);
        book.update(0, "pyth", 1, b, t, t);
        book.update(0, "redstone", 0, c, t, t);
        QCOMPARE(int(book.asset(0).state), state);
        QVERIFY(std::fabs(book.asset(0).divergence - (c - a) / b) < 1e-9);
    }

    void badInputsAreRefused_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<qint64>("timeMs");
        QTest::addColumn<QString>("reason");
        const double inf = std::numeric_limits<double>::infinity();
        const qint64 now = kT0 + 10000;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << now << "not finite";
        QTest::newRow("+infinity") << inf << now << "not finite";
        QTest::newRow("-infinity") << -inf << now << "not finite";
        QTest::newRow("negative") << -2000.0 << now << "not positive";
        QTest::newRow("zero") << 0.0 << now << "not positive";
        QTest::newRow("absurd jump up") << 3100.0 << now << "jumps";
        QTest::newRow("absurd jump down") << 900.0 << now << "jumps";
        QTest::newRow("stale timestamp") << 2001.0 << qint64(now - 61000) << "older than max_age";
        QTest::newRow("from the future") << 2001.0 << qint64(now + 120000) << "future";
        QTest::newRow("beyond the price limit") << 2e9 << now << "limit";
    }
    void badInputsAreRefused()
    {
        QFETCH(double, price);
        QFETCH(qint64, timeMs);
        QFETCH(QString, reason);
        cm::OracleBook book(threeSourceWorld());
        const std::int64_t now = kT0 + 10000;
        const auto before = book.asset(0);
        const auto r = book.update(0, "pyth", 1, price, timeMs, now);
        QVERIFY(!r.accepted);
        QVERIFY2(QString::fromStdString(r.reason).contains(reason), r.reason.c_str());
        const auto& after = book.asset(0);
        QVERIFY(after.aggregate_e8 == before.aggregate_e8);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.divergence, before.divergence);
        QCOMPARE(after.sources[1].rejected, std::uint64_t{1});
        QCOMPARE(after.sources[1].accepted, std::uint64_t{0});
        QVERIFY(after.sources[1].price_e8 == before.sources[1].price_e8);
        QCOMPARE(QString::fromStdString(after.sources[1].last_rejection), QString::fromStdString(r.reason));
        QCOMPARE(after.sources[0].rejected, std::uint64_t{0}); // counted per source
    }

    void olderThanTheSourcesLastPrice()
    {
        cm::OracleBook book(threeSourceWorld());
        QVERIFY(book.update(0, "pyth", 1, 2001.0, kT0 + 5000, kT0 + 5000).accepted);
        const auto r = book.update(0, "pyth", 1, 2002.0, kT0 + 4000, kT0 + 6000);
        QVERIFY(!r.accepted);
        QVERIFY(r.reason.find("older than this source") != std::string::npos);
    }

    void noFreshSourceKeepsTheLastAggregate()
    {
        cm::OracleBook book(threeSourceWorld());
        const auto last = book.asset(0).aggregate_e8;
        QVERIFY(book.refresh(0, kT0 + 61000)); // every source is now older than 60 s
        QCOMPARE(book.asset(0).state, cm::OracleState::Stale);
        QVERIFY(book.asset(0).aggregate_e8 == last);
        QCOMPARE(book.staleSeconds(0, kT0 + 90000), 90.0);
        // One fresh source brings it back.
        QVERIFY(book.update(0, "chainlink", 0, 2003.0, kT0 + 90000, kT0 + 90000).accepted);
        QCOMPARE(book.asset(0).state, cm::OracleState::Ok);
        QCOMPARE(book.staleSeconds(0, kT0 + 90000), 0.0);
    }

    void oracleRiskEntersTheHaircut()
    {
        const cm::World w = cm::test::smallWorld();
        cm::MarketState m = cm::MarketState::fromWorld(w);
        const cm::MarginCalculator calc(w, m);
        const auto& alice = w.accounts[0];
        const auto mask = cm::MarginCalculator::obligationChains(alice);
        const double base = calc.haircut(alice.holdings()[0], mask).total();
        m.divergence[0] = 0.05; // 3 points past the 2 % warning
        QVERIFY(std::fabs(calc.haircut(alice.holdings()[0], mask).divergence - 0.03) < 1e-12);
        m.divergence[0] = 0.0;
        m.stale_s[0] = 3600; // an hour without a fresh price costs an hour of volatility
        const double stale = calc.haircut(alice.holdings()[0], mask).divergence;
        QVERIFY(std::fabs(stale - cm::kZ99 * 0.8 * std::sqrt(3600 / cm::kSecondsPerYear)) < 1e-12);
        QVERIFY(calc.haircut(alice.holdings()[0], mask).total() > base);
    }

    void refusedFeedChangesNothingElse()
    {
        cm::ClearingState state(cm::test::smallWorld(), 3, 250);
        state.advance(10);
        const auto metrics = state.metrics();
        const cm::MarketState market = state.market();
        for (double bad : {std::nan(""), -1.0, 0.0, 1e6})
            QVERIFY(!state.oracleUpdate(0, "world", 0, bad, state.simTimeMs()).accepted);
        QVERIFY(state.market().price_e8 == market.price_e8);
        QVERIFY(state.market().volatility == market.volatility);
        QVERIFY(state.market().divergence == market.divergence);
        for (std::size_t i = 0; i < metrics.size(); ++i)
            QVERIFY(metrics[i].adjusted_e8 == state.metrics()[i].adjusted_e8);
        QCOMPARE(state.oracles().asset(0).sources[0].rejected, std::uint64_t{4});
    }

    void anExternalFeedTakesOverFromTheSimulation()
    {
        cm::ClearingState state(cm::test::smallWorld(), 3, 250);
        cm::FeedPrice p;
        p.asset = 0;
        p.source = "desk-feed";
        p.chain = 0;
        p.price_usd = 1900.0;
        QVERIFY(state.applyFeed(p).empty());
        state.advance(4 * 61); // the simulated source ages out after 60 s
        QVERIFY(state.market().price_e8[0] == 1900 * kE8); // the feed's price, not the walk's
        QCOMPARE(state.oracles().asset(0).fresh, 0u);       // and the feed itself is quiet now: stale
        QCOMPARE(state.oracles().asset(0).state, cm::OracleState::Stale);
        QVERIFY(state.market().stale_s[0] > 0.0);
        p.price_usd = 1880.0;
        QVERIFY(state.applyFeed(p).empty());
        QVERIFY(state.market().price_e8[0] == 1880 * kE8);
        QCOMPARE(state.oracles().asset(0).state, cm::OracleState::Ok);
    }

    void ewmaIgnoresOracleNoise()
    {
        // A flat market seen through 5 bp of noise every 250 ms for a day: the estimate stays
        // near its seed instead of reading the noise as volatility.
        cm::EwmaVolatility ewma(0.05);
        std::mt19937_64 rng(3);
        std::normal_distribution<double> noise(0.0, 0.0005);
        for (std::int64_t t = kT0; t < kT0 + 86400000; t += 250)
            ewma.observe(1.0 * (1.0 + noise(rng)), t);
        QVERIFY2(ewma.annualized() < 0.08, qPrintable(QString::number(ewma.annualized())));
    }

    void ewmaStartsAtTheSeedAndTracksTheMarket()
    {
        cm::EwmaVolatility seeded(0.83);
        QCOMPARE(seeded.annualized(), 0.83);

        // An hourly GBM path with σ = 0.8 for a year: the estimate lands near 0.8.
        cm::EwmaVolatility ewma(0.3);
        cm::PriceWalk walk(11, {0.8});
        std::vector<cm::Int128> price{2000 * kE8};
        std::int64_t t = kT0;
        ewma.observe(2000.0, t);
        for (int h = 0; h < 24 * 365; ++h) {
            walk.step(price, 3600);
            t += 3600 * 1000;
            ewma.observe(cm::toDouble(price[0]) / 1e8, t);
        }
        QVERIFY2(ewma.annualized() > 0.6 && ewma.annualized() < 1.0, qPrintable(QString::number(ewma.annualized())));

        // A price that stops moving lets the estimate decay: λ = 0.94 a day.
        const double before = ewma.annualized();
        for (int d = 0; d < 30; ++d) {
            t += 86400 * 1000;
            ewma.observe(cm::toDouble(price[0]) / 1e8, t);
        }
        QVERIFY(std::fabs(ewma.annualized() - before * std::pow(0.94, 15)) < 1e-9); // variance ×0.94^30
    }
};

QTEST_APPLESS_MAIN(TestOracle)
#include "test_oracle.moc"
