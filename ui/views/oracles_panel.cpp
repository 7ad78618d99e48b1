// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/oracles_panel.h"

#include "ui/charts/plot_theme.h"
#include "ui/charts/qcustomplot_include.h"
#include "ui/models/oracles_model.h"
#include "ui/util/format.h"
#include "ui/util/table_actions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cm::ui {
namespace {

constexpr std::size_t kHistory = 600;         //!< samples kept
constexpr qint64 kSampleEveryMs = 5'000;      //!< simulated time between samples

const QColor kWarn(0xff, 0xb7, 0x4d);
const QColor kHalt(0xe5, 0x73, 0x73);

//! A colour per asset, apart from each other on the hue circle.
QColor assetColor(int i, int n)
{
    return QColor::fromHsv((i * 360 / std::max(1, n) + 200) % 360, 150, 230);
}

QCustomPlot* smallPlot(QWidget* parent, const QString& tip)
{
    auto* p = new QCustomPlot(parent);
    p->setMinimumSize(240, 110);
    p->setToolTip(tip);
    QFont small = p->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    for (QCPAxis* axis : {p->xAxis, p->yAxis}) {
        axis->setTickLabelFont(small);
        axis->setLabelFont(small);
    }
    p->legend->setFont(small);
    applyPlotTheme(p);
    return p;
}

} // namespace

OraclesPanel::OraclesPanel(QWidget* parent) : QWidget(parent), m_model(new OraclesModel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_view = makeDataTable(m_model, split);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    split->addWidget(m_view);
    auto* charts = new QWidget(split);
    auto* column = new QVBoxLayout(charts);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    m_divergence = smallPlot(charts, tr("Divergence = (max − min) / median of the fresh sources' prices, per asset over the "
                                        "session; above the amber line the asset is degraded (its haircut grows), above "
                                        "the red one broken (liquidations that depend on it wait)"));
    m_sources = smallPlot(charts, tr("The selected asset's sources: each one's price against the aggregate (the median of "
                                     "the fresh ones), in basis points; a grey bar is stale (older than the freshness "
                                     "limit) and left out of the aggregate. Labels: the source's age."));
    column->addWidget(m_divergence, 1);
    column->addWidget(m_sources, 1);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            m_sourcesAsset = m_model->index(current.row(), OraclesModel::Asset).data().toString();
        drawSources();
    });
}

void OraclesPanel::setSnapshot(const SnapshotView& snapshot)
{
    m_model->setSnapshot(snapshot);
    m_snapshot = snapshot;
    if (snapshot.isNull())
        return;
    // The history is kept while hidden; drawing waits until the view is seen.
    if (m_history.empty() || snapshot.simTimeMs() >= m_history.back().timeMs + kSampleEveryMs
        || snapshot.simTimeMs() < m_history.back().timeMs) {
        if (!m_history.empty() && (snapshot.simTimeMs() < m_history.back().timeMs
                                   || m_history.back().divergence.size() != snapshot.assetCount()))
            m_history.clear(); // another world, or the clock went back: start again
        Sample sample;
        sample.timeMs = snapshot.simTimeMs();
        for (int a = 0; a < snapshot.assetCount(); ++a)
            sample.divergence.append(snapshot.assetDivergence(a));
        m_history.push_back(std::move(sample));
        if (m_history.size() > kHistory)
            m_history.pop_front();
    }
    m_stale = true;
    if (isVisible())
        redraw();
}

int OraclesPanel::historySize(const QString& asset) const
{
    for (int a = 0; a < m_snapshot.assetCount(); ++a)
        if (m_snapshot.assetSymbol(a) == asset)
            return static_cast<int>(std::count_if(m_history.begin(), m_history.end(),
                                                  [a](const Sample& s) { return a < s.divergence.size(); }));
    return 0;
}

void OraclesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        redraw();
}

void OraclesPanel::redraw()
{
    m_stale = false;
    if (m_snapshot.isNull())
        return;
    drawDivergence();
    drawSources();
}

