// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/accounts_model.h"

#include "ui/models/model_roles.h"
#include "ui/util/format.h"

#include <QLocale>

#include <cmath>

namespace cm::ui {

AccountsModel::AccountsModel(QObject* parent) : LiveTableModel(parent) {}

void AccountsModel::setSnapshot(const SnapshotView& snapshot)
{
    const bool sameRows = snapshot.accountCount() == m_snapshot.accountCount()
                          && snapshot.structureVersion() == m_snapshot.structureVersion();
    replaceView(sameRows, [&] { m_snapshot = snapshot; }, Health, Liquidatable);
}

int AccountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_snapshot.accountCount();
}

int AccountsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AccountsModel::rawValue(int row, int column) const
{
    const SnapshotView& s = m_snapshot;
    switch (column) {
    case Id: return s.accountId(row);
    case Owner: return s.accountOwner(row);
    case Role: return s.accountRole(row);
    case Chains: return s.accountChains(row);
    case Collateral: return s.collateralUsd(row);
    case Adjusted: return s.adjustedUsd(row);
    case Debt: return s.debtUsd(row);
    case Requirement: return s.requirementUsd(row);
    case Health: return s.health(row);
    case Liquidatable: return s.liquidatable(row);
    case Distance: return s.distanceToLiquidation(row);
    case MaxLeverage: return s.maxLeverage(row);
    default: return {};
    }
}

double AccountsModel::sortKey(int row, int column) const
{
    const SnapshotView& s = m_snapshot;
    switch (column) {
    case Collateral: return s.collateralUsd(row);
    case Adjusted: return s.adjustedUsd(row);
    case Debt: return s.debtUsd(row);
    case Requirement: return s.requirementUsd(row);
    case Health: return s.health(row);
    case Liquidatable: return s.liquidatable(row) ? 1.0 : 0.0;
    case Distance: return s.distanceToLiquidation(row);
    case MaxLeverage: return s.maxLeverage(row);
    default: return rawValue(row, column).toDouble();
    }
}

QString AccountsModel::displayText(int row, int column) const
{
    const SnapshotView& s = m_snapshot;
    switch (column) {
    case Collateral: return formatUsd(s.collateralUsd(row));
    case Adjusted: return formatUsd(s.adjustedUsd(row));
    case Debt: return formatUsd(s.debtUsd(row));
    case Requirement: return formatUsd(s.requirementUsd(row));
    case Health: return formatHealth(s.health(row));
    case Liquidatable: return s.liquidatable(row) ? tr("yes") : tr("no");
    case Distance: return formatPercent(s.distanceToLiquidation(row));
    case MaxLeverage: return s.maxLeverage(row) > 0 ? QLocale().toString(s.maxLeverage(row), 'f', 1) + QStringLiteral("×")
                                                    : QStringLiteral("—");
    default: return rawValue(row, column).toString();
    }
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayText(row, column);
    case RawValueRole: return rawValue(row, column);
    case Qt::TextAlignmentRole:
        return column >= Health && column <= Liquidatable ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (column == Health || column == Liquidatable) {
            const QColor c = healthColor(healthBand(m_snapshot.health(row)));
            if (c.isValid())
                return c;
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == Health || column == Liquidatable) && healthColor(healthBand(m_snapshot.health(row))).isValid())
            return QColor(Qt::black);
        return {};
    default: return {};
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Id: return tr("Account");
        case Owner: return tr("Owner");
        case Role: return tr("Role");
        case Chains: return tr("Chains");
        case Collateral: return tr("Collateral");
        case Adjusted: return tr("Adjusted");
        case Debt: return tr("Debt");
        case Requirement: return tr("Requirement");
        case Health: return tr("Health");
        case Liquidatable: return tr("Liquidatable");
        case Distance: return tr("To liquidation");
        case MaxLeverage: return tr("Max lev.");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Collateral: return tr("Σ amount × price over every chain");
        case Adjusted: return tr("AC = Σ amount × price × (1 − haircut); the haircut grows with the time the collateral needs to settle where it is owed");
        case Requirement: return tr("MR = debt + Σ |size| × mark × MMR");
        case Health: return tr("(AC + unrealized PnL) / MR; below 1 the account is liquidatable");
        case Distance: return tr("Uniform fall of all non-stable prices that brings health to 1");
        case MaxLeverage: return tr("1 / IMR of the account's exposure, IMR = MMR / 0.6");
        case Id: return tr("The account; double-click a row to follow it in the account panel");
        case Owner: return tr("Who owns it");
        case Debt: return tr("Σ debt × price over every chain");
        case Liquidatable: return tr("Health below 1: keepers may liquidate it");
        case Chains: return tr("The chains where it holds collateral");
        case Role: return tr("trader, lender, market maker or treasury");
        default: return {};
        }
    }
    return {};
}

} // namespace cm::ui
