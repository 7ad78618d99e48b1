// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/proposals_panel.h"
#include "ui/util/table_actions.h"

#include "ui/bridge/engine_client.h"
#include "ui/models/model_roles.h"
#include "ui/models/proposals_model.h"
#include "ui/util/format.h"

#include "ui/charts/qcustomplot_include.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

namespace cm::ui {
namespace {

bool mayApprove(const QString& role) { return role == QLatin1String("risk_officer") || role == QLatin1String("admin"); }
bool mayPropose(const QString& role) { return mayApprove(role) || role == QLatin1String("treasury"); }

QString clock(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("HH:mm:ss")); }

// Health for a chart bar: an account with nothing required stands at the top of the scale.
double bar(double h) { return std::isinf(h) ? 3.0 : std::min(h, 3.0); }

} // namespace

ProposalsPanel::ProposalsPanel(EngineClient* engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_model(new ProposalsModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* head = new QHBoxLayout;
    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("All states"), QString());
    for (const char* s : {"pending", "approved", "executing", "done", "rejected", "expired", "failed"})
        m_stateFilter->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by account, asset, chain or proposer…"));
    m_filter->setClearButtonEnabled(true);
    m_newMove = new QPushButton(tr("New move…"), this);
    m_newMove->setToolTip(tr("Compose a collateral move (treasury, risk officer, admin): the core previews its health and cost"));
    m_runAgent = new QPushButton(tr("Run agent"), this);
    m_runAgent->setToolTip(tr("Propose moves for every account under the warning health now (risk officer, admin)"));
    m_approve = new QPushButton(tr("Approve"), this);
    m_approve->setToolTip(tr("Approve the selected pending proposal (a risk officer who is not its proposer)"));
    m_reject = new QPushButton(tr("Reject…"), this);
    m_reject->setToolTip(tr("Reject the selected pending proposal, with a reason"));
    head->addWidget(m_stateFilter);
    head->addWidget(m_filter, 1);
    head->addWidget(m_newMove);
    head->addWidget(m_runAgent);
    head->addWidget(m_approve);
    head->addWidget(m_reject);
    layout->addLayout(head);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_view = new QTableView(split);
    addTableActions(m_view);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProposalsModel::Id, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto* detail = new QWidget(split);
    auto* d = new QVBoxLayout(detail);
    d->setContentsMargins(4, 0, 0, 0);
    m_title = new QLabel(tr("Select a proposal"), detail);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new QCustomPlot(detail);
    m_chart->setMinimumSize(220, 120);
    auto* bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
    bars->setWidth(0.6);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x42, 0x7a, 0xb8));
    QSharedPointer<QCPAxisTickerText> labels(new QCPAxisTickerText);
    labels->addTick(1, tr("before"));
    labels->addTick(2, tr("flight"));
    labels->addTick(3, tr("after"));
    labels->addTick(4, tr("done"));
    m_chart->xAxis->setTicker(labels);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_chart->xAxis->setTickLabelFont(small);
    m_chart->yAxis->setTickLabelFont(small);
    m_chart->xAxis->setRange(0.4, 4.6);
    m_chart->yAxis->setLabel(tr("health"));
    for (const double level : {1.0, 1.25}) {
        auto* line = new QCPItemStraightLine(m_chart);
        line->point1->setCoords(0, level);
        line->point2->setCoords(1, level);
        line->setPen(QPen(level == 1.0 ? QColor(0xc6, 0x28, 0x28) : QColor(0xef, 0x6c, 0x00), 1, Qt::DashLine));
    }
    m_chart->setToolTip(tr("Health before, while the collateral travels (it counts on neither chain), projected after "
                           "arrival, and measured once done. Red: 1 (liquidatable); orange: the agent's warning."));
    m_approvers = new QLabel(detail);
    m_approvers->setWordWrap(true);
    m_steps = new QListWidget(detail);
    m_steps->setToolTip(tr("Every step: proposal, policy, approvals, the transfer's way through the bridge"));
    d->addWidget(m_title);
    d->addWidget(m_approvers);
    auto* row = new QHBoxLayout;
    row->addWidget(m_chart, 2);
    row->addWidget(m_steps, 3);
    d->addLayout(row, 1);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setSizes({640, 620});
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString state = m_stateFilter->currentData().toString();
        m_proxy->setFilterKeyColumn(state.isEmpty() ? -1 : ProposalsModel::State);
        m_proxy->setFilterRegularExpression(state.isEmpty() ? QRegularExpression(QRegularExpression::escape(m_filter->text()),
                                                                                  QRegularExpression::CaseInsensitiveOption)
                                                            : QRegularExpression(QStringLiteral("^%1$").arg(state)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        updateButtons();
    });
    connect(m_approve, &QPushButton::clicked, this, &ProposalsPanel::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reject proposal %1").arg(selectedId()), tr("Reason (required):"),
                                                     QLineEdit::Normal, {}, &ok);
        if (ok && !reason.trimmed().isEmpty())
            rejectSelected(reason.trimmed());
    });
    connect(m_runAgent, &QPushButton::clicked, m_engine, &EngineClient::runAgent);
    connect(m_newMove, &QPushButton::clicked, this, &ProposalsPanel::openMoveDialog);
    updateButtons();
}

