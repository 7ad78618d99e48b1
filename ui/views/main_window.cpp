// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/main_window.h"
#include "ui/util/table_actions.h"

#include "ui/bridge/engine_client.h"
#include "ui/charts/chain_collateral_chart.h"
#include "ui/models/account_filter_proxy_model.h"
#include "ui/models/accounts_model.h"
#include "ui/models/chains_model.h"
#include "ui/views/oracles_panel.h"
#include "ui/views/account_detail_panel.h"
#include "ui/views/audit_log_panel.h"
#include "ui/views/bridge_panel.h"
#include "ui/views/liquidation_panel.h"
#include "ui/views/proposals_panel.h"
#include "ui/views/stress_panel.h"
#include "ui/views/overview_panel.h"
#include "ui/views/collateral_map_panel.h"
#include "ui/charts/plot_theme.h"
#include "ui/charts/qcustomplot_include.h"
#include "ui/util/format.h"

#include <QAction>
#include <QElapsedTimer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QTimeZone>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace cm::ui {
namespace {


QLabel* legendChip(const QString& text, HealthBand band, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    const QColor c = healthColor(band);
    label->setToolTip(QObject::tr("Health bands: below 1 liquidatable, below 1.10 critical, below 1.25 under the agent's warning"));
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: black; padding: 1px 6px; border-radius: 3px; }")
                             .arg(c.isValid() ? c.name() : QStringLiteral("transparent")));
    return label;
}

} // namespace


