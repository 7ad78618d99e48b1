// SPDX-License-Identifier: GPL-3.0-or-later
// The console as a whole (DESIGN §1): every view renders, the collateral map and the oracles
// view read the book, each account's health history, the themes, the languages, the layout.
#include "tests/ui/test_support.h"

#include "ui/bridge/health_history.h"
#include "ui/charts/qcustomplot_include.h"
#include "ui/models/oracles_model.h"
#include "ui/util/language.h"
#include "ui/util/table_actions.h"
#include "ui/util/theme.h"
#include "ui/views/account_detail_panel.h"
#include "ui/views/collateral_map_panel.h"
#include "ui/views/main_window.h"
#include "ui/views/oracles_panel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QFile>

#include <cmath>

namespace {

std::unique_ptr<cm::ui::EngineClient> smallWorld(bool paused = true, double speed = 1.0)
{
    cm::ui::EngineSettings settings;
    settings.startPaused = paused;
    settings.speed = speed;
    auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
    client->start();
    return client;
}

//! How many distinct colours an image holds (a blank or one-colour view has one or two).
int colourCount(const QImage& image)
{
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            colours.insert(img.pixel(x, y));
    return static_cast<int>(colours.size());
}

QString topTabText(cm::ui::MainWindow& window, int i)
{
    return window.views()->tabText(i);
}

} // namespace

