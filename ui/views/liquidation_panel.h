// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cm::ui {

class EngineClient;
class LiquidationsModel;

//! The liquidation queue, live: state, shortfall, health, chain, keeper and ETA, sortable and
//! filterable; the insurance fund over time; approve or cancel a blocked item from the
//! context menu.
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

private:
    EngineClient* m_engine;
    LiquidationsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QCustomPlot* m_chart = nullptr;
    int m_fundPoints = -1;
};

} // namespace cm::ui
