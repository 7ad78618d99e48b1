// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/account_detail_view.h"

#include "ui/models/live_table_model.h"

namespace cm::ui {

//! An account's holdings per chain with the four parts of each haircut.
class HoldingsModel final : public LiveTableModel {
    Q_OBJECT

public:
    enum Column { Chain, Asset, Value, Haircut, Volatility, Latency, Oracle, Route, Horizon, ColumnCount };

    explicit HoldingsModel(QObject* parent = nullptr);
    void setDetail(const AccountDetailView& detail);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;

    AccountDetailView m_detail;
};

//! An account's obligations: debts and perpetual positions, one row each.
class ObligationsModel final : public LiveTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Where, Asset, Size, Entry, Mark, Value, Pnl, Mmr, ColumnCount };

    explicit ObligationsModel(QObject* parent = nullptr);
    void setDetail(const AccountDetailView& detail);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;

    AccountDetailView m_detail;
};

} // namespace cm::ui
