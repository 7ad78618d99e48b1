// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/stress_panel.h"
#include "ui/util/table_actions.h"

#include "ui/bridge/engine_client.h"
#include "ui/charts/qcustomplot_include.h"
#include "ui/charts/stress_charts.h"
#include "ui/models/model_roles.h"
#include "ui/models/stress_models.h"
#include "ui/util/format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTextStream>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cm::ui {
namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(RawValueRole);
    auto* view = new QTableView(parent);
    addTableActions(view);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

//! The exact figure for a CSV cell: "$1,234.50" → "1234.50".
QString plainUsd(const StressReportView::Amount& a)
{
    QString s = a.text;
    s.remove(QLatin1Char('$')).remove(QLatin1Char(','));
    return s;
}


} // namespace

StressPanel::StressPanel(EngineClient* engine, const QString& scenarioDir, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_runner(new StressRunner(engine, scenarioDir, this)), m_scenarioDir(scenarioDir)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    // Left: the scenario, the run, the headline figures.
    auto* left = new QWidget(split);
    auto* l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 4, 0);
    auto* form = new QFormLayout;
    m_picker = new QComboBox(left);
    for (const auto& [name, title] : StressRunner::builtIns())
        m_picker->addItem(title, name);
    m_picker->addItem(tr("Custom (edit below)"), QString());
    m_picker->setToolTip(tr("The built-in scenarios: the four historical windows replayed on the book, a 30 % crash of "
                            "every volatile asset, a stablecoin at its March 2023 low, the biggest route compromised "
                            "(Wormhole, Nomad), a one-hour Ethereum finality stall"));
    form->addRow(tr("Scenario"), m_picker);
    m_paths = new QSpinBox(left);
    m_paths->setRange(0, 100000);
    m_paths->setSingleStep(100);
    m_paths->setValue(0);
    m_paths->setToolTip(tr("Monte Carlo paths of the calibrated market over the horizon, after the shocks: VaR95/99 "
                           "are the 95th/99th percentiles of bad debt over the paths, LaR95 the 95th of liquidations "
                           "(Gauntlet, Chaos Labs). 0: the shocks alone, prices held where they put them."));
    form->addRow(tr("Monte Carlo paths"), m_paths);
    m_cap = new QDoubleSpinBox(left);
    m_cap->setRange(0.0, 1000.0);
    m_cap->setDecimals(2);
    m_cap->setSingleStep(0.5);
    m_cap->setSuffix(tr(" $M"));
    m_cap->setSpecialValueText(tr("none"));
    // Aave v3 Ethereum's isolated assets (shared/data/aave, 2023-10-31): debt ceilings from $1M
    // (KNC) to $17M (UNI), the median $4.5M (1INCH).
    m_cap->setValue(4.5);
    m_cap->setToolTip(tr("Isolation cap to price on routes the world does not cap: the most a route's claims may count "
                         "towards one account's adjusted collateral. 4.5 $M is the median debt ceiling of Aave v3's "
                         "isolated assets on Ethereum (October 2023: from $1M to $17M). A world's own caps "
                         "(a route's isolation_cap_usd) are enforced by the margin and shown as they are."));
    form->addRow(tr("What-if isolation cap"), m_cap);
    l->addLayout(form);
    m_editor = new QPlainTextEdit(left);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setToolTip(tr("The scenario (JSON, README: stress scenarios): name, shocks (price, volatility, "
                            "oracle_divergence, chain_halt, latency, route_compromise, replay), paths, horizon_s, seed"));
    l->addWidget(m_editor, 1);
    auto* buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), left);
    m_run->setToolTip(tr("Runs the scenario on forks of the live book (Ctrl+R); the book itself is never touched"));
    m_run->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    m_cancel = new QPushButton(tr("Cancel"), left);
    m_cancel->setEnabled(false);
    m_open = new QPushButton(tr("Open…"), left);
    m_open->setToolTip(tr("Loads a scenario file; its replay files are found beside it"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_open);
    l->addLayout(buttons);
    m_progress = new QProgressBar(left);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p %"));
    m_progress->setToolTip(tr("Simulated hours done, of the held-price run and every Monte Carlo path"));
    l->addWidget(m_progress);
    auto* exports = new QHBoxLayout;
    m_csv = new QPushButton(tr("Export CSV…"), left);
    m_pdf = new QPushButton(tr("Export PDF…"), left);
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    exports->addWidget(m_csv);
    exports->addWidget(m_pdf);
    l->addLayout(exports);
    split->addWidget(left);

    // Right: the summary on top of the results.
    auto* right = new QWidget(split);
    auto* r = new QVBoxLayout(right);
    r->setContentsMargins(4, 0, 0, 0);
    m_summary = new QLabel(tr("Pick a scenario and run it: the live book is copied, shocked and run over the horizon; "
                              "the console keeps running."),
                           right);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    r->addWidget(m_summary);
    m_tabs = new QTabWidget(right);
    r->addWidget(m_tabs, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({330, 950});

    m_health = makeStressPlot(m_tabs, tr("Accounts by health before the scenario (blue) and at the end of the horizon (red); "
                                   "health = (AC + U) / MR, below 1 liquidatable, 'none': no debt or position"));
    m_tabs->addTab(m_health, tr("Health"));

    auto* loss = new QWidget(m_tabs);
    auto* lossLayout = new QHBoxLayout(loss);
    lossLayout->setContentsMargins(0, 0, 0, 0);
    m_lossChain = makeStressPlot(loss, tr("Loss by chain: the book's collateral as it was, marked at the prices and vault "
                                    "backing after (a drained route's claims at nothing), plus perpetual PnL lost"));
    m_lossRoute = makeStressPlot(loss, tr("Loss by route (the claims it minted; 'native' for native collateral), largest 12"));
    lossLayout->addWidget(m_lossChain, 2);
    lossLayout->addWidget(m_lossRoute, 3);
    m_tabs->addTab(loss, tr("Loss"));

    auto* contagion = new QWidget(m_tabs);
    auto* c = new QVBoxLayout(contagion);
    c->setContentsMargins(0, 0, 0, 0);
    m_contagion = new QLabel(contagion);
    m_contagion->setWordWrap(true);
    c->addWidget(m_contagion);
    auto* cs = new QSplitter(Qt::Horizontal, contagion);
    m_heat = makeStressPlot(cs, tr("What fails if it fails: each row a route or chain failing (claims unbacked; a chain's "
                             "collateral and vaults gone), each column the chain where the accounts pushed below "
                             "health 1 owe; colour: their obligations, USD (log scale)"));
    m_blast = new StressBlastModel(this);
    m_blastView = makeTable(m_blast, cs);
    cs->addWidget(m_heat);
    cs->addWidget(m_blastView);
    cs->setSizes({380, 560});
    c->addWidget(cs, 1);
    m_tabs->addTab(contagion, tr("Contagion"));

    m_top = new StressAccountsModel(this);
    m_topView = makeTable(m_top, m_tabs);
    m_topView->setToolTip(tr("Double-click an account to see it in the book"));
    connect(m_topView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT accountActivated(index.sibling(index.row(), 0).data().toString());
    });
    m_tabs->addTab(m_topView, tr("Most affected"));

    m_pathsPlot = makeStressPlot(m_tabs, tr("Bad debt per Monte Carlo path (histogram) with VaR95 and VaR99"));
    m_tabs->addTab(m_pathsPlot, tr("Paths"));

    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        const QString name = m_picker->itemData(index).toString();
        if (!name.isEmpty())
            chooseBuiltIn(name);
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        // An edited built-in is a custom scenario.
        if (m_editor->hasFocus())
            m_picker->setCurrentIndex(m_picker->count() - 1);
    });
    connect(m_run, &QPushButton::clicked, this, &StressPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &StressPanel::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a stress scenario"), {}, tr("Scenarios (*.json)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_summary->setText(tr("Cannot open %1: %2").arg(path, f.errorString()));
            return;
        }
        m_editor->setPlainText(QString::fromUtf8(f.readAll()));
        m_folder = QFileInfo(path).absolutePath();
        m_picker->setCurrentIndex(m_picker->count() - 1);
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the stress report"), m_report.scenario + QStringLiteral(".csv"),
                                                          tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            m_summary->setText(error);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the stress report"), m_report.scenario + QStringLiteral(".pdf"),
                                                          tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportPdf(path, &error))
            m_summary->setText(error);
    });
    connect(m_runner, &StressRunner::progress, this, [this](quint64 done, quint64 total) {
        m_progress->setRange(0, static_cast<int>(total));
        m_progress->setValue(static_cast<int>(done));
    });
    connect(m_runner, &StressRunner::finished, this, [this](const StressReportView& report, const QString& error) {
        if (!error.isEmpty())
            m_summary->setText(tr("The run failed: %1").arg(error));
        else
            showReport(report);
        setRunning(false);
        Q_EMIT runFinished(error);
    });
}

