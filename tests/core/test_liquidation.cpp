// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN §7: how much a liquidation repays, and dYdX's per-account limits.
#include "core/clearing/liquidation_math.h"
#include "core/money/money_math.h"

#include <QTest>

#include <cmath>

namespace {

cm::Int128 usd(double v) { return static_cast<cm::Int128>(std::llround(v * 1e8)); }

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
