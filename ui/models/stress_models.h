// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/stress_runner.h"

#include <QAbstractTableModel>

namespace cm::ui {

//! A stress run's blast radius (DESIGN §11): one row per route or chain failing alone, what it
//! does to the book, and each route's isolation cap beside what it costs and bounds.
class StressBlastModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Failing, Hit, Pushed, ValueAtRisk, BadDebt, CreditLost, Shortfall, Cap, CapCost, LossBounded, ColumnCount };

    explicit StressBlastModel(QObject* parent = nullptr);
    void setReport(const StressReportView& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<StressReportView::Blast> m_rows;
};

//! A stress run's most affected accounts: health before and after, loss of equity, liquidated,
//! bad debt.
class StressAccountsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Account, HealthBefore, HealthAfter, Loss, Liquidated, BadDebt, ColumnCount };

    explicit StressAccountsModel(QObject* parent = nullptr);
    void setReport(const StressReportView& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<StressReportView::Account> m_rows;
};

} // namespace cm::ui
