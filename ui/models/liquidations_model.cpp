// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/liquidations_model.h"

#include "ui/models/model_roles.h"
#include "ui/util/format.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace cm::ui {

LiquidationsModel::LiquidationsModel(QObject* parent) : LiveTableModel(parent) {}

void LiquidationsModel::setSnapshot(const SnapshotView& snapshot)
{
    const bool same = snapshot.liquidationCount() == m_snapshot.liquidationCount()
                      && (snapshot.liquidationCount() == 0 || snapshot.liquidation(0).id == m_snapshot.liquidation(0).id);
    replaceView(same, [&] { m_snapshot = snapshot; }, 0, ColumnCount - 1);
}

int LiquidationsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_snapshot.liquidationCount(); }
int LiquidationsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LiquidationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Id: return tr("The queue item");
        case Account: return tr("The account being liquidated");
        case State: return tr("queued, blocked (waiting for an approval, a price or its chain), executing, done, cancelled or written off");
        case Kind: return tr("What the keeper closes: the largest debt or the largest perpetual position");
        case Shortfall: return tr("MR − (AC + U): what the account lacks to be at health 1");
        case Health: return tr("(AC + U) / MR when it was last looked at");
        case Chain: return tr("The chain the keeper acts on");
        case Keeper: return tr("The keeper that took it");
        case Eta: return tr("When the keeper's transaction is final on its chain");
        case Repaid: return tr("Debt repaid, or position notional closed, USD");
        case Seized: return tr("Collateral seized with the liquidation bonus, at the price when it reached the keeper");
        case BadDebt: return tr("Debt left when no collateral remains: paid by the insurance fund, then deleveraging, then socialized");
        case Reason: return tr("Why it is blocked or how it ended");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("#");
    case Account: return tr("Account");
    case State: return tr("State");
    case Kind: return tr("Closes");
    case Shortfall: return tr("Shortfall");
    case Health: return tr("Health");
    case Chain: return tr("Chain");
    case Keeper: return tr("Keeper");
    case Eta: return tr("ETA (UTC)");
    case Repaid: return tr("Repaid");
    case Seized: return tr("Seized");
    case BadDebt: return tr("Bad debt");
    case Reason: return tr("Reason");
    default: return {};
    }
}

QVariant LiquidationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiquidationView l = m_snapshot.liquidation(index.row());
    const int column = index.column();
    const bool open = l.state == QLatin1String("queued") || l.state == QLatin1String("assigned")
                      || l.state == QLatin1String("in_flight") || l.state == QLatin1String("blocked");
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Id: return QString::number(l.id);
        case Account: return l.account;
        case State: return l.state;
        case Kind: return (l.kind == QLatin1String("position") ? tr("position %1") : tr("debt %1")).arg(l.asset);
        case Shortfall: return formatUsd(l.shortfallUsd);
        case Health: return QLocale().toString(l.health, 'f', 3);
        case Chain: return l.chain;
        case Keeper: return l.keeper.isEmpty() ? QStringLiteral("—") : l.keeper;
        case Eta:
            return open && l.etaMs > 0 ? QDateTime::fromMSecsSinceEpoch(l.etaMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss"))
                                       : QStringLiteral("—");
        case Repaid: return l.repaidUsd > 0 ? formatUsd(l.repaidUsd) : QStringLiteral("—");
        case Seized: return l.seizedUsd > 0 ? formatUsd(l.seizedUsd) : QStringLiteral("—");
        case BadDebt: return l.badDebtUsd > 0 ? formatUsd(l.badDebtUsd) : QStringLiteral("—");
        case Reason: return l.reason;
        default: return {};
        }
    case RawValueRole:
        switch (column) {
        case Id: return l.id;
        case Shortfall: return l.shortfallUsd;
        case Health: return l.health;
        case Eta: return l.etaMs;
        case Repaid: return l.repaidUsd;
        case Seized: return l.seizedUsd;
        case BadDebt: return l.badDebtUsd;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == Shortfall)
            return tr("MR − (AC + U): what the account lacks to be at health 1, when it was last looked at");
        if (column == Seized)
            return tr("Collateral seized, at the price when it reached the keeper (on another chain: when it arrived)");
        if (column == Kind)
            return tr("What the keeper closes: the largest debt (repaid, collateral seized with its bonus), or the largest "
                      "perpetual position (10 % at a time for a 1.5 % penalty; a bankrupt account's all at once)");
        if (column == Reason && !l.reason.isEmpty())
            return QString(l.reason + (l.history.isEmpty() ? QString() : QStringLiteral("\n\n") + l.history));
        return l.history.isEmpty() ? QVariant() : QVariant(l.history);
    case Qt::TextAlignmentRole:
        return column == Account || column == State || column == Kind || column == Chain || column == Keeper || column == Reason
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == State && l.state == QLatin1String("blocked"))
            return toneColor(Tone::Bad);
        if (column == BadDebt && l.badDebtUsd > 0)
            return toneColor(Tone::Bad);
        return {};
    default: return {};
    }
}