void StressPanel::showEvent(QShowEvent* event)
{
    // The first built-in fills the editor when the view is first seen, not at start-up: it reads
    // the live book (the biggest route is the book's), which costs a state capture.
    if (m_editor->toPlainText().isEmpty() && m_picker->count() > 1)
        chooseBuiltIn(m_picker->itemData(0).toString());
    QWidget::showEvent(event);
}

void StressPanel::chooseBuiltIn(const QString& name)
{
    QString error;
    const QString json = m_runner->builtInJson(name, &error);
    const int index = m_picker->findData(name);
    if (index >= 0)
        m_picker->setCurrentIndex(index);
    m_folder.clear();
    if (!error.isEmpty()) {
        m_summary->setText(tr("%1 does not apply to this world: %2").arg(name, error));
        return;
    }
    m_editor->setPlainText(json);
}

void StressPanel::run()
{
    const QString error = m_runner->start(m_editor->toPlainText(), m_paths->value() > 0 ? m_paths->value() : -1, m_folder,
                                          m_cap->value() * 1e6);
    if (!error.isEmpty()) {
        m_summary->setText(tr("The scenario is refused: %1").arg(error));
        Q_EMIT runFinished(error);
        return;
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary->setText(tr("Running %1 on a fork of the live book…").arg(m_picker->currentText()));
    setRunning(true);
}

void StressPanel::cancel() { m_runner->cancel(); }

void StressPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_picker->setEnabled(!running);
    m_open->setEnabled(!running);
    m_csv->setEnabled(!running && m_report.valid);
    m_pdf->setEnabled(!running && m_report.valid);
}

