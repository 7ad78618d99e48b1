// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include <QWidget>

class QLabel;
class QTableView;
class QAction;

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

private:
    EngineClient* m_engine;
    RoutesModel* m_routes;
    TransfersModel* m_transfers;
    QTableView* m_routesView = nullptr;
    QTableView* m_transfersView = nullptr;
    QLabel* m_governors = nullptr;
    QLabel* m_alert = nullptr;
    bool m_firstSnapshot = true;
};

} // namespace cm::ui
