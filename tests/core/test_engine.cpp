// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/engine.h"
#include "core/domain/world_loader.h"
#include "tests/core/test_worlds.h"
#include "core/money/decimal.h"
#include "core/runtime/clearing_state.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {

using cm::test::smallWorld;

//! Collects snapshots delivered on the core thread.
struct Inbox {
    std::mutex mutex;
    std::condition_variable cv;
    cm::SnapshotPtr last;
    int count = 0;

    void put(cm::SnapshotPtr s)
    {
        std::lock_guard lock(mutex);
        last = std::move(s);
        ++count;
        cv.notify_all();
    }
    template <typename Pred>
    bool waitFor(Pred pred, std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        std::unique_lock lock(mutex);
        return cv.wait_for(lock, timeout, [&] { return last && pred(*last); });
    }
};

} // namespace

class TestEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameHash()
    {
        cm::ClearingState a(smallWorld(), 11, 250);
        cm::ClearingState b(smallWorld(), 11, 250);
        cm::ClearingState c(smallWorld(), 12, 250);
        for (int i = 0; i < 500; ++i) {
            a.step();
            b.step();
            c.step();
        }
        QCOMPARE(a.stateHash(), b.stateHash());
        QVERIFY(a.stateHash() != c.stateHash());
        // Stepping in batches (as the engine does at high speed) reaches the same state.
        cm::ClearingState batched(smallWorld(), 11, 250);
        batched.advance(123);
        batched.advance(377);
        QCOMPARE(batched.stateHash(), a.stateHash());
        QCOMPARE(a.simTimeMs(), std::int64_t{500 * 250});
        QVERIFY(a.market().price_e8[0] != smallWorld().assets[0].price_e8); // the market moved
    }

    void threadedEngineMatchesDirectSteps()
    {
        cm::EngineOptions options;
        options.seed = 11;
        options.start_paused = true;
        cm::Engine engine(smallWorld(), options);
        Inbox inbox;
        auto sub = engine.subscribe([&](cm::SnapshotPtr s) { inbox.put(std::move(s)); });
        engine.start();
        engine.post(cm::StepCommand{500});
        QVERIFY(inbox.waitFor([](const cm::Snapshot& s) { return s.steps == 500; }));
        QVERIFY(!inbox.last->running);

        cm::ClearingState direct(smallWorld(), 11, 250);
        for (int i = 0; i < 500; ++i)
            direct.step();
        QCOMPARE(engine.stateHash(), direct.stateHash());
        engine.stop();
    }

    void runsOnItsOwnAndThrottlesSnapshots()
    {
        cm::EngineOptions options;
        options.speed = 1000; // 4,000 steps a wall second
        options.publish_interval_ms = 50;
        cm::Engine engine(smallWorld(), options);
        Inbox inbox;
        std::atomic<std::thread::id> deliveredOn{};
        auto sub = engine.subscribe([&](cm::SnapshotPtr s) {
            deliveredOn = std::this_thread::get_id();
            inbox.put(std::move(s));
        });
        engine.start();
        QVERIFY(inbox.waitFor([](const cm::Snapshot& s) { return s.steps >= 400; }));
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        engine.stop();
        QVERIFY(deliveredOn.load() != std::this_thread::get_id()); // published from the core thread
        // ~20 a second at most; allow slack for a loaded machine, but far fewer than steps.
        std::lock_guard lock(inbox.mutex);
        QVERIFY2(inbox.count <= 40, qPrintable(QString::number(inbox.count)));
        QVERIFY(inbox.last->steps > static_cast<std::uint64_t>(inbox.count));
        QVERIFY(inbox.last->seq > 0);
    }

    void setPriceRemarginsAndIsVisible()
    {
        cm::EngineOptions options;
        options.start_paused = true;
        cm::Engine engine(smallWorld(), options);
        Inbox inbox;
        auto sub = engine.subscribe([&](cm::SnapshotPtr s) { inbox.put(std::move(s)); });
        engine.start();
        QVERIFY(!engine.latest()->accounts[0].liquidatable); // alice, health 1.38
        engine.post(cm::SetPriceCommand{"ETH", cm::parseDecimal("1400", 8).value()});
        QVERIFY(inbox.waitFor([](const cm::Snapshot& s) { return s.accounts[0].liquidatable; }));
        QCOMPARE(inbox.last->liquidatable, 3u); // alice, bob (16,494.66 × 0.7 < 12,000) and eve
        QVERIFY(inbox.last->assets[0].price_e8 == cm::parseDecimal("1400", 8).value());
        // Ethereum: alice, carol, dave and eve hold there; alice and eve are liquidatable.
        QCOMPARE(inbox.last->chains[0].accounts, 4u);
        QCOMPARE(inbox.last->chains[0].liquidatable, 2u);
        engine.stop();
    }

    void droppedSubscriptionGetsNothingMore()
    {
        cm::EngineOptions options;
        options.start_paused = true;
        cm::Engine engine(smallWorld(), options);
        std::atomic<int> calls{0};
        auto sub = engine.subscribe([&](cm::SnapshotPtr) { ++calls; });
        engine.start();
        engine.post(cm::StepCommand{1});
        QTRY_VERIFY_WITH_TIMEOUT(calls.load() > 0, 5000);
        sub.reset();
        const int seen = calls.load();
        for (int i = 0; i < 5; ++i) {
            engine.post(cm::StepCommand{1});
            std::this_thread::sleep_for(std::chrono::milliseconds(60));
        }
        QCOMPARE(calls.load(), seen);
        engine.stop();
    }
};

QTEST_APPLESS_MAIN(TestEngine)
#include "test_engine.moc"
