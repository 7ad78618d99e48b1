// SPDX-License-Identifier: GPL-3.0-or-later
// Profile aave-v3 (DESIGN §5a) against Aave v3.3's arithmetic. Math literals are those of
// aave-v3-origin's tests/protocol/libraries/math; the liquidation cases use tests/data/worlds/
// aave.json (2023-10-31 parameters and oracle prices) and were worked through a separate
// transcription of GenericLogic and LiquidationLogic into Python integers.
#include "core/risk/aave/aave_profile.h"
#include "core/risk/margin.h"
#include "tests/core/test_worlds.h"

#include <QTest>

#include <stdexcept>

using cm::aave::U256;

namespace {

U256 u(const char* digits) { return U256(digits); }
const U256 kE18 = u("1000000000000000000");

cm::World aaveWorld()
{
    auto r = cm::loadWorldFile(CM_TEST_DATA_DIR "/worlds/aave.json");
    if (!r.ok())
        qFatal("%s", r.error().message.c_str());
    return std::move(r).value();
}

int accountIndex(const cm::World& w, const std::string& id)
{
    for (std::size_t i = 0; i < w.accounts.size(); ++i)
        if (w.accounts[i].id == id)
            return static_cast<int>(i);
    qFatal("no account %s", id.c_str());
}

} // namespace

