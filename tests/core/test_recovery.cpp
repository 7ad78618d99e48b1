// SPDX-License-Identifier: GPL-3.0-or-later
// Event sourcing (DESIGN §9): snapshots, recovery and continuation give the state a full replay
// gives, proven by the state hash.
#include "core/api/engine.h"
#include "core/api/session.h"
#include "core/journal/sqlite.h"
#include "core/net/feed_protocol.h"
#include "core/runtime/journaled_state.h"
#include "core/sim/replay_scenario.h"
#include "tests/core/recovery_script.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <fstream>
#include <future>
#include <iterator>
#include <sstream>
#include <thread>

namespace {

using namespace cm::test;

cm::Session open(const std::string& path, std::uint64_t snapshotEvery = 7, std::string world = demoJson())
{
    cm::SessionOptions o;
    o.path = path;
    o.world_json = std::move(world);
    o.snapshot_every = snapshotEvery;
    auto s = cm::openSession(o);
    if (!s)
        qFatal("%s", s.error().message.c_str());
    return std::move(s).value();
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aRestoredStateBehavesLikeTheOriginal()
    {
        const cm::World w = cm::test::demoWorld();
        cm::JournaledState a(std::make_unique<cm::ClearingState>(w, w.seed, 250));
        for (const auto& e : script(w, 0))
            a.apply(e);
        const std::string bytes = a.state().saveState();
        cm::ClearingState b(w, w.seed, 250);
        QVERIFY(b.stateHash() != a.state().stateHash());
        const auto loaded = b.loadState(bytes);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QCOMPARE(b.stateHash(), a.state().stateHash());
        QCOMPARE(b.saveState(), bytes);
        QVERIFY(b.accountDetail("zed") != nullptr); // the feed's new account came back
        // The generator, the oracle sources and the replay continue identically.
        cm::JournaledState restored(std::make_unique<cm::ClearingState>(w, w.seed, 250));
        QVERIFY(restored.state().loadState(bytes).ok());
        for (const auto& e : script(w, 1)) {
            a.apply(e);
            restored.apply(e);
        }
        QCOMPARE(restored.state().stateHash(), a.state().stateHash());
        QCOMPARE(a.state().stateHash(), uninterruptedHash(fullScript(w)));
    }

    void aBadSnapshotIsRefusedWithWhatFailed_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("error");
        QTest::newRow("truncated") << "truncate" << "truncated";
        QTest::newRow("trailing bytes") << "append" << "trailing bytes";
        QTest::newRow("not a state") << "magic" << "not a Clearmesh state";
        QTest::newRow("empty") << "empty" << "magic at byte 0";
    }
    void aBadSnapshotIsRefusedWithWhatFailed()
    {
        QFETCH(QString, damage);
        QFETCH(QString, error);
        const cm::World w = cm::test::smallWorld();
        cm::ClearingState a(w, 5, 250);
        a.advance(10);
        std::string bytes = a.saveState();
        if (damage == QLatin1String("truncate"))
            bytes.resize(bytes.size() / 2);
        else if (damage == QLatin1String("append"))
            bytes += "x";
        else if (damage == QLatin1String("magic"))
            bytes[9] = 'X';
        else
            bytes.clear();
        cm::ClearingState b(w, 5, 250);
        const auto r = b.loadState(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.error().message).contains(error), r.error().message.c_str());
    }

    void recoveryFromASnapshotEqualsAFullReplay()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        const cm::World w = cm::test::demoWorld();
        std::string live;
        {
            cm::Session s = open(path);
            QVERIFY(!s.info.resumed);
            for (const auto& e : fullScript(w))
                s.state->apply(e);
            s.journal->flush();
            live = s.state->state().stateHash();
        }
        auto j = cm::Journal::open(path, cm::Journal::Access::ReadOnly);
        QVERIFY(j.ok());
        QCOMPARE(j.value()->lastSeq(), std::uint64_t(1 + fullScript(w).size()));
        auto full = cm::recoverState(*j.value(), false);
        auto fast = cm::recoverState(*j.value(), true);
        QVERIFY(full.ok() && fast.ok());
        QCOMPARE(full.value().snapshot_seq, std::uint64_t{0});
        QVERIFY(fast.value().snapshot_seq > 1);
        QVERIFY(fast.value().replayed < full.value().replayed);
        QCOMPARE(full.value().state->stateHash(), live);
        QCOMPARE(fast.value().state->stateHash(), live);
        QCOMPARE(live, uninterruptedHash(fullScript(w)));
    }

    void aSnapshotThatDoesNotCheckOutIsSkipped()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        const cm::World w = cm::test::demoWorld();
        {
            cm::Session s = open(path, 5);
            for (const auto& e : fullScript(w))
                s.state->apply(e);
        }
        std::uint64_t newest = 0;
        {
            cm::SqliteDb raw(path, cm::SqliteDb::Mode::OpenExisting);
            newest = static_cast<std::uint64_t>(raw.queryInt("SELECT max(seq) FROM snapshots"));
            raw.exec("UPDATE snapshots SET state_hash = 'forged' WHERE seq = " + std::to_string(newest));
        }
        auto j = cm::Journal::open(path, cm::Journal::Access::ReadOnly);
        auto r = cm::recoverState(*j.value(), true);
        QVERIFY(r.ok());
        QVERIFY(r.value().snapshot_seq < newest);
        QVERIFY2(QString::fromStdString(r.value().skipped_snapshots).contains(QStringLiteral("does not match")),
                 r.value().skipped_snapshots.c_str());
        QCOMPARE(r.value().state->stateHash(), uninterruptedHash(fullScript(w)));
    }

    void aJournalThatHoldsARunContinuesIt()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        const cm::World w = cm::test::demoWorld();
        {
            cm::Session s = open(path);
            for (const auto& e : script(w, 0))
                s.state->apply(e);
        }
        cm::Session again = open(path);
        QVERIFY(again.info.resumed);
        QCOMPARE(again.info.events, std::uint64_t(1 + script(w, 0).size()));
        QVERIFY(again.info.verification.ok);
        for (const auto& e : script(w, 1))
            again.state->apply(e);
        QCOMPARE(again.state->state().stateHash(), uninterruptedHash(fullScript(w)));
    }

    void aJournalOfAnotherRunIsRefused()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        { open(path); }
        cm::SessionOptions o;
        o.path = path;
        o.world_json = fileText(CM_TEST_DATA_DIR "/worlds/small.json");
        auto other = cm::openSession(o);
        QVERIFY(!other.ok());
        QVERIFY2(QString::fromStdString(other.error().message).contains(QStringLiteral("holds another run: of another world")),
                 other.error().message.c_str());
        o.world_json = demoJson();
        o.seed = 99;
        auto seed = cm::openSession(o);
        QVERIFY(!seed.ok());
        QVERIFY(QString::fromStdString(seed.error().message).contains(QStringLiteral("seed")));
        o.path = dir.filePath(QStringLiteral("new.db")).toStdString();
        o.world_json.clear();
        QVERIFY(!cm::openSession(o).ok()); // nothing to start from
        o.world_json = "{\"chains\": ";
        auto bad = cm::openSession(o);
        QVERIFY(!bad.ok());
        QVERIFY(QString::fromStdString(bad.error().message).contains(QStringLiteral("not valid JSON")));
    }

    void aBrokenChainOpensReadOnlyAtTheBreak()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        const cm::World w = cm::test::demoWorld();
        {
            cm::Session s = open(path, 1000);
            for (const auto& e : fullScript(w))
                s.state->apply(e);
        }
        {
            cm::SqliteDb raw(path, cm::SqliteDb::Mode::OpenExisting);
            raw.exec("UPDATE events SET payload = '{\"steps\":100000}' WHERE seq = 8");
        }
        const std::string before = fileText(path);
        cm::Session s = open(path, 1000);
        QVERIFY2(QString::fromStdString(s.info.read_only_reason).contains(QStringLiteral("broken at event 8")),
                 s.info.read_only_reason.c_str());
        QVERIFY(s.journal->readOnly());
        const auto events = fullScript(w);
        QCOMPARE(s.state->state().stateHash(), uninterruptedHash({events.begin(), events.begin() + 6}));
        // The engine on it refuses every change and keeps the file as it is.
        cm::Engine engine(std::move(s));
        QVERIFY(!engine.latest()->read_only_reason.empty());
        std::promise<std::string> verdict;
        engine.start();
        engine.submitFeed(feed(w, kEthPriceLine),
                          [&](std::string r) { verdict.set_value(std::move(r)); });
        engine.post(cm::StepCommand{100});
        engine.post(cm::ResumeCommand{});
        QVERIFY(QString::fromStdString(verdict.get_future().get()).startsWith(QStringLiteral("read-only")));
        engine.stop();
        QCOMPARE(engine.latest()->steps, std::uint64_t{120}); // the steps before the break
        QCOMPARE(fileText(path), before);
    }

    void aRunningEngineJournalsASecondOfTicksAsOneEvent()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        cm::EngineOptions options;
        options.speed = 600;
        std::string hash;
        {
            cm::Engine engine(open(path, 10000), options);
            engine.start();
            std::this_thread::sleep_for(std::chrono::milliseconds(2500));
            engine.post(cm::PauseCommand {});
            hash = engine.stateHash();
        }
        auto j = cm::Journal::open(path, cm::Journal::Access::ReadOnly);
        std::uint64_t advances = 0;
        for (const auto& e : j.value()->read(1, 1000))
            advances += e.type == "advance" ? 1 : 0;
        // About fifty ticks a second for 2.5 s, journaled as a handful of events; the clearing
        // agent's runs (the demo world has it on) journal the steps before their audit entries.
        std::uint64_t agentRuns = 0;
        std::int64_t lastAuditEvent = -1;
        for (const auto& a : j.value()->readAudit(1, 100000))
            if (a.operator_name == "agent") {
                const auto event = nlohmann::json::parse(a.entry).value("event", std::int64_t {0});
                agentRuns += event != lastAuditEvent ? 1 : 0;
                lastAuditEvent = event;
            }
        QVERIFY2(advances >= 2 && advances <= 5 + agentRuns,
                 qPrintable(QStringLiteral("%1 advances, %2 agent runs").arg(advances).arg(agentRuns)));
        auto r = cm::recoverState(*j.value(), false);
        QVERIFY(r.ok());
        QVERIFY(r.value().state->steps() > 4000);
        QCOMPARE(r.value().state->stateHash(), hash);
    }

    void theEngineAcknowledgesOnlyWhatIsDurableAndSignsDecisions()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        const cm::World w = cm::test::demoWorld();
        cm::EngineOptions options;
        options.start_paused = true;
        auto engine = std::make_unique<cm::Engine>(open(path, 10000), options);
        cm::Journal* journal = engine->journal();
        QVERIFY(journal != nullptr);
        const cm::SigningKey key = cm::SigningKey::fromSeed(cm::KeySeed{42});
        engine->post(cm::OperatorCommand{"rita", key});
        engine->start();
        std::atomic<int> durableSeen{0};
        std::promise<void> done;
        constexpr int kLines = 200;
        std::atomic<int> acks{0};
        std::atomic<int> refused{0};
        for (int i = 0; i < kLines; ++i) {
            const std::string line = holdingLine(i);
            engine->submitFeed(feed(w, line), [&, line](const std::string& refusal) {
                if (!refusal.empty())
                    ++refused;
                // The acknowledged line is on disk: another connection reads it.
                const auto events = journal->read(journal->stats().events, 1);
                if (!events.empty())
                    ++durableSeen;
                if (++acks == kLines)
                    done.set_value();
            });
        }
        done.get_future().get();
        QCOMPARE(durableSeen.load(), kLines);
        QCOMPARE(refused.load(), 0);
        engine->post(cm::SetPriceCommand{"ETH", kEth2500});
        engine->post(cm::ChainStatusCommand{"solana", "halted"});
        engine->post(cm::StepCommand{40});
        const std::string hash = engine->stateHash();
        QCOMPARE(engine->latest() != nullptr, true);
        engine.reset(); // a clean stop leaves a final snapshot
        auto j = cm::Journal::open(path, cm::Journal::Access::ReadOnly);
        const auto v = j.value()->verify();
        QVERIFY2(v.ok, v.reason.c_str());
        QCOMPARE(v.events, std::uint64_t{1 + kLines + 3});
        QCOMPARE(v.audit_entries, std::uint64_t{2});
        QCOMPARE(v.signatures, std::uint64_t{2});
        const auto audit = j.value()->readAudit(1, 10);
        QCOMPARE(audit[0].operator_name, std::string("rita"));
        QVERIFY(QString::fromStdString(audit[0].entry).contains(QStringLiteral("\"action\":\"set_price\"")));
        QVERIFY(QString::fromStdString(audit[1].entry).contains(QStringLiteral("\"event\":%1").arg(kLines + 3)));
        QCOMPARE(j.value()->snapshotSeqs(1000).front(), v.events);
        // Restored on the next start, from that snapshot, with nothing to replay.
        cm::Session again = open(path, 10000);
        QCOMPARE(again.info.snapshot_seq, v.events);
        QCOMPARE(again.info.replayed, std::uint64_t{0});
        QCOMPARE(again.info.state_hash, hash);
    }
};

QTEST_APPLESS_MAIN(TestRecovery)
#include "test_recovery.moc"
