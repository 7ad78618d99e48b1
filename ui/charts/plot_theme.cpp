// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/plot_theme.h"

#include "ui/charts/qcustomplot_include.h"

#include <QApplication>

namespace cm::ui {

void applyAxisTheme(QCPAxis* axis)
{
    const QPalette p = QApplication::palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(grid));
}

void applyPlotTheme(QCustomPlot* plot)
{
    const QPalette p = QApplication::palette();
    plot->setBackground(p.color(QPalette::Base));
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes())
            applyAxisTheme(axis);
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto* scale = qobject_cast<QCPColorScale*>(plot->plotLayout()->elementAt(i)))
            applyAxisTheme(scale->axis());
        else if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
            title->setTextColor(p.color(QPalette::WindowText));
    plot->legend->setBrush(p.color(QPalette::Base));
    plot->legend->setBorderPen(QPen(p.color(QPalette::Mid)));
    plot->legend->setTextColor(p.color(QPalette::WindowText));
}

void resetPlot(QCustomPlot* p)
{
    p->clearItems();
    p->clearPlottables();
    if (p->plotLayout()->elementCount() > 1)
        p->plotLayout()->removeAt(1);
    p->plotLayout()->simplify();
}

QCPColorMap* addLogHeatmap(QCustomPlot* p, int nx, int ny, const QColor& low, const QColor& mid, const QColor& high,
                           const QString& scaleLabel)
{
    auto* map = new QCPColorMap(p->xAxis, p->yAxis);
    map->data()->setSize(nx, ny);
    map->data()->setRange(QCPRange(0, nx - 1), QCPRange(0, ny - 1));
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, low);
    gradient.setColorStopAt(0.5, mid);
    gradient.setColorStopAt(1.0, high);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map->setGradient(gradient);
    map->setDataScaleType(QCPAxis::stLogarithmic);
    map->setInterpolate(false);
    auto* scale = new QCPColorScale(p);
    p->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setDataScaleType(QCPAxis::stLogarithmic);
    scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    scale->axis()->setNumberFormat(QStringLiteral("eb"));
    scale->axis()->setNumberPrecision(0);
    scale->axis()->setTickLabelFont(p->xAxis->tickLabelFont());
    scale->axis()->setLabel(scaleLabel);
    scale->setBarWidth(10);
    applyAxisTheme(scale->axis());
    map->setColorScale(scale);
    scale->setGradient(gradient); // the scale's gradient is the map's from here on
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    return map;
}

} // namespace cm::ui