quint64 ProposalsPanel::selectedId() const
{
    const QModelIndex i = m_proxy->mapToSource(m_view->currentIndex());
    return i.isValid() ? m_model->proposal(i.row()).id : 0;
}

void ProposalsPanel::select(quint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void ProposalsPanel::approveSelected()
{
    if (const quint64 id = selectedId())
        m_engine->approveProposal(id);
}

void ProposalsPanel::rejectSelected(const QString& reason)
{
    if (const quint64 id = selectedId())
        m_engine->rejectProposal(id, reason);
}

void ProposalsPanel::openMoveDialog()
{
    QString account;
    const QModelIndex i = m_proxy->mapToSource(m_view->currentIndex());
    if (i.isValid())
        account = m_model->proposal(i.row()).account;
    MoveDialog dialog(m_engine, m_snapshot, account, this);
    if (dialog.exec() == QDialog::Accepted)
        m_engine->propose(dialog.request());
}

void ProposalsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void ProposalsPanel::updateButtons()
{
    const QString role = m_snapshot.operatorRole();
    const QModelIndex i = m_proxy->mapToSource(m_view->currentIndex());
    const bool pending = i.isValid() && m_model->proposal(i.row()).state == QLatin1String("pending");
    m_approve->setEnabled(!m_readOnly && pending && mayApprove(role));
    m_reject->setEnabled(!m_readOnly && pending && mayApprove(role));
    m_runAgent->setEnabled(!m_readOnly && mayApprove(role));
    m_newMove->setEnabled(!m_readOnly && mayPropose(role));
}

void ProposalsPanel::setSnapshot(const SnapshotView& snapshot)
{
    const quint64 selected = selectedId();
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot);
    if (selected)
        select(selected);
    else if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0)); // open on the newest
    if (!m_sized && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_view->setColumnWidth(ProposalsModel::Amount, std::min(m_view->columnWidth(ProposalsModel::Amount), 110));
        m_sized = true;
    }
    int pending = 0, executing = 0;
    for (int k = 0; k < snapshot.proposalCount(); ++k) {
        const QString st = snapshot.proposal(k).state;
        pending += st == QLatin1String("pending") ? 1 : 0;
        executing += st == QLatin1String("executing") ? 1 : 0;
    }
    const QJsonObject policy = QJsonDocument::fromJson(snapshot.agentPolicyJson().toUtf8()).object();
    m_summary->setText(tr("%1 pending · %2 executing · %3 executed of %4 allowed per %5 · auto-approval below %6 · two approvers from %7 "
                          "· agent %8 · acting as %9 (%10)")
                           .arg(pending)
                           .arg(executing)
                           .arg(formatUsd(snapshot.executedInPeriodUsd()),
                                formatUsd(policy.value(QStringLiteral("period_limit_usd")).toString().toDouble()),
                                tr("%1 h").arg(policy.value(QStringLiteral("period_s")).toInteger() / 3600),
                                formatUsd(policy.value(QStringLiteral("auto_approve_usd")).toString().toDouble()),
                                formatUsd(policy.value(QStringLiteral("big_tx_usd")).toString().toDouble()),
                                policy.value(QStringLiteral("enabled")).toBool() ? tr("on") : tr("off"), snapshot.operatorName(),
                                snapshot.operatorRole()));
    showDetail();
    updateButtons();
}