QString StressPanel::summaryHtml(const StressReportView& r) const
{
    const QString horizon = r.horizonS % 3600 == 0 ? tr("%1 h").arg(r.horizonS / 3600) : formatDuration(r.horizonS * 1000);
    QString html = tr("<b>%1</b> on %2 accounts · horizon %3 · step %4 s · ran in %5 s%6<br>")
                       .arg(r.scenario.toHtmlEscaped())
                       .arg(QLocale().toString(r.accounts))
                       .arg(horizon)
                       .arg(r.stepS)
                       .arg(r.wallS, 0, 'f', 1)
                       .arg(r.cancelled ? tr(" · <b>cancelled</b>") : QString());
    html += tr("Below health 1: %1 → <b>%2</b> · liquidations %3 (%4) · <b>bad debt %5</b> · insurance fund %6 → %7")
                .arg(r.before.value(0))
                .arg(r.after.value(0))
                .arg(QLocale().toString(r.liquidations))
                .arg(formatUsdShort(r.liquidated.usd), r.badDebt.text, formatUsdShort(r.fundBefore.usd),
                     formatUsdShort(r.fundAfter.usd));
    if (r.paths > 0)
        html += tr("<br>Monte Carlo, %1 of %2 paths: <b>VaR95 %3</b> · <b>VaR99 %4</b> of bad debt · <b>LaR95 %5</b> "
                   "of liquidations · mean bad debt %6")
                    .arg(r.pathsDone)
                    .arg(r.paths)
                    .arg(r.var95.text, r.var99.text, r.lar95.text, r.meanBadDebt.text);
    return html;
}

