// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/collateral_map_panel.h"

#include "ui/charts/plot_theme.h"
#include "ui/charts/qcustomplot_include.h"
#include "ui/util/format.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace cm::ui {
namespace {

constexpr int kSamples = 24;    //!< points per edge for hit testing
constexpr double kHitPx = 8.0;


QColor edgeColor(const CollateralMapPanel::Edge& e)
{
    if (e.frozen)
        return QColor(0xc6, 0x28, 0x28);
    if (e.worstBacking < 0.999)
        return QColor(0xef, 0x6c, 0x00);
    return QColor(0x42, 0x8b, 0xd8);
}

//! The cubic Bézier of an edge: from one node to the other, bowed to its left so the two
//! directions between a pair of chains stay apart.
std::array<QPointF, 4> edgeCurve(const QPointF& a, const QPointF& b)
{
    const QPointF d = b - a;
    const QPointF normal(-d.y() * 0.22, d.x() * 0.22);
    return {a, a + d * 0.3 + normal, a + d * 0.7 + normal, b};
}

QPointF bezier(const std::array<QPointF, 4>& p, double t)
{
    const double u = 1 - t;
    return p[0] * (u * u * u) + p[1] * (3 * u * u * t) + p[2] * (3 * u * t * t) + p[3] * (t * t * t);
}

double distance(const QPointF& a, const QPointF& b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

} // namespace

CollateralMapPanel::CollateralMapPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setToolTip(tr("Collateral: Σ amount × price of every holding. Claims minted: a route's claims outstanding × "
                             "price; backing = locked ÷ minted. Flow: transfers requested over the route in the last "
                             "24 simulated hours, both ways, not refused or dropped."));
    layout->addWidget(m_summary);
    auto* row = new QHBoxLayout;
    m_heat = new QCustomPlot(this);
    m_heat->setMinimumSize(300, 200);
    m_heat->setToolTip(tr("Collateral value by chain (columns) and asset (rows), Σ amount × price; bridged claims count "
                          "on the chain they sit on. Click a cell to show that chain's accounts."));
    m_graph = new QCustomPlot(this);
    m_graph->setMinimumSize(300, 200);
    for (QCustomPlot* plot : {m_heat, m_graph}) {
        applyPlotTheme(plot);
        plot->installEventFilter(this);
    }
    m_graph->xAxis->setVisible(false);
    m_graph->yAxis->setVisible(false);
    m_graph->xAxis->grid()->setVisible(false);
    m_graph->yAxis->grid()->setVisible(false);
    row->addWidget(m_heat, 1);
    row->addWidget(m_graph, 1);
    layout->addLayout(row, 1);
}

void CollateralMapPanel::setSnapshot(const SnapshotView& snapshot)
{
    m_snapshot = snapshot;
    m_stale = true;
    if (isVisible())
        redraw();
}

void CollateralMapPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        redraw();
}

void CollateralMapPanel::redraw()
{
    m_stale = false;
    if (m_snapshot.isNull())
        return;
    const SnapshotView& s = m_snapshot;
    double minted = 0, locked = 0, flow = 0;
    int frozen = 0;
    for (int r = 0; r < s.routeCount(); ++r) {
        const RouteView v = s.route(r);
        minted += v.mintedUsd;
        locked += v.lockedUsd;
        flow += v.flowForward24hUsd + v.flowBack24hUsd;
        frozen += v.frozen ? 1 : 0;
    }
    m_summary->setText(tr("Collateral %1 on %2 chains · claims minted %3 on %4 routes, backed %5 · flow in the last 24 h %6 · "
                          "%7 routes frozen")
                           .arg(formatUsdShort(s.totalCollateralUsd()), QLocale().toString(s.chainCount()),
                                formatUsdShort(minted), QLocale().toString(s.routeCount()),
                                formatPercent(minted > 0 ? locked / minted : 1.0), formatUsdShort(flow),
                                QLocale().toString(frozen)));
    drawHeatmap();
    drawGraph();
}

