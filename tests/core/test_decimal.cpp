// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <QTest>

using cm::Int128;

Q_DECLARE_METATYPE(Int128)

namespace {
Int128 units(const char* digits) { return cm::parseDecimal(digits, 0, cm::Sign::Any).value(); }
} // namespace

class TestDecimal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usdForPeople()
    {
        QCOMPARE(QString::fromStdString(cm::formatUsdText(0)), QStringLiteral("$0.00"));
        QCOMPARE(QString::fromStdString(cm::formatUsdText(cm::Int128 {99999})), QStringLiteral("$0.00")); // rounded to the cent
        QCOMPARE(QString::fromStdString(cm::formatUsdText(cm::Int128 {123456789})), QStringLiteral("$1.23"));
        QCOMPARE(QString::fromStdString(cm::formatUsdText(cm::Int128 {100000} * 100000000)), QStringLiteral("$100,000.00"));
        QCOMPARE(QString::fromStdString(cm::formatUsdText(cm::Int128 {1234567} * 100000000 + 89000000)), QStringLiteral("$1,234,567.89"));
        QCOMPARE(QString::fromStdString(cm::formatUsdText(-cm::Int128 {1200000000})), QStringLiteral("-$12.00"));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<Int128>("expected");
        QTest::newRow("whole") << "12" << 6 << Int128{12000000};
        QTest::newRow("fraction") << "12.5" << 6 << Int128{12500000};
        QTest::newRow("all places") << "0.000001" << 6 << Int128{1};
        QTest::newRow("one wei") << "0.000000000000000001" << 18 << Int128{1};
        QTest::newRow("one ether") << "1" << 18 << units("1000000000000000000");
        // 1e15 ETH is 1e33 wei: far past 64 bits (1.8e19).
        QTest::newRow("beyond 64 bits") << "1000000000000000" << 18 << units("1000000000000000000000000000000000");
        QTest::newRow("18 places beyond 64 bits") << "123456789012.123456789012345678" << 18
                                                  << units("123456789012123456789012345678");
        QTest::newRow("zero") << "0" << 18 << Int128{0};
        QTest::newRow("leading zeros") << "007.50" << 2 << Int128{750};
        QTest::newRow("negative") << "-5" << 18 << -units("5000000000000000000");
        QTest::newRow("zero decimals") << "42" << 0 << Int128{42};
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(Int128, expected);
        const auto r = cm::parseDecimal(text.toStdString(), decimals, cm::Sign::Any);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r.value() == expected);
        // And back: the decimal string survives the round trip (trailing zeros aside).
        const auto back = cm::parseDecimal(cm::formatDecimal(r.value(), decimals), decimals, cm::Sign::Any);
        QVERIFY(back.ok() && back.value() == expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << "" << "bad number";
        QTest::newRow("exponent") << "1e18" << "bad number";
        QTest::newRow("plus") << "+1" << "bad number";
        QTest::newRow("comma") << "1,5" << "bad number";
        QTest::newRow("space") << " 1" << "bad number";
        QTest::newRow("lone dot") << "." << "bad number";
        QTest::newRow("trailing dot") << "1." << "bad number";
        QTest::newRow("leading dot") << ".5" << "bad number";
        QTest::newRow("two dots") << "1.2.3" << "bad number";
        QTest::newRow("minus only") << "-" << "bad number";
        QTest::newRow("hex") << "0x10" << "bad number";
        QTest::newRow("too precise") << "0.0000000000000000001" << "too many decimal places";
        QTest::newRow("past 128 bits") << "1000000000000000000000000000000" << "out of range";
        QTest::newRow("negative where not allowed") << "-1" << "negative";
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        const auto sign = why == QLatin1String("negative") ? cm::Sign::NonNegative : cm::Sign::Any;
        const auto r = cm::parseDecimal(text.toStdString(), 18, sign);
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.error().message).contains(why), r.error().message.c_str());
    }

    void respectsMaxUnits()
    {
        QVERIFY(cm::parseDecimal("100", 0, cm::Sign::NonNegative, 100).ok());
        QVERIFY(!cm::parseDecimal("101", 0, cm::Sign::NonNegative, 100).ok());
    }

    void formats_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<int>("places");
        QTest::addColumn<QString>("out");
        QTest::newRow("trim") << "1.50" << 18 << -1 << "1.5";
        QTest::newRow("whole") << "3" << 6 << -1 << "3";
        QTest::newRow("tiny") << "0.000000000000000001" << 18 << -1 << "0.000000000000000001";
        QTest::newRow("negative") << "-0.25" << 8 << -1 << "-0.25";
        QTest::newRow("cents half up") << "12.345" << 8 << 2 << "12.35";
        QTest::newRow("cents down") << "12.344999" << 8 << 2 << "12.34";
        QTest::newRow("negative half away") << "-0.005" << 8 << 2 << "-0.01";
        QTest::newRow("rounds to zero") << "-0.004" << 8 << 2 << "0.00";
        QTest::newRow("pad") << "7" << 0 << 2 << "7.00";
        QTest::newRow("carry") << "9.999" << 8 << 2 << "10.00";
    }
    void formats()
    {
        QFETCH(QString, in);
        QFETCH(int, decimals);
        QFETCH(int, places);
        QFETCH(QString, out);
        const Int128 v = cm::parseDecimal(in.toStdString(), decimals, cm::Sign::Any).value();
        const std::string s = places < 0 ? cm::formatDecimal(v, decimals) : cm::formatDecimalFixed(v, decimals, places);
        QCOMPARE(QString::fromStdString(s), out);
    }

    void int128ToString()
    {
        QCOMPARE(QString::fromStdString(cm::toString(cm::kInt128Max)), QStringLiteral("170141183460469231731687303715884105727"));
        QCOMPARE(QString::fromStdString(cm::toString(-cm::kInt128Max - 1)), QStringLiteral("-170141183460469231731687303715884105728"));
    }

    void valueIsExactAndFloors()
    {
        // 1.5 ETH at $2,000.12345678 = $3,000.18518517 exactly.
        const Int128 amount = cm::parseDecimal("1.5", 18).value();
        const Int128 price = cm::parseDecimal("2000.12345678", 8).value();
        QCOMPARE(QString::fromStdString(cm::formatDecimal(cm::valueE8(amount, 18, price), 8)), QStringLiteral("3000.18518517"));
        // One wei of ETH is worth less than 1e-8 USD: floors to zero, never rounds money up.
        QVERIFY(cm::valueE8(1, 18, price) == 0);
        // The largest amount the loader accepts (1e15 tokens at 18 decimals) at $1e9 does not overflow.
        const Int128 huge = cm::parseDecimal("1000000000000000", 18).value();
        const Int128 top = cm::parseDecimal("1000000000", 8).value();
        QCOMPARE(QString::fromStdString(cm::formatDecimal(cm::valueE8(huge, 18, top), 8)),
                 QStringLiteral("1000000000000000000000000"));
        // Signed values floor toward negative infinity (losses never shrink).
        QVERIFY(cm::valueE8(-1, 18, price) == -1);
    }
};

QTEST_APPLESS_MAIN(TestDecimal)
#include "test_decimal.moc"
