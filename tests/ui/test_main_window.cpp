// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/test_support.h"

#include "ui/models/account_filter_proxy_model.h"
#include "ui/models/accounts_model.h"
#include "ui/views/account_detail_panel.h"
#include "ui/views/main_window.h"

#include <QLabel>

#include <QCheckBox>
#include <QAction>
#include <QComboBox>

#include <cmath>
#include <QImage>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersThePopulatedBook()
    {
        cm::ui::EngineSettings settings;
        auto client = cm::test::makeClient(cm::test::demoWorldPath(), settings);
        cm::ui::MainWindow window(client.get());
        window.show();
        client->start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(500);
        QVERIFY(window.accountsModel()->rowCount() >= 5000);

        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), window.size());
        // Not empty, not one colour: count distinct colours over a grid of samples.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void detailPanelFollowsTheSelection()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        cm::ui::MainWindow window(client.get());
        window.show();
        client->start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Opens on the account most at risk: eve, the only one below 1.
        QTRY_COMPARE_WITH_TIMEOUT(window.detailPanel()->accountId(), QStringLiteral("eve"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.detailPanel()->metricLabel(QStringLiteral("health"))->text().startsWith(QStringLiteral("0.97")), 5000);
        QCOMPARE(window.detailPanel()->metricLabel(QStringLiteral("distance"))->text(), QStringLiteral("below 1 now"));

        auto* view = window.accountsView();
        const int bobRow = [&] {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->index(r, cm::ui::AccountsModel::Id).data().toString() == QLatin1String("bob"))
                    return r;
            return -1;
        }();
        QVERIFY(bobRow >= 0);
        view->setCurrentIndex(view->model()->index(bobRow, 0));
        QTRY_COMPARE_WITH_TIMEOUT(window.detailPanel()->accountId(), QStringLiteral("bob"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window.detailPanel()->metricLabel(QStringLiteral("liquidation_price"))->text(),
                                  QStringLiteral("ETH at $1,455.02"), 5000);
        QCOMPARE(window.detailPanel()->metricLabel(QStringLiteral("equity"))->text(), QStringLiteral("$8,000.00"));
        QCOMPARE(window.detailPanel()->metricLabel(QStringLiteral("distance"))->text(), QStringLiteral("27.2 % fall"));

        // A price move reaches the open panel with the next snapshot.
        client->setPrice(QStringLiteral("ETH"), QStringLiteral("1400"));
        QTRY_VERIFY_WITH_TIMEOUT(window.detailPanel()->metricLabel(QStringLiteral("health"))->text().contains(QStringLiteral("liquidatable")), 5000);
    }

    void scenarioPickerReplaysHistory()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        window.show();
        client->start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* picker = window.scenarioPicker();
        QCOMPARE(picker->count(), 5); // the live market and four historical windows
        const int blackThursday = picker->findText(QStringLiteral("Black Thursday 2020"));
        QVERIFY(blackThursday > 0);
        picker->setCurrentIndex(blackThursday);
        Q_EMIT picker->activated(blackThursday);
        client->step(49 * 3600 * 4); // to 2020-03-13 01:00
        QTRY_COMPARE_WITH_TIMEOUT(client->latest().scenario(), QStringLiteral("Black Thursday, March 2020"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(client->latest().steps(), quint64{49 * 3600 * 4}, 10000);
        QVERIFY(std::fabs(client->latest().assetPriceUsd(0) - 2000.0 * 98.88 / 202.23) < 1e-6);
        QCOMPARE(client->latest().liquidatableCount(), 3);
    }

    void haltAChainFromItsContextMenu()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        cm::ui::MainWindow window(client.get());
        window.show();
        client->start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* chains = window.chainsView();
        chains->setCurrentIndex(chains->model()->index(1, 0)); // Arbitrum One
        QAction* halt = nullptr;
        for (QAction* a : chains->actions())
            if (a->text() == QLatin1String("Halt chain"))
                halt = a;
        QVERIFY(halt);
        halt->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(client->latest().chainStatus(1), QStringLiteral("halted"), 5000);
        QCOMPARE(client->latest().chainStatus(0), QStringLiteral("live"));
    }

    void filterControlsDriveTheTable()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        cm::ui::MainWindow window(client.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* filter = window.findChild<QLineEdit*>();
        auto* onlyLiquidatable = window.findChild<QCheckBox*>();
        QVERIFY(filter && onlyLiquidatable);
        QCOMPARE(window.accountsView()->model()->rowCount(), 5);
        QTest::keyClicks(filter, QStringLiteral("bo"));
        QCOMPARE(window.accountsView()->model()->rowCount(), 1);
        filter->clear();
        onlyLiquidatable->click();
        QCOMPARE(window.accountsView()->model()->rowCount(), 1);
        QCOMPARE(window.accountsView()->model()->index(0, cm::ui::AccountsModel::Id).data().toString(), QStringLiteral("eve"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