void CollateralMapPanel::drawHeatmap()
{
    const SnapshotView& s = m_snapshot;
    QCustomPlot* p = m_heat;
    resetPlot(p);
    const int nx = s.chainCount();
    m_heatAssets.clear();
    double top = 1;
    for (int a = 0; a < s.assetCount(); ++a) {
        double sum = 0;
        for (int c = 0; c < nx; ++c) {
            sum += s.chainAssetUsd(c, a);
            top = std::max(top, s.chainAssetUsd(c, a));
        }
        if (sum > 0)
            m_heatAssets.push_back(a);
    }
    const int ny = static_cast<int>(m_heatAssets.size());
    if (nx == 0 || ny == 0) {
        p->replot();
        return;
    }
    auto* map = addLogHeatmap(p, nx, ny, QColor(0xe3, 0xf2, 0xfd), QColor(0x42, 0x8b, 0xd8), QColor(0x0d, 0x27, 0x5c), tr("USD"));
    QSharedPointer<QCPAxisTickerText> xt(new QCPAxisTickerText), yt(new QCPAxisTickerText);
    QFont small = p->xAxis->tickLabelFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int y = 0; y < ny; ++y) {
        const int a = m_heatAssets[ny - 1 - y]; // the world's first asset on top
        yt->addTick(y, s.assetSymbol(a));
        for (int x = 0; x < nx; ++x) {
            const double v = s.chainAssetUsd(x, a);
            map->data()->setCell(x, y, v > 0 ? v : std::numeric_limits<double>::quiet_NaN());
            if (v <= 0)
                continue;
            auto* label = new QCPItemText(p);
            label->position->setCoords(x, y);
            label->setText(formatUsdShort(v));
            label->setFont(small);
            label->setColor(v > top / 30 ? Qt::white : Qt::black);
        }
    }
    for (int x = 0; x < nx; ++x)
        xt->addTick(x, QString(s.chainName(x)).replace(QLatin1Char(' '), QLatin1Char('\n')));
    map->setDataRange(QCPRange(std::max(1.0, top / 1e4), top));
    p->xAxis->setTicker(xt);
    p->yAxis->setTicker(yt);
    p->xAxis->setRange(-0.5, nx - 0.5);
    p->yAxis->setRange(-0.5, ny - 0.5);
    p->replot();
}