MainWindow::MainWindow(EngineClient* engine, const QString& scenarioDir, QWidget* parent)
    : QMainWindow(parent),
      m_engine(engine),
      m_accounts(new AccountsModel(this)),
      m_chains(new ChainsModel(this)),
      m_proxy(new AccountFilterProxyModel(this))
{
    setWindowTitle(tr("Clearmesh — cross-chain risk console"));
    m_scenarioDir = scenarioDir;
    m_proxy->setSourceModel(m_accounts);

    auto* top = new QTabWidget(this);
    m_top = top;
    m_overview = new OverviewPanel(this);
    top->addTab(m_overview, tr("Overview"));
    m_collateral = new CollateralMapPanel(this);
    top->addTab(m_collateral, tr("Collateral map"));
    // A cell, a chain or a route clicked in the map shows that chain's accounts in the book.
    connect(m_collateral, &CollateralMapPanel::chainActivated, this, [this](const QString& chain) { m_filter->setText(chain); });
    m_chainsTab = buildChainsPanel();
    top->addTab(m_chainsTab, tr("Chains"));
    m_oraclesTab = new OraclesPanel(this);
    top->addTab(m_oraclesTab, tr("Oracles"));
    m_liquidations = new LiquidationPanel(m_engine, this);
    top->addTab(m_liquidations, tr("Liquidations"));
    m_bridges = new BridgePanel(m_engine, this);
    top->addTab(m_bridges, tr("Bridges"));
    m_proposals = new ProposalsPanel(m_engine, this);
    top->addTab(m_proposals, tr("Proposals"));
    m_stress = new StressPanel(m_engine, scenarioDir, this);
    top->addTab(m_stress, tr("Stress"));
    // The stress view's most affected accounts open in the account panel, live.
    connect(m_stress, &StressPanel::accountActivated, this, [this](const QString& id) { m_detail->showAccount(id); });
    m_audit = new AuditLogPanel(m_engine, this);
    top->addTab(m_audit, tr("Audit log"));
    top->setMaximumHeight(kTopHeight);

    // The book and the account panel are docks under the views: side by side by default, each
    // movable, floatable (to a second screen) and kept in the saved layout.
    m_detail = new AccountDetailPanel(m_engine, this);
    m_bookDock = new QDockWidget(tr("Accounts"), this);
    m_bookDock->setObjectName(QStringLiteral("accountsDock"));
    m_bookDock->setWidget(buildAccountsPanel());
    m_detailDock = new QDockWidget(tr("Account"), this);
    m_detailDock->setObjectName(QStringLiteral("accountDock"));
    m_detailDock->setWidget(m_detail);
    for (QDockWidget* dock : {m_bookDock, m_detailDock}) {
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
        dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    }
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_bookDock);
    splitDockWidget(m_bookDock, m_detailDock, Qt::Horizontal);
    resizeDocks({m_bookDock, m_detailDock}, {730, 550}, Qt::Horizontal);
    // The top views keep their height and the book takes the rest; the stress view, the
    // collateral map and the bridge monitor take the room and the book keeps a strip below.
    QTimer::singleShot(0, this, [this] { fitDocksToView(); });
    connect(top, &QTabWidget::currentChanged, this, [this](int index) {
        m_top->setMaximumHeight(takesTheRoom(m_top->widget(index)) ? QWIDGETSIZE_MAX : kTopHeight);
        // After the layout has settled (the first switch comes before the window is shown).
        QTimer::singleShot(0, this, [this] { fitDocksToView(); });
    });
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #c62828; color: white; font-weight: bold; padding: 6px 10px; }"));
    m_readOnlyBanner->hide();
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(top, 1);
    setCentralWidget(central);
    connect(m_accountsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::handleAccountSelected);
    buildToolBar();
    buildMenus();

    m_clock = new QLabel(this);
    m_engineState = new QLabel(this);
    m_journalState = new QLabel(this);
    m_journalState->setToolTip(m_engine->sessionSummary());
    statusBar()->addWidget(m_clock);
    m_operatorState = new QLabel(this);
    m_operatorState->setToolTip(tr("Who acts: every decision is recorded under this operator and checked against its role"));
    m_engineState->setToolTip(tr("The engine: running or paused, the speed (simulated seconds per wall second) and its rate "
                                 "(simulation steps per wall second)"));
    m_clock->setToolTip(tr("The simulated clock (UTC), the world and the steps taken"));
    statusBar()->addPermanentWidget(m_operatorState);
    statusBar()->addPermanentWidget(m_journalState);
    statusBar()->addPermanentWidget(m_engineState);
    m_wall.start();

    connect(m_engine, &EngineClient::snapshotPublished, this, &MainWindow::handleSnapshot);
    // What the core refused, and why: every command's role is checked there.
    connect(m_engine, &EngineClient::commandFinished, this, [this](const QString& command, const QString& refusal) {
        if (refusal.isEmpty())
            statusBar()->showMessage(tr("%1: done").arg(command), 5000);
        else
            statusBar()->showMessage(tr("%1 refused: %2").arg(command, refusal), 15000);
    });
    handleSnapshot(m_engine->latest());
    for (QCustomPlot* plot : findChildren<QCustomPlot*>()) {
        applyPlotTheme(plot);
        if (plot->contextMenuPolicy() != Qt::ActionsContextMenu)
            addChartActions(plot); // every chart exports to PNG and PDF
    }
    resize(1280, 800);
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Simulation"));
    bar->setObjectName(QStringLiteral("simulationToolBar"));
    bar->setMovable(false);
    m_pauseAction = bar->addAction(tr("Pause"));
    m_pauseAction->setShortcut(Qt::Key_Space);
    m_pauseAction->setToolTip(tr("Pause or resume the simulated market (Space)"));
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        if (m_engine->latest().running())
            m_engine->pause();
        else
            m_engine->resume();
    });
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Speed "), bar));
    m_speed = new QComboBox(bar);
    for (double s : {1.0, 10.0, 60.0, 600.0, 3600.0})
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setToolTip(tr("Simulated seconds per wall-clock second"));
    connect(m_speed, &QComboBox::activated, this, [this](int i) { m_engine->setSpeed(m_speed->itemData(i).toDouble()); });
    bar->addWidget(m_speed);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Replay "), bar));
    m_scenario = new QComboBox(bar);
    m_scenario->setToolTip(tr("Replay a historical window on today's book: each asset moves as it did then"));
    m_scenario->addItem(tr("Live market"), QString());
    const QDir dir(m_scenarioDir);
    const QList<QPair<QString, QString>> builtIn{{QStringLiteral("black_thursday_2020"), tr("Black Thursday 2020")},
                                                 {QStringLiteral("luna_ust_2022"), tr("LUNA/UST May 2022")},
                                                 {QStringLiteral("ftx_2022"), tr("FTX Nov 2022")},
                                                 {QStringLiteral("usdc_depeg_2023"), tr("USDC depeg Mar 2023")}};
    for (const auto& [name, title] : builtIn)
        if (dir.exists(name + QStringLiteral(".json")))
            m_scenario->addItem(title, dir.filePath(name + QStringLiteral(".json")));
    connect(m_scenario, &QComboBox::activated, this, [this](int i) {
        const QString path = m_scenario->itemData(i).toString();
        if (path.isEmpty()) {
            m_engine->stopReplay();
            return;
        }
        const QString failed = m_engine->startReplay(path);
        if (!failed.isEmpty())
            statusBar()->showMessage(failed, 10000);
    });
    bar->addWidget(m_scenario);
    m_replay = new QLabel(bar);
    m_replay->setContentsMargins(6, 0, 0, 0);
    bar->addWidget(m_replay);
    bar->addSeparator();
    m_operatorAction = bar->addAction(tr("Operator"));
    m_operatorAction->setToolTip(tr("Who acts: sign in as another operator, or add one (admin)"));
    m_operatorAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    connect(m_operatorAction, &QAction::triggered, this, [this] {
        OperatorDialog dialog(m_engine, m_engine->latest(), this);
        dialog.exec();
    });
    auto* policy = bar->addAction(tr("Policy…"));
    policy->setToolTip(tr("The approval policy: auto-approval, two approvers, the bound per period, expiry, the agent (admin)"));
    connect(policy, &QAction::triggered, this, [this] {
        PolicyDialog dialog(m_engine, m_engine->latest(), this);
        dialog.exec();
    });
    bar->addSeparator();
    m_totals = new QLabel(bar);
    m_totals->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_totals);
}

