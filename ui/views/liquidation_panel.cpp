// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/liquidation_panel.h"
#include "ui/util/table_actions.h"

#include "ui/bridge/engine_client.h"
#include "ui/models/liquidations_model.h"
#include "ui/models/model_roles.h"
#include "ui/util/format.h"

#include "ui/charts/qcustomplot_include.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cm::ui {
namespace {

class UsdTicker final : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override { return formatUsdShort(tick); }
};

} // namespace

LiquidationPanel::LiquidationPanel(EngineClient* engine, QWidget* parent)
    : QWidget(parent),
      m_engine(engine),
      m_model(new LiquidationsModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* head = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by account, state, chain or keeper…"));
    m_filter->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    head->addWidget(m_filter, 1);
    head->addWidget(m_summary, 2);
    layout->addLayout(head);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_tabs = new QTabWidget(split);
    m_view = new QTableView(m_tabs);
    addTableActions(m_view);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LiquidationsModel::Id, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tabs->addTab(m_view, tr("Queue"));
    m_losses = new LossLedgerModel(this);
    m_lossProxy = new QSortFilterProxyModel(this);
    m_lossProxy->setSourceModel(m_losses);
    m_lossProxy->setSortRole(RawValueRole);
    m_lossProxy->setFilterKeyColumn(-1);
    m_lossProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_lossView = new QTableView(m_tabs);
    addTableActions(m_lossView);
    m_lossView->setModel(m_lossProxy);
    m_lossView->setSortingEnabled(true);
    m_lossView->sortByColumn(LossLedgerModel::Time, Qt::DescendingOrder);
    m_lossView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lossView->setAlternatingRowColors(true);
    m_lossView->verticalHeader()->setVisible(false);
    m_lossView->verticalHeader()->setDefaultSectionSize(m_lossView->fontMetrics().height() + 6);
    m_lossView->horizontalHeader()->setStretchLastSection(true);
    m_lossView->setWordWrap(false);
    m_tabs->addTab(m_lossView, tr("Bad debt and deleveraging"));
    m_chart = new QCustomPlot(split);
    m_chart->setMinimumWidth(260);
    m_chart->addGraph();
    m_chart->graph(0)->setLineStyle(QCPGraph::lsStepLeft);
    m_chart->graph(0)->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2));
    QSharedPointer<QCPAxisTickerDateTime> time(new QCPAxisTickerDateTime);
    time->setDateTimeFormat(QStringLiteral("HH:mm"));
    time->setTickCount(4);
    time->setDateTimeSpec(Qt::UTC);
    m_chart->xAxis->setTicker(time);
    m_chart->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new UsdTicker));
    m_chart->plotLayout()->insertRow(0);
    m_chart->plotLayout()->addElement(0, 0, new QCPTextElement(m_chart, tr("Insurance fund"),
                                                               QFont(font().family(), font().pointSize(), QFont::Bold)));
    split->addWidget(m_tabs);
    split->addWidget(m_chart);
    split->setSizes({900, 360});
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, m_lossProxy, &QSortFilterProxyModel::setFilterFixedString);
    auto decision = [this](const QString& text, bool approve) {
        auto* a = new QAction(text, m_view);
        connect(a, &QAction::triggered, this, [this, approve] {
            const QModelIndex i = m_proxy->mapToSource(m_view->currentIndex());
            if (!i.isValid())
                return;
            const quint64 id = m_model->item(i.row()).id;
            if (approve)
                m_engine->approveLiquidation(id);
            else
                m_engine->cancelLiquidation(id, tr("cancelled from the console"));
        });
        m_view->addAction(a);
    };
    decision(tr("Approve liquidation"), true);
    decision(tr("Cancel liquidation"), false);
}

void LiquidationPanel::setReadOnly(bool readOnly)
{
    for (QAction* a : m_view->actions())
        a->setEnabled(!readOnly);
}

void LiquidationPanel::setSnapshot(const SnapshotView& snapshot)
{
    m_model->setSnapshot(snapshot);
    m_losses->setSnapshot(snapshot);
    m_tabs->setTabText(1, tr("Bad debt and deleveraging (%1)").arg(snapshot.lossCount()));
    int open = 0, blocked = 0;
    for (int i = 0; i < snapshot.liquidationCount(); ++i) {
        const QString st = snapshot.liquidation(i).state;
        open += st == QLatin1String("queued") || st == QLatin1String("assigned") || st == QLatin1String("in_flight") ? 1 : 0;
        blocked += st == QLatin1String("blocked") ? 1 : 0;
    }
    m_summary->setText(snapshot.liquidationEnabled()
                           ? tr("%1 open · %2 blocked · insurance fund %3 · bad debt %4 (deleveraged %5, socialized %6) · %7 held")
                                 .arg(open)
                                 .arg(blocked)
                                 .arg(formatUsd(snapshot.insuranceFundUsd()), formatUsd(snapshot.badDebtUsd()),
                                      formatUsd(snapshot.deleveragedUsd()), formatUsd(snapshot.socializedUsd()))
                                 .arg(snapshot.holdCount())
                           : tr("Liquidation is off in this world (its \"liquidation\" settings turn it on)"));
    const QStringList holds = snapshot.holds();
    m_summary->setToolTip(holds.isEmpty() ? tr("No account is held")
                                          : tr("Withdrawals and transfers wait after negative equity (dYdX):\n") + holds.join(QLatin1Char('\n')));
    if (snapshot.fundPointCount() == m_fundPoints || !isVisible())
        return;
    m_fundPoints = snapshot.fundPointCount();
    QVector<double> keys, values;
    for (int i = 0; i < m_fundPoints; ++i) {
        keys << snapshot.fundPointTimeMs(i) / 1000.0;
        values << snapshot.fundPointUsd(i);
    }
    // The fund stands where it is now, until now.
    keys << snapshot.simTimeMs() / 1000.0;
    values << snapshot.insuranceFundUsd();
    m_chart->graph(0)->setData(keys, values, true);
    m_chart->rescaleAxes();
    m_chart->yAxis->setRangeLower(0);
    m_chart->yAxis->setRangeUpper(std::max(1.0, m_chart->yAxis->range().upper * 1.15));
    m_chart->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace cm::ui