void ProposalsPanel::showDetail()
{
    const QModelIndex i = m_proxy->mapToSource(m_view->currentIndex());
    auto* bars = qobject_cast<QCPBars*>(m_chart->plottable(0));
    if (!i.isValid()) {
        m_title->setText(tr("Select a proposal"));
        m_approvers->clear();
        m_steps->clear();
        bars->data()->clear();
        m_chart->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const ProposalView p = m_model->proposal(i.row());
    m_title->setText(tr("<b>#%1 %2</b> · %3 %4 %5 from %6 to %7 over %8 (%9) · %10 · cost %11 · ETA %12<br>%13")
                         .arg(p.id)
                         .arg(p.state, p.account, p.amount, p.asset, p.from, p.to, p.route,
                              p.back ? tr("burn and unlock") : tr("lock and mint"))
                         .arg(formatUsd(p.usd), formatUsd(p.costUsd), formatDuration(p.etaMs), p.reason.toHtmlEscaped()));
    m_approvers->setText(tr("Proposed by %1 at %2 · approvals %3 of %4: %5%6")
                             .arg(p.proposer, clock(p.createdMs))
                             .arg(p.approvers.size())
                             .arg(p.requiredApprovals)
                             .arg(p.approvers.isEmpty() ? tr("none") : p.approvers.join(QStringLiteral(", ")),
                                  p.state == QLatin1String("pending") ? tr(" · expires %1").arg(clock(p.expiresMs)) : QString()));
    QVector<double> keys {1, 2, 3};
    QVector<double> values {bar(p.healthBefore), bar(p.healthInFlight), bar(p.healthAfter)};
    if (p.state == QLatin1String("done")) {
        keys << 4;
        values << bar(p.healthDone);
    }
    bars->setData(keys, values, true);
    const double top = std::max(1.5, *std::max_element(values.begin(), values.end()) * 1.1);
    const double bottom = std::max(0.0, std::min(0.9, *std::min_element(values.begin(), values.end()) - 0.05));
    m_chart->yAxis->setRange(bottom, top);
    m_chart->replot(QCustomPlot::rpQueuedReplot);
    m_steps->clear();
    for (const auto& [t, text] : p.steps)
        m_steps->addItem(QStringLiteral("%1  %2").arg(clock(t), text));
    for (int k = 0; k < m_steps->count(); ++k)
        m_steps->item(k)->setToolTip(m_steps->item(k)->text());
}

MoveDialog::MoveDialog(EngineClient* engine, const SnapshotView& snapshot, const QString& account, QWidget* parent)
    : QDialog(parent),
      m_engine(engine),
      m_account(new QLineEdit(account, this)),
      m_asset(new QComboBox(this)),
      m_from(new QComboBox(this)),
      m_to(new QComboBox(this)),
      m_amount(new QLineEdit(this)),
      m_preview(new QLabel(tr("Fill in the move to see its effect"), this))
{
    setWindowTitle(tr("New collateral move"));
    for (int i = 0; i < snapshot.assetCount(); ++i)
        m_asset->addItem(snapshot.assetSymbol(i));
    for (int i = 0; i < snapshot.chainCount(); ++i) {
        m_from->addItem(snapshot.chainId(i));
        m_to->addItem(snapshot.chainId(i));
    }
    if (m_to->count() > 1)
        m_to->setCurrentIndex(1);
    m_account->setPlaceholderText(tr("account id"));
    m_amount->setPlaceholderText(tr("token units, e.g. 12.5"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumWidth(420);
    auto* form = new QFormLayout;
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("Asset"), m_asset);
    form->addRow(tr("From chain"), m_from);
    form->addRow(tr("To chain"), m_to);
    form->addRow(tr("Amount"), m_amount);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("Propose"), QDialogButtonBox::AcceptRole);
    m_submit->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_account, m_amount})
        connect(e, &QLineEdit::textChanged, this, &MoveDialog::requestPreview);
    for (QComboBox* c : {m_asset, m_from, m_to})
        connect(c, &QComboBox::currentIndexChanged, this, &MoveDialog::requestPreview);
    connect(m_engine, &EngineClient::movePlanned, this, [this](const QString& error, const ProposalView& p) {
        m_submit->setEnabled(error.isEmpty());
        if (!error.isEmpty()) {
            m_preview->setText(tr("<span style='color:%2'>Cannot be proposed: %1</span>").arg(error.toHtmlEscaped(), toneColor(Tone::Bad).name()));
            return;
        }
        m_preview->setText(tr("Over <b>%1</b> (%2): %3 · cost %4 · ETA %5<br>Health %6 → <b>%7</b> after arrival, %8 while it travels%9")
                               .arg(p.route, p.back ? tr("burn and unlock") : tr("lock and mint"), formatUsd(p.usd), formatUsd(p.costUsd),
                                    formatDuration(p.etaMs), formatHealth(p.healthBefore), formatHealth(p.healthAfter),
                                    formatHealth(p.healthInFlight),
                                    p.reason.isEmpty() ? QString() : QStringLiteral("<br>") + p.reason.toHtmlEscaped())
                               + (p.movable.isEmpty() ? QString() : QStringLiteral("<br>") + tr("Up to %1 %2 may leave now").arg(p.movable, p.asset)));
    });
    requestPreview();
}

