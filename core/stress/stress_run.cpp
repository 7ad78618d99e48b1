// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stress/stress_run.h"

#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/runtime/clearing_state.h"
#include "core/sim/candles.h"
#include "core/sim/replay_scenario.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace cm {
namespace {

struct StressFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::unique_ptr<ClearingState> makeFork(const StressBase& base, std::int64_t stepMs)
{
    auto fork = std::make_unique<ClearingState>(base.world, base.world.seed, stepMs);
    auto loaded = fork->loadState(base.state);
    if (!loaded)
        throw StressFailure("the live state does not restore: " + loaded.error().message);
    fork->disableAgent(); // a stress measures the book, not the desk's response to it
    return fork;
}

std::uint64_t pathSeed(std::uint64_t seed, std::uint64_t path)
{
    // splitmix64 of (seed, path): neighbouring paths get unrelated generators.
    std::uint64_t z = seed * 0x9e3779b97f4a7c15ULL + path + 1;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

//! A replay shock's window, loaded once for every fork.
ReplayScenarioPtr loadReplay(const ReplayShock& shock, const World& world)
{
    auto scenario = std::make_shared<ReplayScenario>();
    const bool json = shock.file.size() > 5 && shock.file.compare(shock.file.size() - 5, 5, ".json") == 0;
    if (json) {
        auto loaded = loadReplayScenario(shock.file);
        if (!loaded)
            throw StressFailure(loaded.error().message);
        *scenario = *loaded.value();
    } else {
        auto candles = loadCandles(shock.file);
        if (!candles)
            throw StressFailure(candles.error().message);
        ReplayScenario::Series series;
        series.asset = assetOfTicker(candles.value().ticker);
        if (world.findAsset(series.asset) < 0)
            throw StressFailure(shock.file + ": the world has no asset '" + series.asset + "'");
        for (const Candle& c : candles.value().candles)
            series.closes.emplace_back(c.time_s, c.close);
        scenario->name = shock.file;
        scenario->series.push_back(std::move(series));
    }
    // Cut to the window.
    scenario->from_s = shock.from_s;
    scenario->to_s = shock.to_s;
    for (auto& s : scenario->series) {
        std::erase_if(s.closes, [&](const auto& c) { return c.first < shock.from_s || c.first > shock.to_s; });
        if (s.closes.size() < 2)
            throw StressFailure(shock.file + ": fewer than two prices of " + s.asset + " between from and to");
    }
    return scenario;
}

//! Applies the shocks to a fork. Deterministic runs hold prices where the shocks put them (a
//! volatility shock then widens only the margin's estimate); a Monte Carlo path lets them walk.
void applyShocks(ClearingState& fork, const StressScenario& scenario, const std::vector<ReplayScenarioPtr>& replays,
                 bool walk)
{
    if (!walk)
        for (AssetIndex a = 0; a < fork.world().assets.size(); ++a)
            fork.scaleMarketMoves(a, 0.0);
    std::size_t replay = 0;
    for (const Shock& shock : scenario.shocks) {
        std::visit(
            [&](const auto& s) {
                using T = std::decay_t<decltype(s)>;
                if constexpr (std::is_same_v<T, PriceShock>) {
                    fork.setPrice(s.asset, shockedPrice(s, fork.market().price_e8[s.asset]));
                } else if constexpr (std::is_same_v<T, VolatilityShock>) {
                    fork.scaleVolatility(s.asset, s.multiplier, walk);
                } else if constexpr (std::is_same_v<T, OracleDivergenceShock>) {
                    fork.biasOracleSource(s.asset, s.source, s.relative);
                } else if constexpr (std::is_same_v<T, ChainHaltShock>) {
                    fork.haltChainFor(s.chain, s.duration_s * 1000);
                } else if constexpr (std::is_same_v<T, LatencyShock>) {
                    fork.scaleRouteLatency(s.route, s.multiplier);
                } else if constexpr (std::is_same_v<T, RouteCompromiseShock>) {
                    fork.compromiseRoute(s.route);
                } else {
                    fork.startReplay(replays.at(replay++));
                }
            },
            shock);
    }
}

//! The fork's realizable equity (blast_radius.cpp): claims at what their vault redeems.
Int128 realizableEquity(const ClearingState& s, const Account& account, const AccountMetrics& m)
{
    return cm::realizableEquity(s.world(), s.market(), account, m);
}

//! One run's outcome: per account (equity at the end, bad debt left), the engine's tally.
struct PathOutcome {
    Int128 bad_debt_e8 = 0;
    Int128 liquidated_e8 = 0;
};

PathOutcome outcome(const ClearingState& s)
{
    PathOutcome o;
    const auto& tally = s.liquidations().tally();
    o.liquidated_e8 = tally.liquidated_e8;
    o.bad_debt_e8 = tally.bad_debt_e8;
    const auto& metrics = s.metrics();
    const auto& accounts = s.world().accounts;
    for (std::size_t i = 0; i < accounts.size(); ++i)
        o.bad_debt_e8 += std::max<Int128>(0, -realizableEquity(s, accounts[i], metrics[i]));
    return o;
}

//! Simulated hours per run: the unit progress is counted in.
std::uint64_t chunksPerRun(const StressScenario& scenario)
{
    return static_cast<std::uint64_t>(std::max<std::int64_t>(1, (scenario.horizon_s + 3599) / 3600));
}

//! Runs the fork over the horizon an hour at a time; `hourDone` after each (false: cancelled).
bool runHorizon(ClearingState& fork, const StressScenario& scenario, std::int64_t stepMs, const StressOptions& options,
                const std::function<void()>& hourDone)
{
    const auto steps = static_cast<std::uint64_t>((scenario.horizon_s * 1000 + stepMs - 1) / stepMs);
    const std::uint64_t chunks = chunksPerRun(scenario);
    std::uint64_t done = 0;
    for (std::uint64_t c = 0; c < chunks; ++c) {
        if (options.cancel && options.cancel->load())
            return false;
        const std::uint64_t until = steps * (c + 1) / chunks;
        fork.advance(until - done);
        done = until;
        hourDone();
    }
    return true;
}

HealthBuckets buckets(const std::vector<AccountMetrics>& metrics)
{
    HealthBuckets b {};
    for (const AccountMetrics& m : metrics)
        ++b[healthBucket(m.health, m.healthInfinite())];
    return b;
}

void addTo(std::map<std::string, Int128>& into, const std::string& key, Int128 v) { into[key] += v; }

} // namespace

std::size_t healthBucket(double health, bool infinite)
{
    if (infinite)
        return 6;
    static constexpr double edges[] {1.0, 1.1, 1.25, 1.5, 2.0};
    std::size_t i = 0;
    while (i < std::size(edges) && health >= edges[i])
        ++i;
    return i;
}

StressBasePtr captureStressBase(const ClearingState& live)
{
    auto base = std::make_shared<StressBase>();
    base->world = live.world();
    base->state = live.saveState();
    base->market = live.market();
    base->sim_time_ms = live.simTimeMs();
    return base;
}

Int128 quantileE8(std::vector<Int128> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(n) - 1e-9));
    rank = std::clamp<std::size_t>(rank, 1, n);
    return values[rank - 1];
}

