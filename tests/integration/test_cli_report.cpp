// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CM_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("clearmesh-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString small() { return QStringLiteral(CM_TEST_DATA_DIR "/worlds/small.json"); }

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer()
    {
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--world"), small()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("profile")).toString(), QStringLiteral("clearmesh"));
        const QJsonArray accounts = doc.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 5);

        // Exactly the fields of DESIGN §12, in that order.
        const QStringList fields{QStringLiteral("id"), QStringLiteral("collateral_usd"), QStringLiteral("adjusted_collateral_usd"),
                                 QStringLiteral("debt_usd"), QStringLiteral("requirement_usd"), QStringLiteral("health"),
                                 QStringLiteral("liquidatable"), QStringLiteral("max_leverage"),
                                 QStringLiteral("distance_to_liquidation")};
        for (const auto& a : accounts)
            QCOMPARE(a.toObject().keys().size(), fields.size());
        QVERIFY(r.out.indexOf("\"id\"") < r.out.indexOf("\"collateral_usd\""));
        QVERIFY(r.out.indexOf("\"max_leverage\"") < r.out.indexOf("\"distance_to_liquidation\""));

        // alice: 10 ETH at $2,000 on Ethereum, $12,000 USDC owed there. Haircut = 17 % floor +
        // z·σ·(sqrt((3600 + 768)/1y) − sqrt(3600/1y)) = 0.17201825 ⇒ AC = 16,559.64, health 1.37997.
        const QJsonObject alice = accounts[0].toObject();
        QCOMPARE(alice[QStringLiteral("id")].toString(), QStringLiteral("alice"));
        QCOMPARE(alice[QStringLiteral("collateral_usd")].toString(), QStringLiteral("20000.00"));
        QCOMPARE(alice[QStringLiteral("adjusted_collateral_usd")].toString(), QStringLiteral("16559.64"));
        QCOMPARE(alice[QStringLiteral("debt_usd")].toString(), QStringLiteral("12000.00"));
        QCOMPARE(alice[QStringLiteral("requirement_usd")].toString(), QStringLiteral("12000.00"));
        QCOMPARE(alice[QStringLiteral("health")].toDouble(), 1.37997);
        QCOMPARE(alice[QStringLiteral("liquidatable")].toBool(), false);
        QCOMPARE(alice[QStringLiteral("max_leverage")].toDouble(), 30.1789);
        QCOMPARE(alice[QStringLiteral("distance_to_liquidation")].toDouble(), 0.275346);

        // bob: the same book with the ETH as a claim on Arbitrum: finality 18 min + 18 min route.
        const QJsonObject bob = accounts[1].toObject();
        QCOMPARE(bob[QStringLiteral("adjusted_collateral_usd")].toString(), QStringLiteral("16494.66"));
        QCOMPARE(bob[QStringLiteral("health")].toDouble(), 1.374555);

        const QJsonObject carol = accounts[2].toObject();
        QVERIFY(carol[QStringLiteral("health")].isNull());
        QVERIFY(carol[QStringLiteral("distance_to_liquidation")].isNull());
        QCOMPARE(carol[QStringLiteral("max_leverage")].toDouble(), 50.0);

        const QJsonObject dave = accounts[3].toObject();
        QCOMPARE(dave[QStringLiteral("requirement_usd")].toString(), QStringLiteral("198.81"));
        QCOMPARE(dave[QStringLiteral("health")].toDouble(), 14.586475);
        QVERIFY(dave[QStringLiteral("distance_to_liquidation")].isNull()); // short: falls help him

        const QJsonObject eve = accounts[4].toObject();
        QCOMPARE(eve[QStringLiteral("liquidatable")].toBool(), true);
        QCOMPARE(eve[QStringLiteral("health")].toDouble(), 0.974096);
        QCOMPARE(eve[QStringLiteral("distance_to_liquidation")].toDouble(), 0.0);
    }

    void demoWorldHasAnEntryPerAccount()
    {
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--world"), QStringLiteral(CM_SOURCE_DIR "/resources/worlds/demo.json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 5000);
    }

    void badWorldExitsTwoNamingThePath()
    {
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--world"),
                           QStringLiteral(CM_TEST_DATA_DIR "/worlds/bad/bad_amount.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("accounts[3].holdings[0].amount: bad number '12,5'"), r.err.constData());
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << "no command given";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command 'frobnicate'";
        QTest::newRow("missing world") << QStringList{QStringLiteral("report")} << "report needs --world FILE";
        QTest::newRow("dangling option") << QStringList{QStringLiteral("report"), QStringLiteral("--world")} << "--world needs a value";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("report"), QStringLiteral("--wrld"), small()} << "unknown argument '--wrld'";
        QTest::newRow("missing file") << QStringList{QStringLiteral("report"), QStringLiteral("--world"), QStringLiteral("/nonexistent.json")}
                                      << "/nonexistent.json: cannot open the world file";
    }
    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
