// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/audit_log_panel.h"
#include "ui/models/model_roles.h"
#include "ui/util/format.h"
#include "ui/util/table_actions.h"

#include "ui/bridge/engine_client.h"
#include "ui/models/audit_log_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace cm::ui {

AuditLogPanel::AuditLogPanel(EngineClient* engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_model(new AuditLogModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::RichText);
    m_verify = new QPushButton(tr("Verify now"), this);
    m_verify->setToolTip(tr("Recompute the hash chain of every event and audit entry and check every signature"));
    head->addWidget(m_status, 1);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    head->addWidget(makeFilterField(this, tr("Filter by operator, decision or details…"), {m_proxy}));
    head->addWidget(m_verify);
    layout->addLayout(head);
    m_session = new QLabel(m_engine->sessionSummary(), this);
    m_session->setWordWrap(true);
    layout->addWidget(m_session);

    m_view = new QTableView(this);
    addTableActions(m_view);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::Seq, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AuditLogModel::Details, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    const bool journaled = !m_engine->journalPath().isEmpty();
    m_verify->setEnabled(journaled);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        m_verify->setEnabled(false);
        m_status->setText(tr("Verifying the journal…"));
        m_engine->verifyJournal();
    });
    connect(m_engine, &EngineClient::journalVerified, this, [this](const JournalCheck& check) {
        m_verify->setEnabled(true);
        showCheck(check);
    });
    if (journaled && m_engine->journalCheck().events == 0)
        m_status->setText(tr("<b>New journal</b>: every event and decision is chained as it is written"));
    else if (journaled)
        showCheck(m_engine->journalCheck());
    else
        m_status->setText(tr("No journal: decisions are not recorded"));
}

void AuditLogPanel::showCheck(const JournalCheck& check)
{
    const QString when = check.checkedAt.toString(QStringLiteral("HH:mm:ss"));
    if (!check.ok) {
        m_status->setText(tr("<b style='color:%4'>Chain broken at %1</b>: %2 (checked %3 UTC)")
                              .arg(check.firstBroken.toHtmlEscaped(), check.reason.toHtmlEscaped(), when, toneColor(Tone::Bad).name()));
        return;
    }
    m_status->setText(tr("<b style='color:%6'>Chain verified</b>: %1 events, %2 audit entries, %3 valid signatures, "
                         "%4 unsigned (checked %5 UTC)")
                          .arg(QLocale().toString(check.events), QLocale().toString(check.auditEntries),
                               QLocale().toString(check.signatures), QLocale().toString(check.unsignedEntries), when,
                               toneColor(Tone::Good).name()));
}

void AuditLogPanel::refresh(const SnapshotView& snapshot)
{
    if (snapshot.auditEntryCount() > m_model->lastSeq())
        m_model->append(m_engine->auditEntries(m_model->lastSeq() + 1, 10000));
}

} // namespace cm::ui
