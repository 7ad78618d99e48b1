// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace cm::ui {

class EngineClient;
class LiquidationsModel;
class LossLedgerModel;

//! The liquidation queue, live: state, what it closes, shortfall, health, chain, keeper and ETA,
//! sortable and filterable, each item's transitions in its tooltip; the loss ledger (bad debt
//! and who bore it, positions deleveraged); the insurance fund over time; approve or cancel a
//! blocked item from the context menu.
class LiquidationPanel final : public QWidget {
    Q_OBJECT

public:
    explicit LiquidationPanel(EngineClient* engine, QWidget* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);
    void setReadOnly(bool readOnly);

    LiquidationsModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QCustomPlot* fundChart() const { return m_chart; }
    LossLedgerModel* lossModel() const { return m_losses; }
    QTableView* lossView() const { return m_lossView; }

private:
    EngineClient* m_engine;
    LiquidationsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QCustomPlot* m_chart = nullptr;
    LossLedgerModel* m_losses = nullptr;
    QSortFilterProxyModel* m_lossProxy = nullptr;
    QTableView* m_lossView = nullptr;
    QTabWidget* m_tabs = nullptr;
    int m_fundPoints = -1;
};

} // namespace cm::ui
