// SPDX-License-Identifier: GPL-3.0-or-later
// The stress view (DESIGN §11): a built-in scenario run from the console with Monte Carlo paths,
// the live book untouched, results as tables and charts, cancel, a refused scenario, CSV and PDF.
#include "tests/ui/test_support.h"

#include "ui/views/main_window.h"
#include "ui/views/stress_panel.h"
#include "ui/models/model_roles.h"
#include "ui/models/stress_models.h"
#include "ui/charts/qcustomplot_include.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QPainter>

namespace {

const QString kScenarios = QStringLiteral(CM_SOURCE_DIR "/resources/scenarios");

std::unique_ptr<cm::ui::EngineClient> pausedClient(const QString& world)
{
    cm::ui::EngineSettings settings;
    settings.startPaused = true;
    auto client = cm::test::makeClient(world, settings);
    client->start();
    return client;
}

int colours(const QImage& shot)
{
    QSet<QRgb> seen;
    for (int y = 0; y < shot.height(); y += 3)
        for (int x = 0; x < shot.width(); x += 3)
            seen.insert(shot.pixel(x, y));
    return seen.size();
}

} // namespace

class TestStressPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsABuiltInScenarioWithPaths()
    {
        auto client = pausedClient(QStringLiteral(CM_TEST_DATA_DIR "/worlds/liquidation.json"));
        QTRY_VERIFY(!client->latest().isNull());
        const QString hash = client->stateHash();
        cm::ui::StressPanel panel(client.get(), kScenarios);
        panel.resize(1280, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Picking a built-in puts it in the editor, as the world's JSON.
        panel.chooseBuiltIn(QStringLiteral("crash_30"));
        QVERIFY(panel.editor()->toPlainText().contains(QStringLiteral("\"relative\": -0.3")));
        QCOMPARE(panel.scenarioPicker()->currentData().toString(), QStringLiteral("crash_30"));
        QVERIFY(!panel.cancelButton()->isEnabled());
        panel.pathsBox()->setValue(40);
        QSignalSpy done(&panel, &cm::ui::StressPanel::runFinished);
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        QVERIFY(!panel.runButton()->isEnabled());
        QVERIFY(panel.cancelButton()->isEnabled());
        QVERIFY(done.wait(120000));
        QCOMPARE(done.at(0).at(0).toString(), QString());
        const cm::ui::StressReportView& r = panel.report();
        QVERIFY(r.valid);
        QCOMPARE(r.scenario, QStringLiteral("crash_30"));
        QCOMPARE(r.pathsDone, quint64 {40});
        QCOMPARE(panel.progressBar()->value(), panel.progressBar()->maximum());
        QCOMPARE(panel.progressBar()->maximum(), 24 * 41); // simulated hours: the held run's and 40 paths'
        QVERIFY(panel.runButton()->isEnabled());
        QVERIFY(r.liquidations > 0);                      // ETH 30 % down liquidates
        QVERIFY(r.lossByChain.value(0).second.usd > 0.0); // and costs the book
        QVERIFY(panel.summary()->text().contains(QStringLiteral("VaR95")));
        QVERIFY(panel.summary()->text().contains(r.var99.text));
        // The live book did not move.
        QCOMPARE(client->stateHash(), hash);
        // One blast row per route and chain, the most affected accounts; both models behave.
        QCOMPARE(panel.blastModel()->rowCount(), 3);
        QVERIFY(panel.accountsModel()->rowCount() > 0);
        QAbstractItemModelTester blastTester(panel.blastView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester topTester(panel.accountsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester blastSource(panel.blastModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester topSource(panel.accountsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Cells read short, tooltips exact, raw values sort.
        const QModelIndex bad = panel.blastModel()->index(0, cm::ui::StressBlastModel::BadDebt);
        QVERIFY(bad.data(Qt::ToolTipRole).toString().startsWith(QLatin1Char('$')));
        QVERIFY(bad.data(cm::ui::RawValueRole).toDouble() > 0.0);
        QVERIFY(!panel.blastModel()->headerData(cm::ui::StressBlastModel::Shortfall, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        panel.blastView()->sortByColumn(5, Qt::DescendingOrder);
        // Double-clicking one of the most affected accounts asks to show it.
        panel.results()->setCurrentWidget(panel.accountsView());
        QSignalSpy activated(&panel, &cm::ui::StressPanel::accountActivated);
        const QModelIndex first = panel.accountsView()->model()->index(0, 2);
        const QPoint at = panel.accountsView()->visualRect(first).center();
        QTest::mouseClick(panel.accountsView()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(panel.accountsView()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), first.sibling(0, 0).data().toString()); // as the view sorts them
        // Every result tab renders something a person can read.
        for (int i = 0; i < panel.results()->count(); ++i) {
            panel.results()->setCurrentIndex(i);
            QTest::qWait(50);
            const QImage shot = panel.grab().toImage();
            QVERIFY2(colours(shot) > 20, qPrintable(panel.results()->tabText(i)));
            if (const QByteArray dir = qgetenv("CM_SHOT_DIR"); !dir.isEmpty())
                shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/stress_%1.png").arg(i));
        }
        QVERIFY(panel.heatmap()->plottableCount() == 1);

        // Exports: the figures exact, the PDF a PDF.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(panel.exportCsv(dir.filePath(QStringLiteral("r.csv")), &error), qPrintable(error));
        QFile csv(dir.filePath(QStringLiteral("r.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral("summary,bad_debt_usd,")));
        QVERIFY(text.contains(QStringLiteral("summary,var95_usd,")));
        QVERIFY(text.contains(QStringLiteral("route,eth-arb-ETH,")));
        QVERIFY(text.contains(QStringLiteral("kind,failing,accounts_hit")));
        QVERIFY2(panel.exportPdf(dir.filePath(QStringLiteral("r.pdf")), &error), qPrintable(error));
        QFile pdf(dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 10000); // the charts are in it
        // What the PDF holds, rendered: a person can read it.
        auto doc = panel.reportDocument();
        QVERIFY(doc);
        doc->setPageSize(QSizeF(510, 770)); // A4 less 15 mm margins, in points
        QVERIFY(doc->pageCount() >= 2); // the charts and both tables
        QVERIFY(doc->toPlainText().contains(r.badDebt.text));
        if (const QByteArray shots = qgetenv("CM_SHOT_DIR"); !shots.isEmpty()) {
            QImage page(510, 842 * 3, QImage::Format_RGB32);
            page.fill(Qt::white);
            QPainter painter(&page);
            doc->drawContents(&painter, QRectF(0, 0, 510, 842 * 3));
            painter.end();
            page.save(QString::fromLocal8Bit(shots) + QStringLiteral("/stress_pdf.png"));
        }
        QVERIFY(!panel.exportCsv(QStringLiteral("/nonexistent/dir/r.csv"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/r.csv")));
    }

    void cancelKeepsTheFinishedPaths()
    {
        auto client = pausedClient(QStringLiteral(CM_TEST_DATA_DIR "/worlds/liquidation.json"));
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::StressPanel panel(client.get(), kScenarios);
        panel.chooseBuiltIn(QStringLiteral("crash_30"));
        panel.pathsBox()->setValue(100000);
        QSignalSpy done(&panel, &cm::ui::StressPanel::runFinished);
        panel.run();
        QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->value() >= 24 * 5, 60000); // the held run and some paths
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY(panel.report().cancelled);
        QVERIFY(panel.report().pathsDone >= 2);
        QVERIFY(panel.report().pathsDone < 100000);
        QVERIFY(panel.summary()->text().contains(QStringLiteral("cancelled")));
    }

    void aBadScenarioIsRefusedWithItsPath()
    {
        auto client = pausedClient(cm::test::smallWorldPath());
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::StressPanel panel(client.get(), kScenarios);
        panel.editor()->setPlainText(QStringLiteral(R"({"name": "x", "shocks": [{"type": "price", "asset": "DOGE", "relative": -0.5}]})"));
        QSignalSpy done(&panel, &cm::ui::StressPanel::runFinished);
        panel.run();
        QCOMPARE(done.count(), 1);
        QVERIFY2(panel.summary()->text().contains(QStringLiteral("shocks[0].asset")), qPrintable(panel.summary()->text()));
        QVERIFY(panel.runButton()->isEnabled());
        QVERIFY(!panel.report().valid);
    }

    void theMainWindowShowsTheStressView()
    {
        auto client = pausedClient(cm::test::smallWorldPath());
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::MainWindow window(client.get(), kScenarios);
        window.showView(QStringLiteral("stress"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.stressPanel()->isVisible());
        // The stress view takes the room it needs over the book.
        QTRY_VERIFY2(window.stressPanel()->height() > 380, qPrintable(QString::number(window.stressPanel()->height())));
        window.showView(QStringLiteral("accounts"));
        QTRY_VERIFY(!window.stressPanel()->isVisible());
    }
};

QTEST_MAIN(TestStressPanel)
#include "test_stress_panel.moc"
