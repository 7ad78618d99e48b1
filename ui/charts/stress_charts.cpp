// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/stress_charts.h"

#include "ui/charts/plot_theme.h"
#include "ui/charts/qcustomplot_include.h"
#include "ui/util/format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace cm::ui {
namespace {

const QColor kBefore(0x42, 0x7a, 0xb8);
const QColor kAfter(0xc6, 0x28, 0x28);
const QColor kLoss(0xef, 0x6c, 0x00);

//! The charts' strings, in one translation context.
struct StressCharts {
    Q_DECLARE_TR_FUNCTIONS(StressCharts)
};

//! The unit an axis of USD reads best in: (divisor, label suffix).
std::pair<double, QString> usdScale(double largest)
{
    if (largest >= 1e9)
        return {1e9, QStringLiteral("$B")};
    if (largest >= 1e6)
        return {1e6, QStringLiteral("$M")};
    if (largest >= 1e3)
        return {1e3, QStringLiteral("$k")};
    return {1.0, QStringLiteral("$")};
}

} // namespace

QCustomPlot* makeStressPlot(QWidget* parent, const QString& tip)
{
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumSize(260, 160);
    QFont small = plot->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    plot->xAxis->setTickLabelFont(small);
    plot->yAxis->setTickLabelFont(small);
    plot->xAxis->setLabelFont(small);
    plot->yAxis->setLabelFont(small);
    plot->legend->setFont(small);
    plot->setToolTip(tip);
    // Until a run fills it, the plot says what to do rather than showing empty axes.
    auto* hint = new QCPItemText(plot);
    hint->position->setType(QCPItemPosition::ptAxisRectRatio);
    hint->position->setCoords(0.5, 0.5);
    hint->setText(StressCharts::tr("Run a scenario: its results appear here"));
    hint->setColor(Qt::gray);
    applyPlotTheme(plot);
    return plot;
}

void plotHealthBuckets(QCustomPlot* p, const StressReportView& r)
{
    p->clearItems();
    p->clearPlottables();
    QVector<double> keysBefore, keysAfter, before, after;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double most = 1;
    for (int i = 0; i < r.buckets.size(); ++i) {
        keysBefore << i + 1 - 0.2;
        keysAfter << i + 1 + 0.2;
        before << static_cast<double>(r.before.value(i));
        after << static_cast<double>(r.after.value(i));
        most = std::max({most, before.back(), after.back()});
        ticker->addTick(i + 1, r.buckets[i]);
    }
    auto* b = new QCPBars(p->xAxis, p->yAxis);
    b->setName(StressCharts::tr("before"));
    b->setData(keysBefore, before);
    b->setWidth(0.38);
    b->setPen(Qt::NoPen);
    b->setBrush(kBefore);
    auto* a = new QCPBars(p->xAxis, p->yAxis);
    a->setName(StressCharts::tr("after"));
    a->setData(keysAfter, after);
    a->setWidth(0.38);
    a->setPen(Qt::NoPen);
    a->setBrush(kAfter);
    p->xAxis->setTicker(ticker);
    p->xAxis->setLabel(StressCharts::tr("health"));
    p->yAxis->setLabel(StressCharts::tr("accounts"));
    p->xAxis->setRange(0.4, r.buckets.size() + 0.6);
    p->yAxis->setRange(0, most * 1.1);
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    p->replot();
}

void plotLosses(QCustomPlot* p, const QVector<QPair<QString, StressReportView::Amount>>& losses, int most)
{
    p->clearItems();
    p->clearPlottables();
    // Horizontal bars, the largest on top.
    const int n = std::min<int>(most, static_cast<int>(losses.size()));
    QVector<double> keys, values;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double largest = 0;
    for (int i = 0; i < n; ++i)
        largest = std::max(largest, std::fabs(losses[i].second.usd));
    const auto [unit, unitName] = usdScale(largest);
    double lo = 0, hi = 1e-9;
    for (int i = 0; i < n; ++i) {
        keys << n - i;
        values << losses[i].second.usd / unit;
        lo = std::min(lo, values.back());
        hi = std::max(hi, values.back());
        ticker->addTick(n - i, losses[i].first);
    }
    auto* bars = new QCPBars(p->yAxis, p->xAxis);
    bars->setData(keys, values);
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(kLoss);
    p->yAxis->setTicker(ticker);
    p->yAxis->setRange(0.4, n + 0.6);
    p->xAxis->setRange(lo * 1.05, hi * 1.05);
    p->xAxis->setLabel(StressCharts::tr("loss, %1").arg(unitName));
    p->replot();
}