void StressPanel::showReport(const StressReportView& r)
{
    m_report = r;
    m_summary->setText(summaryHtml(r));
    plotHealthBuckets(m_health, r);
    plotLosses(m_lossChain, r.lossByChain, 12);
    plotLosses(m_lossRoute, r.lossByRoute, 12);
    plotContagion(m_heat, r);
    plotPathBadDebt(m_pathsPlot, r);
    fillTables(r);
    // The seed's question on screen: what interconnection gives, what it exposes, what caps bound.
    double credit = 0, shortfall = 0, worst = 0, capCost = 0, bounded = 0;
    QString worstId;
    int capped = 0;
    bool whatIf = false;
    for (const auto& b : r.blast) {
        if (b.chain)
            continue;
        credit += b.exposure.usd;
        shortfall += b.shortfall.usd;
        if (b.shortfall.usd > worst) {
            worst = b.shortfall.usd;
            worstId = b.id;
        }
        if (b.capped) {
            ++capped;
            capCost += b.capCost.usd;
            bounded += b.capLossRemoved.usd;
            whatIf = whatIf || !b.capInWorld;
        }
    }
    QString text = tr("Interconnection gives <b>%1</b> of credit against bridged claims; a route failing one at a time "
                      "would leave <b>%2</b> of requirement uncovered in all (worst: %3, %4).")
                       .arg(formatUsdShort(credit), formatUsdShort(shortfall), worstId.toHtmlEscaped(), formatUsdShort(worst));
    text += capped > 0 ? tr(" Isolation caps on %1 routes%2 would cost <b>%3</b> of collateral credit now and bound "
                            "<b>%4</b> of those losses.")
                             .arg(capped)
                             .arg(whatIf ? tr(" (what-if where the world has none)") : QString())
                             .arg(formatUsdShort(capCost), formatUsdShort(bounded))
                       : tr(" No route has an isolation cap (world file: a route's isolation_cap_usd; or price one "
                            "with the what-if cap).");
    m_contagion->setText(text);
}

void StressPanel::fillTables(const StressReportView& r)
{
    m_blast->setReport(r);
    m_blastView->sortByColumn(StressBlastModel::BadDebt, Qt::DescendingOrder); // the worst first
    m_blastView->resizeColumnsToContents();
    m_top->setReport(r);
    m_topView->sortByColumn(StressAccountsModel::Loss, Qt::DescendingOrder); // as the report orders them
    m_topView->resizeColumnsToContents();
}

