// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/audit_log_model.h"
#include "ui/util/format.h"

#include "ui/models/model_roles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cm::ui {

int AuditLogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int AuditLogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Seq: return tr("The audit entry's number in the journal");
        case Time: return tr("When the decision was recorded: the wall clock, UTC (its event carries the simulated time)");
        case Operator: return tr("Who decided, as signed");
        case Action: return tr("The decision: approve, reject, freeze, policy, operator…");
        case Details: return tr("What it was about");
        case Event: return tr("The journal event this decision caused");
        case Signature: return tr("Ed25519 over the entry's hash, checked against the operator's key");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq: return tr("#");
    case Time: return tr("Time (UTC)");
    case Operator: return tr("Operator");
    case Action: return tr("Decision");
    case Details: return tr("Details");
    case Event: return tr("Event");
    case Signature: return tr("Signature");
    default: return {};
    }
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditRow& r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq: return QLocale().toString(r.seq);
        case Time: return r.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Operator: return r.operatorName;
        case Action: return r.action;
        case Details: return r.details;
        case Event: return QLocale().toString(r.event);
        case Signature:
            switch (r.signature) {
            case AuditRow::Signature::Valid: return tr("✓ valid");
            case AuditRow::Signature::Unsigned: return tr("unsigned");
            case AuditRow::Signature::Invalid: return tr("✗ does not verify");
            }
            return {};
        default: return {};
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Seq: return r.seq;
        case Time: return r.time;
        case Event: return r.event;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Signature) {
        switch (r.signature) {
        case AuditRow::Signature::Valid: return tr("Ed25519 signature of the entry's hash by key %1").arg(r.key);
        case AuditRow::Signature::Unsigned: return tr("Recorded without an operator key (a headless run)");
        case AuditRow::Signature::Invalid: return tr("The signature does not verify against key %1: the entry was altered").arg(r.key);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Event)
        return tr("The journal event this decision caused");
    if (role == Qt::ForegroundRole && index.column() == Signature) {
        if (r.signature == AuditRow::Signature::Invalid)
            return QBrush(toneColor(Tone::Bad));
        if (r.signature == AuditRow::Signature::Valid)
            return QBrush(toneColor(Tone::Good));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Seq || index.column() == Event))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void AuditLogModel::append(const QVector<AuditRow>& rows)
{
    QVector<AuditRow> fresh;
    for (const AuditRow& r : rows)
        if (r.seq > lastSeq() && (fresh.isEmpty() || r.seq > fresh.back().seq))
            fresh.push_back(r);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(fresh.size()) - 1);
    m_rows += fresh;
    endInsertRows();
}

} // namespace cm::ui
