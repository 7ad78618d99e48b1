// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/bridge_models.h"

#include "ui/models/model_roles.h"
#include "ui/util/format.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace cm::ui {
namespace {


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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Locked: return tr("Token units locked in the source chain's vault");
        case Minted: return tr("Claims outstanding on the destination chain, token units");
        case Backing: return tr("Backing = locked ÷ minted; under 100 % a claim is haircut for the gap");
        case Validators: return tr("Attestation threshold of the validator set, its size and version");
        case TrustAddon: return tr("The route's trust add-on to its claims' haircut; 100 % while frozen");
        case Bucket: return tr("Rate limit (CCIP token bucket): USD that may go forward now / the bucket's capacity; amber under 25 %, red under 5 %");
        case Status: return tr("live, weak set (threshold under two thirds) or frozen by a risk officer or the accountant");
        case Route: return tr("The route: source chain → destination chain, asset");
        case Asset: return tr("The asset it carries");
        default: return {};
        }
    }
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
        case Locked: return formatTokenAmount(r.locked);
        case Minted: return formatTokenAmount(r.minted);
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
        case Locked: return r.locked.toDouble();
        case Minted: return r.minted.toDouble();
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
        if (column == Locked)
            return QStringLiteral("%1 %2 (%3)").arg(r.locked, r.asset, formatUsd(r.lockedUsd));
        if (column == Minted)
            return QStringLiteral("%1 %2 (%3)").arg(r.minted, r.asset, formatUsd(r.mintedUsd));
        if (column == Status && r.weak)
            return r.trustReason;
        return {};
    case Qt::TextAlignmentRole:
        return column == Route || column == Asset || column == Status ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Status && r.frozen)
            return toneColor(Tone::Bad);
        if ((column == Status || column == TrustAddon) && r.weak)
            return toneColor(Tone::Warn);
        if (column == Backing && r.backingRatio < 1.0)
            return toneColor(Tone::Bad);
        if (column == Bucket && r.bucketCapacityUsd > 0 && r.bucketForwardUsd < 0.25 * r.bucketCapacityUsd)
            return QColor(Qt::black);
        return {};
    case Qt::BackgroundRole:
        // The rate limit's level: amber when a quarter is left, red when a twentieth.
        if (column == Bucket && r.bucketCapacityUsd > 0 && r.bucketForwardUsd < 0.25 * r.bucketCapacityUsd)
            return healthColor(r.bucketForwardUsd < 0.05 * r.bucketCapacityUsd ? HealthBand::Liquidatable : HealthBand::Critical);
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

int TransfersModel::stepsReached(const TransferView& t)
{
    int n = 0;
    for (qint64 ms : {t.requestedMs, t.lockedMs, t.committedMs, t.attestedMs, t.relayedMs, t.doneMs})
        n += ms > 0 ? 1 : 0;
    return n;
}

QVariant TransfersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Steps: return tr("The way: requested · locked (or burned) · committed in a source block · attested by the "
                              "validators · relayed · settled (minted or unlocked); ● reached, ○ to come, ✗ refused or dropped");
        case State: return tr("queued (governor or rate limit), locked, attested, relayed, minted, refused or dropped");
        case Usd: return tr("Amount × the oracle price when requested");
        case Since: return tr("When it reached its present step");
        case Id: return tr("The transfer's number");
        case Route: return tr("The route it travels");
        case Direction: return tr("forward (lock and mint), back (burn and unlock) or delivered from outside");
        case Account: return tr("Whose collateral it is");
        case Amount: return tr("Token units (exact in the tooltip)");
        case Reason: return tr("Why it waits or was refused");
        default: return {};
        }
    }
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
    case Steps: return tr("Steps");
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
        case Amount: return QStringLiteral("%1 %2").arg(formatTokenAmount(t.amount), t.asset);
        case Usd: return formatUsd(t.usd);
        case State: return t.state;
        case Steps: {
            const int reached = stepsReached(t);
            const bool failed = t.state == QLatin1String("refused") || t.state == QLatin1String("dropped");
            QString dots(reached, QChar(0x25CF));
            dots += failed ? QString(QChar(0x2717)) : QString(kSteps - reached, QChar(0x25CB));
            return dots;
        }
        case Since: return QDateTime::fromMSecsSinceEpoch(stepTime(t), Qt::UTC).toString(QStringLiteral("MM-dd HH:mm:ss"));
        case Reason: return t.reason;
        default: return {};
        }
    case RawValueRole:
        switch (column) {
        case Id: return t.id;
        case Usd: return t.usd;
        case Amount: return t.amount.toDouble();
        case Since: return stepTime(t);
        case Steps: return stepsReached(t);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == State || column == Since || column == Steps) {
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
        if (column == Amount)
            return QStringLiteral("%1 %2").arg(t.amount, t.asset);
        return {};
    case Qt::TextAlignmentRole:
        return column == Id || column == Amount || column == Usd ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == State && (t.state == QLatin1String("refused") || t.state == QLatin1String("dropped")))
            return toneColor(Tone::Bad);
        if (column == State && t.state == QLatin1String("queued"))
            return toneColor(Tone::Warn);
        return {};
    default: return {};
    }
}

} // namespace cm::ui
