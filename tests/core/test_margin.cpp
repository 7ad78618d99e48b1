// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/world_loader.h"
#include "tests/core/test_worlds.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/risk/margin.h"
#include "core/runtime/clearing_state.h"
#include "core/sim/synthetic_book.h"

#include <QTest>

#include <cmath>
#include <random>

namespace {

using cm::test::smallWorld;

double usd(cm::Int128 e8) { return cm::toDouble(e8) / 1e8; }
double volTerm(double sigma, double seconds) { return cm::kZ99 * sigma * std::sqrt(seconds / cm::kSecondsPerYear); }

} // namespace

class TestMargin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Hand-worked §5 values for the small world (σ_ETH = 0.8, LT 83 %, USDC LT 80 %).
    void accounts_data()
    {
        QTest::addColumn<int>("account");
        QTest::addColumn<double>("adjusted");
        QTest::addColumn<double>("requirement");
        QTest::addColumn<double>("health");
        QTest::addColumn<bool>("liquidatable");
        QTest::addColumn<double>("distance"); // NaN: no fall of prices liquidates
        const double ethSameChain = 0.17 + volTerm(0.8, 3600 + 768) - volTerm(0.8, 3600);
        const double ethClaim = 0.17 + volTerm(0.8, 3600 + 1080 + 1080) - volTerm(0.8, 3600);
        const double mmrEth = volTerm(0.8, 3600);
        QTest::newRow("alice: ETH and debt on one chain") << 0 << 20000 * (1 - ethSameChain) << 12000.0
                                                          << 20000 * (1 - ethSameChain) / 12000 << false
                                                          << 1 - 12000 / (20000 * (1 - ethSameChain));
        QTest::newRow("bob: claim on arbitrum, debt on ethereum") << 1 << 20000 * (1 - ethClaim) << 12000.0
                                                                  << 20000 * (1 - ethClaim) / 12000 << false
                                                                  << 1 - 12000 / (20000 * (1 - ethClaim));
        QTest::newRow("carol: no obligations") << 2 << 4000.0 << 0.0 << qInf() << false << qQNaN();
        QTest::newRow("dave: short perp, stable collateral") << 3 << 2400.0 << 10000 * mmrEth
                                                             << (2400.0 + 500) / (10000 * mmrEth) << false << qQNaN();
        QTest::newRow("eve: under water") << 4 << 2000 * (1 - ethSameChain) << 1700.0
                                          << 2000 * (1 - ethSameChain) / 1700 << true << 0.0;
    }
    void accounts()
    {
        QFETCH(int, account);
        QFETCH(double, adjusted);
        QFETCH(double, requirement);
        QFETCH(double, health);
        QFETCH(bool, liquidatable);
        QFETCH(double, distance);
        const cm::World w = smallWorld();
        const cm::MarketState market = cm::MarketState::fromWorld(w);
        const cm::MarginCalculator calc(w, market);
        const cm::AccountMetrics m = calc.compute(w.accounts[account]);
        QVERIFY2(std::fabs(usd(m.adjusted_e8) - adjusted) < 0.01, qPrintable(QString::number(usd(m.adjusted_e8), 'f', 8)));
        QVERIFY(std::fabs(usd(m.requirement_e8) - requirement) < 0.01);
        if (std::isinf(health))
            QVERIFY(m.healthInfinite());
        else
            QVERIFY2(std::fabs(m.health - health) < 1e-6, qPrintable(QString::number(m.health, 'f', 9)));
        QCOMPARE(m.liquidatable, liquidatable);
        if (std::isnan(distance))
            QVERIFY(!m.distance_to_liquidation.has_value());
        else
            QVERIFY(m.distance_to_liquidation && std::fabs(*m.distance_to_liquidation - distance) < 1e-6);
    }

    void haircutComponentsExplainTheTotal()
    {
        const cm::World w = smallWorld();
        const cm::MarketState market = cm::MarketState::fromWorld(w);
        const cm::MarginCalculator calc(w, market);
        const auto& bob = w.accounts[1];
        const cm::Haircut h = calc.haircut(bob.holdings()[0], cm::MarginCalculator::obligationChains(bob));
        QCOMPARE(h.volatility, 0.17);                         // the floor, 1 − LT, beats z·σ·sqrt(1h/1y)
        QVERIFY(std::fabs(h.horizon_s - (3600 + 1080 + 1080)) < 1e-9); // T_liq + finality(arb) + arb→eth
        QVERIFY(std::fabs(h.latency - (volTerm(0.8, 5760) - volTerm(0.8, 3600))) < 1e-12);
        QCOMPARE(h.divergence, 0.0);
        QCOMPARE(h.route, 0.0);                                // fully backed, no trust add-on
        QVERIFY(std::fabs(h.total() - (h.volatility + h.latency)) < 1e-15);
    }

    void unreachableCollateralCoversNothing()
    {
        cm::World w = smallWorld();
        w.routes.pop_back(); // no USDC route to arbitrum any more: dave's USDC cannot reach his venue
        const cm::MarketState market = cm::MarketState::fromWorld(w);
        const cm::MarginCalculator calc(w, market);
        const auto& dave = w.accounts[3];
        const cm::Haircut h = calc.haircut(dave.holdings()[0], cm::MarginCalculator::obligationChains(dave));
        QVERIFY(std::isinf(h.horizon_s));
        QCOMPARE(h.total(), 1.0);
    }

    void underBackedClaimsCarryTheShortfall()
    {
        const cm::World w = smallWorld();
        cm::MarketState market = cm::MarketState::fromWorld(w);
        market.route_locked[0] = market.route_minted[0] / 2; // half the vault is gone
        const cm::MarginCalculator calc(w, market);
        const auto& bob = w.accounts[1];
        const cm::Haircut h = calc.haircut(bob.holdings()[0], cm::MarginCalculator::obligationChains(bob));
        QVERIFY(std::fabs(h.route - 0.5) < 1e-12);
    }

    void maxLeverageFollowsVolatility()
    {
        const cm::World w = smallWorld();
        const cm::MarketState market = cm::MarketState::fromWorld(w);
        const cm::MarginCalculator calc(w, market);
        QVERIFY(std::fabs(calc.compute(w.accounts[3]).max_leverage - 0.6 / volTerm(0.8, 3600)) < 1e-9);
        QVERIFY(std::fabs(calc.compute(w.accounts[2]).max_leverage - 50.0) < 1e-9); // MMR floor 1.2 %
    }

    void distanceBringsHealthToOne()
    {
        const cm::World w = smallWorld();
        cm::MarketState market = cm::MarketState::fromWorld(w);
        const cm::MarginCalculator calc(w, market);
        const double d = *calc.compute(w.accounts[1]).distance_to_liquidation;
        market.price_e8[0] = static_cast<cm::Int128>(std::llround(cm::toDouble(market.price_e8[0]) * (1 - d)));
        QVERIFY(std::fabs(calc.compute(w.accounts[1]).health - 1.0) < 1e-6);
    }

    // Properties over the demo book and random price moves.
    void healthNeverRisesWhenCollateralFalls()
    {
        const cm::World w = cm::test::demoWorld();
        cm::MarketState market = cm::MarketState::fromWorld(w);
        const cm::MarginCalculator calc(w, market);
        std::mt19937_64 rng(42);
        for (int trial = 0; trial < 200; ++trial) {
            const auto& acc = w.accounts[rng() % w.accounts.size()];
            if (acc.holdings().empty())
                continue;
            const auto asset = acc.holdings()[rng() % acc.holdings().size()].asset;
            bool alsoOwedOrTraded = false; // a fall also lowers a debt or moves a short's PnL
            for (const auto& d : acc.debts())
                alsoOwedOrTraded |= d.asset == asset;
            for (const auto& p : acc.positions())
                alsoOwedOrTraded |= p.market == asset;
            if (alsoOwedOrTraded)
                continue;
            const cm::Int128 saved = market.price_e8[asset];
            const double before = calc.compute(acc).health;
            market.price_e8[asset] = saved * static_cast<cm::Int128>(50 + rng() % 50) / 100;
            const double after = calc.compute(acc).health;
            market.price_e8[asset] = saved;
            QVERIFY2(after <= before, qPrintable(QString::fromStdString(acc.id)));
        }
    }

    void haircutsStayInRangeAndObligationsNeverLowerThem()
    {
        const cm::World w = cm::test::demoWorld();
        const cm::MarketState market = cm::MarketState::fromWorld(w);
        const cm::MarginCalculator calc(w, market);
        const std::uint64_t everyChain = (std::uint64_t{1} << w.chains.size()) - 1;
        for (const auto& acc : w.accounts) {
            const std::uint64_t own = cm::MarginCalculator::obligationChains(acc);
            for (const auto& h : acc.holdings()) {
                const double none = calc.haircut(h, 0).total();
                const double mine = calc.haircut(h, own).total();
                const double all = calc.haircut(h, everyChain).total();
                QVERIFY(none >= 0.0 && all <= 1.0);
                QVERIFY(none <= mine && mine <= all);
            }
        }
    }

    // Incremental re-margin through the asset → accounts index equals a full revaluation, on
    // the demo book and on random books of several sizes and seeds.
    void incrementalEqualsFull_data()
    {
        QTest::addColumn<int>("accounts");
        QTest::addColumn<int>("seed");
        QTest::newRow("demo book") << 0 << 7;
        QTest::newRow("random 500, seed 1") << 500 << 1;
        QTest::newRow("random 2000, seed 2") << 2000 << 2;
        QTest::newRow("random 3000, seed 3") << 3000 << 3;
    }
    void incrementalEqualsFull()
    {
        QFETCH(int, accounts);
        QFETCH(int, seed);
        const cm::World demo = cm::test::demoWorld();
        cm::ClearingState state(accounts == 0 ? demo : cm::syntheticBook(demo, static_cast<std::size_t>(accounts), seed), 9, 250);
        std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
        for (int i = 0; i < 20; ++i) {
            const auto asset = static_cast<cm::AssetIndex>(rng() % state.world().assets.size());
            const cm::Int128 p = state.market().price_e8[asset];
            state.setPrice(asset, p * static_cast<cm::Int128>(70 + rng() % 60) / 100);
        }
        const cm::MarginCalculator fresh(state.world(), state.market());
        const std::vector<cm::AccountMetrics> all = state.metrics();
        for (std::size_t i = 0; i < state.world().accounts.size(); ++i) {
            const cm::AccountMetrics full = fresh.compute(state.world().accounts[i]);
            const cm::AccountMetrics& inc = all[i];
            QVERIFY(full.adjusted_e8 == inc.adjusted_e8);
            QVERIFY(full.requirement_e8 == inc.requirement_e8);
            QVERIFY(full.upnl_e8 == inc.upnl_e8);
            QCOMPARE(full.liquidatable, inc.liquidatable);
        }
    }
};

QTEST_APPLESS_MAIN(TestMargin)
#include "test_margin.moc"
