// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/world_loader.h"
#include "core/money/decimal.h"

#include <QDir>
#include <QTest>

#include <fstream>
#include <iterator>
#include <set>

namespace {
std::string dataFile(const QString& rel) { return QString(QStringLiteral(CM_TEST_DATA_DIR "/") + rel).toStdString(); }
} // namespace

class TestWorldLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsSmallWorld()
    {
        const auto r = cm::loadWorldFile(dataFile(QStringLiteral("worlds/small.json")));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const cm::World& w = r.value();
        QCOMPARE(w.chains.size(), std::size_t{2});
        QCOMPARE(w.assets.size(), std::size_t{2});
        QCOMPARE(w.accounts.size(), std::size_t{5});
        QCOMPARE(w.assets[0].haircut_floor_bps, 1700); // default 1 − LT
        QCOMPARE(w.assets[0].liquidation_horizon_s, std::int64_t{3600});
        QVERIFY(w.assets[1].stable);
        const cm::Holding& bob = w.accounts[1].holdings()[0];
        QCOMPARE(bob.route, cm::RouteIndex{0});
        QVERIFY(bob.amount == cm::parseDecimal("10", 18).value());
        // A route without "locked" is fully backed by what was minted on it.
        QVERIFY(w.routes[0].locked == bob.amount);
        const cm::Position& dave = w.accounts[3].positions()[0];
        QVERIFY(dave.size == -cm::parseDecimal("5", 18).value());
    }

    void loadsDemoWorld()
    {
        const auto r = cm::loadWorldFile(CM_SOURCE_DIR "/resources/worlds/demo.json");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const cm::World& w = r.value();
        QVERIFY(w.chains.size() >= 5);
        QVERIFY(w.assets.size() >= 8);
        QVERIFY(w.accounts.size() >= 5000);
        std::set<std::string> chains;
        for (const auto& c : w.chains)
            chains.insert(c.id);
        for (const char* id : {"ethereum", "arbitrum", "optimism", "solana"})
            QVERIFY2(chains.count(id), id);
        for (const auto& route : w.routes) {
            QCOMPARE(route.validators, 19);
            QCOMPARE(route.threshold, 13);
        }
        // A believable book: debts, perp positions and claims on other chains all occur.
        int withDebt = 0, withPositions = 0, withClaims = 0;
        for (const auto& a : w.accounts) {
            withDebt += !a.debts().empty();
            withPositions += !a.positions().empty();
            for (const auto& h : a.holdings())
                if (h.route != cm::kNoRoute) {
                    ++withClaims;
                    break;
                }
        }
        QVERIFY(withDebt > 1000);
        QVERIFY(withPositions > 1000);
        QVERIFY(withClaims > 1000);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown top-level key") << "unknown_top_key" << "colour: unknown key";
        QTest::newRow("unknown nested key") << "unknown_holding_key" << "accounts[3].holdings[0].amout: unknown key";
        QTest::newRow("missing field") << "missing_asset_decimals" << "assets[1].decimals: missing field";
        QTest::newRow("missing id") << "missing_account_id" << "accounts[2].id: missing field";
        QTest::newRow("bad number") << "bad_amount" << "accounts[3].holdings[0].amount: bad number '12,5'";
        QTest::newRow("number not string") << "amount_not_string" << "accounts[0].holdings[0].amount: expected a decimal string";
        QTest::newRow("negative amount") << "negative_amount" << "accounts[1].debts[0].amount: negative amount";
        QTest::newRow("too many decimals") << "too_many_decimals" << "accounts[0].debts[0].amount: too many decimal places";
        QTest::newRow("exponent") << "exponent_price" << "assets[0].price: bad number '2e3'";
        QTest::newRow("zero price") << "zero_price" << "assets[0].price: price must be greater than zero";
        QTest::newRow("unknown chain") << "unknown_chain_ref" << "accounts[4].debts[0].chain: unknown chain 'polygon'";
        QTest::newRow("unknown asset") << "unknown_asset_ref" << "accounts[0].debts[0].asset: unknown asset 'DAI'";
        QTest::newRow("unknown route") << "unknown_route_ref" << "accounts[1].holdings[0].route: unknown route 'eth-op-ETH'";
        QTest::newRow("duplicate chain") << "duplicate_chain" << "chains[2].id: duplicate chain id 'ethereum'";
        QTest::newRow("duplicate account") << "duplicate_account" << "accounts[4].id: duplicate account id 'alice'";
        QTest::newRow("claim without route") << "claim_without_route" << "accounts[1].holdings[0].chain: ETH is native on 'ethereum'";
        QTest::newRow("route of another asset") << "route_wrong_asset" << "accounts[1].holdings[0].route: route 'eth-arb-USDC' carries USDC, not ETH";
        QTest::newRow("threshold above n") << "threshold_above_validators" << "routes[0].threshold: threshold 20 exceeds the 19 validators";
        QTest::newRow("ltv above threshold") << "ltv_above_threshold" << "assets[0].liquidation_threshold_bps: must not be below ltv_bps";
        QTest::newRow("newer version") << "bad_version" << "version: unsupported version 2";
        QTest::newRow("wrong type") << "wrong_type_chains" << "chains: expected an array";
        QTest::newRow("amount past limit") << "amount_beyond_range" << "accounts[0].holdings[0].amount: number '1000000000000001' is out of range";
        QTest::newRow("unknown role") << "unknown_role" << "accounts[2].role: unknown role 'whale'";
        QTest::newRow("not JSON") << "not_json" << "not valid JSON: parse error at line 2, column 21";
        QTest::newRow("not an object") << "top_level_array" << "(top level): expected an object";
    }
    void refusesBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const std::string path = dataFile(QStringLiteral("worlds/bad/") + file + QStringLiteral(".json"));
        const auto r = cm::loadWorldFile(path);
        QVERIFY2(!r.ok(), "a bad world was accepted");
        const QString message = QString::fromStdString(r.error().message);
        // The message starts with the file, then names the path and the problem.
        QVERIFY2(message.startsWith(QString::fromStdString(path) + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void everyBadFileIsCovered()
    {
        const QStringList files = QDir(QStringLiteral(CM_TEST_DATA_DIR "/worlds/bad")).entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 15);
        for (const QString& f : files)
            QVERIFY2(!cm::loadWorldFile(dataFile(QStringLiteral("worlds/bad/") + f)).ok(), qPrintable(f));
    }

    void scheduleAndMarketModelAreValidated()
    {
        auto withKey = [](const std::string& key, const std::string& value) {
            std::ifstream in(CM_TEST_DATA_DIR "/worlds/small.json");
            std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            text.insert(text.find('{') + 1, "\"" + key + "\": " + value + ",");
            return cm::loadWorldJson(text);
        };
        const auto ok = withKey("schedule", R"([{"after_s": 60, "chain": "arbitrum", "status": "halted"}])");
        QVERIFY2(ok.ok(), ok.ok() ? "" : ok.error().message.c_str());
        QCOMPARE(ok.value().schedule.size(), std::size_t{1});
        const auto badStatus = withKey("schedule", R"([{"after_s": 60, "chain": "arbitrum", "status": "asleep"}])");
        QVERIFY(!badStatus.ok());
        QVERIFY(badStatus.error().message.find("schedule[0].status: unknown status 'asleep'") != std::string::npos);
        const auto badCorr = withKey("market_model", R"({"correlation": [[1, 2], [2, 1]]})");
        QVERIFY(!badCorr.ok());
        QVERIFY2(badCorr.error().message.find("market_model.correlation[0][1]: expected a correlation in [-1, 1]") != std::string::npos,
                 badCorr.error().message.c_str());
        const auto badJump = withKey("market_model", R"({"jumps": {"DOGE": {"per_year": 1, "mean": 0, "stdev": 0.1}}})");
        QVERIFY(!badJump.ok());
        QVERIFY(badJump.error().message.find("market_model.jumps.DOGE: unknown asset 'DOGE'") != std::string::npos);
        const auto asym = withKey("market_model", R"({"correlation": [[1, 0.5], [0.4, 1]]})");
        QVERIFY(!asym.ok());
        QVERIFY(asym.error().message.find("must be symmetric") != std::string::npos);
    }

    void missingFile()
    {
        const auto r = cm::loadWorldFile("/nonexistent/world.json");
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains(QStringLiteral("cannot open")));
    }
};

QTEST_APPLESS_MAIN(TestWorldLoader)
#include "test_world_loader.moc"
