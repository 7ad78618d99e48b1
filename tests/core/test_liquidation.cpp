// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN §7: how much a liquidation repays, and dYdX's per-account limits.
#include "core/clearing/liquidation_math.h"
#include "core/domain/world_loader.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/runtime/clearing_state.h"

#include <QTest>

#include <cmath>

namespace {

cm::Int128 usd(double v) { return static_cast<cm::Int128>(std::llround(v * 1e8)); }

cm::World liquidationWorld()
{
    auto w = cm::loadWorldFile(CM_TEST_DATA_DIR "/worlds/liquidation.json");
    if (!w)
        qFatal("%s", w.error().message.c_str());
    return std::move(w).value();
}

const cm::LiquidationItem* itemOf(const cm::ClearingState& s, const std::string& account)
{
    const cm::LiquidationItem* found = nullptr;
    for (const auto& i : s.liquidations().items())
        if (i.account == account)
            found = &i; // the latest
    return found;
}

QString stateOf(const cm::LiquidationItem* item) { return QString::fromLatin1(cm::toString(item->state)); }

double healthOf(const cm::ClearingState& s, const std::string& account) { return s.accountDetail(account)->metrics.health; }

// ETH at $1,800: shallow, deeper and remote fall below 1, bust is far under, safe is fine.
void crash(cm::ClearingState& s, double eth = 1800.0) { s.setPrice(0, usd(eth)); }

} // namespace



class TestLiquidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void repaysJustEnoughToReachTheTarget_data()
    {
        QTest::addColumn<double>("cover");
        QTest::addColumn<double>("requirement");
        QTest::addColumn<double>("bonus");
        QTest::addColumn<double>("haircut");
        QTest::newRow("ETH collateral, 5 % bonus") << 90.0 << 100.0 << 1.05 << 0.2;
        QTest::newRow("volatile collateral, shallow") << 95.0 << 100.0 << 1.05 << 0.3;
        QTest::newRow("deeper, high haircut") << 80000.0 << 100000.0 << 1.10 << 0.5;
        QTest::newRow("large book") << 812345678.91 << 900000000.0 << 1.075 << 0.35;
    }
    void repaysJustEnoughToReachTheTarget()
    {
        QFETCH(double, cover);
        QFETCH(double, requirement);
        QFETCH(double, bonus);
        QFETCH(double, haircut);
        const double target = 1.05;
        const auto x = cm::targetRepayE8(usd(cover), usd(requirement), target, bonus, haircut);
        QVERIFY(x.has_value());
        const double repaid = cm::toDouble(*x) / 1e8;
        // After: cover falls by the seized collateral's adjusted value, the requirement by the repayment.
        const double after = (cover - repaid * bonus * (1.0 - haircut)) / (requirement - repaid);
        QVERIFY2(after >= target - 1e-9, qPrintable(QString::number(after, 'g', 12)));
        // Just enough: a cent less does not reach it.
        const double less = (cover - (repaid - 0.01) * bonus * (1.0 - haircut)) / (requirement - (repaid - 0.01));
        QVERIFY2(less < target, qPrintable(QString::number(less, 'g', 12)));
    }

    void nothingWhenHealthyAllWhenSeizingCannotHelp()
    {
        QCOMPARE(*cm::targetRepayE8(usd(120), usd(100), 1.05, 1.05, 0.2), cm::Int128 {0});
        QCOMPARE(*cm::targetRepayE8(usd(0), usd(0), 1.05, 1.05, 0.2), cm::Int128 {0});
        // Seizing 1.10 of weight 0.97 per dollar repaid lowers health: the whole debt goes.
        QVERIFY(!cm::targetRepayE8(usd(90), usd(100), 1.05, 1.10, 0.03).has_value());
        // When repaying everything would not reach the target either: the whole debt.
        QVERIFY(!cm::targetRepayE8(usd(9999), usd(10500), 1.05, 1.045, 0.03).has_value());
    }

    void theQueueTakesTheMostUnderwaterFirst()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        crash(s);
        s.runLiquidations();
        // bust (shortfall ~$10.5k), deeper (~$9k), remote (~$1.5k), shallow (~$1k); safe never.
        QVERIFY(itemOf(s, "safe") == nullptr);
        const auto& items = s.liquidations().items();
        QCOMPARE(items.size(), std::size_t {4});
        QCOMPARE(itemOf(s, "bust")->keeper, 0);   // the fast keeper takes the worst
        QCOMPARE(itemOf(s, "deeper")->keeper, 1);
        QCOMPARE(itemOf(s, "remote")->keeper, 2);
        QCOMPARE(stateOf(itemOf(s, "shallow")), QStringLiteral("queued")); // every keeper is busy
        QVERIFY(itemOf(s, "bust")->shortfall_e8 > itemOf(s, "deeper")->shortfall_e8);
        QVERIFY(itemOf(s, "remote")->shortfall_e8 > itemOf(s, "shallow")->shortfall_e8);
        // One account is never in the queue twice.
        s.runLiquidations();
        QCOMPARE(s.liquidations().items().size(), std::size_t {4});
    }

    void aPartialLiquidationStopsAtTheTarget()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        crash(s);
        const cm::Int128 ethBefore = s.accountDetail("deeper")->holdings[0].amount;
        s.runLiquidations();
        s.advance(4 * 20); // the deep keeper acts after 12 s
        const auto* item = itemOf(s, "deeper");
        QCOMPARE(stateOf(item), QStringLiteral("settled"));
        const double h = healthOf(s, "deeper");
        QVERIFY2(h >= 1.045 && h < 1.07, qPrintable(QString::number(h)));
        // Partial: collateral remains, and the keeper seized the repayment plus the 5 % bonus.
        QVERIFY(s.accountDetail("deeper")->holdings[0].amount < ethBefore);
        QVERIFY(s.accountDetail("deeper")->holdings[0].amount > ethBefore / 4);
        const double bonus = cm::toDouble(item->seized_e8) / cm::toDouble(item->repaid_e8);
        QVERIFY2(std::abs(bonus - 1.05) < 0.001, qPrintable(QString::number(bonus, 'g', 8)));
        // The protocol's 10 % of the bonus is in the fund.
        QVERIFY(item->fee_e8 > 0);
        QVERIFY(std::abs(cm::toDouble(item->fee_e8) - 0.1 * cm::toDouble(item->seized_e8 - item->repaid_e8)) < 1e8);
    }

    void badDebtEmptiesTheFundThenIsSocializedAndNothingIsLost()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        const auto before = s.liquidations().conservedUnits(s.world().accounts);
        QCOMPARE(s.liquidations().fundUnits(1), cm::parseDecimal("5000", 6).value());
        crash(s);
        s.runLiquidations();
        s.advance(4 * 3600); // an hour: every item settles, the remote one included
        QCOMPARE(stateOf(itemOf(s, "bust")), QStringLiteral("settled"));
        QVERIFY(s.accountDetail("bust")->holdings.empty());
        QVERIFY(s.accountDetail("bust")->debts.empty());
        const auto& bad = s.liquidations().badDebt();
        QCOMPARE(bad.size(), std::size_t {1});
        QCOMPARE(bad[0].account, std::string("bust"));
        QVERIFY(bad[0].fund_units > cm::parseDecimal("5000", 6).value()); // the seed plus the fees so far
        QVERIFY(bad[0].socialized_units > 0);
        QCOMPARE(bad[0].fund_units + bad[0].socialized_units, bad[0].units);
        QVERIFY(itemOf(s, "bust")->bad_debt_e8 > usd(9000));
        // Conservation: per asset, to the base unit.
        const auto after = s.liquidations().conservedUnits(s.world().accounts);
        QVERIFY(after == before);
        QVERIFY(s.liquidations().fundHistory().size() >= 2);
    }

    void aCrossChainSeizureIsValuedWhenItArrives()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        crash(s);
        s.runLiquidations();
        s.advance(4 * 10); // the local keeper acts after 4 s
        const auto* item = itemOf(s, "remote");
        QCOMPARE(stateOf(item), QStringLiteral("in_flight"));
        QVERIFY(!item->in_flight.empty());
        QCOMPARE(item->seized_e8, cm::Int128 {0});
        const cm::Int128 units = item->in_flight[0].second;
        // The price moves while the collateral travels from Arbitrum (18 min finality).
        crash(s, 2200.0);
        s.advance(4 * 1100);
        item = itemOf(s, "remote");
        QCOMPARE(stateOf(item), QStringLiteral("settled"));
        const double settled = cm::toDouble(item->seized_e8) / 1e8;
        const double atArrival = cm::toDouble(units) / 1e18 * 2200.0;
        QVERIFY2(std::abs(settled - atArrival) / atArrival < 0.02, qPrintable(QString::number(settled)));
        QVERIFY(settled > cm::toDouble(item->repaid_e8) / 1e8 * 1.15); // more than at $1,800
    }

    void anAccountThatRecoversLeavesTheQueue()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        crash(s);
        s.runLiquidations();
        QCOMPARE(stateOf(itemOf(s, "shallow")), QStringLiteral("queued"));
        crash(s, 2500.0);
        s.runLiquidations();
        QCOMPARE(stateOf(itemOf(s, "shallow")), QStringLiteral("cancelled"));
        QVERIFY(QString::fromStdString(itemOf(s, "shallow")->reason).startsWith(QStringLiteral("recovered")));
    }

    void aFrozenRouteBlocksUntilARiskOfficerDecides()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        QCOMPARE(s.freezeRoute(0, "test"), std::string());
        crash(s);
        s.runLiquidations();
        const auto* remote = itemOf(s, "remote");
        QCOMPARE(stateOf(remote), QStringLiteral("blocked"));
        QVERIFY(QString::fromStdString(remote->reason).contains(QStringLiteral("frozen")));
        s.advance(4 * 60);
        QCOMPARE(stateOf(itemOf(s, "remote")), QStringLiteral("blocked")); // it waits
        QVERIFY(!s.cancelLiquidation(itemOf(s, "deeper")->id, "x").empty()); // not waiting any more
        QCOMPARE(s.approveLiquidation(itemOf(s, "remote")->id), std::string());
        QCOMPARE(stateOf(itemOf(s, "remote")), QStringLiteral("queued"));
        QVERIFY(!s.approveLiquidation(itemOf(s, "remote")->id).empty());
        s.advance(4 * 30);
        QVERIFY(itemOf(s, "remote")->state != cm::LiquidationState::Queued);
    }

    void aLiquidationSurvivesASnapshot()
    {
        const cm::World w = liquidationWorld();
        cm::ClearingState a(w, 11, 250);
        crash(a);
        a.runLiquidations();
        a.advance(4 * 10); // remote in flight, shallow queued
        cm::ClearingState b(w, 11, 250);
        QVERIFY(b.loadState(a.saveState()).ok());
        QCOMPARE(b.stateHash(), a.stateHash());
        a.advance(4 * 2000);
        b.advance(4 * 2000);
        QCOMPARE(b.stateHash(), a.stateHash());
        QCOMPARE(stateOf(itemOf(b, "remote")), QStringLiteral("settled"));
    }

    void dydxLimitsPerAccountAndInterval()
    {
        const cm::LiquidationLimits limits;
        // 10 % of a $500k position.
        QCOMPARE(cm::limitedNotionalE8(usd(400000), usd(500000), 0, limits), usd(50000));
        // The interval's $100k allowance.
        QCOMPARE(cm::limitedNotionalE8(usd(5000000), usd(5000000), usd(80000), limits), usd(20000));
        QCOMPARE(cm::limitedNotionalE8(usd(5000000), usd(5000000), usd(100000), limits), cm::Int128 {0});
        // At least $1,000, and no crumb below it left behind.
        QCOMPARE(cm::limitedNotionalE8(usd(10), usd(5000), 0, limits), usd(1000));
        QCOMPARE(cm::limitedNotionalE8(usd(300), usd(1500), 0, limits), usd(1500));
        QCOMPARE(cm::limitedNotionalE8(usd(10), usd(800), 0, limits), usd(800));
        QCOMPARE(cm::limitedNotionalE8(0, usd(800), 0, limits), cm::Int128 {0});
    }
};

QTEST_APPLESS_MAIN(TestLiquidation)
#include "test_liquidation.moc"