void CollateralMapPanel::drawGraph()
{
    const SnapshotView& s = m_snapshot;
    QCustomPlot* p = m_graph;
    p->clearItems();
    p->clearPlottables();
    const int n = s.chainCount();
    m_nodes.resize(n);
    for (int c = 0; c < n; ++c) {
        // Clockwise from the top.
        const double angle = std::numbers::pi / 2 - 2 * std::numbers::pi * c / std::max(1, n);
        m_nodes[c] = QPointF(std::cos(angle), std::sin(angle));
    }
    QHash<QString, int> chainIndex;
    for (int c = 0; c < n; ++c)
        chainIndex.insert(s.chainId(c), c);
    m_edges.clear();
    QHash<QPair<int, int>, int> edgeIndex;
    for (int r = 0; r < s.routeCount(); ++r) {
        const RouteView v = s.route(r);
        const int from = chainIndex.value(v.from, -1), to = chainIndex.value(v.to, -1);
        if (from < 0 || to < 0)
            continue;
        auto it = edgeIndex.find({from, to});
        if (it == edgeIndex.end()) {
            it = edgeIndex.insert({from, to}, static_cast<int>(m_edges.size()));
            Edge e;
            e.from = from;
            e.to = to;
            m_edges.push_back(e);
        }
        Edge& e = m_edges[*it];
        e.lockedUsd += v.lockedUsd;
        e.mintedUsd += v.mintedUsd;
        e.flowUsd += v.flowForward24hUsd + v.flowBack24hUsd;
        e.frozen = e.frozen || v.frozen;
        e.worstBacking = std::min(e.worstBacking, v.backingRatio);
        e.routes << tr("%1 (%2): locked %3, minted %4, backed %5, 24 h flow %6%7")
                        .arg(v.id, v.asset, formatUsdShort(v.lockedUsd), formatUsdShort(v.mintedUsd),
                             formatPercent(v.backingRatio), formatUsdShort(v.flowForward24hUsd + v.flowBack24hUsd),
                             v.frozen ? tr(", frozen") : QString());
    }
    double widest = 1;
    for (const Edge& e : m_edges)
        widest = std::max(widest, e.mintedUsd);
    QFont small = p->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    const QColor text = p->xAxis->labelColor();
    for (const Edge& e : m_edges) {
        const auto curve = edgeCurve(m_nodes[e.from], m_nodes[e.to]);
        auto* item = new QCPItemCurve(p);
        item->start->setCoords(curve[0]);
        item->startDir->setCoords(curve[1]);
        item->endDir->setCoords(curve[2]);
        item->end->setCoords(curve[3]);
        QPen pen(edgeColor(e), 1.0 + 7.0 * std::sqrt(e.mintedUsd / widest));
        pen.setStyle(e.frozen ? Qt::DashLine : Qt::SolidLine);
        item->setPen(pen);
        item->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 10, 12));
        item->setSelectable(false);
        auto* label = new QCPItemText(p);
        label->position->setCoords(bezier(curve, 0.35)); // nearer the source: the two directions of a pair stay apart
        label->setText(e.flowUsd > 0 ? QStringLiteral("%1 · %2").arg(formatUsdShort(e.mintedUsd), formatUsdShort(e.flowUsd))
                                     : formatUsdShort(e.mintedUsd));
        label->setFont(small);
        label->setColor(text);
        QColor back = palette().color(QPalette::Base);
        back.setAlpha(200);
        label->setBrush(back); // readable over the arrows it sits on
        label->setPadding(QMargins(2, 0, 2, 0));
    }
    double most = 1;
    for (int c = 0; c < n; ++c)
        most = std::max(most, s.chainCollateralUsd(c));
    for (int c = 0; c < n; ++c) {
        auto* node = new QCPGraph(p->xAxis, p->yAxis);
        node->setLineStyle(QCPGraph::lsNone);
        const double size = 14 + 26 * std::sqrt(s.chainCollateralUsd(c) / most);
        node->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, chainStatusColor(s.chainStatus(c)), size));
        node->addData(m_nodes[c].x(), m_nodes[c].y());
        auto* label = new QCPItemText(p);
        label->position->setCoords(m_nodes[c] * 1.3);
        label->setText(QStringLiteral("%1\n%2").arg(s.chainName(c), formatUsdShort(s.chainCollateralUsd(c))));
        label->setColor(text);
        label->setFont(small);
    }
    // Square, so the ring stays round in any shape of the widget.
    const double aspect = p->axisRect()->width() > 0 ? double(p->axisRect()->width()) / p->axisRect()->height() : 1.0;
    const double h = 1.55;
    p->yAxis->setRange(-h, h);
    p->xAxis->setRange(-h * std::max(1.0, aspect), h * std::max(1.0, aspect));
    if (aspect < 1.0)
        p->yAxis->setRange(-h / aspect, h / aspect);
    p->replot();
}

int CollateralMapPanel::nodeAt(const QPointF& pixel) const
{
    for (int c = 0; c < m_nodes.size(); ++c) {
        const QPointF at(m_graph->xAxis->coordToPixel(m_nodes[c].x()), m_graph->yAxis->coordToPixel(m_nodes[c].y()));
        if (distance(at, pixel) < 20)
            return c;
    }
    return -1;
}

