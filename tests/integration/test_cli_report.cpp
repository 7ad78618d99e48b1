// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/journal.h"
#include "core/journal/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QMap>

#include <cmath>
#include "tests/integration/cli_support.h"
#include <QProcess>
#include <QProcessEnvironment>
#include <QMap>
#include <cstring>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = cm::test::CliRun;

Run cli(const QStringList& args) { return cm::test::runCli(args, {}, {}, 60000); }

// The CLI with a passphrase on standard input (never an argument) and an environment.
Run cliWith(const QStringList& args, const QByteArray& stdinText, const QMap<QString, QString>& env = {})
{
    return cm::test::runCli(args, stdinText, env, 60000);
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

    void detailExplainsEveryHaircut()
    {
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--world"), small(), QStringLiteral("--detail")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject bob = QJsonDocument::fromJson(r.out).object()[QStringLiteral("accounts")].toArray()[1].toObject();
        QCOMPARE(bob[QStringLiteral("equity_usd")].toString(), QStringLiteral("8000.00"));
        QCOMPARE(bob[QStringLiteral("free_collateral_usd")].toString(), QStringLiteral("4494.66"));
        QCOMPARE(bob[QStringLiteral("dominant_asset")].toString(), QStringLiteral("ETH"));
        // ETH at which (AC + U) = MR: 12,000 / (10 × (1 − h)) = 1,455.016.
        QCOMPARE(bob[QStringLiteral("liquidation_price_usd")].toDouble(), 1455.016);
        const QJsonObject h = bob[QStringLiteral("holdings")].toArray()[0].toObject();
        QCOMPARE(h[QStringLiteral("chain")].toString(), QStringLiteral("arbitrum"));
        QCOMPARE(h[QStringLiteral("route")].toString(), QStringLiteral("eth-arb-ETH"));
        QCOMPARE(h[QStringLiteral("value_usd")].toString(), QStringLiteral("20000.00"));
        const QJsonObject parts = h[QStringLiteral("haircut_components")].toObject();
        QCOMPARE(parts.keys(), (QStringList{QStringLiteral("divergence"), QStringLiteral("latency"), QStringLiteral("route"),
                                            QStringLiteral("volatility")}));
        QCOMPARE(parts[QStringLiteral("volatility")].toDouble(), 0.17);
        QCOMPARE(parts[QStringLiteral("latency")].toDouble(), 0.00526681);
        QCOMPARE(h[QStringLiteral("haircut")].toDouble(), 0.17526681);
        QCOMPARE(h[QStringLiteral("horizon_s")].toDouble(), 5760.0);
    }

    void aaveReportCarriesExactAccountData()
    {
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--world"), QStringLiteral(CM_TEST_DATA_DIR "/worlds/aave.json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc[QStringLiteral("profile")].toString(), QStringLiteral("aave-v3"));
        const QJsonObject first = doc[QStringLiteral("accounts")].toArray()[0].toObject();
        QCOMPARE(first[QStringLiteral("total_collateral_base")].toString(), QStringLiteral("181685499606"));
        QCOMPARE(first[QStringLiteral("total_debt_base")].toString(), QStringLiteral("159995883200"));
        QCOMPARE(first[QStringLiteral("avg_ltv_bps")].toString(), QStringLiteral("8050"));
        QCOMPARE(first[QStringLiteral("avg_liquidation_threshold_bps")].toString(), QStringLiteral("8300"));
        QCOMPARE(first[QStringLiteral("health_factor_wad")].toString(), QStringLiteral("942517780188734256"));
        QCOMPARE(first[QStringLiteral("liquidatable")].toBool(), true);
        QCOMPARE(first[QStringLiteral("health")].toDouble(), 0.942518);
    }

    void liquidatePlansAaveCall()
    {
        const Run r = cli({QStringLiteral("liquidate"), QStringLiteral("--world"), QStringLiteral(CM_TEST_DATA_DIR "/worlds/aave.json"),
                           QStringLiteral("--account"), QStringLiteral("half-close"), QStringLiteral("--collateral"), QStringLiteral("WETH"),
                           QStringLiteral("--debt"), QStringLiteral("USDC"), QStringLiteral("--debt-to-cover"), QStringLiteral("100000")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject p = QJsonDocument::fromJson(r.out).object();
        // 100,000 USDC asked, 50 % of $154,996 of debt allowed: 77,500 USDC.
        QCOMPARE(p[QStringLiteral("actual_debt_to_liquidate")].toString(), QStringLiteral("77500000000"));
        QCOMPARE(p[QStringLiteral("collateral_to_liquidator")].toString(), QStringLiteral("44574507248651410574"));
        QCOMPARE(p[QStringLiteral("protocol_fee")].toString(), QStringLiteral("213275154299767515"));
        QCOMPARE(p[QStringLiteral("collateral_seized")].toString(), QStringLiteral("44787782402951178089"));
        QCOMPARE(p[QStringLiteral("close_factor_bps")].toInt(), 5000);
        QCOMPARE(p[QStringLiteral("after")].toObject()[QStringLiteral("health_factor_wad")].toString(), QStringLiteral("1074343159099032005"));
        QCOMPARE(p[QStringLiteral("after")].toObject()[QStringLiteral("debt_balance")].toString(), QStringLiteral("77500000000"));
        QVERIFY(p[QStringLiteral("after")].toObject()[QStringLiteral("deficit")].toObject().isEmpty());
        // Exactly the fields of DESIGN §12.
        QCOMPARE(p.keys(), (QStringList{QStringLiteral("actual_debt_to_liquidate"), QStringLiteral("after"),
                                        QStringLiteral("close_factor_bps"), QStringLiteral("collateral_seized"),
                                        QStringLiteral("collateral_to_liquidator"), QStringLiteral("protocol_fee")}));
    }

    void liquidateWritesOffBadDebt()
    {
        const Run r = cli({QStringLiteral("liquidate"), QStringLiteral("--world"), QStringLiteral(CM_TEST_DATA_DIR "/worlds/aave.json"),
                           QStringLiteral("--account"), QStringLiteral("bad-debt"), QStringLiteral("--collateral"), QStringLiteral("WETH"),
                           QStringLiteral("--debt"), QStringLiteral("USDC"), QStringLiteral("--debt-to-cover"), QStringLiteral("max")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject after = QJsonDocument::fromJson(r.out).object()[QStringLiteral("after")].toObject();
        QCOMPARE(after[QStringLiteral("collateral_balance")].toString(), QStringLiteral("0"));
        QCOMPARE(after[QStringLiteral("deficit")].toObject()[QStringLiteral("USDC")].toString(), QStringLiteral("269617387"));
        QCOMPARE(after[QStringLiteral("deficit")].toObject()[QStringLiteral("DAI")].toString(), QStringLiteral("100000000000000000000"));
    }

    void liquidateRefusalExitsThree()
    {
        const Run r = cli({QStringLiteral("liquidate"), QStringLiteral("--world"), QStringLiteral(CM_TEST_DATA_DIR "/worlds/aave.json"),
                           QStringLiteral("--account"), QStringLiteral("dust"), QStringLiteral("--collateral"), QStringLiteral("WETH"),
                           QStringLiteral("--debt"), QStringLiteral("USDC"), QStringLiteral("--debt-to-cover"), QStringLiteral("1000")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("error")].toString(), QStringLiteral("MustNotLeaveDust"));
        const Run healthy = cli({QStringLiteral("liquidate"), QStringLiteral("--world"), QStringLiteral(CM_TEST_DATA_DIR "/worlds/aave.json"),
                                 QStringLiteral("--account"), QStringLiteral("healthy"), QStringLiteral("--collateral"), QStringLiteral("WETH"),
                                 QStringLiteral("--debt"), QStringLiteral("USDC"), QStringLiteral("--debt-to-cover"), QStringLiteral("max")});
        QCOMPARE(healthy.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(healthy.out).object()[QStringLiteral("error")].toString(),
                 QStringLiteral("HealthFactorNotBelowThreshold"));
    }

    void liquidateBadInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown account") << QStringList{QStringLiteral("--account"), QStringLiteral("nobody"), QStringLiteral("--collateral"),
                                                        QStringLiteral("WETH"), QStringLiteral("--debt"), QStringLiteral("USDC"),
                                                        QStringLiteral("--debt-to-cover"), QStringLiteral("1")}
                                         << "--account: no account 'nobody'";
        QTest::newRow("unknown asset") << QStringList{QStringLiteral("--account"), QStringLiteral("dust"), QStringLiteral("--collateral"),
                                                      QStringLiteral("XYZ"), QStringLiteral("--debt"), QStringLiteral("USDC"),
                                                      QStringLiteral("--debt-to-cover"), QStringLiteral("1")}
                                       << "--collateral: no asset 'XYZ'";
        QTest::newRow("too precise") << QStringList{QStringLiteral("--account"), QStringLiteral("dust"), QStringLiteral("--collateral"),
                                                    QStringLiteral("WETH"), QStringLiteral("--debt"), QStringLiteral("USDC"),
                                                    QStringLiteral("--debt-to-cover"), QStringLiteral("1.0000001")}
                                     << "--debt-to-cover: too many decimal places";
        QTest::newRow("missing option") << QStringList{QStringLiteral("--account"), QStringLiteral("dust")} << "liquidate needs --collateral";
    }
    void liquidateBadInputExitsTwo()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const Run r = cli(QStringList{QStringLiteral("liquidate"), QStringLiteral("--world"),
                                      QStringLiteral(CM_TEST_DATA_DIR "/worlds/aave.json")} + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void runIsDeterministic()
    {
        const QString demo = QStringLiteral(CM_SOURCE_DIR "/resources/worlds/demo.json");
        auto hashOf = [&](const QStringList& extra) {
            const Run r = cli(QStringList{QStringLiteral("run"), QStringLiteral("--world"), demo, QStringLiteral("--duration"),
                                          QStringLiteral("10m")} + extra);
            if (r.exitCode != 0)
                qFatal("run failed: %s", r.err.constData());
            const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
            if (doc[QStringLiteral("steps")].toInt() != 2400 || doc[QStringLiteral("accounts")].toArray().size() != 5000)
                qFatal("unexpected run report");
            return doc[QStringLiteral("state_hash")].toString();
        };
        const QString a = hashOf({});
        QCOMPARE(a.size(), 64);
        QCOMPARE(hashOf({}), a);
        QVERIFY(hashOf({QStringLiteral("--seed"), QStringLiteral("5")}) != a);
        // In real time (600 simulated seconds a second) the engine thread stops at the same step
        // and reaches the same state.
        QCOMPARE(hashOf({QStringLiteral("--speed"), QStringLiteral("600")}), a);
    }

    void runStopsOnSigterm()
    {
        QProcess p;
        p.start(QStringLiteral(CM_CLI_PATH), {QStringLiteral("run"), QStringLiteral("--world"), small(), QStringLiteral("--duration"),
                                              QStringLiteral("1d"), QStringLiteral("--speed"), QStringLiteral("60")});
        QVERIFY(p.waitForStarted());
        QTest::qWait(1000);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY(doc[QStringLiteral("steps")].toInt() > 0);
        QVERIFY(doc[QStringLiteral("steps")].toInt() < 345600); // well short of a day
        QCOMPARE(doc[QStringLiteral("accounts")].toArray().size(), 5);
    }

    void runReplaysAScenario()
    {
        const QString demo = QStringLiteral(CM_SOURCE_DIR "/resources/worlds/demo.json");
        auto liquidatable = [&](const QStringList& extra) {
            const Run r = cli(QStringList{QStringLiteral("run"), QStringLiteral("--world"), demo, QStringLiteral("--duration"),
                                          QStringLiteral("2d")} + extra);
            if (r.exitCode != 0)
                qFatal("%s", r.err.constData());
            int n = 0;
            for (const auto& a : QJsonDocument::fromJson(r.out).object()[QStringLiteral("accounts")].toArray())
                n += a.toObject()[QStringLiteral("liquidatable")].toBool();
            return n;
        };
        const int live = liquidatable({});
        const int crash = liquidatable({QStringLiteral("--scenario"), QStringLiteral("black_thursday_2020")});
        QVERIFY2(crash > 3 * live, qPrintable(QStringLiteral("%1 vs %2").arg(crash).arg(live)));
    }

    void aJournaledRunContinuesAndReplaysToTheSameHash()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("run.db"));
        const QString demo = QStringLiteral(CM_SOURCE_DIR "/resources/worlds/demo.json");
        auto hashOf = [](const Run& r) {
            return QJsonDocument::fromJson(r.out).object()[QStringLiteral("state_hash")].toString();
        };
        const QStringList journaled{QStringLiteral("run"), QStringLiteral("--world"), demo, QStringLiteral("--db"), db,
                                    QStringLiteral("--snapshot-every"), QStringLiteral("50")};
        const Run first = cli(journaled + QStringList{QStringLiteral("--duration"), QStringLiteral("2h"),
                                                      QStringLiteral("--scenario"), QStringLiteral("ftx_2022")});
        QCOMPARE(first.exitCode, 0);
        const Run second = cli(journaled + QStringList{QStringLiteral("--duration"), QStringLiteral("1h")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains("continuing a run of"), second.err.constData());
        QCOMPARE(QJsonDocument::fromJson(second.out).object()[QStringLiteral("steps")].toInt(), 3 * 14400);
        const Run whole = cli({QStringLiteral("run"), QStringLiteral("--world"), demo, QStringLiteral("--duration"),
                               QStringLiteral("3h"), QStringLiteral("--scenario"), QStringLiteral("ftx_2022")});
        QCOMPARE(hashOf(second), hashOf(whole));

        const Run replay = cli({QStringLiteral("replay"), QStringLiteral("--db"), db});
        QCOMPARE(replay.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(replay.out).object();
        QCOMPARE(doc[QStringLiteral("state_hash")].toString(), hashOf(whole));
        const QJsonObject recovery = doc[QStringLiteral("recovery")].toObject();
        QVERIFY(recovery[QStringLiteral("snapshot_seq")].toInt() > 1);
        QCOMPARE(recovery[QStringLiteral("state_hash")].toString(), hashOf(whole));
        QCOMPARE(recovery[QStringLiteral("matches")].toBool(), true);

        const Run verify = cli({QStringLiteral("verify"), QStringLiteral("--db"), db});
        QCOMPARE(verify.exitCode, 0);
        const QJsonObject v = QJsonDocument::fromJson(verify.out).object();
        // The replay the run started, and the agent's proposals (the demo world's desks' buffers,
        // which nobody approves in a headless run, so they expire): nothing here has a key.
        QVERIFY(v[QStringLiteral("audit_entries_checked")].toInt() > 1);
        QCOMPARE(v[QStringLiteral("unsigned_entries")].toInt(), v[QStringLiteral("audit_entries_checked")].toInt());

        // Another world, or another seed, does not continue this journal, and leaves it alone.
        const Run other = cli({QStringLiteral("run"), QStringLiteral("--world"), small(), QStringLiteral("--db"), db});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains("holds another run"), other.err.constData());
        const Run seed = cli(journaled + QStringList{QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(seed.exitCode, 2);
        QVERIFY2(seed.err.contains("with seed"), seed.err.constData());
    }

    void fiveBridgeExploitsAreStopped_data()
    {
        // Per script: the outcome of each step, the route attacked, and whether it ends frozen.
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("outcomes");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("expect");   // a phrase the decisive refusal carries
        QTest::addColumn<bool>("frozen");
        QTest::newRow("Wormhole 2022: forged signature sets")
            << "wormhole_2022" << QStringList{QStringLiteral("refused"), QStringLiteral("refused"), QStringLiteral("refused"),
                                              QStringLiteral("accepted"), QStringLiteral("accepted")}
            << "wormhole-eth-sol-ETH" << "0 valid signatures by distinct members, 13 of 19 needed" << false;
        QTest::newRow("Ronin 2022: five of nine keys")
            << "ronin_2022" << QStringList{QStringLiteral("accepted"), QStringLiteral("queued"), QStringLiteral("refused"),
                                           QStringLiteral("accepted")}
            << "ronin-eth-ETH" << "accountant: minting 173600 ETH would leave 347200 minted against 173600 locked" << true;
        QTest::newRow("Harmony 2022: two of five keys")
            << "harmony_2022" << QStringList{QStringLiteral("accepted"), QStringLiteral("queued"), QStringLiteral("accepted"),
                                             QStringLiteral("refused")}
            << "harmony-eth-ETH" << "accountant: minting 13100 ETH" << true;
        QTest::newRow("Nomad 2022: the zero root, no proof, a replay")
            << "nomad_2022" << QStringList{QStringLiteral("refused"), QStringLiteral("refused"), QStringLiteral("accepted"),
                                           QStringLiteral("accepted"), QStringLiteral("refused")}
            << "nomad-eth-avax-USDC" << "the source root is zero: never acceptable" << false;
        QTest::newRow("Multichain 2023: one operator")
            << "multichain_2023" << QStringList{QStringLiteral("accepted"), QStringLiteral("refused")}
            << "multichain-eth-ftm-USDC" << "accountant: minting 126300000 USDC" << true;
    }
    void fiveBridgeExploitsAreStopped()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, outcomes);
        QFETCH(QString, route);
        QFETCH(QString, expect);
        QFETCH(bool, frozen);
        const Run r = cli({QStringLiteral("bridge"), QStringLiteral("--world"), QStringLiteral(CM_SOURCE_DIR "/resources/worlds/bridges.json"),
                           QStringLiteral("--script"), QStringLiteral(CM_SOURCE_DIR "/resources/bridge/%1.json").arg(script)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray steps = doc[QStringLiteral("steps")].toArray();
        QCOMPARE(steps.size(), outcomes.size());
        QString reasons;
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject s = steps[i].toObject();
            QVERIFY2(s[QStringLiteral("outcome")].toString() == outcomes[i],
                     qPrintable(QStringLiteral("step %1: %2 (%3)").arg(i + 1).arg(s[QStringLiteral("outcome")].toString(),
                                                                             s[QStringLiteral("reason")].toString())));
            reasons += s[QStringLiteral("reason")].toString() + QLatin1Char('\n');
        }
        QVERIFY2(reasons.contains(expect), qPrintable(reasons));
        // Nothing was minted or unlocked without backing: every attacked route is still 1:1.
        for (const auto& v : doc[QStringLiteral("routes")].toArray()) {
            const QJsonObject row = v.toObject();
            QCOMPARE(row[QStringLiteral("locked")].toString(), row[QStringLiteral("minted")].toString());
            if (row[QStringLiteral("id")].toString() == route)
                QCOMPARE(row[QStringLiteral("frozen")].toBool(), frozen);
        }
        int critical = 0;
        for (const auto& a : doc[QStringLiteral("alerts")].toArray())
            critical += a.toObject()[QStringLiteral("critical")].toBool() ? 1 : 0;
        QCOMPARE(critical, frozen ? 1 : 0);
        for (const auto& t : doc[QStringLiteral("transfers")].toArray())
            if (t.toObject()[QStringLiteral("external")].toBool())
                QVERIFY(t.toObject()[QStringLiteral("state")].toString() != QLatin1String("minted"));
    }

    void weakRoutesAreFlaggedAndTheirClaimsHaircut()
    {
        const Run r = cli({QStringLiteral("bridge"), QStringLiteral("--world"), QStringLiteral(CM_SOURCE_DIR "/resources/worlds/bridges.json"),
                           QStringLiteral("--script"), QStringLiteral(CM_SOURCE_DIR "/resources/bridge/multichain_2023.json")});
        QMap<QString, QJsonObject> routes;
        for (const auto& v : QJsonDocument::fromJson(r.out).object()[QStringLiteral("routes")].toArray())
            routes[v.toObject()[QStringLiteral("id")].toString()] = v.toObject();
        QCOMPARE(routes[QStringLiteral("wormhole-eth-sol-ETH")][QStringLiteral("weak")].toBool(), false);
        QCOMPARE(routes[QStringLiteral("harmony-eth-ETH")][QStringLiteral("weak")].toBool(), true);
        QVERIFY(std::abs(routes[QStringLiteral("harmony-eth-ETH")][QStringLiteral("trust_addon")].toDouble() - 2.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(routes[QStringLiteral("ronin-eth-ETH")][QStringLiteral("trust_addon")].toDouble() - 0.8) < 1e-9);
        QVERIFY(routes[QStringLiteral("multichain-eth-ftm-USDC")][QStringLiteral("trust_reason")].toString().contains(
            QStringLiteral("one operator")));
        // The report haircuts the single-operator route's claims entirely.
        const Run report = cli({QStringLiteral("report"), QStringLiteral("--world"),
                                QStringLiteral(CM_SOURCE_DIR "/resources/worlds/bridges.json")});
        for (const auto& v : QJsonDocument::fromJson(report.out).object()[QStringLiteral("accounts")].toArray())
            if (v.toObject()[QStringLiteral("id")].toString() == QLatin1String("fantom-desk"))
                QCOMPARE(v.toObject()[QStringLiteral("adjusted_collateral_usd")].toString(), QStringLiteral("0.00"));
    }

    void aBadBridgeScriptNamesThePath_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown op") << "[{\"op\":\"steal\"}]" << "[0].op: unknown op 'steal'";
        QTest::newRow("unknown route") << "[{\"op\":\"transfer\",\"route\":\"x\",\"account\":\"a\",\"amount\":\"1\"}]"
                                       << "[0].route: unknown route 'x'";
        QTest::newRow("bad amount") << "{\"steps\":[{\"op\":\"advance\",\"seconds\":1},{\"op\":\"transfer\",\"route\":"
                                       "\"harmony-eth-ETH\",\"account\":\"a\",\"amount\":\"1,5\"}]}"
                                    << "[1].amount";
        QTest::newRow("no keys") << "[{\"op\":\"mint_unbacked\",\"route\":\"harmony-eth-ETH\",\"amount\":\"1\"}]"
                                 << "no keys of harmony-eth-ETH are compromised";
        QTest::newRow("replay of nothing") << "[{\"op\":\"advance\",\"seconds\":1},{\"op\":\"replay\",\"step\":1}]"
                                           << "[1].step: step 1 delivered no message";
        QTest::newRow("unknown key") << "[{\"op\":\"advance\",\"seconds\":1,\"speed\":2}]" << "[0].speed: unknown key";
        QTest::newRow("not steps") << "{\"op\":\"advance\"}" << "expected an array of steps";
    }
    void aBadBridgeScriptNamesThePath()
    {
        QFETCH(QString, script);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("s.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script.toUtf8());
        f.close();
        const Run r = cli({QStringLiteral("bridge"), QStringLiteral("--world"), QStringLiteral(CM_SOURCE_DIR "/resources/worlds/bridges.json"),
                           QStringLiteral("--script"), f.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(error.toUtf8()), r.err.constData());
    }

    void replayPricesDrivesABookThroughBlackThursday()
    {
        // Cut from shared/data/market/hourly/coinbase_ETHUSD_1h_2017_2020.csv (2020-03-10 to 14).
        const QString csv = QStringLiteral(CM_TEST_DATA_DIR "/market/coinbase_ETHUSD_1h_2020-03-10_14.csv");
        const Run r = cli({QStringLiteral("replay-prices"), QStringLiteral("--world"), QStringLiteral(CM_TEST_DATA_DIR "/worlds/liquidation.json"),
                           QStringLiteral("--prices"), csv, QStringLiteral("--from"), QStringLiteral("2020-03-12"),
                           QStringLiteral("--to"), QStringLiteral("2020-03-13"), QStringLiteral("--use-low")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray hours = doc[QStringLiteral("hours")].toArray();
        QVERIFY(hours.size() >= 24); // hourly, both ends included where the data has them
        // ETH fell by about half that day: everything with debt is liquidated, some of it at a loss.
        double liquidated = 0;
        for (const auto& h : hours) {
            const double hour = h.toObject()[QStringLiteral("liquidated_usd")].toString().toDouble();
            QVERIFY(hour >= 0);
            liquidated += hour;
        }
        QVERIFY2(liquidated > 100000, qPrintable(QString::number(liquidated)));
        const QJsonObject last = hours.last().toObject();
        QVERIFY(last[QStringLiteral("bad_debt_usd")].toString().toDouble() > 0);
        QVERIFY(last[QStringLiteral("price")].toDouble() < 0.7 * hours.first().toObject()[QStringLiteral("price")].toDouble());
        const Run bad = cli({QStringLiteral("replay-prices"), QStringLiteral("--world"), QStringLiteral(CM_TEST_DATA_DIR "/worlds/liquidation.json"),
                             QStringLiteral("--prices"), csv, QStringLiteral("--from"), QStringLiteral("2020-03-13"),
                             QStringLiteral("--to"), QStringLiteral("2020-03-12")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--to must be after --from"));
        // Perpetuals through the same day: the levered longs go bankrupt, the $500 fund is soon
        // empty, and the shorts are deleveraged; the bankrupt account is held.
        const Run perps = cli({QStringLiteral("replay-prices"), QStringLiteral("--world"), QStringLiteral(CM_TEST_DATA_DIR "/worlds/perps.json"),
                               QStringLiteral("--prices"), csv, QStringLiteral("--from"), QStringLiteral("2020-03-12"),
                               QStringLiteral("--to"), QStringLiteral("2020-03-13")});
        QCOMPARE(perps.exitCode, 0);
        const QJsonObject end = QJsonDocument::fromJson(perps.out).object()[QStringLiteral("hours")].toArray().last().toObject();
        QVERIFY2(end[QStringLiteral("deleveraged_usd")].toString().toDouble() > 0, perps.out.constData());
        QCOMPARE(end[QStringLiteral("socialized_usd")].toString(), QStringLiteral("0.00"));
    }

    void replayRefusesWhatIsNotAJournal()
    {
        QTemporaryDir dir;
        const QString notes = dir.filePath(QStringLiteral("notes.db"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a journal\n");
        f.close();
        const Run r = cli({QStringLiteral("replay"), QStringLiteral("--db"), notes});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a SQLite database"), r.err.constData());
        QCOMPARE(cli({QStringLiteral("replay"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("replay")}).exitCode, 2);
    }

    void verifyNamesTheFirstBrokenEvent()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        {
            auto j = cm::Journal::open(path);
            for (int i = 0; i < 20; ++i)
                j.value()->append(i, "price", "{}");
            j.value()->flush();
        }
        const Run good = cli({QStringLiteral("verify"), QStringLiteral("--db"), QString::fromStdString(path)});
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(good.out).object()[QStringLiteral("events_checked")].toInt(), 20);
        {
            cm::SqliteDb raw(path, cm::SqliteDb::Mode::OpenExisting);
            raw.exec("UPDATE events SET payload = '{\"forged\":true}' WHERE seq = 13");
        }
        const Run bad = cli({QStringLiteral("verify"), QStringLiteral("--db"), QString::fromStdString(path)});
        QCOMPARE(bad.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(bad.out).object();
        QCOMPARE(doc[QStringLiteral("ok")].toBool(), false);
        QCOMPARE(doc[QStringLiteral("first_broken")].toString(), QStringLiteral("event 13"));
        QCOMPARE(doc[QStringLiteral("first_broken_event")].toInt(), 13);
        QCOMPARE(doc[QStringLiteral("events_checked")].toInt(), 12);
        const Run missing = cli({QStringLiteral("verify"), QStringLiteral("--db"), QStringLiteral("/nonexistent.db")});
        QCOMPARE(missing.exitCode, 2);
    }

    void runRefusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scenario") << QStringList{QStringLiteral("--scenario"), QStringLiteral("tulips_1637")}
                                          << "--scenario: unknown scenario 'tulips_1637'";
        QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")} << "--listen: expected HOST:PORT";
        QTest::newRow("duration unit") << QStringList{QStringLiteral("--duration"), QStringLiteral("10y")} << "--duration: expected";
        QTest::newRow("speed") << QStringList{QStringLiteral("--speed"), QStringLiteral("fast")} << "--speed: expected max or a number";
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-4")} << "--seed: expected a positive integer";
    }
    void runRefusesBadOptions()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const Run r = cli(QStringList{QStringLiteral("run"), QStringLiteral("--world"), small()} + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void operatorsProposalsAndApprovals()
    {
        // A journal of the agent test world, its desk, and maker-checker from the command line.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("desk.db"));
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--world"), QStringLiteral(CM_TEST_DATA_DIR "/worlds/agent.json"),
                      QStringLiteral("--db"), db, QStringLiteral("--duration"), QStringLiteral("1m")})
                     .exitCode,
                 0);
        auto add = [&](const char* name, const char* role, const QByteArray& input) {
            QStringList args {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                              QString::fromLatin1(name), QStringLiteral("--role"), QString::fromLatin1(role)};
            if (std::strcmp(name, "ada") != 0)
                args << QStringLiteral("--by") << QStringLiteral("ada");
            return cliWith(args, input);
        };
        // The first operator must be an admin.
        const Run notAdmin = add("ada", "treasury", "adapass-1\n");
        QCOMPARE(notAdmin.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(notAdmin.out).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("the first operator must be an admin"));
        QCOMPARE(add("ada", "admin", "adapass-1\n").exitCode, 0);
        QCOMPARE(add("tess", "treasury", "tesspass-1\nadapass-1\n").exitCode, 0);
        QCOMPARE(add("rita", "risk_officer", "ritapass-1\nadapass-1\n").exitCode, 0);
        QCOMPARE(add("trey", "trader", "treypass-1\nadapass-1\n").exitCode, 0);
        const Run wrongAdmin = add("eve", "admin", "evepass-12\nnot-ada-pass\n");
        QCOMPARE(wrongAdmin.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(wrongAdmin.out).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("wrong passphrase for operator ada"));

        auto as = [&](const char* who, const QByteArray& pass, QStringList args) {
            args << QStringLiteral("--db") << db << QStringLiteral("--operator") << QString::fromLatin1(who);
            return cliWith(args, {}, {{QStringLiteral("CLEARMESH_PASSPHRASE"), QString::fromLatin1(pass)}});
        };
        const QStringList move {QStringLiteral("propose"), QStringLiteral("--account"), QStringLiteral("desk"), QStringLiteral("--asset"),
                                QStringLiteral("USDC"), QStringLiteral("--from"), QStringLiteral("ethereum"), QStringLiteral("--to"),
                                QStringLiteral("arbitrum"), QStringLiteral("--amount"), QStringLiteral("250000")};
        const Run byTrader = as("trey", "treypass-1", move);
        QCOMPARE(byTrader.exitCode, 3);
        const Run proposed = as("tess", "tesspass-1", move);
        QCOMPARE(proposed.exitCode, 0);
        const QJsonObject p = QJsonDocument::fromJson(proposed.out).object();
        QCOMPARE(p.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(p.value(QStringLiteral("route")).toString(), QStringLiteral("eth-arb-USDC"));
        QCOMPARE(p.value(QStringLiteral("usd")).toString(), QStringLiteral("250000.00"));
        QVERIFY(p.value(QStringLiteral("health_before")).isNull()); // the desk owes nothing
        const QString id = QString::number(p.value(QStringLiteral("id")).toInt());
        const QStringList approve {QStringLiteral("approve"), QStringLiteral("--proposal"), id};

        const Run ownApproval = as("tess", "tesspass-1", approve);
        QCOMPARE(ownApproval.exitCode, 3);
        QVERIFY(QJsonDocument::fromJson(ownApproval.out).object().contains(QStringLiteral("error")));
        const Run traderApproval = as("trey", "treypass-1", approve);
        QCOMPARE(traderApproval.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(traderApproval.out).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("operator trey (trader) may not approve or reject proposals"));
        const Run wrongPass = as("rita", "nope", approve);
        QCOMPARE(wrongPass.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(wrongPass.out).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("wrong passphrase for operator rita"));
        // A rejection needs a reason on the command line.
        QCOMPARE(as("rita", "ritapass-1", {QStringLiteral("reject"), QStringLiteral("--proposal"), id}).exitCode, 2);
        const Run approved = as("rita", "ritapass-1", approve);
        QCOMPARE(approved.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(approved.out).object();
        QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("executing"));
        QCOMPARE(a.value(QStringLiteral("approvers")).toArray().first().toString(), QStringLiteral("rita"));

        // The listing, and the journal: every decision signed, the chain intact.
        const Run list = cli({QStringLiteral("proposals"), QStringLiteral("--db"), db});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(list.out).object();
        QCOMPARE(doc.value(QStringLiteral("proposals")).toArray().size(), 1);
        QCOMPARE(doc.value(QStringLiteral("operators")).toArray().size(), 4);
        const Run verify = cli({QStringLiteral("verify"), QStringLiteral("--db"), db});
        QCOMPARE(verify.exitCode, 0);
        const QJsonObject v = QJsonDocument::fromJson(verify.out).object();
        QCOMPARE(v.value(QStringLiteral("unsigned_entries")).toInt(), 0);
        QVERIFY(v.value(QStringLiteral("signatures_valid")).toInt() >= 10);
        const Run replay = cli({QStringLiteral("replay"), QStringLiteral("--db"), db});
        QCOMPARE(replay.exitCode, 0);
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