class TestConsole : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test folder, not the desk's
        QSettings().clear();
        cm::ui::applyTheme(cm::ui::Theme::Dark);
    }

    void everyViewRendersReadably()
    {
        auto client = smallWorld();
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString shots = qEnvironmentVariable("CM_SHOT_DIR");
        for (const QString& view : cm::ui::MainWindow::viewNames()) {
            window.showView(view);
            QCOMPARE(window.currentViewName(), view);
            QTest::qWait(50);
            const QImage shot = window.grab().toImage();
            QVERIFY(!shot.isNull());
            QCOMPARE(shot.size(), window.size());
            // The view itself, not only the book under it: many colours (text, charts, cells).
            QWidget* front = window.views()->currentWidget();
            const int colours = colourCount(front->grab().toImage());
            QVERIFY2(colours > 30, qPrintable(QStringLiteral("%1: %2 colours").arg(view).arg(colours)));
            if (!shots.isEmpty())
                shot.save(QDir(shots).filePath(QStringLiteral("view_%1.png").arg(view)));
        }
        // Every column of every table says what it shows (a metric: with its formula).
        for (QTableView* table : window.findChildren<QTableView*>()) {
            QAbstractItemModel* model = table->model();
            for (int c = 0; c < model->columnCount(); ++c)
                QVERIFY2(!model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                         qPrintable(QStringLiteral("%1: column %2 (%3) has no tooltip")
                                        .arg(QString::fromLatin1(model->metaObject()->className()))
                                        .arg(c)
                                        .arg(model->headerData(c, Qt::Horizontal).toString())));
        }
        // Nothing clipped at 1280×800: the window fits.
        QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY(window.minimumSizeHint().height() <= 800);
        // The status bar: the simulated time, the journal, the engine and the operator.
        const QString status = [&]() -> QString {
            QStringList texts;
            for (QLabel* l : window.statusBar()->findChildren<QLabel*>())
                texts << l->text();
            return texts.join(QLatin1Char('|'));
        }();
        QVERIFY2(status.contains(QStringLiteral("Simulated time")) && status.contains(QStringLiteral("not journaled"))
                     && status.contains(QStringLiteral("paused")) && status.contains(QStringLiteral("Operator")),
                 qPrintable(status));
    }

    void everyChartExportsToPngAndPdf()
    {
        auto client = smallWorld();
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        window.showView(QStringLiteral("collateral"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto plots = window.findChildren<QCustomPlot*>();
        QVERIFY(plots.size() >= 10);
        for (QCustomPlot* plot : plots) {
            QStringList names;
            for (QAction* a : plot->actions())
                names << a->objectName() << a->text();
            QVERIFY2(names.contains(QStringLiteral("exportPng")) || names.contains(QStringLiteral("Export PNG…")),
                     qPrintable(plot->toolTip().left(60)));
        }
        QTemporaryDir dir;
        QCustomPlot* heat = window.collateralMap()->heatmap();
        QTRY_VERIFY(heat->plottableCount() == 1);
        QString error;
        QVERIFY(cm::ui::writeChart(heat, dir.filePath(QStringLiteral("heat.png")), &error));
        QVERIFY(cm::ui::writeChart(heat, dir.filePath(QStringLiteral("heat.pdf")), &error));
        const QImage png(dir.filePath(QStringLiteral("heat.png")));
        QCOMPARE(png.size(), heat->size() * 2); // twice the size on screen
        QVERIFY(colourCount(png) > 20);
        QFile pdf(dir.filePath(QStringLiteral("heat.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(!cm::ui::writeChart(heat, QStringLiteral("/nonexistent/heat.png"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/heat.png")));
    }

    void collateralMapShowsWhereTheCollateralIs()
    {
        auto client = smallWorld();
        QTRY_VERIFY(!client->latest().isNull());
        const cm::ui::SnapshotView s = client->latest();
        // The heatmap's cells add up to each chain's collateral.
        for (int c = 0; c < s.chainCount(); ++c) {
            double sum = 0;
            for (int a = 0; a < s.assetCount(); ++a)
                sum += s.chainAssetUsd(c, a);
            QVERIFY2(std::abs(sum - s.chainCollateralUsd(c)) < 0.01, qPrintable(s.chainId(c)));
        }
        // Ethereum: alice's and eve's ETH, carol's and dave's USDC ($30,000); Arbitrum: bob's claims.
        QCOMPARE(s.chainAssetUsd(1, 0), 20000.0);
        cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        window.showView(QStringLiteral("collateral"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        cm::ui::CollateralMapPanel* map = window.collateralMap();
        QTRY_VERIFY(map->heatmap()->plottableCount() == 1);
        // Two routes, both Ethereum → Arbitrum: one edge with both, their claims minted.
        QCOMPARE(map->edges().size(), 1);
        const auto& edge = map->edges().front();
        QCOMPARE(edge.routes.size(), 2);
        double minted = 0;
        for (int r = 0; r < s.routeCount(); ++r)
            minted += s.route(r).mintedUsd;
        QCOMPARE(edge.mintedUsd, minted);
        QVERIFY(minted >= 20000.0);
        // A node's tooltip explains it; a click on it shows that chain's accounts in the book.
        QCustomPlot* graph = map->graph();
        const QPoint arbitrum(qRound(graph->xAxis->coordToPixel(graph->graph(1)->data()->at(0)->key)),
                              qRound(graph->yAxis->coordToPixel(graph->graph(1)->data()->at(0)->value)));
        QVERIFY2(map->graphTipAt(arbitrum).contains(QStringLiteral("Arbitrum")), qPrintable(map->graphTipAt(arbitrum)));
        QTest::mouseClick(graph, Qt::LeftButton, {}, arbitrum);
        QTRY_COMPARE(window.accountsFilter()->text(), QStringLiteral("arbitrum"));
        // The heatmap's Ethereum column.
        QCustomPlot* heat = map->heatmap();
        const QPoint ethereum(qRound(heat->xAxis->coordToPixel(0)), qRound(heat->yAxis->coordToPixel(0)));
        QTest::mouseClick(heat, Qt::LeftButton, {}, ethereum);
        QTRY_COMPARE(window.accountsFilter()->text(), QStringLiteral("ethereum"));
        // Off the graph: the legend's explanation, and no click-through.
        QVERIFY(map->graphTipAt(QPoint(2, 2)).contains(QStringLiteral("width ∝")));
        QVERIFY(map->chainAtGraph(QPoint(2, 2)).isEmpty());
    }

    void oraclesViewDrawsDivergenceAndSources()
    {
        auto client = smallWorld(false, 60.0);
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        window.showView(QStringLiteral("oracles"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        cm::ui::OraclesPanel* panel = window.oraclesPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A sample every 5 simulated seconds: at 60× several arrive within a second or two.
        QTRY_VERIFY_WITH_TIMEOUT(panel->historySize(QStringLiteral("ETH")) >= 3, 10000);
        QCOMPARE(panel->divergenceChart()->graphCount(), client->latest().assetCount());
        QVERIFY(panel->divergenceChart()->graph(0)->dataCount() >= 3);
        // Choosing USDC draws its sources: one bar per source, fresh or stale.
        panel->view()->setCurrentIndex(panel->model()->index(1, cm::ui::OraclesModel::Asset));
        QCOMPARE(panel->sourcesAsset(), QStringLiteral("USDC"));
        int bars = 0;
        for (int i = 0; i < panel->sourcesChart()->plottableCount(); ++i)
            if (auto* b = qobject_cast<QCPBars*>(panel->sourcesChart()->plottable(i)))
                bars += b->dataCount();
        QCOMPARE(bars, client->latest().assetSources(1).size());
        QVERIFY(bars >= 1);
        QVERIFY(panel->sourcesChart()->yAxis->label().contains(QStringLiteral("USDC")));
        client->pause();
    }

    void healthHistoryFollowsEachAccount()
    {
        auto client = smallWorld(false, 600.0);
        QTRY_VERIFY_WITH_TIMEOUT(client->healthHistory().size() >= 3, 15000);
        const cm::ui::SnapshotView s = client->latest();
        const auto series = client->healthHistory().series(QStringLiteral("alice"));
        QVERIFY(series.size() >= 3);
        for (int i = 1; i < series.size(); ++i)
            QVERIFY(series[i].first >= series[i - 1].first + cm::ui::HealthHistory::kMinSimStepMs);
        QVERIFY(series.back().first <= s.simTimeMs());
        QVERIFY(client->healthHistory().series(QStringLiteral("nobody")).isEmpty());
        // The ring's length fits the budget: the whole of it for the small world.
        QCOMPARE(client->healthHistory().capacity(), cm::ui::HealthHistory::kMaxSamples);
        // The account panel draws it.
        cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        cm::ui::AccountDetailPanel* detail = window.detailPanel();
        detail->showAccount(QStringLiteral("alice"));
        detail->tabs()->setCurrentWidget(detail->historyChart());
        QTRY_VERIFY(detail->historyChart()->graph(0)->dataCount() >= 3);
        client->pause();
    }

    void historyRingKeepsTheNewest()
    {
        // A ring of the budget's length per account: the oldest samples leave first.
        auto client = smallWorld(false, 3600.0);
        QTRY_VERIFY_WITH_TIMEOUT(client->healthHistory().size() >= 2, 15000);
        cm::ui::HealthHistory history;
        QVERIFY(history.add(client->latest()));
        QVERIFY(!history.add(client->latest())); // the same time again: not due
        QCOMPARE(history.size(), std::size_t{1});
        client->pause();
    }

    void themesRecolourEveryChart()
    {
        auto client = smallWorld();
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* light = window.findChild<QAction*>(QStringLiteral("theme_light"));
        auto* dark = window.findChild<QAction*>(QStringLiteral("theme_dark"));
        QVERIFY(light && dark);
        QVERIFY(dark->isChecked());
        light->trigger();
        QCOMPARE(cm::ui::currentTheme(), cm::ui::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);
        for (QCustomPlot* plot : window.findChildren<QCustomPlot*>())
            QVERIFY(plot->xAxis->tickLabelColor().lightness() < 100); // dark text on light
        QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("light"));
        dark->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
        for (QCustomPlot* plot : window.findChildren<QCustomPlot*>())
            QVERIFY(plot->xAxis->tickLabelColor().lightness() > 150);
    }

    void languagesTranslateTheConsole()
    {
        auto client = smallWorld();
        QTRY_VERIFY(!client->latest().isNull());
        {
            cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
            QSignalSpy requested(&window, &cm::ui::MainWindow::languageRequested);
            window.findChild<QAction*>(QStringLiteral("language_de"))->trigger();
            QCOMPARE(requested.size(), 1);
            QCOMPARE(requested.front().front().toString(), QStringLiteral("de"));
        }
        const QList<QPair<QString, QStringList>> languages {
            {QStringLiteral("de"), {QStringLiteral("Übersicht"), QStringLiteral("Sicherheitenkarte")}},
            {QStringLiteral("zh_CN"), {QStringLiteral("总览"), QStringLiteral("抵押品地图")}}};
        for (const auto& [code, tabs] : languages) {
            QVERIFY(cm::ui::setLanguage(code));
            cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(topTabText(window, 0), tabs[0]);
            QCOMPARE(topTabText(window, 1), tabs[1]);
            // Numbers in the language's format: 5 accounts of 5, the book's totals.
            QCOMPARE(QLocale().name(), code == QLatin1String("de") ? QStringLiteral("de_DE") : QStringLiteral("zh_CN"));
            // Nothing clipped at 1280×800 in this language either.
            if (window.minimumSizeHint().width() > 1280)
                for (QWidget* w : window.findChildren<QWidget*>())
                    if (w->minimumSizeHint().width() > 400 && w->isVisible())
                        qWarning() << w->metaObject()->className() << w->objectName() << w->minimumSizeHint().width()
                                   << (qobject_cast<QLabel*>(w) ? qobject_cast<QLabel*>(w)->text() : QString());
            QVERIFY2(window.minimumSizeHint().width() <= 1280,
                     qPrintable(QStringLiteral("%1: %2").arg(code).arg(window.minimumSizeHint().width())));
            const QString shots = qEnvironmentVariable("CM_SHOT_DIR");
            if (!shots.isEmpty())
                window.grab().save(QDir(shots).filePath(QStringLiteral("lang_%1.png").arg(code)));
        }
        QVERIFY(!cm::ui::setLanguage(QStringLiteral("fr")));
        QVERIFY(cm::ui::setLanguage(QStringLiteral("en")));
        cm::ui::MainWindow english(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        QCOMPARE(topTabText(english, 0), QStringLiteral("Overview"));
    }

    void translationsAreCompleteAndKeepTheirPlaceholders()
    {
        // Every string of the console translated in both languages, with the same %1, %2 … and
        // line breaks as its English source (a lost %3 would show a figure nowhere).
        static const QRegularExpression arg(QStringLiteral("%\\d+"));
        for (const QString& code : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            QFile file(QStringLiteral(CM_SOURCE_DIR "/translations/clearmesh_%1.ts").arg(code));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString source;
            int messages = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const QString type = xml.attributes().value(QLatin1String("type")).toString();
                    const QString text = xml.readElementText();
                    ++messages;
                    QVERIFY2(type.isEmpty() && !text.isEmpty(), qPrintable(code + QStringLiteral(": untranslated: ") + source));
                    auto placeholders = [](const QString& s) {
                        QStringList found;
                        for (auto it = arg.globalMatch(s); it.hasNext();)
                            found << it.next().captured();
                        found.sort();
                        return found;
                    };
                    QVERIFY2(placeholders(text) == placeholders(source), qPrintable(code + QStringLiteral(": ") + source));
                    QCOMPARE(text.count(QLatin1Char('\n')), source.count(QLatin1Char('\n')));
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY2(messages > 600, qPrintable(QString::number(messages)));
        }
    }

    void theLayoutIsSavedAndRestored()
    {
        auto client = smallWorld();
        QTRY_VERIFY(!client->latest().isNull());
        {
            cm::ui::MainWindow window(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
            QVERIFY(!window.restoreLayout()); // nothing saved yet
            window.setLayoutPersistent(true);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showView(QStringLiteral("bridge"));
            window.resize(1200, 760);
            // The account panel floated off (to another screen, say); the book stays docked.
            window.detailDock()->setFloating(true);
            window.close(); // saves
        }
        cm::ui::MainWindow again(client.get(), QStringLiteral(CM_SOURCE_DIR "/resources/scenarios"));
        QVERIFY(again.restoreLayout());
        QCOMPARE(again.currentViewName(), QStringLiteral("bridge"));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1200, 760));
        QVERIFY(again.detailDock()->isFloating());
        QVERIFY(!again.bookDock()->isFloating());
        QSettings().remove(QStringLiteral("layout"));
    }
};

QTEST_MAIN(TestConsole)
#include "test_console.moc"
