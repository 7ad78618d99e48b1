// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/account_detail_view.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableView;
class QGridLayout;

class QComboBox;
class QSlider;
class QTabWidget;
class QCustomPlot;

namespace cm::ui {

class EngineClient;
class HoldingsModel;
class ObligationsModel;

//! One account: health and its distance to liquidation, equity, free collateral, the
//! dominant asset's liquidation price, max leverage; holdings per chain with haircut
//! components; debts and positions. Refreshed from the core with every snapshot.
class AccountDetailPanel final : public QWidget {
    Q_OBJECT

public:
    explicit AccountDetailPanel(EngineClient* engine, QWidget* parent = nullptr);

    void showAccount(const QString& id);
    QString accountId() const { return m_id; }
    HoldingsModel* holdingsModel() const { return m_holdings; }
    ObligationsModel* obligationsModel() const { return m_obligations; }
    //! The label of a metric by its name ("health", "equity", ...), for tests.
    QLabel* metricLabel(const QString& name) const;
    //! The what-if: an asset, its price move in percent, and what health would be.
    QComboBox* whatIfAsset() const { return m_whatIfAsset; }
    QSlider* whatIfSlider() const { return m_whatIf; }
    QLabel* whatIfResult() const { return m_whatIfResult; }
    //! Holdings, debts and positions, the health history: one tab each.
    QTabWidget* tabs() const { return m_tabs; }
    QCustomPlot* historyChart() const { return m_history; }

private:
    void handleDetail(const AccountDetailView& detail);
    void updateWhatIf();
    void drawHistory();
    QLabel* addMetric(QGridLayout* grid, int row, int column, const QString& name, const QString& title,
                      const QString& tooltip);

    EngineClient* m_engine;
    QString m_id;
    bool m_requestPending = false;
    QLabel* m_title = nullptr;
    QLabel* m_hold = nullptr;
    HoldingsModel* m_holdings;
    ObligationsModel* m_obligations;
    QTableView* m_holdingsView = nullptr;
    QTableView* m_obligationsView = nullptr;
    QHash<QString, QLabel*> m_metrics;
    AccountDetailView m_detail;
    QComboBox* m_whatIfAsset = nullptr;
    QSlider* m_whatIf = nullptr;
    QLabel* m_whatIfResult = nullptr;
    QTabWidget* m_tabs = nullptr;
    QCustomPlot* m_history = nullptr;
};

} // namespace cm::ui