void plotContagion(QCustomPlot* p, const StressReportView& r)
{
    resetPlot(p);
    const int nx = static_cast<int>(r.chains.size());
    const int ny = static_cast<int>(r.blast.size());
    if (nx == 0 || ny == 0) {
        p->replot();
        return;
    }
    // Light for little, dark red for much; cells with nothing stay blank.
    auto* map = addLogHeatmap(p, nx, ny, QColor(0xff, 0xf3, 0xc4), QColor(0xf0, 0x8c, 0x28), QColor(0x8b, 0x00, 0x00));
    QSharedPointer<QCPAxisTickerText> xt(new QCPAxisTickerText), yt(new QCPAxisTickerText);
    double top = 1;
    for (int y = 0; y < ny; ++y) {
        const auto& b = r.blast[ny - 1 - y]; // the first row on top
        yt->addTick(y, b.id);
        for (int x = 0; x < nx; ++x) {
            const double v = b.atRiskByChain.value(x);
            map->data()->setCell(x, y, v > 0 ? v : std::numeric_limits<double>::quiet_NaN());
            top = std::max(top, v);
        }
    }
    for (int x = 0; x < nx; ++x)
        xt->addTick(x, r.chains[x]);
    map->setDataRange(QCPRange(std::max(1.0, top / 1e3), top));
    QFont small = p->xAxis->tickLabelFont();
    QFont tiny = small;
    tiny.setPointSizeF(std::max(6.0, small.pointSizeF() * (ny > 24 ? 0.85 : 1.0)));
    p->yAxis->setTickLabelFont(tiny);
    p->xAxis->setTicker(xt);
    p->xAxis->setTickLabelRotation(nx > 3 ? 35 : 0);
    p->yAxis->setTicker(yt);
    p->xAxis->setRange(-0.5, nx - 0.5);
    p->yAxis->setRange(-0.5, ny - 0.5);
    p->replot();
}

void plotPathBadDebt(QCustomPlot* p, const StressReportView& r)
{
    p->clearPlottables();
    p->clearItems();
    if (r.pathBadDebt.isEmpty()) {
        p->xAxis->setLabel(StressCharts::tr("no Monte Carlo paths: set a number of paths and run again"));
        p->replot();
        return;
    }
    const auto [mn, mx] = std::minmax_element(r.pathBadDebt.begin(), r.pathBadDebt.end());
    const auto [unit, unitName] = usdScale(*mx);
    const double lo = *mn / unit, hi = std::max(*mx / unit, lo + 1.0 / unit);
    const int bins = std::clamp(static_cast<int>(std::sqrt(r.pathBadDebt.size())), 5, 40);
    const double width = (hi - lo) / bins;
    QVector<double> keys(bins), counts(bins, 0.0);
    for (int i = 0; i < bins; ++i)
        keys[i] = lo + (i + 0.5) * width;
    for (double v : r.pathBadDebt)
        counts[std::clamp(static_cast<int>((v / unit - lo) / width), 0, bins - 1)] += 1;
    auto* bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setData(keys, counts);
    bars->setWidth(width * 0.9);
    bars->setPen(Qt::NoPen);
    bars->setBrush(kBefore);
    p->xAxis->setLabel(StressCharts::tr("bad debt per path, %1").arg(unitName));
    p->yAxis->setLabel(StressCharts::tr("paths"));
    p->xAxis->setRange(lo - width, hi + width);
    p->yAxis->setRange(0, *std::max_element(counts.begin(), counts.end()) * 1.15);
    for (const auto& [value, name, color] : {std::tuple {r.var95.usd, StressCharts::tr("VaR95"), kLoss}, std::tuple {r.var99.usd, StressCharts::tr("VaR99"), kAfter}}) {
        auto* line = new QCPItemStraightLine(p);
        line->point1->setCoords(value / unit, 0);
        line->point2->setCoords(value / unit, 1);
        line->setPen(QPen(color, 1.5, Qt::DashLine));
        auto* label = new QCPItemText(p);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(value / unit, p->yAxis->range().upper * (name == StressCharts::tr("VaR95") ? 0.95 : 0.85));
        // Beside the line, on the side with room.
        const bool right = value / unit > p->xAxis->range().lower + 0.6 * p->xAxis->range().size();
        label->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        label->setText(right ? QStringLiteral("%1 %2 ").arg(name, formatUsdShort(value)) : QStringLiteral(" %1 %2").arg(name, formatUsdShort(value)));
        label->setColor(color);
    }
    p->replot();
}

} // namespace cm::ui
