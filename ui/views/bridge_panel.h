// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include <QWidget>

class QLabel;
class QTableView;
class QAction;
class QCheckBox;
class QLineEdit;
class QCustomPlot;
class QSortFilterProxyModel;

namespace cm::ui {

class EngineClient;
class RoutesModel;
class TransfersModel;

//! The bridge monitor: routes with their vaults, claims, backing, validator sets and buckets;
//! transfers with the step they reached; each chain's governor headroom and the next release;
//! the latest alert. A risk officer freezes and unfreezes routes and releases or drops queued
//! transfers from the context menus.
class BridgePanel final : public QWidget {
    Q_OBJECT

public:
    explicit BridgePanel(EngineClient* engine, QWidget* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);
    void setReadOnly(bool readOnly);

    RoutesModel* routesModel() const { return m_routes; }
    TransfersModel* transfersModel() const { return m_transfers; }
    QTableView* routesView() const { return m_routesView; }
    QTableView* transfersView() const { return m_transfersView; }
    //! Each chain's governor: the daily limit used, the headroom, the queue and its next release.
    QCustomPlot* governorChart() const { return m_governorChart; }
    //! A chain's governor line as drawn beside its bar ("headroom $18.8M · 1 queued · release in 23h 59m").
    QString governorText(int chain) const { return m_governorTexts.value(chain); }
    QCheckBox* inFlightOnly() const { return m_inFlight; }
    QLineEdit* filter() const { return m_filter; }
    QLabel* summary() const { return m_governors; }

private:
    void drawGovernors(const SnapshotView& snapshot);
    quint64 selectedTransfer() const;

    EngineClient* m_engine;
    RoutesModel* m_routes;
    TransfersModel* m_transfers;
    QTableView* m_routesView = nullptr;
    QTableView* m_transfersView = nullptr;
    QLabel* m_governors = nullptr;
    QLabel* m_alert = nullptr;
    bool m_firstSnapshot = true;
    QCustomPlot* m_governorChart = nullptr;
    QStringList m_governorTexts;
    QCheckBox* m_inFlight = nullptr;
    QSortFilterProxyModel* m_transfersProxy = nullptr; //!< in flight only
    QSortFilterProxyModel* m_transfersText = nullptr;  //!< the filter field, over the former
    QSortFilterProxyModel* m_routesProxy = nullptr;
    QLineEdit* m_filter = nullptr;
};

} // namespace cm::ui
