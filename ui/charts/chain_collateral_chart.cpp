// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chain_collateral_chart.h"

#include "ui/util/format.h"

#include "ui/charts/qcustomplot_include.h"

#include <QVBoxLayout>

#include <algorithm>

namespace cm::ui {
namespace {

class UsdTicker final : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override { return formatUsdShort(tick); }
};

} // namespace

ChainCollateralChart::ChainCollateralChart(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumHeight(160);
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setWidth(0.6);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0x42, 0x7a, 0xb8));
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UsdTicker));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, tr("Collateral by chain"),
                                                              QFont(font().family(), font().pointSize(), QFont::Bold)));
    m_frame.setInterval(33);
    connect(&m_frame, &QTimer::timeout, this, &ChainCollateralChart::handleFrame);
    m_frame.start();
}

void ChainCollateralChart::setSnapshot(const SnapshotView& snapshot)
{
    m_snapshot = snapshot;
    m_needsReplot = true;
}

void ChainCollateralChart::handleFrame()
{
    if (!m_needsReplot || !isVisible() || m_snapshot.isNull())
        return;
    m_needsReplot = false;
    const int n = m_snapshot.chainCount();
    QVector<double> keys, values;
    double maxValue = 0;
    for (int i = 0; i < n; ++i) {
        keys << i + 1;
        values << m_snapshot.chainCollateralUsd(i);
        maxValue = std::max(maxValue, values.back());
    }
    m_bars->setData(keys, values, true);
    if (n != m_chainCount) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (int i = 0; i < n; ++i)
            ticker->addTick(i + 1, m_snapshot.chainName(i));
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setRange(0.4, n + 0.6);
        m_chainCount = n;
    }
    // The range follows the data but does not jitter with every small move.
    const double top = maxValue * 1.15;
    if (top > m_plot->yAxis->range().upper || top < m_plot->yAxis->range().upper * 0.7)
        m_plot->yAxis->setRange(0, top);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace cm::ui
