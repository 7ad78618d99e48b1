// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/clearing_state.h"
#include "core/sim/candles.h"
#include "core/sim/replay_scenario.h"
#include "tests/core/test_worlds.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

namespace {

const std::string kDir = CM_SOURCE_DIR "/resources/scenarios/";

cm::ReplayScenarioPtr scenario(const std::string& name)
{
    auto r = cm::loadReplayScenario(kDir + name + ".json");
    if (!r)
        qFatal("%s", r.error().message.c_str());
    return r.value();
}

} // namespace

class TestReplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInScenariosLoad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("Black Thursday") << "black_thursday_2020" << "2020-03-11 00:00:00" << "2020-03-14 00:00:00";
        QTest::newRow("LUNA/UST, before the ticker was reused") << "luna_ust_2022" << "2022-05-07 00:00:00" << "2022-05-12 23:00:00";
        QTest::newRow("FTX") << "ftx_2022" << "2022-11-06 00:00:00" << "2022-11-14 18:00:00";
        QTest::newRow("USDC, from where the data resumes") << "usdc_depeg_2023" << "2023-03-11 14:00:00" << "2023-03-14 00:00:00";
    }
    void builtInScenariosLoad()
    {
        QFETCH(QString, name);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const auto s = scenario(name.toStdString());
        QCOMPARE(s->from_s, cm::parseUtcTime(from.toStdString()).value());
        QCOMPARE(s->to_s, cm::parseUtcTime(to.toStdString()).value());
        for (const auto& series : s->series) {
            QCOMPARE(series.closes.front().first, s->from_s);
            QVERIFY(series.closes.back().first <= s->to_s);
            // Hourly and without holes: no gap of the source files is inside a window.
            for (std::size_t i = 1; i < series.closes.size(); ++i)
                QCOMPARE(series.closes[i].first - series.closes[i - 1].first, std::int64_t{3600});
        }
    }

    void replayFollowsTheRealCloses()
    {
        // Black Thursday on the small world: ETH starts at $2,000.
        const auto s = scenario("black_thursday_2020");
        cm::ClearingState state(cm::test::smallWorld(), 1, 250);
        const auto driven = state.startReplay(s);
        QCOMPARE(driven, std::vector<std::string>{"ETH"}); // WBTC and wstETH are not in this world

        // 2020-03-13 01:00 is 49 h in: Coinbase's ETH close was 98.88, from 202.23 at the start.
        state.advance(49 * 3600 * 4);
        QCOMPARE(state.replayTimeS(), cm::parseUtcTime("2020-03-13 01:00:00").value());
        const cm::Int128 expected = static_cast<cm::Int128>(std::llround(2000e8 * 98.88 / 202.23));
        QVERIFY(state.market().price_e8[0] == expected);
        QVERIFY(state.metrics()[0].liquidatable); // alice did not survive it

        // Past the window the market walks on from where history left it.
        state.advance(24 * 3600 * 4);
        QVERIFY(state.replay() == nullptr);
        QVERIFY(state.market().price_e8[0] != expected);
    }

    void replayIsDeterministic()
    {
        const auto s = scenario("ftx_2022");
        cm::ClearingState a(cm::test::demoWorld(), 4, 250);
        cm::ClearingState b(cm::test::demoWorld(), 4, 250);
        a.startReplay(s);
        b.startReplay(s);
        a.advance(6 * 3600 * 4);
        for (int i = 0; i < 6; ++i)
            b.advance(3600 * 4);
        QCOMPARE(a.stateHash(), b.stateHash());
    }

    void badScenarioFilesNameThePath_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << "{" << "not valid JSON";
        QTest::newRow("no series") << R"({"name":"x","from":1,"to":2})" << "series: missing field";
        QTest::newRow("backwards") << R"({"name":"x","from":5,"to":2,"series":{"ETH":[[5,1]]}})" << "to: must be after from";
        QTest::newRow("bad row") << R"({"name":"x","from":1,"to":9,"series":{"ETH":[[1,"a"]]}})" << "series.ETH[0]: expected [unix seconds, close]";
        QTest::newRow("zero close") << R"({"name":"x","from":1,"to":9,"series":{"ETH":[[1,0]]}})" << "series.ETH[0]: close must be a positive number";
        QTest::newRow("time goes back") << R"({"name":"x","from":1,"to":9,"series":{"ETH":[[2,1],[1,1]]}})" << "series.ETH[1]: times must increase";
        QTest::newRow("unknown key") << R"({"name":"x","from":1,"to":9,"colour":1,"series":{"ETH":[[1,1]]}})" << "colour: unknown key";
    }
    void badScenarioFilesNameThePath()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("s.json")).toStdString();
        std::ofstream(path) << text.toStdString();
        const auto r = cm::loadReplayScenario(path);
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.error().message).contains(error), r.error().message.c_str());
    }

    void candleFilesOfBothFormats()
    {
        const auto coinbase = cm::loadCandles("/dev/null");
        QVERIFY(!coinbase.ok());
        QCOMPARE(cm::assetOfTicker("ETHUSDT"), std::string("ETH"));
        QCOMPARE(cm::assetOfTicker("BTCUSD"), std::string("BTC"));
        QCOMPARE(cm::parseUtcTime("2020-03-13 02:00:00").value(), std::int64_t{1584064800});
        QCOMPARE(cm::parseUtcTime("2020-03-13").value(), std::int64_t{1584057600});
        QVERIFY(!cm::parseUtcTime("13/03/2020").ok());
        QTemporaryDir dir;
        const std::string binance = dir.filePath(QStringLiteral("b.csv")).toStdString();
        std::ofstream(binance) << "date,open,high,low,close,volume,ticker\n2022-05-07 01:00:00,1,2,0.5,1.5,10,LUNAUSDT\n"
                                  "2022-05-07 00:00:00,1,2,0.5,1.2,10,LUNAUSDT\n";
        const auto b = cm::loadCandles(binance);
        QVERIFY(b.ok());
        QCOMPARE(b.value().ticker, std::string("LUNAUSDT"));
        QCOMPARE(b.value().candles.front().close, 1.2); // sorted oldest first
        const std::string cb = dir.filePath(QStringLiteral("c.csv")).toStdString();
        std::ofstream(cb) << "Timestamps are UTC timezone,https://www.CryptoDataDownload.com\n"
                             "Unix Timestamp,Date,Symbol,Open,High,Low,Close,Volume ETH,Volume USD\n"
                             "1584064800.0,2020-03-13 02-AM,ETHUSD,100,101,90,95,1,1\n"
                             "1584061200.0,2020-03-13 01-AM,ETHUSD,110,111,99,100,1,1\n";
        const auto c = cm::loadCandles(cb);
        QVERIFY(c.ok());
        QCOMPARE(c.value().candles.size(), std::size_t{2});
        QCOMPARE(c.value().candles.back().low, 90.0);
        const std::string broken = dir.filePath(QStringLiteral("x.csv")).toStdString();
        std::ofstream(broken) << "date,open,high,low,close,volume,ticker\n2022-05-07 01:00:00,1,2,0.5,abc,10,LUNAUSDT\n";
        const auto x = cm::loadCandles(broken);
        QVERIFY(!x.ok());
        QVERIFY2(x.error().message.find("line 2: bad price") != std::string::npos, x.error().message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestReplay)
#include "test_replay.moc"
