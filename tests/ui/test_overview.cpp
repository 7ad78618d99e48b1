// SPDX-License-Identifier: GPL-3.0-or-later
// The overview (DESIGN §1): chain tiles, totals, accounts by health and alerts, live.
#include "tests/ui/test_support.h"

#include "ui/charts/qcustomplot_include.h"
#include "ui/views/main_window.h"
#include "ui/views/overview_panel.h"
#include "ui/views/collateral_map_panel.h"
#include "ui/util/table_actions.h"
#include "ui/views/stress_panel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QListWidget>
#include <QSet>
#include <QTest>

namespace {

std::unique_ptr<cm::ui::EngineClient> pausedSmallWorld()
{
    cm::ui::EngineSettings settings;
    settings.startPaused = true;
    auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
    client->start();
    return client;
}

} // namespace

class TestOverview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tilesTotalsHealthAndAlertsFollowTheBook()
    {
        auto client = pausedSmallWorld();
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        window.showView(QStringLiteral("overview"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        cm::ui::OverviewPanel* overview = window.overviewPanel();
        QVERIFY(overview->isVisible());
        QTRY_COMPARE(overview->tileCount(), 2);
        // Ethereum holds alice's 10 ETH, carol's and dave's USDC and eve's ETH: $30,000.
        QVERIFY2(overview->tileText(0).contains(QStringLiteral("Ethereum")), qPrintable(overview->tileText(0)));
        QVERIFY(overview->tileText(0).contains(QStringLiteral("live")));
        QVERIFY2(overview->tileText(0).contains(QStringLiteral("$30.0k")), qPrintable(overview->tileText(0)));
        // Arbitrum: bob's 10 ETH of claims, minted there and fully backed.
        QVERIFY2(overview->tileText(1).contains(QStringLiteral("claims minted $20.0k")), qPrintable(overview->tileText(1)));
        QVERIFY(overview->tileText(1).contains(QStringLiteral("100.0 %")));
        QVERIFY2(overview->totals()->text().contains(QStringLiteral("$50.0k")), qPrintable(overview->totals()->text()));
        // Four accounts owe something (carol does not): the histogram counts them.
        auto* bars = qobject_cast<QCPBars*>(overview->healthChart()->plottable(0));
        double counted = 0;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            counted += it->value;
        QCOMPARE(counted, 4.0);
        QCOMPARE(overview->alerts()->item(0)->text(), QStringLiteral("No alerts"));

        // A risk officer halts Arbitrum: its tile says so.
        client->chainStatus(QStringLiteral("arbitrum"), QStringLiteral("halted"));
        QTRY_VERIFY_WITH_TIMEOUT(overview->tileText(1).contains(QStringLiteral("halted")), 5000);

        const QImage shot = overview->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 3)
            for (int x = 0; x < shot.width(); x += 3)
                colours.insert(shot.pixel(x, y));
        QVERIFY(colours.size() > 20);
        if (const QByteArray dir = qgetenv("CM_SHOT_DIR"); !dir.isEmpty())
            shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/overview.png"));
        // Nothing wider than the desk's 1280 pixels.
        QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(QString::number(window.minimumSizeHint().width())));
    }

    void everyTableCopiesAndExports()
    {
        auto client = pausedSmallWorld();
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every table in every view has both actions in its context menu.
        const auto tables = window.findChildren<QTableView*>();
        QVERIFY(tables.size() >= 10);
        for (QTableView* t : tables) {
            QStringList texts;
            for (QAction* a : t->actions())
                texts << a->text();
            QVERIFY2(texts.contains(QStringLiteral("Copy rows")) && texts.contains(QStringLiteral("Export CSV…")),
                     qPrintable(t->objectName() + QLatin1Char(' ') + texts.join(QLatin1Char('|'))));
        }
        // Ctrl+8 brings the stress view to the front, Ctrl+2 the collateral map, Ctrl+1 the overview.
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QTRY_VERIFY(window.stressPanel()->isVisible());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(window.collateralMap()->isVisible());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(window.overviewPanel()->isVisible());
        // Copy: the selected account with the header, tab-separated.
        QTableView* accounts = window.accountsView();
        QTRY_VERIFY(accounts->model()->rowCount() == 5);
        accounts->selectionModel()->select(accounts->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString id = accounts->model()->index(0, 0).data().toString();
        for (QAction* a : accounts->actions())
            if (a->text() == QStringLiteral("Copy rows"))
                a->trigger();
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("Account\t")));
        QVERIFY2(lines[1].startsWith(id + QLatin1Char('\t')), qPrintable(lines[1]));
        // Export: every row as CSV; an unwritable path is named.
        QTemporaryDir dir;
        QString error;
        QVERIFY(cm::ui::writeTableCsv(accounts->model(), dir.filePath(QStringLiteral("a.csv")), &error));
        QFile csv(dir.filePath(QStringLiteral("a.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()).count(QLatin1Char('\n')), 6); // header and five accounts
        QVERIFY(!cm::ui::writeTableCsv(accounts->model(), QStringLiteral("/nonexistent/a.csv"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/a.csv")));
        // A field with a comma is quoted.
        QStandardItemModel m(1, 1);
        m.setHorizontalHeaderLabels({QStringLiteral("a")});
        m.setItem(0, 0, new QStandardItem(QStringLiteral("x, \"y\"")));
        QCOMPARE(cm::ui::tableText(&m, {}, QLatin1Char(',')), QStringLiteral("a\n\"x, \"\"y\"\"\"\n"));
    }
};

QTEST_MAIN(TestOverview)
#include "test_overview.moc"
