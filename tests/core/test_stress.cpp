// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN §11: stress scenarios — every shock type parsed against a world, bad input refused with
// its JSON path, and the shock arithmetic.
#include "core/domain/world_loader.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/stress/scenario.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

namespace {

cm::World agentWorld()
{
    auto w = cm::loadWorldFile(CM_TEST_DATA_DIR "/worlds/agent.json");
    if (!w)
        qFatal("%s", w.error().message.c_str());
    return std::move(w).value();
}

} // namespace

class TestStress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyShockTypeParses()
    {
        const cm::World w = agentWorld();
        auto s = cm::parseStressScenario(R"({"name": "everything", "paths": 200, "horizon_s": 7200, "seed": 9, "shocks": [
            {"type": "price", "asset": "ETH", "relative": -0.3},
            {"type": "price", "asset": "USDC", "absolute": "0.87"},
            {"type": "volatility", "asset": "ETH", "multiplier": 2.5},
            {"type": "oracle_divergence", "asset": "ETH", "source": "world", "relative": 0.12},
            {"type": "chain_halt", "chain": "arbitrum", "duration_s": 3600},
            {"type": "latency", "route": "eth-arb-ETH", "multiplier": 4},
            {"type": "route_compromise", "route": "eth-arb-USDC"},
            {"type": "replay", "file": "ETHUSDT_1h.csv", "from": "2022-05-07", "to": "2022-05-13"}]})",
                                         w);
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
        const cm::StressScenario& sc = s.value();
        QCOMPARE(QString::fromStdString(sc.name), QStringLiteral("everything"));
        QCOMPARE(sc.paths, std::uint64_t {200});
        QCOMPARE(sc.horizon_s, std::int64_t {7200});
        QCOMPARE(sc.seed, std::uint64_t {9});
        QCOMPARE(sc.shocks.size(), std::size_t {8});
        QStringList types;
        for (const auto& shock : sc.shocks)
            types << QString::fromLatin1(cm::shockType(shock));
        QCOMPARE(types.join(','), QStringLiteral("price,price,volatility,oracle_divergence,chain_halt,latency,route_compromise,replay"));
        const auto& absolute = std::get<cm::PriceShock>(sc.shocks[1]);
        QVERIFY(!absolute.relative);
        QCOMPARE(QString::fromStdString(cm::formatDecimal(absolute.price_e8, 8)), QStringLiteral("0.87"));
        QCOMPARE(std::get<cm::ChainHaltShock>(sc.shocks[4]).chain, cm::ChainIndex {1});
        QCOMPARE(std::get<cm::RouteCompromiseShock>(sc.shocks[6]).route, cm::RouteIndex {1});
        const auto& replay = std::get<cm::ReplayShock>(sc.shocks[7]);
        QCOMPARE(replay.from_s, std::int64_t {1651881600}); // 2022-05-07 00:00 UTC
        QCOMPARE(replay.to_s - replay.from_s, std::int64_t {6 * 86400});
        // Defaults: no paths, a day, seed 1.
        auto minimal = cm::parseStressScenario(R"({"name": "m", "shocks": [{"type": "route_compromise", "route": "eth-arb-ETH"}]})", w);
        QVERIFY(minimal.ok());
        QCOMPARE(minimal.value().paths, std::uint64_t {0});
        QCOMPARE(minimal.value().horizon_s, std::int64_t {86400});
    }

    void formatReadsBack()
    {
        // The console's editor shows a scenario as text; reading it back gives the same scenario.
        const cm::World w = agentWorld();
        auto s = cm::parseStressScenario(R"({"name": "all", "paths": 7, "horizon_s": 600, "seed": 5, "shocks": [
            {"type": "price", "asset": "ETH", "relative": -0.25},
            {"type": "price", "asset": "USDC", "absolute": "0.882"},
            {"type": "volatility", "asset": "ETH", "multiplier": 3},
            {"type": "oracle_divergence", "asset": "ETH", "source": "world", "relative": -0.05},
            {"type": "chain_halt", "chain": "arbitrum", "duration_s": 3600},
            {"type": "latency", "route": "eth-arb-ETH", "multiplier": 2.5},
            {"type": "route_compromise", "route": "eth-arb-USDC"},
            {"type": "replay", "file": "/data/ETHUSDT_1h.csv", "from": "2022-05-07", "to": "2022-05-13"}]})",
                                         w);
        QVERIFY(s.ok());
        const std::string text = cm::formatStressScenario(s.value(), w);
        auto back = cm::parseStressScenario(text, w);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
        QCOMPARE(cm::formatStressScenario(back.value(), w), text);
        QCOMPARE(back.value().paths, std::uint64_t {7});
        QCOMPARE(back.value().seed, std::uint64_t {5});
        QCOMPARE(std::get<cm::PriceShock>(back.value().shocks[1]).price_e8, cm::parseDecimal("0.882", 8).value());
        QCOMPARE(std::get<cm::ReplayShock>(back.value().shocks[7]).from_s, std::int64_t {1651881600});
        QCOMPARE(std::get<cm::LatencyShock>(back.value().shocks[5]).multiplier, 2.5);
    }

    void badScenariosNameThePath_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QStringLiteral("{") << QStringLiteral("not valid JSON");
        QTest::newRow("no shocks") << QStringLiteral(R"({"name": "x", "shocks": []})") << QStringLiteral("shocks: a scenario needs at least one shock");
        QTest::newRow("unknown type") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "meteor"}]})")
                                      << QStringLiteral("shocks[0].type: unknown shock type 'meteor'");
        QTest::newRow("unknown asset") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "price", "asset": "DOGE", "relative": -0.1}]})")
                                       << QStringLiteral("shocks[0].asset: unknown asset 'DOGE'");
        QTest::newRow("both price forms") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "price", "asset": "ETH", "relative": -0.1, "absolute": "10"}]})")
                                          << QStringLiteral("shocks[0]: a price shock has either \"relative\" or \"absolute\"");
        QTest::newRow("fall past zero") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "price", "asset": "ETH", "relative": -1.5}]})")
                                        << QStringLiteral("shocks[0].relative:");
        QTest::newRow("bad absolute") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "price", "asset": "ETH", "absolute": "12,5"}]})")
                                      << QStringLiteral("shocks[0].absolute:");
        QTest::newRow("unknown source") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "oracle_divergence", "asset": "ETH", "source": "pyth", "relative": 0.1}]})")
                                        << QStringLiteral("shocks[0].source: 'pyth' is not an oracle source of ETH");
        QTest::newRow("unknown chain") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "chain_halt", "chain": "base", "duration_s": 60}]})")
                                       << QStringLiteral("shocks[0].chain: unknown chain 'base'");
        QTest::newRow("unknown route") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "route_compromise", "route": "nomad"}]})")
                                       << QStringLiteral("shocks[0].route: unknown route 'nomad'");
        QTest::newRow("replay backwards") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "replay", "file": "a.csv", "from": "2022-05-13", "to": "2022-05-07"}]})")
                                          << QStringLiteral("shocks[0].to: must be after \"from\"");
        QTest::newRow("bad time") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "replay", "file": "a.csv", "from": "yesterday", "to": "2022-05-07"}]})")
                                  << QStringLiteral("shocks[0].from: bad time 'yesterday'");
        QTest::newRow("typo in a shock") << QStringLiteral(R"({"name": "x", "shocks": [{"type": "route_compromise", "route": "eth-arb-ETH", "severity": 1}]})")
                                         << QStringLiteral("shocks[0]");
        QTest::newRow("negative paths") << QStringLiteral(R"({"name": "x", "paths": -1, "shocks": [{"type": "route_compromise", "route": "eth-arb-ETH"}]})")
                                        << QStringLiteral("paths:");
    }

    void badScenariosNameThePath()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        auto s = cm::parseStressScenario(json.toStdString(), agentWorld());
        QVERIFY(!s.ok());
        QVERIFY2(QString::fromStdString(s.error().message).startsWith(error), s.error().message.c_str());
    }

    void aReplayFileIsFoundBesideTheScenario()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        std::ofstream(path.toStdString()) << R"({"name": "r", "shocks": [{"type": "replay", "file": "eth.csv", "from": "2020-03-11", "to": "2020-03-14"}]})";
        auto s = cm::loadStressScenario(path.toStdString(), agentWorld());
        QVERIFY(s.ok());
        QCOMPARE(QString::fromStdString(std::get<cm::ReplayShock>(s.value().shocks[0]).file), dir.filePath(QStringLiteral("eth.csv")));
        auto missing = cm::loadStressScenario(dir.filePath(QStringLiteral("none.json")).toStdString(), agentWorld());
        QVERIFY(!missing.ok());
        QVERIFY(QString::fromStdString(missing.error().message).endsWith(QStringLiteral("cannot open the scenario file")));
    }

    void shockArithmetic()
    {
        const cm::Int128 eth = cm::parseDecimal("2000.00", 8).value();
        cm::PriceShock crash {0, true, -0.3, 0};
        QCOMPARE(QString::fromStdString(cm::formatDecimal(cm::shockedPrice(crash, eth), 8)), QStringLiteral("1400"));
        cm::PriceShock depeg {1, true, -0.13, 0};
        QCOMPARE(QString::fromStdString(cm::formatDecimal(cm::shockedPrice(depeg, cm::kUsdOne), 8)), QStringLiteral("0.87"));
        cm::PriceShock rally {0, true, 0.5, 0};
        QCOMPARE(QString::fromStdString(cm::formatDecimal(cm::shockedPrice(rally, cm::parseDecimal("1.23456789", 8).value()), 8)),
                 QStringLiteral("1.85185184")); // 1.851851835 rounds half away from zero
        cm::PriceShock set {0, false, 0.0, cm::parseDecimal("1234.5", 8).value()};
        QCOMPARE(QString::fromStdString(cm::formatDecimal(cm::shockedPrice(set, eth), 8)), QStringLiteral("1234.5"));
        cm::PriceShock wipe {0, true, -0.999999, 0};
        QCOMPARE(cm::shockedPrice(wipe, cm::Int128 {100}), cm::Int128 {1}); // never zero
    }
};

QTEST_GUILESS_MAIN(TestStress)
#include "test_stress.moc"
