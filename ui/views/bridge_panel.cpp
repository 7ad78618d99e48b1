// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/bridge_panel.h"
#include "ui/util/table_actions.h"

#include "ui/bridge/engine_client.h"
#include "ui/models/bridge_models.h"
#include "ui/util/format.h"

#include "ui/charts/plot_theme.h"
#include "ui/charts/qcustomplot_include.h"
#include "ui/models/model_roles.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QSortFilterProxyModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    auto* head = new QHBoxLayout;
    head->addWidget(m_governors, 1);
    m_routesProxy = new QSortFilterProxyModel(this);
    m_routesProxy->setSourceModel(m_routes);
    m_routesProxy->setSortRole(RawValueRole);
    m_transfersProxy = new QSortFilterProxyModel(this);
    m_transfersProxy->setSourceModel(m_transfers);
    m_transfersProxy->setFilterKeyColumn(TransfersModel::State);
    m_transfersText = new QSortFilterProxyModel(this);
    m_transfersText->setSourceModel(m_transfersProxy);
    m_transfersText->setSortRole(RawValueRole);
    m_filter = makeFilterField(this, tr("Filter routes and transfers…"), {m_routesProxy, m_transfersText});
    m_filter->setMaximumWidth(260);
    head->addWidget(m_filter);
    m_inFlight = new QCheckBox(tr("In flight only"), this);
    m_inFlight->setToolTip(tr("Show only transfers on their way (queued, locked, attested, relayed), not the settled ones"));
    head->addWidget(m_inFlight);
    layout->addLayout(head);
    layout->addWidget(m_alert);
    m_governorChart = new QCustomPlot(this);
    m_governorChart->setToolTip(tr("Wormhole's governor per chain: the share of the daily limit sent out in the last 24 h; "
                                   "past the headroom, or at the big-transaction size, a transfer waits up to 24 h. "
                                   "Beside each bar: the headroom left, the transfers queued and the countdown to the next release."));
    applyPlotTheme(m_governorChart);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_routesView = table(m_routesProxy, split);
    m_routesView->setSortingEnabled(true);
    m_routesView->sortByColumn(-1, Qt::AscendingOrder); // the world's order until a header is clicked
    m_transfersView = table(m_transfersText, split);
    split->addWidget(m_routesView);
    split->addWidget(m_transfersView);
    split->setSizes({760, 520});
    auto* body = new QSplitter(Qt::Vertical, this);
    body->addWidget(m_governorChart);
    body->addWidget(split);
    body->setStretchFactor(0, 0);
    body->setStretchFactor(1, 1);
    layout->addWidget(body, 1);
    connect(m_inFlight, &QCheckBox::toggled, this, [this](bool on) {
        m_transfersProxy->setFilterRegularExpression(on ? QStringLiteral("^(queued|locked|attested|relayed|verified)$") : QString());
    });

    auto routeAction = [this](const QString& text, bool freeze) {
        auto* a = new QAction(text, m_routesView);
        connect(a, &QAction::triggered, this, [this, freeze] {
            const QModelIndex i = m_routesProxy->mapToSource(m_routesView->currentIndex());
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
            const quint64 id = selectedTransfer();
            if (id == 0)
                return;
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

quint64 BridgePanel::selectedTransfer() const
{
    const QModelIndex i = m_transfersProxy->mapToSource(m_transfersText->mapToSource(m_transfersView->currentIndex()));
    return i.isValid() ? m_transfers->transfer(i.row()).id : 0;
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
    int frozen = 0, weak = 0, flying = 0, queued = 0;
    double flyingUsd = 0;
    for (int r = 0; r < snapshot.routeCount(); ++r) {
        const RouteView v = snapshot.route(r);
        frozen += v.frozen ? 1 : 0;
        weak += v.weak && !v.frozen ? 1 : 0;
    }
    for (int t = 0; t < snapshot.transferCount(); ++t) {
        const TransferView v = snapshot.transfer(t);
        if (v.doneMs > 0)
            continue;
        ++flying;
        flyingUsd += v.usd;
        queued += v.state == QLatin1String("queued") ? 1 : 0;
    }
    m_governors->setText(tr("Routes: %1 · <b>%2 frozen</b> · %3 weak · transfers in flight: %4 (%5), %6 queued")
                             .arg(QLocale().toString(snapshot.routeCount()), QLocale().toString(frozen), QLocale().toString(weak),
                                  QLocale().toString(flying), formatUsdShort(flyingUsd), QLocale().toString(queued)));
    drawGovernors(snapshot);
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

void BridgePanel::drawGovernors(const SnapshotView& snapshot)
{
    QCustomPlot* p = m_governorChart;
    p->clearPlottables();
    p->clearItems();
    m_governorTexts.clear();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    auto* limit = new QCPBars(p->yAxis, p->xAxis);
    auto* used = new QCPBars(p->yAxis, p->xAxis);
    QColor track = palette().color(QPalette::WindowText);
    track.setAlpha(45);
    limit->setBrush(track);
    limit->setPen(Qt::NoPen);
    used->setPen(Qt::NoPen);
    used->setBrush(QColor(0x42, 0x8b, 0xd8));
    limit->setWidth(0.6);
    used->setWidth(0.6);
    const int n = snapshot.governorCount();
    QFont small = p->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int i = 0; i < n; ++i) {
        const GovernorView g = snapshot.governor(i);
        const double y = n - 1 - i; // the first chain on top
        ticker->addTick(y, g.chain);
        QString text;
        if (g.limitUsd <= 0) {
            text = tr("no governor");
        } else {
            const double share = std::min(1.0, g.usedUsd / g.limitUsd);
            limit->addData(y, 100.0);
            used->addData(y, share * 100.0);
            text = tr("%1 of %2 · headroom %3").arg(formatUsdShort(g.usedUsd), formatUsdShort(g.limitUsd), formatUsdShort(g.headroomUsd));
            if (g.queued > 0)
                text += tr(" · %1 queued, next release in %2")
                            .arg(g.queued)
                            .arg(formatDuration(std::max<qint64>(0, g.nextReleaseMs - snapshot.simTimeMs())));
        }
        m_governorTexts << text;
        auto* label = new QCPItemText(p);
        label->position->setCoords(101.5, y);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setText(text);
        label->setFont(small);
        label->setColor(g.queued > 0 ? QColor(0xff, 0xb7, 0x4d) : palette().color(QPalette::WindowText));
    }
    p->yAxis->setTicker(ticker);
    p->yAxis->setTickLabelFont(small);
    p->yAxis->setRange(-0.6, n - 0.4);
    p->xAxis->setRange(0, 210); // the bars take the left half, their labels the right
    p->xAxis->setTickLabelFont(small);
    QSharedPointer<QCPAxisTickerText> percent(new QCPAxisTickerText);
    for (int t = 0; t <= 100; t += 25)
        percent->addTick(t, QString::number(t));
    p->xAxis->setTicker(percent);
    p->xAxis->setLabel(tr("% of the daily limit used (24 h)"));
    p->xAxis->setLabelFont(small);
    p->xAxis->grid()->setVisible(false);
    p->setMinimumHeight(50 + 16 * n);
    p->setMaximumHeight(60 + 22 * n);
    p->replot();
}

} // namespace cm::ui
