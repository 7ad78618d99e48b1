// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/holdings_model.h"

#include "ui/models/model_roles.h"
#include "ui/util/format.h"

#include <cmath>

namespace cm::ui {
namespace {

QVariant alignFor(bool numeric) { return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter); }

} // namespace

HoldingsModel::HoldingsModel(QObject* parent) : LiveTableModel(parent) {}

void HoldingsModel::setDetail(const AccountDetailView& detail)
{
    replaceView(rowCount() == detail.holdingCount() && m_detail.id() == detail.id(), [&] { m_detail = detail; }, 0,
                ColumnCount - 1);
}

int HoldingsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_detail.holdingCount(); }
int HoldingsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant HoldingsModel::rawValue(int row, int column) const
{
    const AccountDetailView& d = m_detail;
    switch (column) {
    case Chain: return d.holdingChain(row);
    case Asset: return d.holdingAsset(row);
    case Value: return d.holdingValueUsd(row);
    case Haircut: return d.haircut(row);
    case Volatility: return d.haircutVolatility(row);
    case Latency: return d.haircutLatency(row);
    case Oracle: return d.haircutOracle(row);
    case Route: return d.haircutRoute(row);
    case Horizon: return d.horizonSeconds(row);
    default: return {};
    }
}

QVariant HoldingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Asset:
            return m_detail.holdingRoute(row).isEmpty() ? m_detail.holdingAsset(row)
                                                        : m_detail.holdingAsset(row) + QStringLiteral(" (claim)");
        case Value: return formatUsd(m_detail.holdingValueUsd(row));
        case Haircut: case Volatility: case Latency: case Oracle: case Route:
            return formatPercent(rawValue(row, column).toDouble(), 2);
        case Horizon: {
            const double h = m_detail.horizonSeconds(row);
            return std::isinf(h) ? tr("unreachable") : formatDuration(static_cast<qint64>(h * 1000));
        }
        default: return rawValue(row, column).toString();
        }
    case RawValueRole: return rawValue(row, column);
    case Qt::ToolTipRole:
        if (column == Asset && !m_detail.holdingRoute(row).isEmpty())
            return tr("Minted by route %1").arg(m_detail.holdingRoute(row));
        if (column == Value)
            return tr("%1 %2 at %3").arg(m_detail.holdingAmount(row), m_detail.holdingAsset(row),
                                         formatUsd(m_detail.holdingPriceUsd(row)));
        return {};
    case Qt::TextAlignmentRole: return alignFor(column >= Value);
    default: return {};
    }
}

QVariant HoldingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Haircut: return tr("h = min(1, volatility + latency + oracle + route)");
        case Volatility: return tr("max(1 − LT, z·σ·sqrt(T_liq / 1y)): what the asset costs where it is used");
        case Latency: return tr("z·σ·(sqrt(T / 1y) − sqrt(T_liq / 1y)): price risk while it settles where it is owed");
        case Oracle: return tr("Divergence past 2 %, plus z·σ·sqrt(age) while the oracle is stale");
        case Route: return tr("The route's trust add-on plus any under-backing (1 − locked / minted)");
        case Horizon: return tr("T = T_liq + finality of the chain + worst route latency to where it is owed");
        case Chain: return tr("The chain the holding sits on");
        case Asset: return tr("The asset; \"(claim)\" when it is a bridged claim minted by a route");
        case Value: return tr("amount × oracle price");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Chain: return tr("Chain");
    case Asset: return tr("Asset");
    case Value: return tr("Value");
    case Haircut: return tr("Haircut");
    case Volatility: return tr("Vol.");
    case Latency: return tr("Latency");
    case Oracle: return tr("Oracle");
    case Route: return tr("Route");
    case Horizon: return tr("Horizon");
    default: return {};
    }
}

ObligationsModel::ObligationsModel(QObject* parent) : LiveTableModel(parent) {}

void ObligationsModel::setDetail(const AccountDetailView& detail)
{
    const int rows = detail.debtCount() + detail.positionCount();
    replaceView(rowCount() == rows && m_detail.id() == detail.id(), [&] { m_detail = detail; }, 0, ColumnCount - 1);
}

int ObligationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_detail.debtCount() + m_detail.positionCount();
}
int ObligationsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ObligationsModel::rawValue(int row, int column) const
{
    const AccountDetailView& d = m_detail;
    if (row < d.debtCount()) {
        switch (column) {
        case Kind: return tr("debt");
        case Where: return d.debtChain(row);
        case Asset: return d.debtAsset(row);
        case Size: return d.debtAmount(row);
        case Value: return d.debtValueUsd(row);
        default: return {};
        }
    }
    const int p = row - d.debtCount();
    switch (column) {
    case Kind: return d.positionSize(p).startsWith(QLatin1Char('-')) ? tr("short") : tr("long");
    case Where: return QString(d.positionVenue(p) + QStringLiteral(" · ") + d.positionChain(p));
    case Asset: return d.positionMarket(p);
    case Size: return d.positionSize(p);
    case Entry: return d.positionEntryUsd(p);
    case Mark: return d.positionMarkUsd(p);
    case Value: return d.positionNotionalUsd(p);
    case Pnl: return d.positionPnlUsd(p);
    case Mmr: return d.positionMmr(p);
    default: return {};
    }
}

QVariant ObligationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const QVariant raw = rawValue(row, column);
    switch (role) {
    case Qt::DisplayRole:
        if (!raw.isValid())
            return QString();
        switch (column) {
        case Entry: case Mark: case Value: case Pnl: return formatUsd(raw.toDouble());
        case Mmr: return formatPercent(raw.toDouble(), 2);
        default: return raw.toString();
        }
    case RawValueRole: return raw;
    case Qt::TextAlignmentRole: return alignFor(column >= Size);
    default: return {};
    }
}

QVariant ObligationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Kind: return tr("debt, long or short");
        case Where: return tr("The chain a debt is owed on, or the perpetual venue and its chain");
        case Asset: return tr("The asset owed or the market");
        case Size: return tr("Debt in token units, or the position size (negative: short)");
        case Entry: return tr("The position's entry price");
        case Mark: return tr("The mark price: the oracle aggregate");
        case Value: return tr("Debt × price, or the position's notional |size| × mark");
        case Pnl: return tr("Unrealized PnL = size × (mark − entry)");
        case Mmr: return tr("Maintenance margin rate: max(floor, z·σ·sqrt(T_liq / 1y)); the requirement adds |size| × mark × MMR");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Kind");
    case Where: return tr("Venue / chain");
    case Asset: return tr("Asset");
    case Size: return tr("Amount / size");
    case Entry: return tr("Entry");
    case Mark: return tr("Mark");
    case Value: return tr("Value");
    case Pnl: return tr("PnL");
    case Mmr: return tr("MMR");
    default: return {};
    }
}

} // namespace cm::ui
