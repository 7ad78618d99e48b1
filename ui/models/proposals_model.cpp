// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/proposals_model.h"

#include "ui/models/model_roles.h"
#include "ui/util/format.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace cm::ui {

ProposalsModel::ProposalsModel(QObject* parent) : LiveTableModel(parent) {}

void ProposalsModel::setSnapshot(const SnapshotView& snapshot)
{
    QVector<quint64> ids;
    for (int i = 0; i < snapshot.proposalCount(); ++i)
        ids << snapshot.proposal(i).id;
    replaceView(ids == m_ids, [&] {
        m_snapshot = snapshot;
        m_ids = ids;
    }, 0, ColumnCount - 1);
}

int ProposalsModel::rowOf(quint64 id) const { return static_cast<int>(m_ids.indexOf(id)); }

int ProposalsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_ids.size()); }
int ProposalsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProposalsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ProposalView p = m_snapshot.proposal(index.row());
    const auto clock = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("HH:mm:ss"));
    };
    if (role == RawValueRole) {
        switch (index.column()) {
        case Id: return p.id;
        case Usd: return p.usd;
        case HealthBefore: return std::isinf(p.healthBefore) ? 1e300 : p.healthBefore;
        case HealthAfter: return std::isinf(p.healthAfter) ? 1e300 : p.healthAfter;
        case Approvals: return static_cast<int>(p.approvers.size());
        case Eta: return p.etaMs;
        case Expires: return p.expiresMs;
        default: break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return p.id;
        case State: return p.state;
        case Kind: return p.kind;
        case Account: return p.account;
        case Move: return QStringLiteral("%1 %2 → %3").arg(p.asset, p.from, p.to);
        case Amount: return formatTokenAmount(p.amount); // the exact amount is in the tooltip and the detail
        case Usd: return formatUsd(p.usd);
        case HealthBefore: return formatHealth(p.healthBefore);
        case HealthAfter: return formatHealth(p.state == QLatin1String("done") ? p.healthDone : p.healthAfter);
        case Approvals: return QStringLiteral("%1 / %2").arg(p.approvers.size()).arg(p.requiredApprovals);
        case Proposer: return p.proposer;
        case Eta: return formatDuration(p.etaMs);
        case Expires: return p.state == QLatin1String("pending") ? clock(p.expiresMs) : QString();
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Usd || index.column() == Amount || index.column() == HealthBefore
                                          || index.column() == HealthAfter || index.column() == Id))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && (index.column() == HealthBefore || index.column() == HealthAfter)) {
        const QColor c = healthColor(healthBand(index.column() == HealthBefore ? p.healthBefore : p.healthAfter));
        if (c.isValid())
            return c;
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (p.state == QLatin1String("failed") || p.state == QLatin1String("rejected"))
            return toneColor(Tone::Bad);
        if (p.state == QLatin1String("pending"))
            return toneColor(Tone::Warn);
    }
    if (role == Qt::ToolTipRole)
        return index.column() == Amount ? QStringLiteral("%1 %2").arg(p.amount, p.asset) : p.reason;
    return {};
}

QVariant ProposalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case HealthBefore: return tr("Health when proposed: (AC + U) / MR");
        case HealthAfter: return tr("Projected health once the collateral has arrived (measured, once done)");
        case Approvals: return tr("Approvals given / needed: one risk officer who is not the proposer; two at or above the policy's big size");
        case Eta: return tr("Expected time from execution to arrival: the route's p99 latency plus a source block");
        case Id: return tr("The proposal's number");
        case State: return tr("pending, approved, executing, executed, rejected, expired or failed");
        case Kind: return tr("rebalance (the agent's) or move (a desk's)");
        case Account: return tr("The account whose collateral moves");
        case Move: return tr("From chain → to chain, over the route");
        case Amount: return tr("Token units moved");
        case Usd: return tr("amount × oracle price when proposed");
        case Proposer: return tr("Who proposed it: the agent or an operator");
        case Expires: return tr("When a pending proposal lapses (the policy's expiry)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    static const char* const names[] = {QT_TR_NOOP("ID"), QT_TR_NOOP("State"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Account"),
                                        QT_TR_NOOP("Move"), QT_TR_NOOP("Amount"), QT_TR_NOOP("USD"), QT_TR_NOOP("Health"),
                                        QT_TR_NOOP("→ after"), QT_TR_NOOP("Approvals"), QT_TR_NOOP("Proposer"), QT_TR_NOOP("ETA"),
                                        QT_TR_NOOP("Expires")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace cm::ui