class TestAave : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentMath()
    {
        QCOMPARE(cm::aave::percentMul(kE18, 5000), u("500000000000000000"));
        QCOMPARE(cm::aave::percentMul(u("14251500000000000000"), 7442), u("10605966300000000000"));
        QCOMPARE(cm::aave::percentMul(u("9087312000000000000000000000000000"), 1333), u("1211338689600000000000000000000000"));
        QCOMPARE(cm::aave::percentDiv(kE18, 5000), u("2000000000000000000"));
        QCOMPARE(cm::aave::percentDiv(u("14251500000000000000"), 7442), u("19150094060736361193"));
        QCOMPARE(cm::aave::percentDiv(u("9087312000000000000000000000000000"), 1333), u("68171882970742685671417854463615904"));
    }

    void wadMath()
    {
        QCOMPARE(cm::aave::wadMul(u("2500000000000000000"), u("500000000000000000")), u("1250000000000000000"));
        QCOMPARE(cm::aave::wadMul(u("412200000000000000000"), kE18), u("412200000000000000000"));
        QCOMPARE(cm::aave::wadMul(0, kE18), U256(0));
        QCOMPARE(cm::aave::wadDiv(u("2500000000000000000"), u("500000000000000000")), u("5000000000000000000"));
        QCOMPARE(cm::aave::wadDiv(u("8745000000000000000"), u("670000000000000000")), u("13052238805970149254"));
        QCOMPARE(cm::aave::wadDiv(u("6000000000000000000"), u("2000000000000000000")), u("3000000000000000000"));
    }

    void overflowRevertsAsInSolidity()
    {
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, cm::aave::percentMul(cm::aave::maxU256(), 2));
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, cm::aave::wadDiv(cm::aave::maxU256(), 3));
    }

    void accountData_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("collateral");
        QTest::addColumn<QString>("debt");
        QTest::addColumn<int>("avgLt");
        QTest::addColumn<QString>("hf");
        // 1 WETH at $1,816.85499606 × 83 % over 1,600 USDC at $0.99997427 = 0.942517780188734256.
        QTest::newRow("small-underwater") << "small-underwater" << "181685499606" << "159995883200" << 8300 << "942517780188734256";
        QTest::newRow("half-close") << "half-close" << "18168549960600" << "15499601185000" << 8300 << "972921579549532132";
        QTest::newRow("healthy") << "healthy" << "1816854996060" << "499987135000" << 8300 << "3016056896603949620";
        QTest::newRow("e-mode threshold 93 %") << "emode" << "2080524895240" << "2089383245469" << 9300 << "926057082523737395";
    }
    void accountData()
    {
        QFETCH(QString, account);
        QFETCH(QString, collateral);
        QFETCH(QString, debt);
        QFETCH(int, avgLt);
        QFETCH(QString, hf);
        const cm::World w = aaveWorld();
        const cm::MarketState m = cm::MarketState::fromWorld(w);
        const auto& acc = w.accounts[accountIndex(w, account.toStdString())];
        const auto d = cm::aave::accountData(w, m, acc.emode, cm::aave::Position::of(w, acc));
        QCOMPARE(QString::fromStdString(cm::aave::toString(d.total_collateral_base)), collateral);
        QCOMPARE(QString::fromStdString(cm::aave::toString(d.total_debt_base)), debt);
        QCOMPARE(d.avg_liquidation_threshold_bps, U256(avgLt));
        QCOMPARE(QString::fromStdString(cm::aave::toString(d.health_factor_wad)), hf);
    }

    void liquidation_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("collateral");
        QTest::addColumn<QString>("debt");
        QTest::addColumn<QString>("cover");     // base units, or "max"
        QTest::addColumn<QString>("error");     // Aave's error name, or empty
        QTest::addColumn<QString>("debtPaid");
        QTest::addColumn<QString>("toLiquidator");
        QTest::addColumn<QString>("fee");
        QTest::addColumn<int>("closeFactor");
        QTest::addColumn<QString>("hfAfter");
        QTest::newRow("HF ≤ 0.95: whole debt") << "small-underwater" << "WETH" << "USDC" << "max" << ""
            << "1600000000" << "920247891585061379" << "4403099959737136" << 10000
            << "115792089237316195423570985008687907853269984665640564039457584007913129639935";
        QTest::newRow("0.95 < HF < 1, both ≥ $2,000: half") << "half-close" << "WETH" << "USDC" << "max" << ""
            << "77500000000" << "44574507248651410574" << "213275154299767515" << 5000 << "1074343159099032005";
        QTest::newRow("debt under $2,000: whole debt allowed") << "dust" << "WETH" << "USDC" << "max" << ""
            << "1850000000" << "1064036624645227220" << "5091084328446063" << 10000
            << "115792089237316195423570985008687907853269984665640564039457584007913129639935";
        QTest::newRow("leaves $850 of debt: dust") << "dust" << "WETH" << "USDC" << "1000000000" << "MustNotLeaveDust"
            << "" << "" << "" << 0 << "";
        QTest::newRow("healthy") << "healthy" << "WETH" << "USDC" << "max" << "HealthFactorNotBelowThreshold"
            << "" << "" << "" << 0 << "";
        QTest::newRow("debt not borrowed") << "small-underwater" << "WETH" << "DAI" << "max"
            << "SpecifiedCurrencyNotBorrowedByUser" << "" << "" << "" << 0 << "";
        QTest::newRow("collateral not held") << "small-underwater" << "wstETH" << "USDC" << "max"
            << "CollateralCannotBeLiquidated" << "" << "" << "" << 0 << "";
        QTest::newRow("collateral capped at the balance") << "bad-debt" << "WETH" << "USDC" << "max" << ""
            << "1730382613" << "995238095238095238" << "4761904761904762" << 10000
            << "115792089237316195423570985008687907853269984665640564039457584007913129639935";
        QTest::newRow("e-mode bonus 1 %") << "emode" << "wstETH" << "WETH" << "1000000000000000000" << ""
            << "1000000000000000000" << "881127015215585544" << "873267606754792" << 10000 << "924795852287334532";
    }
    void liquidation()
    {
        QFETCH(QString, account);
        QFETCH(QString, collateral);
        QFETCH(QString, debt);
        QFETCH(QString, cover);
        QFETCH(QString, error);
        QFETCH(QString, debtPaid);
        QFETCH(QString, toLiquidator);
        QFETCH(QString, fee);
        QFETCH(int, closeFactor);
        QFETCH(QString, hfAfter);
        const cm::World w = aaveWorld();
        const cm::MarketState m = cm::MarketState::fromWorld(w);
        const auto& acc = w.accounts[accountIndex(w, account.toStdString())];
        const U256 amount = cover == QLatin1String("max") ? cm::aave::maxU256() : U256(cover.toStdString());
        const auto plan = cm::aave::liquidationCall(w, m, acc, w.findAsset(collateral.toStdString()),
                                                    w.findAsset(debt.toStdString()), amount);
        if (!error.isEmpty()) {
            QVERIFY(!plan.ok());
            QCOMPARE(QString::fromStdString(plan.error().message), error);
            return;
        }
        QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
        const auto& p = plan.value();
        QCOMPARE(QString::fromStdString(cm::aave::toString(p.actual_debt_to_liquidate)), debtPaid);
        QCOMPARE(QString::fromStdString(cm::aave::toString(p.collateral_to_liquidator)), toLiquidator);
        QCOMPARE(QString::fromStdString(cm::aave::toString(p.protocol_fee)), fee);
        QCOMPARE(p.collateral_seized, p.collateral_to_liquidator + p.protocol_fee);
        QCOMPARE(p.close_factor_bps, closeFactor);
        QCOMPARE(QString::fromStdString(cm::aave::toString(p.after.health_factor_wad)), hfAfter);
    }

    void badDebtBecomesADeficit()
    {
        const cm::World w = aaveWorld();
        const cm::MarketState m = cm::MarketState::fromWorld(w);
        const auto& acc = w.accounts[accountIndex(w, "bad-debt")];
        const auto plan = cm::aave::liquidationCall(w, m, acc, w.findAsset("WETH"), w.findAsset("USDC"), cm::aave::maxU256());
        QVERIFY(plan.ok());
        const auto& p = plan.value();
        // All collateral goes; what the liquidator did not repay is written off, in both reserves.
        QCOMPARE(p.position_after.collateral[w.findAsset("WETH")], U256(0));
        QCOMPARE(p.deficit[w.findAsset("USDC")], U256(2000000000) - p.actual_debt_to_liquidate);
        QCOMPARE(p.deficit[w.findAsset("DAI")], u("100000000000000000000"));
        QCOMPARE(p.after.total_debt_base, U256(0));
    }

    void healthMatchesTheExactFactor()
    {
        // With h = 1 − LT the margin profile's health is Aave's health factor.
        const cm::World w = aaveWorld();
        const cm::MarketState m = cm::MarketState::fromWorld(w);
        const cm::MarginCalculator calc(w, m);
        for (const auto& acc : w.accounts) {
            const auto d = cm::aave::accountData(w, m, acc.emode, cm::aave::Position::of(w, acc));
            const double exact = d.health_factor_wad.convert_to<double>() / 1e18;
            QVERIFY2(std::fabs(calc.compute(acc).health - exact) < 1e-8, acc.id.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestAave)
#include "test_aave.moc"
