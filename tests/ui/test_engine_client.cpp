// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/test_support.h"

#include "core/api/session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using cm::ui::EngineClient;
using cm::ui::SnapshotView;

class TestEngineClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SnapshotView>(); }

    void deliversSnapshotsOnTheUiThread()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        QThread* uiThread = QThread::currentThread();
        QThread* seenOn = nullptr;
        connect(client.get(), &EngineClient::snapshotPublished, this, [&] { seenOn = QThread::currentThread(); });
        QSignalSpy spy(client.get(), &EngineClient::snapshotPublished);
        client->start();
        client->step(40);
        QVERIFY(spy.wait(5000));
        QCOMPARE(seenOn, uiThread);
        // Take the newest: the bridge may have coalesced several core snapshots into one.
        QTRY_COMPARE_WITH_TIMEOUT(client->latest().steps(), quint64{40}, 5000);
        QCOMPARE(client->latest().accountCount(), 5);
        QCOMPARE(client->latest().simTimeMs(), qint64{40 * 250});
    }

    void priceCommandReachesTheUi()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        client->start();
        QCOMPARE(client->latest().liquidatableCount(), 1); // eve
        QSignalSpy spy(client.get(), &EngineClient::snapshotPublished);
        QVERIFY(client->setPrice(QStringLiteral("ETH"), QStringLiteral("1400")));
        QTRY_COMPARE_WITH_TIMEOUT(client->latest().liquidatableCount(), 3, 5000); // alice, bob, eve
        QVERIFY(spy.count() >= 1);
        QCOMPARE(client->latest().assetPriceUsd(0), 1400.0);
        QVERIFY(!client->setPrice(QStringLiteral("ETH"), QStringLiteral("-1")));
        QVERIFY(!client->setPrice(QStringLiteral("ETH"), QStringLiteral("abc")));
    }

    void coalescesAFastCore()
    {
        cm::ui::EngineSettings settings;
        settings.speed = 2000;
        settings.publishIntervalMs = 100;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        QSignalSpy spy(client.get(), &EngineClient::snapshotPublished);
        client->start();
        QTest::qWait(1000);
        client->stop();
        // ~10 a second reach the ui however fast the core runs (slack for a slow machine).
        QVERIFY2(spy.count() >= 3 && spy.count() <= 14, qPrintable(QString::number(spy.count())));
        QVERIFY(client->latest().steps() > 1000);
    }

    void badWorldIsRefusedWithItsPath()
    {
        QString error;
        auto client = EngineClient::fromWorldJson(R"({"version": 1, "chains": [{"id": "x"}]})", {}, &error);
        QVERIFY(!client);
        QCOMPARE(error, QStringLiteral("chains[0].block_time_ms: missing field"));
    }

    void stateHashIsDeterministic()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        settings.seed = 99;
        auto a = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        auto b = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        a->start();
        b->start();
        a->step(100);
        b->step(100);
        QTRY_COMPARE_WITH_TIMEOUT(a->latest().steps(), quint64{100}, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b->latest().steps(), quint64{100}, 5000);
        QCOMPARE(a->stateHash(), b->stateHash());
        QCOMPARE(a->stateHash().size(), 64);
    }

    void aSessionReopensWhereItLeftOffWithItsSignedDecisions()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("session.db"));
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        settings.publishIntervalMs = 10;
        QString hash;
        const QByteArray seed(32, '\x11');
        {
            auto client = cm::test::openSession(cm::test::smallWorldPath(), db, settings);
            QVERIFY(client->sessionSummary().startsWith(QStringLiteral("New session")));
            client->setOperator(QStringLiteral("rita"), seed);
            client->start();
            client->step(100);
            client->chainStatus(QStringLiteral("arbitrum"), QStringLiteral("halted"));
            QVERIFY(client->setPrice(QStringLiteral("ETH"), QStringLiteral("1800")));
            QTRY_COMPARE_WITH_TIMEOUT(client->latest().auditEntryCount(), quint64{2}, 5000);
            hash = client->stateHash();
            const auto rows = client->auditEntries(1, 10);
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows[0].operatorName, QStringLiteral("rita"));
            QCOMPARE(rows[0].action, QStringLiteral("chain_status"));
            QVERIFY(rows[0].details.contains(QStringLiteral("halted")) || rows[0].event > 0);
            QCOMPARE(rows[0].signature, cm::ui::AuditRow::Signature::Valid);
            QCOMPARE(rows[1].action, QStringLiteral("set_price"));
        }
        auto again = cm::test::openSession(cm::test::smallWorldPath(), db, settings);
        QVERIFY2(again->sessionSummary().startsWith(QStringLiteral("Restored")), qPrintable(again->sessionSummary()));
        QCOMPARE(again->stateHash(), hash);
        QCOMPARE(again->latest().steps(), quint64{100});
        QVERIFY(again->latest().readOnlyReason().isEmpty());
        QCOMPARE(again->journalCheck().signatures, quint64{2});
        QSignalSpy verified(again.get(), &EngineClient::journalVerified);
        again->verifyJournal();
        QVERIFY(verified.wait(10000));
        QVERIFY(again->journalCheck().ok);
        QCOMPARE(again->journalCheck().auditEntries, quint64{2});
    }

    void anotherWorldsJournalIsRefused()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("session.db"));
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        { cm::test::openSession(cm::test::smallWorldPath(), db, settings); }
        QString error;
        QVERIFY(!cm::test::openSession(cm::test::demoWorldPath(), db, settings, &error));
        QVERIFY2(error.contains(QLatin1String(cm::kOtherRun)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "test_engine_client.moc"
