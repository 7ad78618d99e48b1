// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/bridge_models.h"

#include "ui/models/model_roles.h"
#include "ui/util/format.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace cm::ui {
namespace {

const QColor kRed(0xc6, 0x28, 0x28);
const QColor kAmber(0xb2, 0x6a, 0x00);

// When the transfer reached its current step (simulated ms).
qint64 stepTime(const TransferView& t)
{
    for (qint64 ms : {t.doneMs, t.relayedMs, t.attestedMs, t.committedMs, t.lockedMs})
        if (ms > 0)
            return ms;
    return t.requestedMs;
}

} // namespace

RoutesModel::RoutesModel(QObject* parent) : LiveTableModel(parent) {}

void RoutesModel::setSnapshot(const SnapshotView& snapshot)
{
    replaceView(snapshot.routeCount() == m_snapshot.routeCount(), [&] { m_snapshot = snapshot; }, 0, ColumnCount - 1);
}

int RoutesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_snapshot.routeCount(); }
int RoutesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RoutesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Route: return tr("Route");
    case Asset: return tr("Asset");
    case Locked: return tr("Locked");
    case Minted: return tr("Minted");
    case Backing: return tr("Backing");
    case Validators: return tr("Validators");
    case TrustAddon: return tr("Trust add-on");
    case Bucket: return tr("Rate bucket");
    case Status: return tr("Status");
    default: return {};
    }
}

QVariant RoutesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RouteView r = m_snapshot.route(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Route: return r.id;
        case Asset: return r.asset;
        case Locked: return r.locked;
        case Minted: return r.minted;
        case Backing: return formatPercent(r.backingRatio, 2);
        case Validators: return tr("%1 of %2 · v%3").arg(r.threshold).arg(r.validators).arg(r.setVersion);
        case TrustAddon: return formatPercent(r.trustAddon, 1);
        case Bucket: return tr("%1 / %2").arg(formatUsdShort(r.bucketForwardUsd), formatUsdShort(r.bucketCapacityUsd));
        case Status: return r.frozen ? tr("frozen") : r.weak ? tr("weak set") : tr("live");
        default: return {};
        }
    case RawValueRole:
        switch (column) {
        case Route: return r.id;
        case Backing: return r.backingRatio;
        case TrustAddon: return r.trustAddon;
        case Bucket: return r.bucketForwardUsd;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == Route)
            return tr("%1 → %2: the vault on %1, the claims on %2").arg(r.from, r.to);
        if (column == TrustAddon)
            return tr("Added to the haircut of this route's claims: the route's own add-on, or its validator set's when "
                      "weaker (1 − (colluding operators − 1) / (two-thirds supermajority − 1)); 100 % while frozen.%1")
                .arg(r.trustReason.isEmpty() ? QString() : QStringLiteral("\n") + r.trustReason);
        if (column == Bucket)
            return tr("Token bucket (CCIP): forward %1, back %2 of %3; a transfer larger than the tokens waits.")
                .arg(formatUsd(r.bucketForwardUsd), formatUsd(r.bucketBackUsd), formatUsd(r.bucketCapacityUsd));
        if (column == Backing)
            return tr("Locked in the source vault / claims minted; the accountant keeps it at or above 100 %.");
        if (column == Status && r.weak)
            return r.trustReason;
        return {};
    case Qt::TextAlignmentRole:
        return column == Route || column == Asset || column == Status ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Status && r.frozen)
            return kRed;
        if ((column == Status || column == TrustAddon) && r.weak)
            return kAmber;
        if (column == Backing && r.backingRatio < 1.0)
            return kRed;
        return {};
    default: return {};
    }
}

TransfersModel::TransfersModel(QObject* parent) : LiveTableModel(parent) {}

void TransfersModel::setSnapshot(const SnapshotView& snapshot)
{
    // Rows are newest first; the same count with the same newest id keeps the shape.
    const bool same = snapshot.transferCount() == m_snapshot.transferCount()
                      && (snapshot.transferCount() == 0
                          || snapshot.transfer(snapshot.transferCount() - 1).id
                                 == m_snapshot.transfer(m_snapshot.transferCount() - 1).id);
    replaceView(same, [&] { m_snapshot = snapshot; }, 0, ColumnCount - 1);
}

int TransfersModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_snapshot.transferCount(); }
int TransfersModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TransfersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("#");
    case Route: return tr("Route");
    case Direction: return tr("Way");
    case Account: return tr("Account");
    case Amount: return tr("Amount");
    case Usd: return tr("Value");
    case State: return tr("State");
    case Since: return tr("Since (UTC)");
    case Reason: return tr("Reason");
    default: return {};
    }
}

QVariant TransfersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransferView t = transfer(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Id: return QString::number(t.id);
        case Route: return t.route;
        case Direction: return t.external ? tr("delivered") : t.back ? tr("back") : tr("forward");
        case Account: return t.account;
        case Amount: return QStringLiteral("%1 %2").arg(t.amount, t.asset);
        case Usd: return formatUsd(t.usd);
        case State: return t.state;
        case Since: return QDateTime::fromMSecsSinceEpoch(stepTime(t), Qt::UTC).toString(QStringLiteral("MM-dd HH:mm:ss"));
        case Reason: return t.reason;
        default: return {};
        }
    case RawValueRole:
        switch (column) {
        case Id: return t.id;
        case Usd: return t.usd;
        case Since: return stepTime(t);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == State || column == Since) {
            auto at = [](qint64 ms) {
                return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("HH:mm:ss")) : QStringLiteral("—");
            };
            QString tip = tr("requested %1 · locked %2 · committed %3 · attested %4 · relayed %5 · settled %6")
                              .arg(at(t.requestedMs), at(t.lockedMs), at(t.committedMs), at(t.attestedMs), at(t.relayedMs),
                                   at(t.doneMs));
            if (t.state == QLatin1String("queued"))
                tip += tr("\nreleases itself at %1 UTC").arg(at(t.releaseMs));
            return tip;
        }
        if (column == Reason)
            return t.reason;
        return {};
    case Qt::TextAlignmentRole:
        return column == Id || column == Amount || column == Usd ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == State && (t.state == QLatin1String("refused") || t.state == QLatin1String("dropped")))
            return kRed;
        if (column == State && t.state == QLatin1String("queued"))
            return kAmber;
        return {};
    default: return {};
    }
}

} // namespace cm::ui
