// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include <QElapsedTimer>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QCheckBox;
class QComboBox;
class QTableView;
class QAction;
class QSplitter;
class QDockWidget;

namespace cm::ui {

class EngineClient;
class AccountsModel;
class ChainsModel;
class AccountFilterProxyModel;
class ChainCollateralChart;
class OraclesModel;
class AccountDetailPanel;
class AuditLogPanel;
class BridgePanel;
class LiquidationPanel;
class ProposalsPanel;
class StressPanel;
class OverviewPanel;
class OraclesPanel;
class CollateralMapPanel;

//! The console's main window: chain overview and chart on top, the live accounts book below.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    //! scenarioDir holds the built-in historical replays (resources/scenarios).
    explicit MainWindow(EngineClient* engine, const QString& scenarioDir = {}, QWidget* parent = nullptr);

    //! Brings a view to the front: "overview", "collateral", "accounts" (the chains over the book), "oracles",
    //! "liquidations", "bridge", "proposals", "stress" or "audit".
    void showView(const QString& name);
    //! The names showView and --view take, in tab order.
    static QStringList viewNames();
    //! The window's layout (geometry, the splitters, the view in front, the book's columns) in the
    //! user's settings (QSettings "layout/"); restoreLayout returns false when none is saved.
    void saveLayout() const;
    bool restoreLayout();
    //! Save the layout when the window closes (off for screenshots and tests).
    void setLayoutPersistent(bool on) { m_persistLayout = on; }
    //! Re-colours every chart after the theme changed (ui/util/theme.h).
    void refreshTheme();
    QString currentViewName() const;
    //! The book's and the account panel's docks (movable, floatable, in the saved layout).
    QDockWidget* bookDock() const { return m_bookDock; }
    //! The views' tabs (Overview … Audit log).
    class QTabWidget* views() const { return m_top; }
    QDockWidget* detailDock() const { return m_detailDock; }

    AuditLogPanel* auditPanel() const { return m_audit; }
    BridgePanel* bridgePanel() const { return m_bridges; }
    LiquidationPanel* liquidationPanel() const { return m_liquidations; }
    ProposalsPanel* proposalsPanel() const { return m_proposals; }
    StressPanel* stressPanel() const { return m_stress; }
    OverviewPanel* overviewPanel() const { return m_overview; }
    CollateralMapPanel* collateralMap() const { return m_collateral; }
    QLineEdit* accountsFilter() const { return m_filter; }
    QLabel* readOnlyBanner() const { return m_readOnlyBanner; }

    AccountsModel* accountsModel() const { return m_accounts; }
    AccountFilterProxyModel* accountsProxy() const { return m_proxy; }
    QTableView* accountsView() const { return m_accountsView; }
    QComboBox* scenarioPicker() const { return m_scenario; }
    QTableView* chainsView() const { return m_chainsView; }
    AccountDetailPanel* detailPanel() const { return m_detail; }
    OraclesModel* oraclesModel() const;
    OraclesPanel* oraclesPanel() const { return m_oraclesTab; }

Q_SIGNALS:
    //! The desk chose another language in the View menu; the composition root rebuilds the window.
    void languageRequested(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    static constexpr int kTopHeight = 300; //!< the top views' height over the accounts book
    static constexpr int kBookStrip = 170; //!< what the book keeps under a view that takes the room
    void buildMenus();
    //! The stress view, the collateral map and the bridge monitor take the height over the book.
    bool takesTheRoom(const QWidget* view) const;
    void fitDocksToView();
    QWidget* buildChainsPanel();
    void handleAccountSelected();
    QWidget* buildAccountsPanel();
    void buildToolBar();
    void handleSnapshot(const SnapshotView& snapshot);
    void updateAccountsCount();
    //! A red banner and disabled controls while the core refuses every change.
    void showReadOnly(const QString& reason);

    EngineClient* m_engine;
    AccountsModel* m_accounts;
    ChainsModel* m_chains;
    AccountFilterProxyModel* m_proxy;
    ChainCollateralChart* m_chart = nullptr;
    AccountDetailPanel* m_detail = nullptr;
    class QTabWidget* m_top = nullptr;
    QTableView* m_accountsView = nullptr;
    QTableView* m_chainsView = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_liquidatableOnly = nullptr;
    QLabel* m_shownCount = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_clock = nullptr;
    QLabel* m_engineState = nullptr;
    QLabel* m_journalState = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    AuditLogPanel* m_audit = nullptr;
    BridgePanel* m_bridges = nullptr;
    LiquidationPanel* m_liquidations = nullptr;
    ProposalsPanel* m_proposals = nullptr;
    StressPanel* m_stress = nullptr;
    OverviewPanel* m_overview = nullptr;
    CollateralMapPanel* m_collateral = nullptr;
    QWidget* m_chainsTab = nullptr;
    OraclesPanel* m_oraclesTab = nullptr;
    QDockWidget* m_bookDock = nullptr;
    QDockWidget* m_detailDock = nullptr;
    QAction* m_operatorAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QComboBox* m_speed = nullptr;
    QComboBox* m_scenario = nullptr;
    QLabel* m_replay = nullptr;
    QString m_scenarioDir;
    bool m_firstSnapshot = true;
    bool m_persistLayout = false;
    bool m_columnsRestored = false;
    QLabel* m_operatorState = nullptr;
    quint64 m_rateSteps = 0;
    qint64 m_rateWallMs = 0;
    double m_stepsPerS = 0.0;
    QElapsedTimer m_wall;
};

} // namespace cm::ui
