// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/test_support.h"

#include "ui/models/account_filter_proxy_model.h"
#include "ui/models/accounts_model.h"
#include "ui/views/account_detail_panel.h"
#include <QSlider>
#include "ui/views/main_window.h"
#include "ui/views/audit_log_panel.h"
#include "ui/views/bridge_panel.h"
#include "ui/views/liquidation_panel.h"
#include "ui/views/proposals_panel.h"
#include "ui/models/proposals_model.h"
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include "ui/models/liquidations_model.h"

#include <QSortFilterProxyModel>
#include "ui/models/bridge_models.h"
#include "ui/models/audit_log_model.h"
#include "ui/models/model_roles.h"
#include "core/journal/sqlite.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

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

namespace {

// Triggers the widget's action with this text (a context-menu entry); false if it has none.
bool triggerAction(QWidget* widget, const QString& text)
{
    for (QAction* a : widget->actions())
        if (a->text() == text) {
            a->trigger();
            return true;
        }
    return false;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:

    void moveDialogPreviewsHealthAndCostBeforeSubmitting()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(QStringLiteral(CM_TEST_DATA_DIR "/worlds/agent.json"), settings);
        client->start();
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::MoveDialog dialog(client.get(), client->latest(), QStringLiteral("stretched"));
        const auto edits = dialog.findChildren<QLineEdit*>();
        const auto combos = dialog.findChildren<QComboBox*>();
        QCOMPARE(edits.size(), 2);  // account, amount
        QCOMPARE(combos.size(), 3); // asset, from, to
        combos[0]->setCurrentText(QStringLiteral("ETH"));
        combos[1]->setCurrentText(QStringLiteral("arbitrum"));
        combos[2]->setCurrentText(QStringLiteral("ethereum"));
        edits[1]->setText(QStringLiteral("2"));
        // Claims home over eth-arb-ETH: the route's 5 bps on $4,000, health 1.067 → 1.068.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->text().contains(QStringLiteral("eth-arb-ETH")), 5000);
        QVERIFY2(dialog.preview()->text().contains(QStringLiteral("$2.00")), qPrintable(dialog.preview()->text()));
        QVERIFY2(dialog.preview()->text().contains(QStringLiteral("1.07")), qPrintable(dialog.preview()->text()));
        // The pre-trade check beside the plan: how much of the claims may leave now.
        QVERIFY2(dialog.preview()->text().contains(QStringLiteral(" ETH may leave now")), qPrintable(dialog.preview()->text()));
        // Too much: the core says why and how much would pass, and the dialog will not propose it.
        edits[1]->setText(QStringLiteral("55"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->text().contains(QStringLiteral("below its initial requirement")), 5000);
        QVERIFY2(dialog.preview()->text().contains(QStringLiteral("at most ")), qPrintable(dialog.preview()->text()));
        const cm::ui::MoveRequest r = dialog.request();
        QCOMPARE(r.account, QStringLiteral("stretched"));
        QCOMPARE(r.amount, QStringLiteral("55"));
        if (const QByteArray dir = qgetenv("CM_SHOT_DIR"); !dir.isEmpty()) {
            edits[1]->setText(QStringLiteral("2"));
            QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->text().contains(QStringLiteral("Up to")), 5000);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().toImage().save(QString::fromLocal8Bit(dir) + QStringLiteral("/dialog_move_check.png"));
        }
    }

    void agentDialogsRender()
    {
        // The switch-operator, policy and move dialogs render readable (not empty, not one colour);
        // CM_SHOT_DIR keeps their pictures for a person to look at.
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(QStringLiteral(CM_TEST_DATA_DIR "/worlds/agent.json"), settings);
        client->start();
        QTRY_VERIFY(!client->latest().isNull());
        cm::ui::OperatorDialog who(client.get(), client->latest());
        cm::ui::PolicyDialog policy(client.get(), client->latest());
        cm::ui::MoveDialog move(client.get(), client->latest(), QStringLiteral("desk"));
        const QList<QPair<QWidget*, QString>> dialogs {{&who, QStringLiteral("operator")}, {&policy, QStringLiteral("policy")},
                                                       {&move, QStringLiteral("move")}};
        for (const auto& [dialog, name] : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QImage shot = dialog->grab().toImage();
            QSet<QRgb> colours;
            for (int y = 0; y < shot.height(); y += 3)
                for (int x = 0; x < shot.width(); x += 3)
                    colours.insert(shot.pixel(x, y));
            QVERIFY2(colours.size() > 10, qPrintable(name));
            if (const QByteArray dir = qgetenv("CM_SHOT_DIR"); !dir.isEmpty())
                shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/dialog_%1.png").arg(name));
        }
        // Without profiles the dialog offers the first admin; the policy shows the world's values.
        QVERIFY(!who.findChildren<QPushButton*>().isEmpty());
        bool hasWarning = false;
        for (auto* box : policy.findChildren<QDoubleSpinBox*>())
            hasWarning = hasWarning || std::abs(box->value() - 1.25) < 1e-9;
        QVERIFY(hasWarning);
    }