void OraclesPanel::drawDivergence()
{
    QCustomPlot* p = m_divergence;
    p->clearPlottables();
    p->clearItems();
    const SnapshotView& s = m_snapshot;
    const int n = s.assetCount();
    double top = s.oracleDivergenceWarn() * 1.5;
    for (int a = 0; a < n; ++a) {
        QVector<double> t, d;
        for (const Sample& sample : m_history) {
            t.append(double(sample.timeMs) / 1000.0);
            d.append(sample.divergence.value(a) * 100.0);
            top = std::max(top, sample.divergence.value(a));
        }
        auto* g = p->addGraph();
        g->setData(t, d, true);
        g->setName(s.assetSymbol(a));
        g->setPen(QPen(assetColor(a, n), s.assetSymbol(a) == m_sourcesAsset ? 2.4 : 1.2));
    }
    for (const auto& [limit, color] : {std::pair{s.oracleDivergenceWarn(), kWarn}, std::pair{s.oracleDivergenceHalt(), kHalt}}) {
        if (limit <= 0 || limit > top * 1.2)
            continue;
        auto* line = new QCPItemStraightLine(p);
        line->point1->setCoords(0, limit * 100.0);
        line->point2->setCoords(1, limit * 100.0);
        line->setPen(QPen(color, 1, Qt::DashLine));
    }
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
    ticker->setDateTimeSpec(Qt::UTC);
    p->xAxis->setTicker(ticker);
    const double now = double(s.simTimeMs()) / 1000.0;
    const double from = m_history.empty() ? now - 60 : double(m_history.front().timeMs) / 1000.0;
    p->xAxis->setRange(from, std::max(now, from + 60));
    p->yAxis->setRange(0, top * 100.0 * (n <= 12 ? 1.9 : 1.15)); // room for the legend on top
    p->yAxis->setLabel(tr("divergence, %"));
    p->legend->setVisible(n <= 12);
    p->legend->setFillOrder(QCPLegend::foColumnsFirst);
    p->legend->setWrap(n > 6 ? (n + 1) / 2 : n);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    applyPlotTheme(p);
    QColor legendBack = palette().color(QPalette::Base);
    legendBack.setAlpha(190);
    p->legend->setBrush(legendBack);
    p->replot();
}

void OraclesPanel::drawSources()
{
    QCustomPlot* p = m_sources;
    p->clearPlottables();
    p->clearItems();
    const SnapshotView& s = m_snapshot;
    if (s.isNull() || s.assetCount() == 0) {
        p->replot();
        return;
    }
    int row = -1;
    for (int a = 0; a < s.assetCount(); ++a)
        if (s.assetSymbol(a) == m_sourcesAsset)
            row = a;
    if (row < 0) { // the most divergent asset until one is chosen
        row = 0;
        for (int a = 1; a < s.assetCount(); ++a)
            if (s.assetDivergence(a) > s.assetDivergence(row))
                row = a;
    }
    const QVector<OracleSourceView> sources = s.assetSources(row);
    const double aggregate = s.assetPriceUsd(row);
    auto* fresh = new QCPBars(p->xAxis, p->yAxis);
    auto* stale = new QCPBars(p->xAxis, p->yAxis);
    fresh->setBrush(QColor(0x42, 0x8b, 0xd8));
    stale->setBrush(Qt::gray);
    for (QCPBars* b : {fresh, stale}) {
        b->setPen(Qt::NoPen);
        b->setWidth(0.6);
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double most = 5;
    QFont small = p->xAxis->tickLabelFont();
    for (int i = 0; i < sources.size(); ++i) {
        const OracleSourceView& src = sources[i];
        const bool isFresh = src.ageMs >= 0 && src.ageMs < s.oracleMaxAgeMs();
        const double bps = aggregate > 0 && src.ageMs >= 0 ? (src.priceUsd / aggregate - 1.0) * 1e4 : 0.0;
        (isFresh ? fresh : stale)->addData(i, bps);
        most = std::max(most, std::abs(bps));
        ticker->addTick(i, QStringLiteral("%1\n%2").arg(src.name, src.chain));
        auto* age = new QCPItemText(p);
        age->position->setCoords(i, bps);
        age->setPositionAlignment(bps >= 0 ? Qt::AlignBottom | Qt::AlignHCenter : Qt::AlignTop | Qt::AlignHCenter);
        age->setText(src.ageMs < 0 ? tr("never") : formatDuration(src.ageMs));
        age->setFont(small);
        age->setColor(p->xAxis->tickLabelColor());
    }
    p->xAxis->setTicker(ticker);
    p->xAxis->setRange(-0.6, sources.size() - 0.4);
    p->yAxis->setRange(-most * 1.4, most * 1.4);
    p->yAxis->setLabel(tr("%1 vs aggregate, bp").arg(s.assetSymbol(row)));
    m_sourcesAsset = s.assetSymbol(row);
    p->replot();
}

} // namespace cm::ui
