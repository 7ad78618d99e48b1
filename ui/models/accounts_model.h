// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include "ui/models/live_table_model.h"

namespace cm::ui {

//! One row per account of the latest snapshot; values refresh in place with one ranged
//! dataChanged per snapshot, rows reset only when the set of accounts changes.
class AccountsModel final : public LiveTableModel {
    Q_OBJECT

public:
    // Health first: it is what a risk officer scans for.
    enum Column { Id, Owner, Health, Distance, Collateral, Requirement, Debt, Adjusted, MaxLeverage, Liquidatable,
                  Chains, Role, ColumnCount };

    explicit AccountsModel(QObject* parent = nullptr);

    void setSnapshot(const SnapshotView& snapshot);
    const SnapshotView& snapshot() const { return m_snapshot; }
    //! A numeric column's raw value without a QVariant (the book's sort reads 100,000 of them).
    double sortKey(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;
    QString displayText(int row, int column) const;

    SnapshotView m_snapshot;
};

} // namespace cm::ui
