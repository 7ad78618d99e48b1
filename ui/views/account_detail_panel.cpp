// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/account_detail_panel.h"
#include "ui/util/table_actions.h"

#include "ui/bridge/engine_client.h"
#include "ui/models/holdings_model.h"
#include "ui/util/format.h"
#include "ui/charts/plot_theme.h"
#include "ui/charts/qcustomplot_include.h"

#include <QGridLayout>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QSlider>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cm::ui {
namespace {

QTableView* compactTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    addTableActions(view);
    view->setModel(model);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // A header and two rows at least: the book above keeps its room when a view needs more.
    view->setMinimumHeight(view->horizontalHeader()->sizeHint().height() + 2 * view->verticalHeader()->defaultSectionSize() + 4);
    return view;
}

} // namespace

AccountDetailPanel::AccountDetailPanel(EngineClient* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_holdings(new HoldingsModel(this)), m_obligations(new ObligationsModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    m_title = new QLabel(tr("Select an account"), this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_hold = new QLabel(this);
    m_hold->setWordWrap(true);
    m_hold->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; padding: 2px 6px; }"));
    m_hold->setToolTip(tr("After an account's equity went negative its withdrawals and outbound transfers wait a number of "
                          "blocks of its venue's chain (dYdX: 50), re-armed while it stays negative"));
    m_hold->hide();
    layout->addWidget(m_hold);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    addMetric(grid, 0, 0, QStringLiteral("health"), tr("Health"), tr("(AC + unrealized PnL) / MR; below 1 the account is liquidatable"));
    addMetric(grid, 0, 1, QStringLiteral("distance"), tr("To liquidation"),
              tr("The uniform fall of all non-stable prices that brings health to 1"));
    addMetric(grid, 0, 2, QStringLiteral("liquidation_price"), tr("Liquidation price"),
              tr("Price of the dominant asset at which health is 1, other prices unchanged"));
    addMetric(grid, 1, 0, QStringLiteral("equity"), tr("Equity"), tr("Σ amount × price + unrealized PnL − debt; below 0 is bad debt"));
    addMetric(grid, 1, 1, QStringLiteral("free_collateral"), tr("Free collateral"),
              tr("AC + PnL − (debt + Σ |size| × mark × IMR): what may be withdrawn or moved"));
    addMetric(grid, 1, 2, QStringLiteral("max_leverage"), tr("Max leverage"), tr("1 / IMR, IMR = MMR / 0.6, MMR = max(floor, z·σ·sqrt(T_liq / 1y))"));
    addMetric(grid, 2, 0, QStringLiteral("requirement"), tr("Requirement"), tr("MR = debt + Σ |size| × mark × MMR"));
    addMetric(grid, 2, 1, QStringLiteral("adjusted"), tr("Adjusted collateral"), tr("AC = Σ amount × price × (1 − haircut), each route's claims counted up to its isolation cap"));
    addMetric(grid, 2, 2, QStringLiteral("pnl"), tr("Unrealized PnL"), tr("Σ size × (mark − entry)"));
    layout->addLayout(grid);

    // What if one price moved: haircuts stay, values scale; health and liquidation follow.
    auto* whatIf = new QHBoxLayout;
    whatIf->addWidget(new QLabel(tr("What if"), this));
    m_whatIfAsset = new QComboBox(this);
    m_whatIf = new QSlider(Qt::Horizontal, this);
    m_whatIf->setRange(-90, 100);
    m_whatIf->setValue(0);
    m_whatIf->setPageStep(10);
    m_whatIfResult = new QLabel(this);
    m_whatIfResult->setMinimumWidth(m_whatIfResult->fontMetrics().horizontalAdvance(QStringLiteral("ETH −30 % → health 0.000 liquidatable")));
    const QString tip = tr("Moves one price by the slider's percent and recomputes health = (AC + U) / MR with the "
                           "haircuts as they are: holdings and debts of the asset scale, positions are marked at the "
                           "moved price (PnL and MMR × notional)");
    for (QWidget* w : std::initializer_list<QWidget*> {m_whatIfAsset, m_whatIf, m_whatIfResult})
        w->setToolTip(tip);
    whatIf->addWidget(m_whatIfAsset);
    whatIf->addWidget(m_whatIf, 1);
    whatIf->addWidget(m_whatIfResult);
    layout->addLayout(whatIf);
    connect(m_whatIf, &QSlider::valueChanged, this, &AccountDetailPanel::updateWhatIf);
    connect(m_whatIfAsset, &QComboBox::currentTextChanged, this, &AccountDetailPanel::updateWhatIf);

    // The tables and the history share the room below, one at a time.
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_holdingsView = compactTable(m_holdings, m_tabs);
    m_tabs->addTab(m_holdingsView, tr("Holdings and haircuts"));
    m_tabs->setTabToolTip(0, tr("Each holding's value and its haircut h = 1 − (1 − h_vol)(1 − h_lat)(1 − h_oracle)(1 − h_route)"));
    m_obligationsView = compactTable(m_obligations, m_tabs);
    m_tabs->addTab(m_obligationsView, tr("Debts and positions"));
    m_history = new QCustomPlot(m_tabs);
    m_history->setMinimumHeight(90);
    m_history->setToolTip(tr("Health = (AC + U) / MR over the session, sampled every 10 simulated seconds at most; "
                             "the red line is 1 (liquidatable), the amber 1.25 (the agent's warning)"));
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
    ticker->setDateTimeSpec(Qt::UTC);
    m_history->xAxis->setTicker(ticker);
    QFont small = m_history->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_history->xAxis->setTickLabelFont(small);
    m_history->yAxis->setTickLabelFont(small);
    m_history->addGraph();
    applyPlotTheme(m_history);
    m_tabs->addTab(m_history, tr("Health history"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { drawHistory(); });
    layout->addWidget(m_tabs, 1);

    connect(m_engine, &EngineClient::accountDetailReady, this, &AccountDetailPanel::handleDetail);
    connect(m_engine, &EngineClient::snapshotPublished, this, [this] {
        // One request in flight at a time: a slow core is not flooded.
        if (!m_id.isEmpty() && !m_requestPending) {
            m_requestPending = true;
            m_engine->requestAccountDetail(m_id);
        }
    });
}

QLabel* AccountDetailPanel::addMetric(QGridLayout* grid, int row, int column, const QString& name, const QString& title,
                                      const QString& tooltip)
{
    auto* caption = new QLabel(title, this);
    caption->setToolTip(tooltip);
    QPalette muted = caption->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    caption->setPalette(muted);
    auto* value = new QLabel(QStringLiteral("—"), this);
    value->setToolTip(tooltip);
    QFont f = value->font();
    f.setBold(true);
    value->setFont(f);
    auto* cell = new QVBoxLayout;
    cell->setSpacing(0);
    cell->addWidget(caption);
    cell->addWidget(value);
    grid->addLayout(cell, row, column);
    m_metrics.insert(name, value);
    return value;
}

QLabel* AccountDetailPanel::metricLabel(const QString& name) const { return m_metrics.value(name); }

void AccountDetailPanel::updateWhatIf()
{
    if (m_detail.isNull() || m_whatIfAsset->currentText().isEmpty()) {
        m_whatIfResult->clear();
        return;
    }
    const double change = m_whatIf->value() / 100.0;
    const double h = m_detail.healthIf(m_whatIfAsset->currentText(), change);
    const HealthBand band = healthBand(h);
    const QColor c = healthColor(band);
    m_whatIfResult->setText(tr("%1 %2 → health %3%4")
                                .arg(m_whatIfAsset->currentText(), formatPercent(change, 0), formatHealth(h),
                                     h < 1.0 ? tr(" liquidatable") : QString()));
    m_whatIfResult->setStyleSheet(c.isValid() ? QStringLiteral("QLabel { background: %1; color: black; padding: 0 4px; }").arg(c.name())
                                              : QString());
}

void AccountDetailPanel::showAccount(const QString& id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_requestPending = true;
    m_engine->requestAccountDetail(id);
}

void AccountDetailPanel::handleDetail(const AccountDetailView& d)
{
    m_requestPending = false;
    if (d.isNull() || d.id() != m_id)
        return;
    m_title->setText(tr("%1 — %2 (%3)").arg(d.id(), d.owner(), d.role()));
    m_hold->setText(tr("Withdrawals held: %1").arg(d.withdrawalHold()));
    m_hold->setVisible(!d.withdrawalHold().isEmpty());
    const HealthBand band = healthBand(d.health());
    auto* health = m_metrics.value(QStringLiteral("health"));
    health->setText(formatHealth(d.health()) + (d.liquidatable() ? tr("  liquidatable") : QString()));
    const QColor c = healthColor(band);
    health->setStyleSheet(c.isValid() ? QStringLiteral("QLabel { background: %1; color: black; padding: 0 4px; }").arg(c.name())
                                      : QString());
    const double distance = d.distanceToLiquidation();
    m_metrics.value(QStringLiteral("distance"))
        ->setText(d.liquidatable()       ? tr("below 1 now")
                  : std::isnan(distance) ? tr("no fall liquidates")
                                         : formatPercent(distance, 1) + tr(" fall"));
    const double price = d.liquidationPriceUsd();
    m_metrics.value(QStringLiteral("liquidation_price"))
        ->setText(std::isnan(price)      ? QStringLiteral("—")
                  : d.liquidatable() ? tr("%1 at %2 restores 1").arg(d.dominantAsset(), formatUsd(price))
                                     : QStringLiteral("%1 at %2").arg(d.dominantAsset(), formatUsd(price)));
    m_metrics.value(QStringLiteral("equity"))->setText(formatUsd(d.equityUsd()));
    m_metrics.value(QStringLiteral("free_collateral"))->setText(formatUsd(d.freeCollateralUsd()));
    m_metrics.value(QStringLiteral("max_leverage"))
        ->setText(d.maxLeverage() > 0 ? QLocale().toString(d.maxLeverage(), 'f', 1) + QStringLiteral("×") : QStringLiteral("—"));
    m_metrics.value(QStringLiteral("requirement"))->setText(formatUsd(d.requirementUsd()));
    // A route's isolation cap bounds what its claims add: say how much it took.
    m_metrics.value(QStringLiteral("adjusted"))
        ->setText(d.isolatedUsd() > 0 ? tr("%1 (caps −%2)").arg(formatUsd(d.adjustedUsd()), formatUsdShort(d.isolatedUsd()))
                                      : formatUsd(d.adjustedUsd()));
    m_metrics.value(QStringLiteral("pnl"))->setText(formatUsd(d.upnlUsd()));
    m_holdings->setDetail(d);
    m_obligations->setDetail(d);
    m_detail = d;
    const QStringList assets = d.exposedAssets();
    if (assets != QStringList([this] {
            QStringList now;
            for (int i = 0; i < m_whatIfAsset->count(); ++i)
                now << m_whatIfAsset->itemText(i);
            return now;
        }())) {
        const QString keep = m_whatIfAsset->currentText();
        const QSignalBlocker block(m_whatIfAsset);
        m_whatIfAsset->clear();
        m_whatIfAsset->addItems(assets);
        const int dominant = assets.indexOf(keep.isEmpty() ? d.dominantAsset() : keep);
        m_whatIfAsset->setCurrentIndex(std::max(0, dominant));
    }
    updateWhatIf();
    drawHistory();
}

} // namespace cm::ui

namespace cm::ui {

void AccountDetailPanel::drawHistory()
{
    if (m_tabs->currentWidget() != m_history || m_id.isEmpty())
        return;
    const auto series = m_engine->healthHistory().series(m_id);
    QVector<double> t, h;
    double top = 1.5;
    for (const auto& [ms, health] : series) {
        if (!std::isfinite(health))
            continue; // nothing required: no health to draw
        t.append(double(ms) / 1000.0);
        h.append(health);
        top = std::max(top, std::min(health, 5.0));
    }
    QCPGraph* g = m_history->graph(0);
    g->setData(t, h, true);
    g->setPen(QPen(QColor(0x42, 0x8b, 0xd8), 1.6));
    m_history->clearItems();
    for (const auto& [level, color] : {std::pair{1.0, QColor(0xe5, 0x73, 0x73)}, std::pair{1.25, QColor(0xff, 0xb7, 0x4d)}}) {
        auto* line = new QCPItemStraightLine(m_history);
        line->point1->setCoords(0, level);
        line->point2->setCoords(1, level);
        line->setPen(QPen(color, 1, Qt::DashLine));
    }
    if (t.isEmpty()) {
        auto* hint = new QCPItemText(m_history);
        hint->position->setType(QCPItemPosition::ptAxisRectRatio);
        hint->position->setCoords(0.5, 0.5);
        hint->setText(tr("No health to draw yet: the history fills as the market runs"));
        hint->setColor(Qt::gray);
        const double now = double(m_engine->latest().simTimeMs()) / 1000.0;
        m_history->xAxis->setRange(now - 600, now);
    } else {
        m_history->xAxis->setRange(t.front(), std::max(t.back(), t.front() + 60));
    }
    m_history->yAxis->setRange(0, top * 1.1);
    m_history->replot();
}

} // namespace cm::ui
