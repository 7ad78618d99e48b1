// SPDX-License-Identifier: GPL-3.0-or-later
// The overview (DESIGN §1): chain tiles, totals, accounts by health and alerts, live.
#include "tests/ui/test_support.h"

#include "ui/charts/qcustomplot_include.h"
#include "ui/views/main_window.h"
#include "ui/views/overview_panel.h"

#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QTest>

class TestOverview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tilesTotalsHealthAndAlertsFollowTheBook()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(cm::test::smallWorldPath(), settings);
        client->start();
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
};

QTEST_MAIN(TestOverview)
#include "test_overview.moc"