Result<StressReport> runStress(const StressBase& base, const StressScenario& scenario, const StressOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    StressReport r;
    r.scenario = scenario.name;
    r.paths = scenario.paths;
    r.horizon_s = scenario.horizon_s;
    r.seed = scenario.seed;
    r.step_ms = options.step_ms;
    try {
        std::vector<ReplayScenarioPtr> replays;
        for (const Shock& shock : scenario.shocks)
            if (const auto* s = std::get_if<ReplayShock>(&shock))
                replays.push_back(loadReplay(*s, base.world));

        // Before: the state as it stands.
        auto fork = makeFork(base, options.step_ms);
        const World& world = fork->world();
        const std::vector<AccountMetrics> metricsBefore = fork->metrics();
        const std::vector<Account> accountsBefore = world.accounts;
        r.accounts = accountsBefore.size();
        r.before = buckets(metricsBefore);
        r.fund_before_e8 = fork->liquidations().fundUsdE8();
        r.blast_radius = blastRadius(*fork, options.what_if_cap_e8);
        std::vector<Int128> equityBefore(accountsBefore.size());
        for (std::size_t i = 0; i < accountsBefore.size(); ++i)
            equityBefore[i] = realizableEquity(*fork, accountsBefore[i], metricsBefore[i]);
        const MarketState marketBefore = fork->market();
        std::vector<double> fractionBefore(world.routes.size());
        for (RouteIndex q = 0; q < world.routes.size(); ++q)
            fractionBefore[q] = fork->realizableFraction(q);

        // The scenario with prices held where the shocks put them. Progress counts simulated hours
        // of every run, this one and each path's.
        const std::uint64_t total = chunksPerRun(scenario) * (scenario.paths + 1);
        std::atomic<std::uint64_t> hours {0};
        const std::function<void()> hourDone = [&] {
            const std::uint64_t n = hours.fetch_add(1) + 1;
            if (options.progress)
                options.progress(n, total);
        };
        applyShocks(*fork, scenario, replays, false);
        runHorizon(*fork, scenario, options.step_ms, options, hourDone);
        const auto& metricsAfter = fork->metrics();
        r.after = buckets(metricsAfter);
        r.fund_after_e8 = fork->liquidations().fundUsdE8();
        const auto& tally = fork->liquidations().tally();
        r.liquidations = tally.executions;
        r.liquidated_e8 = tally.liquidated_e8;
        r.bad_debt_e8 = outcome(*fork).bad_debt_e8;

        // Loss: the book as it was, marked at the prices and backing after.
        std::map<std::string, Int128> byChain, byRoute;
        const MarketState& after = fork->market();
        for (const Account& a : accountsBefore) {
            for (const Holding& h : a.holdings()) {
                const int dec = world.assets[h.asset].decimals;
                const double f0 = h.route == kNoRoute ? 1.0 : fractionBefore[h.route];
                const double f1 = fork->realizableFraction(h.route);
                const Int128 loss = scaleDown(valueE8(h.amount, dec, marketBefore.price_e8[h.asset]), f0)
                                  - scaleDown(valueE8(h.amount, dec, after.price_e8[h.asset]), f1);
                addTo(byChain, world.chains[h.chain].id, loss);
                addTo(byRoute, h.route == kNoRoute ? std::string("native") : world.routes[h.route].id, loss);
            }
            for (const Position& p : a.positions()) {
                const int dec = world.assets[p.market].decimals;
                addTo(byChain, world.chains[p.chain].id,
                      valueE8(p.size, dec, marketBefore.price_e8[p.market]) - valueE8(p.size, dec, after.price_e8[p.market]));
            }
        }
        for (const auto& [k, v] : byChain)
            r.loss_by_chain.emplace_back(k, v);
        for (const auto& [k, v] : byRoute)
            r.loss_by_route.emplace_back(k, v);
        auto largestFirst = [](const auto& x, const auto& y) { return x.second > y.second || (x.second == y.second && x.first < y.first); };
        std::sort(r.loss_by_chain.begin(), r.loss_by_chain.end(), largestFirst);
        std::sort(r.loss_by_route.begin(), r.loss_by_route.end(), largestFirst);

        // The most affected accounts: the largest loss of equity.
        std::vector<AccountImpact> impacts;
        const auto& accountsAfter = world.accounts;
        for (std::size_t i = 0; i < accountsAfter.size(); ++i) {
            AccountImpact x;
            x.account = accountsAfter[i].id;
            const Int128 equity = realizableEquity(*fork, accountsAfter[i], metricsAfter[i]);
            x.loss_e8 = (i < equityBefore.size() ? equityBefore[i] : 0) - equity;
            x.health_before = i < metricsBefore.size() ? metricsBefore[i].health : std::numeric_limits<double>::infinity();
            x.health_after = metricsAfter[i].health;
            if (const auto it = tally.by_account.find(x.account); it != tally.by_account.end()) {
                x.liquidated_e8 = it->second.first;
                x.bad_debt_e8 = it->second.second;
            }
            x.bad_debt_e8 += std::max<Int128>(0, -equity);
            if (x.loss_e8 > 0 || x.liquidated_e8 > 0 || x.bad_debt_e8 > 0)
                impacts.push_back(std::move(x));
        }
        const std::size_t keep = std::min<std::size_t>(20, impacts.size());
        std::partial_sort(impacts.begin(), impacts.begin() + static_cast<std::ptrdiff_t>(keep), impacts.end(),
                          [](const AccountImpact& x, const AccountImpact& y) {
                              return x.loss_e8 > y.loss_e8 || (x.loss_e8 == y.loss_e8 && x.account < y.account);
                          });
        impacts.resize(keep);
        r.top = std::move(impacts);
        fork.reset();

        // Monte Carlo: every path a fork of its own, on as many workers as there are cores.
        if (scenario.paths > 0 && !(options.cancel && options.cancel->load())) {
            const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
            const auto workers = static_cast<unsigned>(
                std::min<std::uint64_t>(scenario.paths, options.threads ? options.threads : cores));
            r.path_bad_debt_e8.assign(scenario.paths, 0);
            r.path_liquidated_e8.assign(scenario.paths, 0);
            std::vector<char> finished(scenario.paths, 0); // not vector<bool>: workers write neighbouring entries
            std::atomic<std::uint64_t> next {0};
            std::mutex errorLock;
            std::string error;
            auto work = [&] {
                for (;;) {
                    if (options.cancel && options.cancel->load())
                        return;
                    const std::uint64_t i = next.fetch_add(1);
                    if (i >= scenario.paths)
                        return;
                    try {
                        auto path = makeFork(base, options.step_ms);
                        path->reseedMarket(pathSeed(scenario.seed, i));
                        applyShocks(*path, scenario, replays, true);
                        if (!runHorizon(*path, scenario, options.step_ms, options, hourDone))
                            return; // a cut-short path is no sample
                        const PathOutcome o = outcome(*path);
                        r.path_bad_debt_e8[i] = o.bad_debt_e8;
                        r.path_liquidated_e8[i] = o.liquidated_e8;
                        finished[i] = 1; // each index is written by one worker only
                    } catch (const std::exception& e) {
                        std::lock_guard lock(errorLock);
                        error = e.what();
                        return;
                    }
                }
            };
            std::vector<std::thread> pool;
            for (unsigned t = 1; t < workers; ++t)
                pool.emplace_back(work);
            work();
            for (auto& t : pool)
                t.join();
            if (!error.empty())
                return Error {error};
            // A cancelled run keeps the paths it finished.
            std::vector<Int128> bad, liquidated;
            for (std::uint64_t i = 0; i < scenario.paths; ++i)
                if (finished[i]) {
                    bad.push_back(r.path_bad_debt_e8[i]);
                    liquidated.push_back(r.path_liquidated_e8[i]);
                }
            r.path_bad_debt_e8 = bad;
            r.path_liquidated_e8 = liquidated;
            r.paths_done = bad.size();
            r.var95_e8 = quantileE8(bad, 0.95);
            r.var99_e8 = quantileE8(bad, 0.99);
            r.lar95_e8 = quantileE8(liquidated, 0.95);
            Int128 sum = 0;
            for (Int128 b : bad)
                sum += b;
            r.mean_bad_debt_e8 = bad.empty() ? 0 : sum / static_cast<Int128>(bad.size());
        }
        r.cancelled = options.cancel && options.cancel->load();
    } catch (const StressFailure& e) {
        return Error {e.what()};
    }
    r.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return r;
}

} // namespace cm
