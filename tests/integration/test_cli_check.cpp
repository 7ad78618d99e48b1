// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-cli check: the pre-trade check on the small world, whose margin is worked by hand in
// test_margin — what may leave, what the free collateral allows, and bad input refused.
#include "tests/integration/cli_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using Run = cm::test::CliRun;

const QString kWorld = QStringLiteral(CM_TEST_DATA_DIR "/worlds/small.json");

Run check(const QString& account, const QString& asset, const QString& from, const QString& to, const QString& amount)
{
    return cm::test::runCli({QStringLiteral("check"), QStringLiteral("--world"), kWorld, QStringLiteral("--account"), account,
                             QStringLiteral("--asset"), asset, QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                             QStringLiteral("--amount"), amount});
}

QJsonObject json(const Run& r) { return QJsonDocument::fromJson(r.out).object(); }

} // namespace

class TestCliCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void whatTheFreeCollateralAllows()
    {
        // alice: 10 ETH on ethereum against 12,000 USDC of debt. Each ETH counts ~1,656 USD of
        // cover; her free collateral covers 2.7534 of them while they travel.
        const Run one = check(QStringLiteral("alice"), QStringLiteral("ETH"), QStringLiteral("ethereum"), QStringLiteral("arbitrum"),
                              QStringLiteral("1"));
        QCOMPARE(one.exitCode, 0);
        const QJsonObject ok = json(one);
        QVERIFY(ok.value(QStringLiteral("ok")).toBool());
        QCOMPARE(ok.value(QStringLiteral("reason")).toString(), QString());
        QCOMPARE(ok.value(QStringLiteral("movable")).toString(), QStringLiteral("2.75346350396"));
        QVERIFY(ok.value(QStringLiteral("free_in_flight_usd")).toString().toDouble()
                < ok.value(QStringLiteral("free_collateral_usd")).toString().toDouble());

        const Run most = check(QStringLiteral("alice"), QStringLiteral("ETH"), QStringLiteral("ethereum"), QStringLiteral("arbitrum"),
                               QStringLiteral("2.75346350396"));
        QCOMPARE(most.exitCode, 0);
        const Run over = check(QStringLiteral("alice"), QStringLiteral("ETH"), QStringLiteral("ethereum"), QStringLiteral("arbitrum"),
                               QStringLiteral("2.75346350397"));
        QCOMPARE(over.exitCode, 1);
        const QJsonObject refused = json(over);
        QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
        QVERIFY(refused.value(QStringLiteral("reason")).toString().contains(QStringLiteral("below its initial requirement")));
        QVERIFY(refused.value(QStringLiteral("free_in_flight_usd")).toString().startsWith(QLatin1Char('-')));

        // bob's claims go back over their route; carol has no ETH at all.
        QCOMPARE(check(QStringLiteral("bob"), QStringLiteral("ETH"), QStringLiteral("arbitrum"), QStringLiteral("ethereum"),
                       QStringLiteral("1")).exitCode,
                 0);
        const Run none = check(QStringLiteral("carol"), QStringLiteral("ETH"), QStringLiteral("ethereum"), QStringLiteral("arbitrum"),
                               QStringLiteral("1"));
        QCOMPARE(none.exitCode, 1);
        QVERIFY(json(none).value(QStringLiteral("reason")).toString().contains(QStringLiteral("holds no ETH")));
    }

    void badInputNamesWhatIsWrong()
    {
        const Run unknown = check(QStringLiteral("nobody"), QStringLiteral("ETH"), QStringLiteral("ethereum"), QStringLiteral("arbitrum"),
                                  QStringLiteral("1"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown account 'nobody'"));
        const Run asset = check(QStringLiteral("alice"), QStringLiteral("DOGE"), QStringLiteral("ethereum"), QStringLiteral("arbitrum"),
                                QStringLiteral("1"));
        QCOMPARE(asset.exitCode, 2);
        QVERIFY(asset.err.contains("unknown asset 'DOGE'"));
        const Run amount = check(QStringLiteral("alice"), QStringLiteral("ETH"), QStringLiteral("ethereum"), QStringLiteral("arbitrum"),
                                 QStringLiteral("1.2.3"));
        QCOMPARE(amount.exitCode, 2);
        QVERIFY(amount.err.contains("bad amount"));
        const Run both = cm::test::runCli({QStringLiteral("check"), QStringLiteral("--world"), kWorld, QStringLiteral("--db"),
                                          QStringLiteral("x.db"), QStringLiteral("--account"), QStringLiteral("alice")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains("--world FILE or --db FILE"));
    }
};

QTEST_APPLESS_MAIN(TestCliCheck)
#include "test_cli_check.moc"
