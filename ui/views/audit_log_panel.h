// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/journal_view.h"
#include "ui/bridge/snapshot_view.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QSortFilterProxyModel;

namespace cm::ui {

class AuditLogModel;
class EngineClient;

//! The audit-log view: the journal's verification status, how the session was opened, and
//! every operator decision with its signature's verdict.
class AuditLogPanel final : public QWidget {
    Q_OBJECT

public:
    explicit AuditLogPanel(EngineClient* engine, QWidget* parent = nullptr);

    //! Fetches the entries the snapshot says are new.
    void refresh(const SnapshotView& snapshot);
    AuditLogModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }

private:
    void showCheck(const JournalCheck& check);

    EngineClient* m_engine;
    AuditLogModel* m_model;
    QLabel* m_status = nullptr;
    QLabel* m_session = nullptr;
    QPushButton* m_verify = nullptr;
    QTableView* m_view = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace cm::ui
