// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include "ui/models/live_table_model.h"

namespace cm::ui {

//! One row per asset: the oracle aggregate margin uses, its sources, divergence and state.
class OraclesModel final : public LiveTableModel {
    Q_OBJECT

public:
    enum Column { Asset, Price, Change, Volatility, MaxLeverage, Sources, Divergence, State, Refused, LastRefusal, ColumnCount };

    explicit OraclesModel(QObject* parent = nullptr);
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
