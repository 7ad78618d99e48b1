// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include "ui/models/live_table_model.h"

namespace cm::ui {

//! Per chain: status, block height, how far finality trails the head (it grows while a chain
//! is halted), collateral held there, accounts with collateral on it and how many of them are
//! liquidatable, block time.
class ChainsModel final : public LiveTableModel {
    Q_OBJECT

public:
    enum Column { Chain, Status, Height, FinalityLag, Collateral, Accounts, Liquidatable, BlockTime, ColumnCount };

    explicit ChainsModel(QObject* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;

    SnapshotView m_snapshot;
};

} // namespace cm::ui
