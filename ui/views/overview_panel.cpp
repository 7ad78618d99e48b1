// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/overview_panel.h"

#include "ui/charts/qcustomplot_include.h"
#include "ui/util/format.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cm::ui {
namespace {

// The stress view's buckets, so the two histograms read alike.
const double kEdges[] {1.0, 1.1, 1.25, 1.5, 2.0};
const char* const kBuckets[] {"<1", "1-1.1", "1.1-1.25", "1.25-1.5", "1.5-2", ">=2"};


} // namespace

OverviewPanel::OverviewPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* left = new QVBoxLayout;
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setToolTip(tr("Collateral: Σ amount × price of every holding. Requirement: MR = debts + Σ |size| × mark × MMR. "
                            "At risk: accounts under health 1.25 (health = (AC + U) / MR). The insurance fund pays bad debt "
                            "before deleveraging."));
    left->addWidget(m_totals);
    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(6);
    left->addLayout(m_tileGrid);
    left->addStretch(1);
    layout->addLayout(left, 3);

    m_health = new QCustomPlot(this);
    m_health->setMinimumSize(220, 150);
    m_health->setToolTip(tr("Accounts by health = (AC + U) / MR; below 1 an account can be liquidated"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_health->xAxis->setTickLabelFont(small);
    m_health->yAxis->setTickLabelFont(small);
    m_health->yAxis->setLabelFont(small);
    m_health->yAxis->setLabel(tr("accounts"));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < 6; ++i)
        ticker->addTick(i + 1, QString::fromLatin1(kBuckets[i]));
    m_health->xAxis->setTicker(ticker);
    m_health->xAxis->setRange(0.4, 6.6);
    auto* bars = new QCPBars(m_health->xAxis, m_health->yAxis);
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x42, 0x7a, 0xb8));
    m_health->xAxis->setTickLabelRotation(30);
    layout->addWidget(m_health, 2);

    m_alerts = new QListWidget(this);
    m_alerts->setToolTip(tr("What the bridges' guards saw: forged or unbacked messages, frozen routes, governor queues"));
    m_alerts->setWordWrap(true);
    m_alerts->setMaximumWidth(300);
    layout->addWidget(m_alerts, 1);
}

void OverviewPanel::setSnapshot(const SnapshotView& snapshot)
{
    m_snapshot = snapshot;
    m_stale = true;
    if (isVisible())
        redraw(); // a hidden overview does nothing (STYLE: charts do nothing while hidden)
}

void OverviewPanel::showEvent(QShowEvent* event)
{
    if (m_stale)
        redraw();
    QWidget::showEvent(event);
}

void OverviewPanel::rebuildTiles(int chains)
{
    for (Tile& t : m_tiles)
        delete t.frame;
    m_tiles.clear();
    const int columns = chains > 6 ? 3 : 2; // two columns keep 1280 pixels wide enough for the chart
    for (int c = 0; c < chains; ++c) {
        Tile t;
        t.frame = new QFrame(this);
        t.frame->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(t.frame);
        v->setContentsMargins(6, 4, 6, 4);
        v->setSpacing(1);
        t.title = new QLabel(t.frame);
        t.body = new QLabel(t.frame);
        t.body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->addWidget(t.title);
        v->addWidget(t.body);
        m_tileGrid->addWidget(t.frame, c / columns, c % columns);
        m_tiles.append(t);
    }
}

void OverviewPanel::redraw()
{
    m_stale = false;
    const SnapshotView& s = m_snapshot;
    if (s.isNull())
        return;
    if (m_tiles.size() != s.chainCount())
        rebuildTiles(s.chainCount());

    // Claims minted on each chain and what backs them, in USD at the prices now.
    QHash<QString, double> prices;
    for (int a = 0; a < s.assetCount(); ++a)
        prices.insert(s.assetSymbol(a), s.assetPriceUsd(a));
    QHash<QString, double> mintedUsd, lockedUsd;
    for (int r = 0; r < s.routeCount(); ++r) {
        const RouteView route = s.route(r);
        const double price = prices.value(route.asset);
        mintedUsd[route.to] += route.minted.toDouble() * price;
        lockedUsd[route.to] += route.locked.toDouble() * price;
    }
    for (int c = 0; c < s.chainCount(); ++c) {
        Tile& t = m_tiles[c];
        const QString status = s.chainStatus(c);
        t.title->setText(QStringLiteral("<b>%1</b> <span style=\"color:%2\">● %3</span>")
                             .arg(s.chainName(c).toHtmlEscaped(), chainStatusColor(status).name(), status));
        const QString id = s.chainId(c);
        const double minted = mintedUsd.value(id);
        const QString backing = minted > 0 ? formatPercent(lockedUsd.value(id) / minted) : QStringLiteral("—");
        t.body->setText(tr("height %1 · finality lag %2\ncollateral %3 · %4 accounts (%5 liquidatable)\nclaims minted %6 · backing %7")
                            .arg(QLocale().toString(s.chainHeight(c)), formatDuration(s.chainFinalityLagMs(c)),
                                 formatUsdShort(s.chainCollateralUsd(c)))
                            .arg(s.chainAccounts(c))
                            .arg(s.chainLiquidatable(c))
                            .arg(formatUsdShort(minted), backing));
        t.frame->setToolTip(tr("Finality lag: how far finality trails the head (a halt adds its whole length). Backing: the "
                               "vaults' locked value over the claims minted on this chain; under 100 % a claim is not fully "
                               "redeemable and is haircut for it."));
    }

    // Accounts by health, and the totals.
    QVector<double> counts(6, 0.0);
    int atRisk = 0;
    for (int i = 0; i < s.accountCount(); ++i) {
        const double h = s.health(i);
        if (std::isinf(h))
            continue;
        int b = 0;
        while (b < 5 && h >= kEdges[b])
            ++b;
        counts[b] += 1;
        atRisk += h < 1.25 ? 1 : 0;
    }
    auto* bars = qobject_cast<QCPBars*>(m_health->plottable(0));
    bars->setData({1, 2, 3, 4, 5, 6}, counts, true);
    m_health->yAxis->setRange(0, std::max(1.0, *std::max_element(counts.begin(), counts.end())) * 1.1);
    m_health->replot(QCustomPlot::rpQueuedReplot);
    m_totals->setText(tr("<b>Collateral</b> %1 · <b>requirement</b> %2 · <b>at risk</b> %3 of %4 accounts (health &lt; 1.25) · "
                         "<b>insurance fund</b> %5")
                          .arg(formatUsdShort(s.totalCollateralUsd()), formatUsdShort(s.totalRequirementUsd()))
                          .arg(QLocale().toString(atRisk), QLocale().toString(s.accountCount()))
                          .arg(formatUsdShort(s.insuranceFundUsd())));

    // Alerts, newest first; critical ones in red.
    m_alerts->clear();
    if (s.alertCount() == 0)
        m_alerts->addItem(tr("No alerts"));
    for (int i = s.alertCount() - 1; i >= 0; --i) {
        auto* item = new QListWidgetItem(s.alertText(i), m_alerts);
        if (s.alertCritical(i))
            item->setForeground(toneColor(Tone::Bad));
    }
}

QString OverviewPanel::tileText(int chain) const
{
    if (chain < 0 || chain >= m_tiles.size())
        return {};
    QString title = m_tiles[chain].title->text();
    title.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return title + QLatin1Char('\n') + m_tiles[chain].body->text();
}

} // namespace cm::ui