int CollateralMapPanel::edgeAt(const QPointF& pixel) const
{
    int best = -1;
    double bestDistance = kHitPx;
    for (int i = 0; i < m_edges.size(); ++i) {
        const auto curve = edgeCurve(m_nodes[m_edges[i].from], m_nodes[m_edges[i].to]);
        for (int k = 0; k <= kSamples; ++k) {
            const QPointF q = bezier(curve, double(k) / kSamples);
            const double d = distance(QPointF(m_graph->xAxis->coordToPixel(q.x()), m_graph->yAxis->coordToPixel(q.y())), pixel);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
    }
    return best;
}

QString CollateralMapPanel::graphTipAt(const QPointF& pixel) const
{
    if (m_snapshot.isNull())
        return {};
    const SnapshotView& s = m_snapshot;
    if (const int c = nodeAt(pixel); c >= 0)
        return tr("%1 (%2): collateral %3 held by %4 accounts, %5 liquidatable. Click to show them.")
            .arg(s.chainName(c), s.chainStatus(c), formatUsd(s.chainCollateralUsd(c)), QLocale().toString(s.chainAccounts(c)),
                 QLocale().toString(s.chainLiquidatable(c)));
    if (const int i = edgeAt(pixel); i >= 0) {
        const Edge& e = m_edges[i];
        return tr("%1 → %2: locked %3, claims minted %4, 24 h flow %5\n%6")
            .arg(s.chainName(e.from), s.chainName(e.to), formatUsd(e.lockedUsd), formatUsd(e.mintedUsd), formatUsd(e.flowUsd),
                 e.routes.join(QLatin1Char('\n')));
    }
    return tr("Chains (sized by their collateral, coloured by status) and routes from the vault's chain to the claims' "
              "chain: width ∝ √(claims minted), orange when a vault backs less than its claims, red dashed when frozen. "
              "Labels: claims minted · 24 h flow.");
}

QString CollateralMapPanel::chainAtGraph(const QPointF& pixel) const
{
    if (m_snapshot.isNull())
        return {};
    if (const int c = nodeAt(pixel); c >= 0)
        return m_snapshot.chainId(c);
    if (const int i = edgeAt(pixel); i >= 0)
        return m_snapshot.chainId(m_edges[i].to); // where the claims sit
    return {};
}

QString CollateralMapPanel::chainAtHeatmap(const QPointF& pixel) const
{
    if (m_snapshot.isNull() || m_heatAssets.isEmpty())
        return {};
    const int x = static_cast<int>(std::lround(m_heat->xAxis->pixelToCoord(pixel.x())));
    const int y = static_cast<int>(std::lround(m_heat->yAxis->pixelToCoord(pixel.y())));
    if (x < 0 || x >= m_snapshot.chainCount() || y < 0 || y >= m_heatAssets.size())
        return {};
    return m_snapshot.chainId(x);
}

bool CollateralMapPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ToolTip && watched == m_graph) {
        auto* help = static_cast<QHelpEvent*>(event);
        QToolTip::showText(help->globalPos(), graphTipAt(help->pos()), m_graph);
        return true;
    }
    if (event->type() == QEvent::ToolTip && watched == m_heat) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int x = static_cast<int>(std::lround(m_heat->xAxis->pixelToCoord(help->pos().x())));
        const int y = static_cast<int>(std::lround(m_heat->yAxis->pixelToCoord(help->pos().y())));
        QString tip = m_heat->toolTip();
        if (!m_snapshot.isNull() && x >= 0 && x < m_snapshot.chainCount() && y >= 0 && y < m_heatAssets.size()) {
            const int a = m_heatAssets[m_heatAssets.size() - 1 - y];
            tip = tr("%1 on %2: %3 (%4 of the chain's collateral)")
                      .arg(m_snapshot.assetSymbol(a), m_snapshot.chainName(x), formatUsd(m_snapshot.chainAssetUsd(x, a)),
                           formatPercent(m_snapshot.chainCollateralUsd(x) > 0
                                             ? m_snapshot.chainAssetUsd(x, a) / m_snapshot.chainCollateralUsd(x) : 0.0));
        }
        QToolTip::showText(help->globalPos(), tip, m_heat);
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease && (watched == m_graph || watched == m_heat)) {
        const QPointF at = static_cast<QMouseEvent*>(event)->position();
        const QString chain = watched == m_graph ? chainAtGraph(at) : chainAtHeatmap(at);
        if (!chain.isEmpty())
            Q_EMIT chainActivated(chain);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cm::ui
