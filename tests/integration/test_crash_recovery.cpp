// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN §9: kill -9 at any moment loses nothing acknowledged, and the state a restart
// recovers equals a replay of the whole journal.
#include "core/journal/journal.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <string>

namespace {

const QString kCli = QStringLiteral(CM_CLI_PATH);
const QString kWorld = QStringLiteral(CM_SOURCE_DIR "/resources/worlds/demo.json");

QByteArray holdingLine(const QString& account, int amount)
{
    return QStringLiteral("{\"type\":\"holding\",\"account\":\"%1\",\"chain\":\"ethereum\",\"asset\":\"USDC\",\"amount\":\"%2\"}\n")
        .arg(account)
        .arg(amount)
        .toUtf8();
}

// Waits for the feed server's port on the run's stderr; 0 if the process ended first.
quint16 waitForPort(QProcess& p, QByteArray& err)
{
    static const QRegularExpression re(QStringLiteral("feed server on 127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000 && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(50);
        err += p.readAllStandardError();
        const auto m = re.match(QString::fromUtf8(err));
        if (m.hasMatch())
            return static_cast<quint16>(m.captured(1).toUInt());
    }
    return 0;
}

} // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killNineLosesNothingAcknowledged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crash.db"));
        const QStringList runArgs{QStringLiteral("run"), QStringLiteral("--world"), kWorld, QStringLiteral("--db"), db,
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--speed"),
                                  QStringLiteral("600"), QStringLiteral("--duration"), QStringLiteral("1000d"),
                                  QStringLiteral("--snapshot-every"), QStringLiteral("40")};
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill moments drawn with seed %u", seed);
        QRandomGenerator rng(seed);
        std::set<std::string> acknowledged;
        int kills = 0;
        int killedDuringRecovery = 0;
        for (int round = 0; round < 24; ++round) {
            QProcess p;
            p.start(kCli, runArgs);
            QVERIFY(p.waitForStarted());
            if (round % 6 == 5) {
                // Some kills land while the run is still recovering or starting up.
                QTest::qWait(static_cast<int>(rng.bounded(5, 120)));
                p.kill();
                p.waitForFinished();
                ++kills;
                ++killedDuringRecovery;
                continue;
            }
            QByteArray err;
            const quint16 port = waitForPort(p, err);
            QVERIFY2(port != 0, err.constData());
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), port);
            QVERIFY(socket.waitForConnected(5000));
            const int killAfterMs = static_cast<int>(rng.bounded(30, 600));
            QElapsedTimer clock;
            clock.start();
            std::vector<std::string> sent; // line n of this connection is sent[n - 1]
            QByteArray pending;
            while (clock.elapsed() < killAfterMs) {
                for (int k = 0; k < 25; ++k) {
                    const QString account = QStringLiteral("r%1-%2").arg(round).arg(sent.size());
                    sent.push_back(account.toStdString());
                    socket.write(holdingLine(account, 100 + static_cast<int>(sent.size())));
                }
                socket.waitForBytesWritten(100);
                socket.waitForReadyRead(5);
                pending += socket.readAll();
                while (pending.contains('\n')) {
                    const int nl = pending.indexOf('\n');
                    const QJsonObject ack = QJsonDocument::fromJson(pending.left(nl)).object();
                    pending.remove(0, nl + 1);
                    QVERIFY2(ack.contains(QStringLiteral("ok")), QJsonDocument(ack).toJson().constData());
                    const int n = ack[QStringLiteral("ok")].toInt();
                    QVERIFY(n >= 1 && n <= static_cast<int>(sent.size()));
                    acknowledged.insert(sent[static_cast<std::size_t>(n - 1)]);
                }
            }
            p.kill(); // SIGKILL: no handler, no flush, no final snapshot
            p.waitForFinished();
            ++kills;
            // Acks that were on their way when the process died are not counted: only what
            // the client saw.
        }
        QVERIFY(kills >= 20);
        QVERIFY(killedDuringRecovery >= 4);
        QVERIFY2(acknowledged.size() > 500, qPrintable(QString::number(acknowledged.size())));

        // Every acknowledged line is in the journal.
        {
            auto journal = cm::Journal::open(db.toStdString(), cm::Journal::Access::ReadOnly);
            QVERIFY2(journal.ok(), journal.ok() ? "" : journal.error().message.c_str());
            const auto v = journal.value()->verify();
            QVERIFY2(v.ok, v.reason.c_str());
            std::set<std::string> journaled;
            for (std::uint64_t from = 1;;) {
                const auto events = journal.value()->read(from, 8192);
                if (events.empty())
                    break;
                for (const auto& e : events)
                    if (e.type == "feed") {
                        const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(e.payload)).object();
                        journaled.insert(doc[QStringLiteral("account")].toString().toStdString());
                    }
                from = events.back().seq + 1;
            }
            for (const std::string& account : acknowledged)
                QVERIFY2(journaled.count(account) == 1, account.c_str());
            qInfo("%d kills (%d during recovery), %zu lines acknowledged, %zu journaled, %llu events",
                  kills, killedDuringRecovery, acknowledged.size(), journaled.size(),
                  static_cast<unsigned long long>(v.events));
        }

        // The state a restart recovers (snapshot + later events), run on by a fixed amount,
        // equals a replay of the whole journal.
        QProcess last;
        last.start(kCli, {QStringLiteral("run"), QStringLiteral("--world"), kWorld, QStringLiteral("--db"), db,
                          QStringLiteral("--duration"), QStringLiteral("10m")});
        QVERIFY(last.waitForFinished(120000));
        QCOMPARE(last.exitCode(), 0);
        const QString recoveredHash
            = QJsonDocument::fromJson(last.readAllStandardOutput()).object()[QStringLiteral("state_hash")].toString();
        QVERIFY(!recoveredHash.isEmpty());
        QProcess replay;
        replay.start(kCli, {QStringLiteral("replay"), QStringLiteral("--db"), db});
        QVERIFY(replay.waitForFinished(120000));
        const QByteArray out = replay.readAllStandardOutput();
        QCOMPARE(replay.exitCode(), 0);
        const QJsonObject doc = QJsonDocument::fromJson(out).object();
        QCOMPARE(doc[QStringLiteral("state_hash")].toString(), recoveredHash);
        QCOMPARE(doc[QStringLiteral("recovery")].toObject()[QStringLiteral("matches")].toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "test_crash_recovery.moc"
