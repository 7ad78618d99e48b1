// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/oracles_model.h"

#include "ui/models/model_roles.h"
#include "ui/util/format.h"

#include <QColor>
#include <QLocale>

namespace cm::ui {

OraclesModel::OraclesModel(QObject* parent) : LiveTableModel(parent) {}

void OraclesModel::setSnapshot(const SnapshotView& snapshot)
{
    replaceView(snapshot.assetCount() == m_snapshot.assetCount(), [&] { m_snapshot = snapshot; }, 0, ColumnCount - 1);
}

int OraclesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_snapshot.assetCount(); }
int OraclesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OraclesModel::rawValue(int row, int column) const
{
    const SnapshotView& s = m_snapshot;
    switch (column) {
    case Asset: return s.assetSymbol(row);
    case Price: return s.assetPriceUsd(row);
    case Change: return s.assetChange(row);
    case Volatility: return s.assetVolatility(row);
    case MaxLeverage: return s.assetMaxLeverage(row);
    case Sources: return s.assetFreshSources(row);
    case Divergence: return s.assetDivergence(row);
    case State: return s.assetOracleState(row);
    case Refused: return s.assetRejected(row);
    case LastRefusal: return s.assetLastRejection(row);
    default: return {};
    }
}

QVariant OraclesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const SnapshotView& s = m_snapshot;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Price: return QString(QStringLiteral("$") + QLocale().toString(s.assetPriceUsd(row), 'f', s.assetPriceUsd(row) < 10 ? 4 : 2));
        case Change: return formatPercent(s.assetChange(row), 2);
        case Volatility: return formatPercent(s.assetVolatility(row), 1);
        case MaxLeverage: return QString(QLocale().toString(s.assetMaxLeverage(row), 'f', 1) + QStringLiteral("×"));
        case Sources: return tr("%1 of %2 fresh").arg(s.assetFreshSources(row)).arg(s.assetSourceCount(row));
        case Divergence: return formatPercent(s.assetDivergence(row), 2);
        case Refused: return QLocale().toString(s.assetRejected(row));
        default: return rawValue(row, column).toString();
        }
    case RawValueRole: return rawValue(row, column);
    case Qt::ToolTipRole:
        if (column == Sources || column == Asset)
            return s.assetSourcesText(row);
        if (column == Divergence)
            return tr("(max − min) / median over fresh sources; above 2 % degraded (the haircut grows), above 10 % broken");
        if (column == Volatility)
            return tr("EWMA of the aggregate's moves, λ = 0.94 a day, annualized");
        if (column == MaxLeverage)
            return tr("1 / IMR: IMR = MMR / 0.6, MMR = max(floor, z·σ·sqrt(T_liq / 1y)); falls as volatility rises");
        return {};
    case Qt::TextAlignmentRole:
        return column >= Price && column <= Refused && column != State ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == State && s.assetOracleState(row) != QLatin1String("ok"))
            return toneColor(Tone::Bad);
        if (column == Change)
            return s.assetChange(row) < 0 ? toneColor(Tone::Bad) : toneColor(Tone::Good);
        return {};
    default: return {};
    }
}

QVariant OraclesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Asset: return tr("The asset (its sources in the tooltip)");
        case Price: return tr("The aggregate margin uses: the median of the fresh sources");
        case Change: return tr("Aggregate ÷ the world's start price − 1");
        case Volatility: return tr("σ: EWMA of the aggregate's log moves, λ = 0.94 a day, annualized");
        case MaxLeverage: return tr("1 / IMR, IMR = MMR / 0.6, MMR = max(floor, z·σ·sqrt(T_liq / 1y))");
        case Sources: return tr("Sources younger than the freshness limit, of all");
        case Divergence: return tr("(max − min) / median over the fresh sources; above 2 % degraded, above 10 % broken");
        case State: return tr("ok, degraded (divergence), broken (divergence past the halt limit) or stale (no fresh source)");
        case Refused: return tr("Prices refused over all its sources: not finite, not positive, or a jump past the outlier limit");
        case LastRefusal: return tr("The latest refusal: source and reason");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Asset: return tr("Asset");
    case Price: return tr("Aggregate");
    case Change: return tr("Change");
    case Volatility: return tr("Volatility");
    case MaxLeverage: return tr("Max lev.");
    case Sources: return tr("Sources");
    case Divergence: return tr("Divergence");
    case State: return tr("State");
    case Refused: return tr("Refused");
    case LastRefusal: return tr("Last refusal");
    default: return {};
    }
}

} // namespace cm::ui