LossLedgerModel::LossLedgerModel(QObject* parent) : LiveTableModel(parent) {}

void LossLedgerModel::setSnapshot(const SnapshotView& snapshot)
{
    const bool same = snapshot.lossCount() == m_snapshot.lossCount();
    replaceView(same, [&] { m_snapshot = snapshot; }, 0, ColumnCount - 1);
}

int LossLedgerModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_snapshot.lossCount(); }
int LossLedgerModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LossLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Time: return tr("Simulated time (UTC)");
        case Account: return tr("The bankrupt account, or the one deleveraged against it");
        case Event: return tr("bad debt (owed with no collateral left) or deleveraged (a position closed against a bankrupt one)");
        case Asset: return tr("The asset owed or the market closed");
        case Amount: return tr("Token units owed, or the position size closed");
        case Loss: return tr("USD lost: bad debt = debt − collateral left; deleveraging = size × |bankruptcy price − mark|");
        case Fund: return tr("What the insurance fund paid of it");
        case Deleveraged: return tr("What auto-deleveraging took from the opposite positions, pro rata");
        case Socialized: return tr("What was left over, shared by every lender of the asset");
        case Price: return tr("The bankruptcy price: where the account's equity is zero");
        case Against: return tr("The bankrupt account a deleveraged position covered");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time (UTC)");
    case Account: return tr("Account");
    case Event: return tr("Event");
    case Asset: return tr("Asset");
    case Amount: return tr("Amount");
    case Loss: return tr("Loss");
    case Fund: return tr("Fund paid");
    case Deleveraged: return tr("Deleveraged");
    case Socialized: return tr("Socialized");
    case Price: return tr("Bankruptcy price");
    case Against: return tr("Covers");
    default: return {};
    }
}

QVariant LossLedgerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LossView l = m_snapshot.loss(index.row());
    const int column = index.column();
    const bool adl = l.event == QLatin1String("deleveraged");
    auto money = [](double v) { return v > 0 ? formatUsd(v) : QStringLiteral("—"); };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Time: return QDateTime::fromMSecsSinceEpoch(l.timeMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Account: return l.account;
        case Event: return adl ? tr("deleveraged") : tr("bad debt");
        case Asset: return l.asset;
        case Amount: return l.amount;
        case Loss: return formatUsd(l.usd);
        case Fund: return adl ? QStringLiteral("—") : money(l.fundUsd);
        case Deleveraged: return money(l.deleveragedUsd);
        case Socialized: return money(l.socializedUsd);
        case Price: return adl ? formatUsd(l.priceUsd) : QStringLiteral("—");
        case Against: return l.against.isEmpty() ? QStringLiteral("—") : l.against;
        default: return {};
        }
    case RawValueRole:
        switch (column) {
        case Time: return l.timeMs;
        case Loss: return l.usd;
        case Fund: return l.fundUsd;
        case Deleveraged: return l.deleveragedUsd;
        case Socialized: return l.socializedUsd;
        case Price: return l.priceUsd;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (adl)
            return tr("%1's position was closed against bankrupt %2 at its bankruptcy price, %3 worse than at the mark "
                      "(auto-deleveraging, pro rata to the opposite positions)")
                .arg(l.account, l.against, formatUsd(l.usd));
        return tr("%1 owed %2 with no collateral left: the insurance fund paid %3, deleveraging took %4, %5 was socialized")
            .arg(l.account, formatUsd(l.usd), formatUsd(l.fundUsd), formatUsd(l.deleveragedUsd), formatUsd(l.socializedUsd));
    case Qt::TextAlignmentRole:
        return column == Account || column == Event || column == Asset || column == Against || column == Time
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Socialized && l.socializedUsd > 0)
            return toneColor(Tone::Bad);
        return {};
    default: return {};
    }
}

} // namespace cm::ui
