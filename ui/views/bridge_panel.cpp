// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/bridge_panel.h"
#include "ui/util/table_actions.h"

#include "ui/bridge/engine_client.h"
#include "ui/models/bridge_models.h"
#include "ui/util/format.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cm::ui {
namespace {

QTableView* table(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    addTableActions(view);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}

} // namespace

BridgePanel::BridgePanel(EngineClient* engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_routes(new RoutesModel(this)),
      m_transfers(new TransfersModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_governors = new QLabel(this);
    m_governors->setWordWrap(true);
    m_governors->setToolTip(tr("Wormhole's governor per chain: USD sent out in the last 24 h against the daily limit; "
                               "past the headroom, or at the big-transaction size, a transfer waits up to 24 h"));
    m_alert = new QLabel(this);
    m_alert->setWordWrap(true);
    m_alert->hide();
    layout->addWidget(m_governors);
    layout->addWidget(m_alert);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_routesView = table(m_routes, split);
    m_transfersView = table(m_transfers, split);
    split->addWidget(m_routesView);
    split->addWidget(m_transfersView);
    split->setSizes({800, 480});
    layout->addWidget(split, 1);

    auto routeAction = [this](const QString& text, bool freeze) {
        auto* a = new QAction(text, m_routesView);
        connect(a, &QAction::triggered, this, [this, freeze] {
            const QModelIndex i = m_routesView->currentIndex();
            if (!i.isValid())
                return;
            if (freeze)
                m_engine->freezeRoute(m_routes->routeId(i.row()), tr("frozen from the console"));
            else
                m_engine->unfreezeRoute(m_routes->routeId(i.row()));
        });
        m_routesView->addAction(a);
    };
    routeAction(tr("Freeze route"), true);
    routeAction(tr("Unfreeze route"), false);
    auto transferAction = [this](const QString& text, bool release) {
        auto* a = new QAction(text, m_transfersView);
        connect(a, &QAction::triggered, this, [this, release] {
            const QModelIndex i = m_transfersView->currentIndex();
            if (!i.isValid())
                return;
            const quint64 id = m_transfers->transfer(i.row()).id;
            if (release)
                m_engine->releaseTransfer(id);
            else
                m_engine->dropTransfer(id);
        });
        m_transfersView->addAction(a);
    };
    transferAction(tr("Release now"), true);
    transferAction(tr("Drop"), false);
}

void BridgePanel::setReadOnly(bool readOnly)
{
    for (QAction* a : m_routesView->actions() + m_transfersView->actions())
        a->setEnabled(!readOnly);
}

void BridgePanel::setSnapshot(const SnapshotView& snapshot)
{
    m_routes->setSnapshot(snapshot);
    m_transfers->setSnapshot(snapshot);
    QStringList parts;
    for (int i = 0; i < snapshot.governorCount(); ++i) {
        const GovernorView g = snapshot.governor(i);
        if (g.limitUsd <= 0)
            continue;
        QString part = tr("%1 %2 of %3").arg(g.chain, formatUsdShort(g.usedUsd), formatUsdShort(g.limitUsd));
        if (g.queued > 0)
            part += tr(" · %1 queued, next release in %2")
                        .arg(g.queued)
                        .arg(formatDuration(std::max<qint64>(0, g.nextReleaseMs - snapshot.simTimeMs())));
        parts << part;
    }
    m_governors->setText(tr("Governor (24 h): %1").arg(parts.join(QStringLiteral("  ·  "))));
    const int alerts = snapshot.alertCount();
    m_alert->setVisible(alerts > 0);
    if (alerts > 0) {
        const bool critical = snapshot.alertCritical(alerts - 1);
        m_alert->setText((critical ? tr("CRITICAL — %1") : tr("%1")).arg(snapshot.alertText(alerts - 1)));
        m_alert->setStyleSheet(critical ? QStringLiteral("QLabel { color: #c62828; font-weight: bold; }") : QString());
    }
    if (m_firstSnapshot && m_routes->rowCount() > 0) {
        m_routesView->resizeColumnsToContents();
        m_firstSnapshot = false;
    }
}

} // namespace cm::ui
