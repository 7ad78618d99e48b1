// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"
#include "ui/models/live_table_model.h"

namespace cm::ui {

//! The liquidation queue (DESIGN §7): every open item and the latest closed ones, with state,
//! shortfall, health, the debt's chain, the keeper, the ETA and what it repaid and seized.
class LiquidationsModel final : public LiveTableModel {
    Q_OBJECT

public:
    enum Column { Id, Account, State, Kind, Shortfall, Health, Chain, Keeper, Eta, Repaid, Seized, BadDebt, Reason, ColumnCount };

    explicit LiquidationsModel(QObject* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);
    LiquidationView item(int row) const { return m_snapshot.liquidation(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SnapshotView m_snapshot;
};

//! The loss ledger (DESIGN §7): each bad debt with who bore it (the insurance fund, the
//! deleveraged, everyone), and each position deleveraged at a bankruptcy price.
class LossLedgerModel final : public LiveTableModel {
    Q_OBJECT

public:
    enum Column { Time, Account, Event, Asset, Amount, Loss, Fund, Deleveraged, Socialized, Price, Against, ColumnCount };

    explicit LossLedgerModel(QObject* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SnapshotView m_snapshot;
};

} // namespace cm::ui
