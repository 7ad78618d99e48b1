// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/chains_model.h"

#include "ui/models/model_roles.h"
#include "ui/util/format.h"

#include <QColor>
#include <QLocale>

namespace cm::ui {

ChainsModel::ChainsModel(QObject* parent) : LiveTableModel(parent) {}

void ChainsModel::setSnapshot(const SnapshotView& snapshot)
{
    replaceView(snapshot.chainCount() == m_snapshot.chainCount(), [&] { m_snapshot = snapshot; }, 0, ColumnCount - 1);
}

int ChainsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_snapshot.chainCount(); }
int ChainsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ChainsModel::rawValue(int row, int column) const
{
    const SnapshotView& s = m_snapshot;
    switch (column) {
    case Chain: return s.chainName(row);
    case Status: return s.chainStatus(row);
    case Height: return s.chainHeight(row);
    case FinalityLag: return s.chainFinalityLagMs(row);
    case Collateral: return s.chainCollateralUsd(row);
    case Accounts: return s.chainAccounts(row);
    case Liquidatable: return s.chainLiquidatable(row);
    case BlockTime: return s.chainBlockTimeMs(row);
    default: return {};
    }
}

QVariant ChainsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Collateral: return formatUsd(m_snapshot.chainCollateralUsd(row));
        case Accounts: return QLocale().toString(m_snapshot.chainAccounts(row));
        case Liquidatable: return QLocale().toString(m_snapshot.chainLiquidatable(row));
        case BlockTime: return formatDuration(m_snapshot.chainBlockTimeMs(row));
        case Height: return QLocale().toString(m_snapshot.chainHeight(row));
        case FinalityLag: return formatDuration(m_snapshot.chainFinalityLagMs(row));
        default: return rawValue(row, column).toString();
        }
    case RawValueRole: return rawValue(row, column);
    case Qt::ToolTipRole:
        if (column == Chain)
            return m_snapshot.chainId(row);
        if (column == Height)
            return tr("Finalized: %1").arg(QLocale().toString(m_snapshot.chainFinalizedHeight(row)));
        if (column == FinalityLag)
            return tr("How far finality trails the head; the chain's own finality is %1. What sits on a lagging chain is haircut for the wait.")
                .arg(formatDuration(m_snapshot.chainFinalityMs(row)));
        return {};
    case Qt::TextAlignmentRole:
        return column == Chain || column == Status ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Status && m_snapshot.chainStatus(row) != QLatin1String("live"))
            return toneColor(Tone::Bad);
        if (column == Liquidatable && m_snapshot.chainLiquidatable(row) > 0)
            return toneColor(Tone::Bad);
        if (column == FinalityLag && m_snapshot.chainFinalityLagMs(row) > m_snapshot.chainFinalityMs(row))
            return toneColor(Tone::Bad);
        return {};
    default: return {};
    }
}

QVariant ChainsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Chain: return tr("The chain (its id in the tooltip)");
        case Status: return tr("live, degraded (slower to settle, haircut more) or halted (nothing settles until it resumes)");
        case Height: return tr("The head block, and the finalized one in the tooltip");
        case FinalityLag: return tr("How far finality trails the head; a halt adds its whole length");
        case Collateral: return tr("Σ amount × price of every holding on this chain, claims included");
        case Accounts: return tr("Accounts with collateral on this chain");
        case Liquidatable: return tr("Of those, how many are below health 1");
        case BlockTime: return tr("The chain's block time");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Chain: return tr("Chain");
    case Status: return tr("Status");
    case Collateral: return tr("Collateral");
    case Accounts: return tr("Accounts");
    case Liquidatable: return tr("Liquidatable");
    case BlockTime: return tr("Block");
    case Height: return tr("Height");
    case FinalityLag: return tr("Finality lag");
    default: return {};
    }
}

} // namespace cm::ui