bool StressPanel::exportCsv(const QString& path, QString* error) const
{
    if (!m_report.valid) {
        if (error)
            *error = tr("nothing to export: run a scenario first");
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    const StressReportView& r = m_report;
    QTextStream out(&f);
    out << "section,key,value\n";
    auto kv = [&](const QString& key, const QString& value) { out << "summary," << csvField(key) << ',' << csvField(value) << '\n'; };
    kv(QStringLiteral("scenario"), r.scenario);
    kv(QStringLiteral("accounts"), QString::number(r.accounts));
    kv(QStringLiteral("horizon_s"), QString::number(r.horizonS));
    kv(QStringLiteral("paths"), QString::number(r.paths));
    kv(QStringLiteral("liquidations"), QString::number(r.liquidations));
    kv(QStringLiteral("liquidated_usd"), plainUsd(r.liquidated));
    kv(QStringLiteral("bad_debt_usd"), plainUsd(r.badDebt));
    kv(QStringLiteral("insurance_fund_before_usd"), plainUsd(r.fundBefore));
    kv(QStringLiteral("insurance_fund_after_usd"), plainUsd(r.fundAfter));
    if (r.paths > 0) {
        kv(QStringLiteral("var95_usd"), plainUsd(r.var95));
        kv(QStringLiteral("var99_usd"), plainUsd(r.var99));
        kv(QStringLiteral("lar95_usd"), plainUsd(r.lar95));
    }
    out << "\nhealth_bucket,before,after\n";
    for (int i = 0; i < r.buckets.size(); ++i)
        out << csvField(r.buckets[i]) << ',' << r.before.value(i) << ',' << r.after.value(i) << '\n';
    out << "\nloss_by,id,usd\n";
    for (const auto& [k, v] : r.lossByChain)
        out << "chain," << csvField(k) << ',' << plainUsd(v) << '\n';
    for (const auto& [k, v] : r.lossByRoute)
        out << "route," << csvField(k) << ',' << plainUsd(v) << '\n';
    out << "\nkind,failing,accounts_hit,pushed_below_1,value_at_risk_usd,bad_debt_usd,credit_lost_usd,shortfall_usd,"
           "isolation_cap_usd,cap_cost_usd,loss_bounded_usd";
    for (const QString& c : r.chains)
        out << ",at_risk_on_" << csvField(c) << "_usd";
    out << '\n';
    for (const auto& b : r.blast) {
        out << (b.chain ? "chain," : "route,") << csvField(b.id) << ',' << b.hit << ',' << b.pushed << ','
            << plainUsd(b.valueAtRisk) << ',' << plainUsd(b.badDebt) << ',' << plainUsd(b.exposure) << ','
            << plainUsd(b.shortfall) << ',' << (b.capped ? plainUsd(b.cap) : QString()) << ','
            << (b.capped ? plainUsd(b.capCost) : QString()) << ',' << (b.capped ? plainUsd(b.capLossRemoved) : QString());
        for (double v : b.atRiskByChain)
            out << ',' << QString::number(v, 'f', 2);
        out << '\n';
    }
    out << "\naccount,health_before,health_after,loss_usd,liquidated_usd,bad_debt_usd\n";
    for (const auto& a : r.top)
        out << csvField(a.id) << ',' << (std::isinf(a.healthBefore) ? QString() : QString::number(a.healthBefore, 'f', 6)) << ','
            << (std::isinf(a.healthAfter) ? QString() : QString::number(a.healthAfter, 'f', 6)) << ',' << plainUsd(a.loss)
            << ',' << plainUsd(a.liquidated) << ',' << plainUsd(a.badDebt) << '\n';
    out.flush();
    if (f.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<QTextDocument> StressPanel::reportDocument()
{
    if (!m_report.valid)
        return nullptr;
    const StressReportView& r = m_report;
    auto doc = std::make_unique<QTextDocument>();
    // Charts drawn at twice the resolution they print at, so their text stays sharp and readable.
    auto chart = [&](QCustomPlot* plot, const QString& name, int height = 240) -> QString {
        const QPixmap pix = plot->toPixmap(600, height, 2.0);
        doc->addResource(QTextDocument::ImageResource, QUrl(name), pix.toImage());
        return QStringLiteral("<p><img src=\"%1\" width=\"480\" height=\"%2\"></p>").arg(name).arg(height * 480 / 600);
    };
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Clearmesh stress report"), summaryHtml(r));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Accounts by health")) + chart(m_health, QStringLiteral("cm://health"));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Loss by chain and route")) + chart(m_lossChain, QStringLiteral("cm://chain"))
          + chart(m_lossRoute, QStringLiteral("cm://route"));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Blast radius"), m_contagion->text()) + chart(m_heat, QStringLiteral("cm://heat"), std::max(240, 60 + 14 * static_cast<int>(r.blast.size())));
    auto table = [&](const QAbstractItemModel* model) -> QString { // not auto: a QStringBuilder would dangle
        QString t = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"font-size: 7pt\"><tr>");
        for (int c = 0; c < model->columnCount(); ++c)
            t += QStringLiteral("<th>%1</th>").arg(model->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
        t += QStringLiteral("</tr>");
        for (int row = 0; row < model->rowCount(); ++row) {
            t += QStringLiteral("<tr>");
            // As the table shows it (the exact figures are in the CSV export).
            for (int c = 0; c < model->columnCount(); ++c)
                t += QStringLiteral("<td align=\"%1\" style=\"white-space: nowrap\">%2</td>")
                         .arg(c < 2 ? QStringLiteral("left") : QStringLiteral("right"),
                              model->index(row, c).data().toString().toHtmlEscaped());
            t += QStringLiteral("</tr>");
        }
        return t + QStringLiteral("</table>");
    };
    html += table(m_blast);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Most affected accounts")) + table(m_top);
    if (r.paths > 0)
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Monte Carlo paths")) + chart(m_pathsPlot, QStringLiteral("cm://paths"));
    QFont font = doc->defaultFont();
    font.setPointSizeF(8);
    doc->setDefaultFont(font);
    doc->setHtml(html);
    return doc;
}

bool StressPanel::exportPdf(const QString& path, QString* error)
{
    auto doc = reportDocument();
    if (!doc) {
        if (error)
            *error = tr("nothing to export: run a scenario first");
        return false;
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("Clearmesh stress report: %1").arg(m_report.scenario));
    writer.setCreator(QStringLiteral("Clearmesh"));
    doc->print(&writer);
    QFileInfo written(path);
    if (!written.exists() || written.size() == 0) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace cm::ui
