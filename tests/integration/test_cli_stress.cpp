// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-cli stress (DESIGN §11, §12): a scenario file or a built-in name on a world, the JSON
// report a desk scripts against, and bad input refused with where it is wrong.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "tests/integration/cli_support.h"
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = cm::test::CliRun;

Run cli(const QStringList& args) { return cm::test::runCli(args); }

const QString kWorld = QStringLiteral(CM_TEST_DATA_DIR "/worlds/liquidation.json");

QJsonObject report(const Run& r)
{
    if (r.exitCode != 0)
        qFatal("exit %d: %s", r.exitCode, r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestCliStress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scenarioFileWithPaths()
    {
        // A crash, a compromised route and a replay window found beside the scenario file.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(CM_SOURCE_DIR "/resources/scenarios/black_thursday_2020.json"),
                            dir.filePath(QStringLiteral("bt.json"))));
        write(dir.filePath(QStringLiteral("s.json")), R"({"name": "desk drill", "horizon_s": 7200, "seed": 3, "shocks": [
            {"type": "price", "asset": "ETH", "relative": -0.2},
            {"type": "route_compromise", "route": "eth-arb-ETH"},
            {"type": "replay", "file": "bt.json", "from": "2020-03-12 00:00:00", "to": "2020-03-12 12:00:00"}]})");
        const QJsonObject r = report(cli({QStringLiteral("stress"), QStringLiteral("--world"), kWorld, QStringLiteral("--scenario"),
                                          dir.filePath(QStringLiteral("s.json")), QStringLiteral("--paths"), QStringLiteral("12")}));
        QCOMPARE(r.value(QStringLiteral("scenario")).toString(), QStringLiteral("desk drill"));
        QCOMPARE(r.value(QStringLiteral("horizon_s")).toInt(), 7200);
        QCOMPARE(r.value(QStringLiteral("paths")).toInt(), 12);
        QCOMPARE(r.value(QStringLiteral("paths_done")).toInt(), 12);
        for (const char* key : {"before", "after", "liquidations", "bad_debt_usd", "var95_usd", "var99_usd", "lar95_usd",
                                "blast_radius", "loss_by_chain_usd", "loss_by_route_usd", "most_affected",
                                "insurance_fund_before_usd", "insurance_fund_after_usd"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        int accounts = 0;
        for (const QJsonValue v : r.value(QStringLiteral("before")).toObject())
            accounts += v.toInt();
        QCOMPARE(accounts, r.value(QStringLiteral("accounts")).toInt());
        // USD is exact decimal text; the bridged claims were lost on their route.
        QVERIFY(r.value(QStringLiteral("bad_debt_usd")).isString());
        QVERIFY(r.value(QStringLiteral("loss_by_route_usd")).toObject().value(QStringLiteral("eth-arb-ETH")).toString().toDouble() > 0);
        QVERIFY(r.value(QStringLiteral("var99_usd")).toString().toDouble() >= r.value(QStringLiteral("var95_usd")).toString().toDouble());
        const QJsonArray blast = r.value(QStringLiteral("blast_radius")).toArray();
        QCOMPARE(blast.size(), 3); // one route, two chains
        QCOMPARE(blast[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("eth-arb-ETH"));
        QVERIFY(blast[0].toObject().value(QStringLiteral("at_risk_by_chain_usd")).toObject().contains(QStringLiteral("ethereum")));

        // The same inputs, the same report (but the wall time).
        auto strip = [](QJsonObject o) {
            o.remove(QStringLiteral("wall_s"));
            return o;
        };
        const QJsonObject again = report(cli({QStringLiteral("stress"), QStringLiteral("--world"), kWorld, QStringLiteral("--scenario"),
                                              dir.filePath(QStringLiteral("s.json")), QStringLiteral("--paths"), QStringLiteral("12"),
                                              QStringLiteral("--threads"), QStringLiteral("1")}));
        QCOMPARE(strip(again), strip(r));
    }

    void builtInsByName()
    {
        const Run list = cli({QStringLiteral("stress"), QStringLiteral("--list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray names = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(names.size(), 8);
        QCOMPARE(names[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("black_thursday_2020"));
        // Without paths there is no VaR; a what-if cap is priced on the uncapped route.
        const QJsonObject r = report(cli({QStringLiteral("stress"), QStringLiteral("--world"), kWorld, QStringLiteral("--scenario"),
                                          QStringLiteral("biggest_route_compromise"), QStringLiteral("--cap"), QStringLiteral("50000")}));
        QVERIFY(!r.contains(QStringLiteral("var95_usd")));
        QCOMPARE(r.value(QStringLiteral("scenario")).toString(), QStringLiteral("biggest_route_compromise"));
        const QJsonObject route = r.value(QStringLiteral("blast_radius")).toArray()[0].toObject();
        QCOMPARE(route.value(QStringLiteral("isolation_cap_usd")).toString(), QStringLiteral("50000.00"));
        QCOMPARE(route.value(QStringLiteral("cap_in_world")).toBool(), false);
        QVERIFY(route.contains(QStringLiteral("cap_cost_usd")));
    }

    void aJournalsBookAsItStands()
    {
        // A desk's session, ten simulated minutes in: stressed as it stands, the journal untouched.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("desk.db"));
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--world"), kWorld, QStringLiteral("--db"), db, QStringLiteral("--duration"),
                      QStringLiteral("10m")})
                     .exitCode,
                 0);
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const QJsonObject r = report(cli({QStringLiteral("stress"), QStringLiteral("--db"), db, QStringLiteral("--scenario"),
                                          QStringLiteral("crash_30"), QStringLiteral("--paths"), QStringLiteral("3")}));
        QCOMPARE(r.value(QStringLiteral("accounts")).toInt(), 5);
        QCOMPARE(r.value(QStringLiteral("paths_done")).toInt(), 3);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == before);
        const Run both = cli({QStringLiteral("stress"), QStringLiteral("--db"), db, QStringLiteral("--world"), kWorld,
                              QStringLiteral("--scenario"), QStringLiteral("crash_30")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains("one of them"));
    }

    void isolationCapInTheWorld()
    {
        // A world capping a route: the margin counts its claims up to the cap and says how much it took.
        QFile small(QStringLiteral(CM_TEST_DATA_DIR "/worlds/small.json"));
        QVERIFY(small.open(QIODevice::ReadOnly));
        QJsonObject world = QJsonDocument::fromJson(small.readAll()).object();
        QJsonArray routes = world.value(QStringLiteral("routes")).toArray();
        QJsonObject eth = routes[0].toObject();
        eth.insert(QStringLiteral("isolation_cap_usd"), QStringLiteral("5000"));
        routes[0] = eth;
        world.insert(QStringLiteral("routes"), routes);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("capped.json")), QJsonDocument(world).toJson());
        const QJsonObject r = report(cli({QStringLiteral("report"), QStringLiteral("--world"), dir.filePath(QStringLiteral("capped.json"))}));
        for (const QJsonValue a : r.value(QStringLiteral("accounts")).toArray()) {
            const QJsonObject o = a.toObject();
            if (o.value(QStringLiteral("id")).toString() == QStringLiteral("bob")) {
                QCOMPARE(o.value(QStringLiteral("adjusted_collateral_usd")).toString(), QStringLiteral("5000.00"));
                QVERIFY(o.value(QStringLiteral("isolated_usd")).toString().toDouble() > 10000);
                QCOMPARE(o.value(QStringLiteral("liquidatable")).toBool(), true);
            } else {
                QVERIFY(!o.contains(QStringLiteral("isolated_usd")));
            }
        }
        // The stress report marks the cap as the world's.
        const QJsonObject s = report(cli({QStringLiteral("stress"), QStringLiteral("--world"), dir.filePath(QStringLiteral("capped.json")),
                                          QStringLiteral("--scenario"), QStringLiteral("eth_finality_stall"), QStringLiteral("--cap"),
                                          QStringLiteral("1000")}));
        const QJsonObject route = s.value(QStringLiteral("blast_radius")).toArray()[0].toObject();
        QCOMPARE(route.value(QStringLiteral("isolation_cap_usd")).toString(), QStringLiteral("5000.00"));
        QCOMPARE(route.value(QStringLiteral("cap_in_world")).toBool(), true);
        const QJsonObject usdc = s.value(QStringLiteral("blast_radius")).toArray()[1].toObject();
        QCOMPARE(usdc.value(QStringLiteral("isolation_cap_usd")).toString(), QStringLiteral("1000.00"));
        QCOMPARE(usdc.value(QStringLiteral("cap_in_world")).toBool(), false);
    }

    void badInputNamesWhere()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("bad.json")),
              R"({"name": "x", "shocks": [{"type": "price", "asset": "ETH", "relative": -0.1}, {"type": "route_compromise", "route": "nope"}]})");
        const Run bad = cli({QStringLiteral("stress"), QStringLiteral("--world"), kWorld, QStringLiteral("--scenario"),
                             dir.filePath(QStringLiteral("bad.json"))});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("shocks[1].route: unknown route 'nope'"), bad.err.constData());
        QVERIFY(bad.out.isEmpty());
        const Run unknown = cli({QStringLiteral("stress"), QStringLiteral("--world"), kWorld, QStringLiteral("--scenario"), QStringLiteral("crash_99")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown scenario 'crash_99'"));
        QVERIFY(unknown.err.contains("eth_finality_stall"));
        const Run paths = cli({QStringLiteral("stress"), QStringLiteral("--world"), kWorld, QStringLiteral("--scenario"), QStringLiteral("crash_30"),
                               QStringLiteral("--paths"), QStringLiteral("-3")});
        QCOMPARE(paths.exitCode, 2);
        QVERIFY(paths.err.contains("--paths"));
        const Run missing = cli({QStringLiteral("stress"), QStringLiteral("--world"), kWorld});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("--scenario"));
        // A replay file that is not there: named, nothing printed.
        write(dir.filePath(QStringLiteral("gone.json")),
              R"({"name": "x", "shocks": [{"type": "replay", "file": "missing.json", "from": "2020-03-12", "to": "2020-03-13"}]})");
        const Run gone = cli({QStringLiteral("stress"), QStringLiteral("--world"), kWorld, QStringLiteral("--scenario"),
                              dir.filePath(QStringLiteral("gone.json"))});
        QCOMPARE(gone.exitCode, 2);
        QVERIFY2(gone.err.contains("missing.json"), gone.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliStress)
#include "test_cli_stress.moc"