MoveRequest MoveDialog::request() const
{
    return {m_account->text().trimmed(), m_asset->currentText(), m_from->currentText(), m_to->currentText(), m_amount->text().trimmed()};
}

void MoveDialog::requestPreview()
{
    const MoveRequest r = request();
    m_submit->setEnabled(false);
    if (r.account.isEmpty() || r.amount.isEmpty())
        return;
    m_engine->planMove(r);
}

OperatorDialog::OperatorDialog(EngineClient* engine, const SnapshotView& snapshot, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Switch operator"));
    auto* layout = new QVBoxLayout(this);
    const QStringList names = snapshot.operatorNames();
    auto* current = new QLabel(tr("Acting as <b>%1</b> (%2)").arg(snapshot.operatorName().toHtmlEscaped(), snapshot.operatorRole()), this);
    layout->addWidget(current);
    auto* signIn = new QFormLayout;
    auto* who = new QComboBox(this);
    for (const QString& n : names)
        who->addItem(n, n.section(QLatin1Char(' '), 0, 0));
    auto* pass = new QLineEdit(this);
    pass->setEchoMode(QLineEdit::Password);
    auto* signInButton = new QPushButton(tr("Sign in"), this);
    signIn->addRow(tr("Operator"), who);
    signIn->addRow(tr("Passphrase"), pass);
    signIn->addRow(QString(), signInButton);
    layout->addLayout(signIn);
    if (names.isEmpty()) {
        who->setEnabled(false);
        pass->setEnabled(false);
        signInButton->setEnabled(false);
        layout->addWidget(new QLabel(tr("No operator profiles yet: every decision is the local operator's. "
                                        "Add the first one, an admin, to enforce roles."), this));
    }
    connect(signInButton, &QPushButton::clicked, this, [this, engine, who, pass] {
        engine->login(who->currentData().toString(), pass->text());
        accept();
    });
    const QString role = snapshot.operatorRole();
    if (names.isEmpty() || role == QLatin1String("admin")) {
        auto* add = new QFormLayout;
        auto* name = new QLineEdit(this);
        auto* roleBox = new QComboBox(this);
        for (const char* r : {"viewer", "trader", "treasury", "risk_officer", "admin"})
            roleBox->addItem(QString::fromLatin1(r));
        roleBox->setCurrentText(names.isEmpty() ? QStringLiteral("admin") : QStringLiteral("risk_officer"));
        roleBox->setEnabled(!names.isEmpty());
        auto* p1 = new QLineEdit(this);
        auto* p2 = new QLineEdit(this);
        p1->setEchoMode(QLineEdit::Password);
        p2->setEchoMode(QLineEdit::Password);
        auto* addButton = new QPushButton(tr("Add operator"), this);
        auto* hint = new QLabel(this);
        add->addRow(tr("New operator"), name);
        add->addRow(tr("Role"), roleBox);
        add->addRow(tr("Passphrase (8+)"), p1);
        add->addRow(tr("Again"), p2);
        add->addRow(hint, addButton);
        layout->addLayout(add);
        connect(addButton, &QPushButton::clicked, this, [this, engine, name, roleBox, p1, p2, hint] {
            if (p1->text() != p2->text() || p1->text().size() < 8) {
                hint->setText(tr("The passphrases differ or are shorter than 8"));
                return;
            }
            engine->addOperator(name->text().trimmed(), roleBox->currentText(), p1->text());
            accept();
        });
    }
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
}

