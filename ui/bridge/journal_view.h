// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace cm::ui {

//! One audit entry as the audit-log view shows it.
struct AuditRow {
    quint64 seq = 0;
    QDateTime time;               //!< wall-clock, UTC
    QString operatorName;
    QString action;               //!< set_price, chain_status, replay_start...
    QString details;              //!< the entry's other fields, compact JSON
    quint64 event = 0;            //!< the journal event the decision caused
    enum class Signature { Valid, Unsigned, Invalid } signature = Signature::Unsigned;
    QString key;                  //!< the operator's public key, hex (empty when unsigned)
};

//! The journal's verification, for the audit view and the status bar.
struct JournalCheck {
    bool ok = true;
    quint64 events = 0;
    quint64 auditEntries = 0;
    quint64 signatures = 0;
    quint64 unsignedEntries = 0;
    QString firstBroken;          //!< "event 17", "audit entry 3"
    QString reason;
    QDateTime checkedAt;
};

} // namespace cm::ui

Q_DECLARE_METATYPE(cm::ui::JournalCheck)