QWidget* MainWindow::buildChainsPanel()
{
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    m_chainsView = makeDataTable(m_chains, box);
    m_chainsView->setSortingEnabled(false);
    m_chainsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chainsView->horizontalHeader()->setStretchLastSection(true);
    m_chainsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chainsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const auto& [status, label] : {std::pair{QStringLiteral("halted"), tr("Halt chain")},
                                        std::pair{QStringLiteral("degraded"), tr("Degrade chain")},
                                        std::pair{QStringLiteral("live"), tr("Resume chain")}}) {
        auto* action = new QAction(label, m_chainsView);
        action->setToolTip(tr("What sits on a halted or degraded chain waits longer to settle and is haircut for it"));
        connect(action, &QAction::triggered, this, [this, status = status] {
            const QModelIndex current = m_chainsView->currentIndex();
            if (current.isValid())
                m_engine->chainStatus(m_chains->index(current.row(), ChainsModel::Chain).data(Qt::ToolTipRole).toString(), status);
        });
        m_chainsView->addAction(action);
    }
    m_chart = new ChainCollateralChart(box);
    layout->addWidget(m_chainsView, 3);
    layout->addWidget(m_chart, 2);
    return box;
}

OraclesModel* MainWindow::oraclesModel() const { return m_oraclesTab->model(); }

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("overview"), QStringLiteral("collateral"), QStringLiteral("accounts"), QStringLiteral("oracles"),
            QStringLiteral("liquidations"), QStringLiteral("bridge"), QStringLiteral("proposals"), QStringLiteral("stress"),
            QStringLiteral("audit")};
}

void MainWindow::showView(const QString& name)
{
    // viewNames() in tab order: "accounts" is the chains over the book.
    const int index = viewNames().indexOf(name);
    m_top->setCurrentIndex(index >= 0 ? index : viewNames().indexOf(QStringLiteral("accounts")));
}