PolicyDialog::PolicyDialog(EngineClient* engine, const SnapshotView& snapshot, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Approval policy"));
    const QJsonObject p = QJsonDocument::fromJson(snapshot.agentPolicyJson().toUtf8()).object();
    auto* form = new QFormLayout;
    auto* enabled = new QCheckBox(tr("The agent proposes on its own clock"), this);
    enabled->setChecked(p.value(QStringLiteral("enabled")).toBool());
    auto number = [this](double value, double min, double max, int decimals, const QString& suffix) {
        auto* box = new QDoubleSpinBox(this);
        box->setRange(min, max);
        box->setDecimals(decimals);
        box->setGroupSeparatorShown(true);
        if (suffix == QLatin1String("$"))
            box->setPrefix(suffix);
        else
            box->setSuffix(suffix);
        box->setValue(value);
        return box;
    };
    auto* warning = number(p.value(QStringLiteral("warning_health")).toDouble(), 1.0, 10.0, 2, QString());
    auto* target = number(p.value(QStringLiteral("target_health")).toDouble(), 1.0, 10.0, 2, QString());
    auto* autoUsd = number(p.value(QStringLiteral("auto_approve_usd")).toString().toDouble(), 0, 1e12, 0, QStringLiteral("$"));
    auto* bigUsd = number(p.value(QStringLiteral("big_tx_usd")).toString().toDouble(), 0, 1e12, 0, QStringLiteral("$"));
    auto* limitUsd = number(p.value(QStringLiteral("period_limit_usd")).toString().toDouble(), 0, 1e13, 0, QStringLiteral("$"));
    auto* periodH = number(p.value(QStringLiteral("period_s")).toDouble() / 3600.0, 0.1, 8784, 1, tr(" h"));
    auto* expiryM = number(p.value(QStringLiteral("expiry_s")).toDouble() / 60.0, 1, 43200, 0, tr(" min"));
    auto* intervalS = number(p.value(QStringLiteral("interval_s")).toDouble(), 1, 86400, 0, tr(" s"));
    auto* minGain = number(p.value(QStringLiteral("min_gain")).toDouble(), 0, 1, 4, QString());
    minGain->setToolTip(tr("A rebalance that lifts health by less is not worth a bridge transfer"));
    auto* perRun = number(p.value(QStringLiteral("max_per_run")).toDouble(), 1, 100000, 0, QString());
    form->addRow(enabled);
    form->addRow(tr("Warning health"), warning);
    form->addRow(tr("Target health"), target);
    form->addRow(tr("Smallest health gain"), minGain);
    form->addRow(tr("Agent interval"), intervalS);
    form->addRow(tr("Proposals per run"), perRun);
    form->addRow(tr("Auto-approve below"), autoUsd);
    form->addRow(tr("Two approvers from"), bigUsd);
    form->addRow(tr("Most executed per period"), limitUsd);
    form->addRow(tr("Period"), periodH);
    form->addRow(tr("Pending proposals expire after"), expiryM);
    const bool admin = snapshot.operatorRole() == QLatin1String("admin");
    auto* note = new QLabel((admin ? tr("Changes are a signed audit entry.") : tr("Only an admin may change the policy."))
                                + tr(" Desk buffers: %1 (from the world's agent object).")
                                      .arg(p.value(QStringLiteral("buffers")).toArray().size()),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(admin);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [=, this] {
        QJsonObject edit;
        edit[QStringLiteral("enabled")] = enabled->isChecked();
        edit[QStringLiteral("warning_health")] = warning->value();
        edit[QStringLiteral("target_health")] = target->value();
        edit[QStringLiteral("interval_s")] = qint64(intervalS->value());
        edit[QStringLiteral("min_gain")] = minGain->value();
        edit[QStringLiteral("max_per_run")] = qint64(perRun->value());
        edit[QStringLiteral("auto_approve_usd")] = QString::number(autoUsd->value(), 'f', 0);
        edit[QStringLiteral("big_tx_usd")] = QString::number(bigUsd->value(), 'f', 0);
        edit[QStringLiteral("period_limit_usd")] = QString::number(limitUsd->value(), 'f', 0);
        edit[QStringLiteral("period_s")] = qint64(std::llround(periodH->value() * 3600));
        edit[QStringLiteral("expiry_s")] = qint64(std::llround(expiryM->value() * 60));
        engine->setPolicy(QString::fromUtf8(QJsonDocument(edit).toJson(QJsonDocument::Compact)));
        accept();
    });
}

} // namespace cm::ui
