// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/journal_view.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cm::ui {

//! The audit log (DESIGN §9): every operator decision, oldest first, with its signature's
//! verdict. Entries are only ever appended.
class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Seq, Time, Operator, Action, Details, Event, Signature, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! Appends entries newer than the last one held (older or repeated ones are ignored).
    void append(const QVector<AuditRow>& rows);
    quint64 lastSeq() const { return m_rows.isEmpty() ? 0 : m_rows.back().seq; }
    const AuditRow& row(int i) const { return m_rows[i]; }

private:
    QVector<AuditRow> m_rows;
};

} // namespace cm::ui