void MainWindow::showReadOnly(const QString& reason)
{
    const bool readOnly = !reason.isEmpty();
    if (readOnly == m_readOnlyBanner->isVisible() && (!readOnly || m_readOnlyBanner->toolTip() == reason))
        return;
    m_readOnlyBanner->setVisible(readOnly);
    m_readOnlyBanner->setText(tr("Read-only: %1. Nothing can be changed and the journal is kept as it is for "
                                 "inspection (clearmesh-cli verify --db shows the break); start with --new-session "
                                 "to work on.").arg(reason));
    m_readOnlyBanner->setToolTip(reason);
    // The core refuses every change anyway; the controls say so.
    for (QWidget* w : std::initializer_list<QWidget*>{m_speed, m_scenario})
        w->setEnabled(!readOnly);
    m_pauseAction->setEnabled(!readOnly);
    for (QAction* a : m_chainsView->actions())
        a->setEnabled(!readOnly);
    m_bridges->setReadOnly(readOnly);
    m_liquidations->setReadOnly(readOnly);
    m_proposals->setReadOnly(readOnly);
}

void MainWindow::handleAccountSelected()
{
    const QModelIndex current = m_accountsView->currentIndex();
    if (!current.isValid())
        return;
    m_detail->showAccount(m_proxy->index(current.row(), AccountsModel::Id).data().toString());
}

QWidget* MainWindow::buildAccountsPanel()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(box);
    m_filter->setPlaceholderText(tr("Filter by account, owner or chain…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(150);
    m_liquidatableOnly = new QCheckBox(tr("Liquidatable only"), box);
    m_shownCount = new QLabel(box);
    filterRow->addWidget(m_filter, 2);
    filterRow->addWidget(m_liquidatableOnly);
    filterRow->addSpacing(12);
    filterRow->addWidget(new QLabel(tr("Health:"), box));
    filterRow->addWidget(legendChip(tr("< 1"), HealthBand::Liquidatable, box));
    filterRow->addWidget(legendChip(tr("< 1.10"), HealthBand::Critical, box));
    filterRow->addWidget(legendChip(tr("< 1.25"), HealthBand::Warning, box));
    filterRow->addStretch(1);
    filterRow->addWidget(m_shownCount);
    layout->addLayout(filterRow);

    m_accountsView = makeDataTable(m_proxy, box);
    m_accountsView->setSortingEnabled(true);
    m_accountsView->sortByColumn(AccountsModel::Health, Qt::AscendingOrder);
    auto* header = m_accountsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    layout->addWidget(m_accountsView);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateAccountsCount();
    });
    connect(m_liquidatableOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setLiquidatableOnly(on);
        updateAccountsCount();
    });
    return box;
}

void MainWindow::updateAccountsCount()
{
    m_shownCount->setText(tr("%1 of %2 accounts")
                              .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_accounts->rowCount())));
}