    void approveAndRejectProposalsByRole()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        auto client = cm::test::makeClient(QStringLiteral(CM_TEST_DATA_DIR "/worlds/agent.json"), settings);
        cm::ui::MainWindow window(client.get());
        window.showView(QStringLiteral("proposals"));
        window.show();
        client->start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        cm::ui::ProposalsPanel* panel = window.proposalsPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(client.get(), &cm::ui::EngineClient::commandFinished);
        auto lastRefusal = [&]() -> QString {
            for (int i = 0; i < 1000 && finished.isEmpty(); ++i)
                QTest::qWait(10);
            return finished.isEmpty() ? QStringLiteral("(no answer)") : finished.takeFirst().at(1).toString();
        };
        // The first operator, an admin, signs in at once; then a treasury desk and a risk officer.
        client->addOperator(QStringLiteral("ada"), QStringLiteral("admin"), QStringLiteral("adapass-1"));
        QCOMPARE(lastRefusal(), QString());
        client->addOperator(QStringLiteral("tess"), QStringLiteral("treasury"), QStringLiteral("tesspass-1"));
        QCOMPARE(lastRefusal(), QString());
        client->addOperator(QStringLiteral("rita"), QStringLiteral("risk_officer"), QStringLiteral("ritapass-1"));
        QCOMPARE(lastRefusal(), QString());
        client->login(QStringLiteral("rita"), QStringLiteral("wrong-pass"));
        QCOMPARE(lastRefusal(), QStringLiteral("wrong passphrase for rita"));
        client->login(QStringLiteral("tess"), QStringLiteral("tesspass-1"));
        QCOMPARE(lastRefusal(), QString());
        client->propose({QStringLiteral("desk"), QStringLiteral("USDC"), QStringLiteral("ethereum"), QStringLiteral("arbitrum"),
                         QStringLiteral("250000")});
        QCOMPARE(lastRefusal(), QString());
        client->propose({QStringLiteral("desk"), QStringLiteral("USDC"), QStringLiteral("ethereum"), QStringLiteral("arbitrum"),
                         QStringLiteral("300000")});
        QCOMPARE(lastRefusal(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, 5000);
        // A treasury operator sees the buttons off; the core refuses anyway.
        panel->select(1);
        QTRY_VERIFY(!panel->approveButton()->isEnabled());
        QVERIFY(panel->newMoveButton()->isEnabled());
        client->approveProposal(1);
        QCOMPARE(lastRefusal(), QStringLiteral("operator tess (treasury) may not approve or reject proposals"));
        client->login(QStringLiteral("rita"), QStringLiteral("ritapass-1"));
        QCOMPARE(lastRefusal(), QString());
        panel->select(1);
        QTRY_VERIFY_WITH_TIMEOUT(panel->approveButton()->isEnabled(), 5000);
        QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
        QCOMPARE(lastRefusal(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->proposal(panel->model()->rowOf(1)).state, QStringLiteral("executing"), 5000);
        QCOMPARE(panel->model()->proposal(panel->model()->rowOf(1)).approvers, QStringList {QStringLiteral("rita")});
        panel->select(2);
        QTRY_VERIFY(panel->rejectButton()->isEnabled());
        panel->rejectSelected(QStringLiteral("the buffer is full"));
        QCOMPARE(lastRefusal(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->proposal(panel->model()->rowOf(2)).state, QStringLiteral("rejected"), 5000);
        // The policy: a bad value is named, a risk officer may not change it, an admin may.
        client->setPolicy(QStringLiteral("{\"auto_approve_usd\": \"12,5\"}"));
        QVERIFY(lastRefusal().startsWith(QStringLiteral("auto_approve_usd: ")));
        client->setPolicy(QStringLiteral("{\"enabled\": true}"));
        QCOMPARE(lastRefusal(), QStringLiteral("operator rita (risk_officer) may not edit the approval policy"));
        client->login(QStringLiteral("ada"), QStringLiteral("adapass-1"));
        QCOMPARE(lastRefusal(), QString());
        client->setPolicy(QStringLiteral("{\"enabled\": true, \"expiry_s\": 600}"));
        QCOMPARE(lastRefusal(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(client->latest().agentPolicyJson().contains(QStringLiteral("\"expiry_s\":600")), 5000);
        QVERIFY(client->latest().agentPolicyJson().contains(QStringLiteral("\"enabled\":true")));
    }
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
        // The what-if: ETH (the dominant asset) moved by the slider; the liquidation price is 27.25 % down.
        cm::ui::AccountDetailPanel* detail = window.detailPanel();
        QTRY_COMPARE(detail->whatIfAsset()->currentText(), QStringLiteral("ETH"));
        QCOMPARE(detail->whatIfAsset()->count(), 2); // ETH held, USDC owed
        QVERIFY2(detail->whatIfResult()->text().contains(detail->metricLabel(QStringLiteral("health"))->text().left(4)),
                 qPrintable(detail->whatIfResult()->text()));
        detail->whatIfSlider()->setValue(-27);
        QVERIFY2(!detail->whatIfResult()->text().contains(QStringLiteral("liquidatable")), qPrintable(detail->whatIfResult()->text()));
        detail->whatIfSlider()->setValue(-28);
        QVERIFY2(detail->whatIfResult()->text().contains(QStringLiteral("liquidatable")), qPrintable(detail->whatIfResult()->text()));
        detail->whatIfSlider()->setValue(0);

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

    void aDecisionAppearsSignedInTheAuditLog()
    {
        QTemporaryDir dir;
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        settings.publishIntervalMs = 10;
        auto client = cm::test::openSession(cm::test::smallWorldPath(), dir.filePath(QStringLiteral("s.db")), settings);
        client->setOperator(QStringLiteral("rita"), QByteArray(32, '\x05'));
        cm::ui::MainWindow window(client.get());
        window.showView(QStringLiteral("audit"));
        window.show();
        client->start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* chains = window.chainsView();
        chains->setCurrentIndex(chains->model()->index(1, 0));
        QVERIFY(triggerAction(chains, QStringLiteral("Halt chain")));
        cm::ui::AuditLogModel* log = window.auditPanel()->model();
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 1, 5000);
        QCOMPARE(log->index(0, cm::ui::AuditLogModel::Operator).data().toString(), QStringLiteral("rita"));
        QCOMPARE(log->index(0, cm::ui::AuditLogModel::Action).data().toString(), QStringLiteral("chain_status"));
        QVERIFY(log->index(0, cm::ui::AuditLogModel::Details).data().toString().contains(QStringLiteral("arbitrum")) ||
                log->index(0, cm::ui::AuditLogModel::Event).data(cm::ui::RawValueRole).toULongLong() > 0);
        QCOMPARE(log->row(0).signature, cm::ui::AuditRow::Signature::Valid);
        QVERIFY(!window.readOnlyBanner()->isVisible());
        QAbstractItemModelTester tester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void aBrokenJournalOpensReadOnlyWithARedBanner()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.db"));
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        {
            auto client = cm::test::openSession(cm::test::smallWorldPath(), db, settings);
            client->start();
            for (int i = 0; i < 5; ++i)
                client->step(10);
            client->stateHash(); // waits for the core: the steps are applied
        }
        {
            cm::SqliteDb raw(db.toStdString(), cm::SqliteDb::Mode::OpenExisting);
            raw.exec("UPDATE events SET payload = '{\"steps\":99}' WHERE seq = 4");
        }
        auto client = cm::test::openSession(cm::test::smallWorldPath(), db, settings);
        cm::ui::MainWindow window(client.get());
        window.show();
        client->start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(!client->latest().readOnlyReason().isEmpty(), qPrintable(client->sessionSummary()));
        QVERIFY(window.readOnlyBanner()->isVisible());
        QVERIFY2(window.readOnlyBanner()->text().contains(QStringLiteral("broken at event 4")),
                 qPrintable(window.readOnlyBanner()->text()));
        QVERIFY(!window.scenarioPicker()->isEnabled());
        for (QAction* a : window.chainsView()->actions())
            QVERIFY(!a->isEnabled());
        QCOMPARE(client->latest().steps(), quint64{20}); // the two step events before the break
        QVERIFY(window.auditPanel()->statusLabel()->text().contains(QStringLiteral("Chain broken at event 4")));
        // A command sent anyway changes nothing.
        client->step(10);
        client->chainStatus(QStringLiteral("arbitrum"), QStringLiteral("halted"));
        client->stateHash();
        QCOMPARE(client->latest().steps(), quint64{20});
    }

    void theBridgeMonitorFreezesRoutesAndShowsTransfers()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        settings.publishIntervalMs = 10;
        auto client = cm::test::makeClient(QStringLiteral(CM_SOURCE_DIR "/resources/worlds/bridges.json"), settings);
        cm::ui::MainWindow window(client.get());
        window.showView(QStringLiteral("bridge"));
        window.show();
        client->start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        cm::ui::BridgePanel* bridges = window.bridgePanel();
        QAbstractItemModelTester routesTester(bridges->routesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester transfersTester(bridges->transfersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(bridges->routesModel()->rowCount(), 5);
        const QModelIndex harmony = bridges->routesModel()->index(2, cm::ui::RoutesModel::Status);
        QCOMPARE(harmony.data().toString(), QStringLiteral("weak set"));
        bridges->routesView()->setCurrentIndex(bridges->routesView()->model()->index(0, 0));
        QVERIFY(triggerAction(bridges->routesView(), QStringLiteral("Freeze route")));
        QTRY_COMPARE_WITH_TIMEOUT(bridges->routesModel()->index(0, cm::ui::RoutesModel::Status).data().toString(),
                                  QStringLiteral("frozen"), 5000);
        QCOMPARE(bridges->routesModel()->index(0, cm::ui::RoutesModel::TrustAddon).data(cm::ui::RawValueRole).toDouble(), 1.0);
        // A big transfer waits at the governor; a risk officer drops it from the menu.
        client->transfer(QStringLiteral("nomad-eth-avax-USDC"), false, QStringLiteral("treasury"), QStringLiteral("6000000"));
        QTRY_COMPARE_WITH_TIMEOUT(bridges->transfersModel()->rowCount(), 1, 5000);
        QCOMPARE(bridges->transfersModel()->index(0, cm::ui::TransfersModel::State).data().toString(), QStringLiteral("queued"));
        // The governor of Ethereum (where it leaves from) says so beside its bar, with the countdown; the
        // step timeline shows where the transfer is.
        QTRY_VERIFY2(bridges->governorText(0).contains(QStringLiteral("1 queued, next release in 24 h 0 min")), qPrintable(bridges->governorText(0)));
        QCOMPARE(bridges->transfersModel()->index(0, cm::ui::TransfersModel::Steps).data().toString(), QStringLiteral("●○○○○○"));
        QVERIFY(bridges->summary()->text().contains(QStringLiteral("1 queued")));
        bridges->inFlightOnly()->setChecked(true);
        QCOMPARE(bridges->transfersView()->model()->rowCount(), 1);
        // The filter field narrows both tables; the transfer's route matches, another does not.
        bridges->filter()->setText(QStringLiteral("nomad"));
        QCOMPARE(bridges->transfersView()->model()->rowCount(), 1);
        QVERIFY(bridges->routesView()->model()->rowCount() >= 1);
        QVERIFY(bridges->routesView()->model()->rowCount() < bridges->routesModel()->rowCount());
        bridges->filter()->setText(QStringLiteral("no such route"));
        QCOMPARE(bridges->transfersView()->model()->rowCount(), 0);
        bridges->filter()->clear();
        bridges->transfersView()->setCurrentIndex(bridges->transfersView()->model()->index(0, 0));
        QVERIFY(triggerAction(bridges->transfersView(), QStringLiteral("Drop")));
        QTRY_COMPARE_WITH_TIMEOUT(bridges->transfersModel()->index(0, cm::ui::TransfersModel::State).data().toString(),
                                  QStringLiteral("dropped"), 5000);
        // Settled: out of the in-flight list, its way ending in ✗.
        QTRY_COMPARE(bridges->transfersView()->model()->rowCount(), 0);
        QVERIFY(bridges->transfersModel()->index(0, cm::ui::TransfersModel::Steps).data().toString().endsWith(QStringLiteral("✗")));
    }

    void aBlockedLiquidationIsApprovedFromTheQueue()
    {
        cm::ui::EngineSettings settings;
        settings.startPaused = true;
        settings.publishIntervalMs = 10;
        auto client = cm::test::makeClient(QStringLiteral(CM_TEST_DATA_DIR "/worlds/liquidation.json"), settings);
        cm::ui::MainWindow window(client.get());
        window.showView(QStringLiteral("liquidations"));
        window.show();
        client->start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        cm::ui::LiquidationPanel* panel = window.liquidationPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A frozen route blocks the account whose collateral are its claims.
        client->freezeRoute(QStringLiteral("eth-arb-ETH"), QStringLiteral("test"));
        QVERIFY(client->setPrice(QStringLiteral("ETH"), QStringLiteral("1800")));
        client->step(8);
        int remote = -1;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (int r = 0; r < panel->model()->rowCount(); ++r)
                                         if (panel->model()->item(r).account == QLatin1String("remote"))
                                             remote = r;
                                     return remote >= 0;
                                 }()),
                                 5000);
        QCOMPARE(panel->model()->item(remote).state, QStringLiteral("blocked"));
        const quint64 id = panel->model()->item(remote).id;
        panel->proxy()->setFilterFixedString(QStringLiteral("remote"));
        QCOMPARE(panel->proxy()->rowCount(), 1);
        panel->view()->setCurrentIndex(panel->proxy()->index(0, 0));
        QVERIFY(triggerAction(panel->view(), QStringLiteral("Approve liquidation")));
        client->step(8);
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (int r = 0; r < panel->model()->rowCount(); ++r)
                                         if (panel->model()->item(r).id == id)
                                             return panel->model()->item(r).state != QLatin1String("blocked");
                                     return false;
                                 }()),
                                 5000);
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
