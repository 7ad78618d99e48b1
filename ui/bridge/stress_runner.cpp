// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bridge/stress_runner.h"

#include "ui/bridge/engine_client.h"

#include "core/api/engine.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/stress/stress_run.h"

#include <QMetaObject>

#include <cmath>
#include <future>
#include <limits>

namespace cm::ui {
namespace {

StressReportView::Amount amount(cm::Int128 e8)
{
    return {QString::fromStdString(cm::formatUsdText(e8)), cm::toDouble(e8) / cm::toDouble(cm::kUsdOne)};
}

StressReportView toView(const cm::StressReport& r, const cm::World& world)
{
    StressReportView v;
    v.valid = true;
    v.scenario = QString::fromStdString(r.scenario);
    v.paths = r.paths;
    v.pathsDone = r.paths_done;
    v.horizonS = r.horizon_s;
    v.stepS = static_cast<double>(r.step_ms) / 1000.0;
    v.accounts = r.accounts;
    for (std::size_t i = 0; i < cm::kHealthBuckets.size(); ++i) {
        v.buckets << QString::fromLatin1(cm::kHealthBuckets[i]);
        v.before << r.before[i];
        v.after << r.after[i];
    }
    v.liquidations = r.liquidations;
    v.liquidated = amount(r.liquidated_e8);
    v.badDebt = amount(r.bad_debt_e8);
    v.fundBefore = amount(r.fund_before_e8);
    v.fundAfter = amount(r.fund_after_e8);
    for (const auto& [k, x] : r.loss_by_chain)
        v.lossByChain.append({QString::fromStdString(k), amount(x)});
    for (const auto& [k, x] : r.loss_by_route)
        v.lossByRoute.append({QString::fromStdString(k), amount(x)});
    for (const cm::AccountImpact& a : r.top)
        v.top.append({QString::fromStdString(a.account), a.health_before, a.health_after, amount(a.loss_e8),
                      amount(a.liquidated_e8), amount(a.bad_debt_e8)});
    v.var95 = amount(r.var95_e8);
    v.var99 = amount(r.var99_e8);
    v.lar95 = amount(r.lar95_e8);
    v.meanBadDebt = amount(r.mean_bad_debt_e8);
    for (cm::Int128 b : r.path_bad_debt_e8)
        v.pathBadDebt << cm::toDouble(b) / cm::toDouble(cm::kUsdOne);
    for (const cm::Chain& c : world.chains)
        v.chains << QString::fromStdString(c.id);
    for (const cm::BlastRow& b : r.blast_radius) {
        StressReportView::Blast x;
        x.chain = b.chain;
        x.id = QString::fromStdString(b.id);
        x.hit = b.accounts_hit;
        x.pushed = b.pushed_below_1;
        x.valueAtRisk = amount(b.value_at_risk_e8);
        x.badDebt = amount(b.bad_debt_e8);
        x.exposure = amount(b.exposure_e8);
        x.shortfall = amount(b.shortfall_e8);
        for (cm::Int128 c : b.at_risk_by_chain_e8)
            x.atRiskByChain << cm::toDouble(c) / cm::toDouble(cm::kUsdOne);
        x.capped = b.cap_e8 > 0;
        x.capInWorld = b.cap_in_world;
        x.cap = amount(b.cap_e8);
        x.capCost = amount(b.cap_cost_e8);
        x.capLossRemoved = amount(b.cap_loss_removed_e8);
        v.blast << x;
    }
    v.cancelled = r.cancelled;
    v.wallS = r.wall_s;
    v.json = QString::fromStdString(cm::stressReportJson(r, world));
    return v;
}

cm::StressBasePtr capture(cm::Engine& engine)
{
    std::promise<cm::StressBasePtr> base;
    auto future = base.get_future();
    engine.captureStressBase([&base](std::shared_ptr<const cm::StressBase> b) { base.set_value(std::move(b)); });
    return future.get();
}

} // namespace

StressRunner::StressRunner(EngineClient* engine, QString scenarioDir, QObject* parent)
    : QObject(parent), m_engine(engine), m_scenarioDir(std::move(scenarioDir))
{
    qRegisterMetaType<cm::ui::StressReportView>();
}

StressRunner::~StressRunner()
{
    cancel();
    join();
}

QVector<QPair<QString, QString>> StressRunner::builtIns()
{
    QVector<QPair<QString, QString>> out;
    for (const auto& [name, title] : cm::builtInStressScenarios())
        out.append({QString::fromStdString(name), QString::fromStdString(title)});
    return out;
}

QString StressRunner::builtInJson(const QString& name, QString* error) const
{
    const cm::StressBasePtr base = capture(m_engine->core());
    auto s = cm::builtInStressScenario(name.toStdString(), *base, m_scenarioDir.toStdString());
    if (!s) {
        if (error)
            *error = QString::fromStdString(s.error().message);
        return {};
    }
    return QString::fromStdString(cm::formatStressScenario(s.value(), base->world));
}

QString StressRunner::start(const QString& json, qint64 paths, const QString& folder, double whatIfCapUsd)
{
    if (m_running)
        return tr("a stress run is already going");
    join();
    // Parsed against the world's structure (chains, assets, routes), which never changes.
    const cm::World& world = m_engine->core().world();
    auto parsed = cm::parseStressScenario(json.toStdString(), world);
    if (!parsed)
        return QString::fromStdString(parsed.error().message);
    cm::StressScenario scenario = std::move(parsed).value();
    if (paths >= 0)
        scenario.paths = static_cast<std::uint64_t>(paths);
    const std::string dir = folder.isEmpty() ? std::string() : folder.toStdString() + "/";
    for (cm::Shock& shock : scenario.shocks)
        if (auto* r = std::get_if<cm::ReplayShock>(&shock); r && !r->file.empty() && r->file.front() != '/')
            r->file = dir + r->file;

    // The live state is captured here (a few milliseconds on the core thread), so the worker
    // never waits on an engine that may be stopping.
    const cm::StressBasePtr base = capture(m_engine->core());
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // A whole number of cents: the cap is a limit a person types, not a computed amount.
    const auto capE8 = static_cast<cm::Int128>(std::llround(whatIfCapUsd * 100.0)) * (cm::kUsdOne / 100);
    m_thread = std::thread([this, base, scenario = std::move(scenario), cancel = m_cancel, capE8] {
        cm::StressOptions options;
        options.what_if_cap_e8 = capE8;
        options.cancel = cancel.get();
        options.progress = [this](std::uint64_t done, std::uint64_t total) {
            QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        };
        auto report = cm::runStress(*base, scenario, options);
        StressReportView view;
        QString error;
        if (report)
            view = toView(report.value(), base->world);
        else
            error = QString::fromStdString(report.error().message);
        QMetaObject::invokeMethod(
            this,
            [this, view = std::move(view), error] {
                m_running = false;
                Q_EMIT finished(view, error);
            },
            Qt::QueuedConnection);
    });
    return {};
}

void StressRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void StressRunner::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace cm::ui