void MainWindow::handleSnapshot(const SnapshotView& snapshot)
{
    if (snapshot.isNull())
        return;
    m_accounts->setSnapshot(snapshot);
    m_proxy->refresh();
    m_chains->setSnapshot(snapshot);
    m_overview->setSnapshot(snapshot);
    m_collateral->setSnapshot(snapshot);
    m_oraclesTab->setSnapshot(snapshot);
    m_chart->setSnapshot(snapshot);
    if (m_firstSnapshot && m_accounts->rowCount() > 0) {
        // The chain table shows every chain without scrolling and no empty space below.
        const int rows = std::max(1, m_chains->rowCount());
        m_chainsView->setFixedHeight(m_chainsView->horizontalHeader()->height() + 2 * m_chainsView->frameWidth()
                                     + rows * m_chainsView->verticalHeader()->defaultSectionSize());
        if (!m_columnsRestored) {
            m_accountsView->resizeColumnsToContents();
            // Long chain lists would push the health columns off screen.
            const int widest = m_accountsView->fontMetrics().horizontalAdvance(QStringLiteral("ethereum, arbitrum, solana"));
            for (int c = 0; c < AccountsModel::ColumnCount; ++c)
                m_accountsView->setColumnWidth(c, std::min(m_accountsView->columnWidth(c), widest));
        }
        m_firstSnapshot = false;
        // Open on the account most at risk.
        m_accountsView->setCurrentIndex(m_proxy->index(0, AccountsModel::Id));
    }
    updateAccountsCount();

    m_totals->setText(tr("Collateral %1 · Requirement %2 · Liquidatable %3")
                          .arg(formatUsdShort(snapshot.totalCollateralUsd()),
                               formatUsdShort(snapshot.totalRequirementUsd()),
                               QLocale().toString(snapshot.liquidatableCount())));
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(snapshot.simTimeMs(), Qt::UTC);
    m_clock->setText(tr("Simulated time %1 UTC · %2 · step %3")
                         .arg(QLocale().toString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              snapshot.worldName(), QLocale().toString(snapshot.steps())));
    // The engine's rate over the last second or more of wall time.
    if (const qint64 wall = m_wall.elapsed(); wall - m_rateWallMs >= 1000 || snapshot.steps() < m_rateSteps) {
        if (m_rateWallMs > 0 && snapshot.steps() >= m_rateSteps)
            m_stepsPerS = double(snapshot.steps() - m_rateSteps) * 1000.0 / double(wall - m_rateWallMs);
        m_rateSteps = snapshot.steps();
        m_rateWallMs = wall;
    }
    m_engineState->setText(snapshot.running() ? tr("running at %1× · %2 steps/s")
                                                    .arg(QLocale().toString(snapshot.speed()), QLocale().toString(m_stepsPerS, 'f', 0))
                                              : tr("paused"));
    m_operatorState->setText(tr("Operator %1 (%2)").arg(snapshot.operatorName(), snapshot.operatorRole()));
    if (snapshot.scenario().isEmpty()) {
        m_replay->clear();
        if (!m_scenario->currentData().toString().isEmpty())
            m_scenario->setCurrentIndex(0); // the window ended: back to the live market
    } else {
        // A replay restored with the session, or started from a feed or the command line.
        const QString file = snapshot.scenarioName() + QStringLiteral(".json");
        if (!m_scenario->currentData().toString().endsWith(file))
            for (int i = 1; i < m_scenario->count(); ++i)
                if (m_scenario->itemData(i).toString().endsWith(QLatin1Char('/') + file))
                    m_scenario->setCurrentIndex(i);
        const QDateTime h = QDateTime::fromSecsSinceEpoch(snapshot.scenarioTimeS(), Qt::UTC);
        m_replay->setText(tr("%1 · %2 · %3").arg(snapshot.scenario(), h.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                 formatPercent(snapshot.scenarioProgress(), 0)));
    }
    m_pauseAction->setText(snapshot.running() ? tr("Pause") : tr("Resume"));
    showReadOnly(snapshot.readOnlyReason());
    m_audit->refresh(snapshot);
    m_bridges->setSnapshot(snapshot);
    m_liquidations->setSnapshot(snapshot);
    m_proposals->setSnapshot(snapshot);
    m_operatorAction->setText(tr("Operator: %1 (%2)").arg(snapshot.operatorName(), snapshot.operatorRole()));
    if (snapshot.journalPath().isEmpty())
        m_journalState->setText(tr("not journaled"));
    else
        m_journalState->setText((snapshot.readOnlyReason().isEmpty() ? tr("Journal: %1 events · %2 decisions")
                                                                     : tr("Journal (read-only): %1 events · %2 decisions"))
                                    .arg(QLocale().toString(snapshot.journalEvents()),
                                         QLocale().toString(snapshot.auditEntryCount())));
    const int speedIndex = m_speed->findData(snapshot.speed());
    if (speedIndex >= 0 && speedIndex != m_speed->currentIndex())
        m_speed->setCurrentIndex(speedIndex);
}

} // namespace cm::ui
