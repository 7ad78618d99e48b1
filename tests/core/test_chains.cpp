// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/clearing_state.h"
#include "core/sim/chain_simulator.h"
#include "tests/core/test_worlds.h"

#include <QTest>

#include <cmath>

class TestChains : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void blocksFollowTheClock()
    {
        const cm::World w = cm::test::smallWorld(); // ethereum 12 s blocks, arbitrum 250 ms
        cm::ChainSimulator sim(w, 0);
        sim.advanceTo(60000);
        QCOMPARE(sim.height(0), std::uint64_t{5});
        QCOMPARE(sim.height(1), std::uint64_t{240});
        QCOMPARE(sim.finalityLagMs(0, 60000), std::int64_t{768000});
        QCOMPARE(sim.finalizedHeight(1, 60000), std::uint64_t{0}); // 18 min of finality not yet elapsed
        sim.advanceTo(3600000);
        QCOMPARE(sim.finalizedHeight(0, 3600000), std::uint64_t{300 - 64}); // 768 s = 64 slots behind
    }

    void haltStopsBlocksAndFinalityFallsBehind()
    {
        const cm::World w = cm::test::smallWorld();
        cm::ChainSimulator sim(w, 0);
        sim.advanceTo(120000);
        sim.setStatus(0, cm::ChainStatus::Halted, 120000);
        sim.advanceTo(3720000);
        QCOMPARE(sim.height(0), std::uint64_t{10});                        // nothing for an hour
        QCOMPARE(sim.finalityLagMs(0, 3720000), std::int64_t{768000 + 3600000});
        sim.setStatus(0, cm::ChainStatus::Live, 3720000);
        sim.advanceTo(3720000 + 24000);
        QCOMPARE(sim.height(0), std::uint64_t{12});
        QCOMPARE(sim.finalityLagMs(0, 3744000), std::int64_t{768000});
        sim.setStatus(0, cm::ChainStatus::Degraded, 3744000);                // blocks and finality at half speed
        sim.advanceTo(3744000 + 48000);
        QCOMPARE(sim.height(0), std::uint64_t{14});
        QCOMPARE(sim.finalityLagMs(0, 3792000), std::int64_t{2 * 768000});
    }

    void scheduledHaltsHappenOnTime()
    {
        cm::World w = cm::test::smallWorld();
        w.schedule = {{600, 1, cm::ChainStatus::Halted}, {4200, 1, cm::ChainStatus::Live}};
        cm::ClearingState state(w, 1, 250);
        state.advance(4 * 599);
        QCOMPARE(state.chains().status(1), cm::ChainStatus::Live);
        state.advance(4 * 2);
        QCOMPARE(state.chains().status(1), cm::ChainStatus::Halted);
        state.advance(4 * 3600);
        QCOMPARE(state.chains().status(1), cm::ChainStatus::Live);
        QCOMPARE(state.chains().finalityLagMs(1, state.simTimeMs()), std::int64_t{1080000});
    }

    void aHaltedChainGrowsTheHorizonOfWhatSitsOnIt()
    {
        cm::ClearingState state(cm::test::smallWorld(), 1, 250);
        const auto& bob = state.world().accounts[1];  // ETH claim on arbitrum, debt on ethereum
        const auto& alice = state.world().accounts[0]; // everything on ethereum
        const cm::MarginCalculator calc(state.world(), state.market());
        const auto mask = cm::MarginCalculator::obligationChains(bob);
        const double before = calc.haircut(bob.holdings()[0], mask).horizon_s;
        state.setChainStatus(1, cm::ChainStatus::Halted);
        state.advance(4 * 3600); // an hour in 250 ms steps
        const double after = calc.haircut(bob.holdings()[0], mask).horizon_s;
        QVERIFY(std::fabs(after - before - 3600.0) < 1.0);
        QCOMPARE(state.snapshot().chains[1].status, cm::ChainStatus::Halted);
        QVERIFY(state.snapshot().chains[1].finality_lag_ms >= 1080000 + 3600000);
        // Alice's collateral does not sit on arbitrum: her horizon is unchanged.
        QCOMPARE(calc.haircut(alice.holdings()[0], cm::MarginCalculator::obligationChains(alice)).horizon_s, 3600 + 768.0);
    }
};

QTEST_APPLESS_MAIN(TestChains)
#include "test_chains.moc"
