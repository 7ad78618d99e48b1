// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli_run.h"

#include "core/api/engine.h"
#include "core/domain/world_loader.h"
#include "core/net/feed_server.h"
#include "core/runtime/clearing_state.h"
#include "core/runtime/journaled_state.h"
#include "core/sim/replay_scenario.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>
#include <thread>

namespace cm::cli {
namespace {

std::atomic<bool> g_stop{false};
extern "C" void handleStopSignal(int) { g_stop = true; }

constexpr int kExitUsage = 2;
constexpr std::int64_t kStepMs = 250;

int fail(const std::string& message)
{
    std::cerr << "clearmesh-cli: " << message << "\n";
    return kExitUsage;
}

} // namespace

std::optional<std::uint64_t> parseCount(const std::string& text)
{
    if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoull(text);
}

std::optional<std::int64_t> parseDurationMs(const std::string& text)
{
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 12)
        return std::nullopt;
    const std::int64_t n = std::stoll(text.substr(0, digits));
    const std::string unit = text.substr(digits);
    if (unit == "ms")
        return n;
    if (unit == "s")
        return n * 1000;
    if (unit == "m")
        return n * 60000;
    if (unit == "h")
        return n * 3600000;
    if (unit == "d")
        return n * 86400000;
    return std::nullopt;
}

int runHeadless(const std::map<std::string, std::string>& options)
{
    const auto worldIt = options.find("--world");
    if (worldIt == options.end())
        return fail("run needs --world FILE");
    std::ifstream worldFile(worldIt->second);
    if (!worldFile)
        return fail(worldIt->second + ": cannot open the world file");
    std::ostringstream worldText;
    worldText << worldFile.rdbuf();
    auto world = loadWorldJson(worldText.str());
    if (!world)
        return fail(worldIt->second + ": " + world.error().message);

    std::uint64_t seed = world.value().seed;
    const bool seedGiven = options.count("--seed") > 0;
    if (const auto it = options.find("--seed"); it != options.end()) {
        try {
            std::size_t used = 0;
            if (it->second.empty() || it->second[0] < '0' || it->second[0] > '9')
                throw std::invalid_argument("seed");
            seed = std::stoull(it->second, &used);
            if (used != it->second.size() || seed == 0)
                throw std::invalid_argument("seed");
        } catch (const std::exception&) {
            return fail("--seed: expected a positive integer, got '" + it->second + "'");
        }
    }
    std::int64_t durationMs = 3600000;
    if (const auto it = options.find("--duration"); it != options.end()) {
        const auto d = parseDurationMs(it->second);
        if (!d || *d <= 0)
            return fail("--duration: expected a simulated time like 90s, 10m, 2h or 1d, got '" + it->second + "'");
        durationMs = *d;
    }
    double speed = 0.0; // 0: as fast as the machine goes
    if (const auto it = options.find("--speed"); it != options.end() && it->second != "max") {
        try {
            std::size_t used = 0;
            speed = std::stod(it->second, &used);
            if (used != it->second.size() || !(speed > 0) || speed > 1e6)
                throw std::invalid_argument("speed");
        } catch (const std::exception&) {
            return fail("--speed: expected max or a number in (0, 1000000], got '" + it->second + "'");
        }
    }

    ReplayScenarioPtr scenario;
    if (const auto it = options.find("--scenario"); it != options.end()) {
        // A built-in name, or a scenario file of the same format.
        const bool builtIn = it->second.find('/') == std::string::npos && it->second.find(".json") == std::string::npos;
        const std::string path = builtIn ? std::string(CM_SCENARIO_DIR) + "/" + it->second + ".json" : it->second;
        auto loaded = loadReplayScenario(path);
        if (!loaded)
            return fail("--scenario: " + (builtIn ? "unknown scenario '" + it->second
                                                        + "' (black_thursday_2020, luna_ust_2022, ftx_2022, usdc_depeg_2023)"
                                                  : loaded.error().message));
        scenario = loaded.value();
        if (!options.count("--duration"))
            durationMs = (scenario->to_s - scenario->from_s) * 1000 + kStepMs;
    }
    std::optional<std::pair<std::string, std::uint16_t>> listen;
    if (const auto it = options.find("--listen"); it != options.end()) {
        auto parsed = parseHostPort(it->second);
        if (!parsed)
            return fail("--listen: " + parsed.error().message);
        listen = parsed.value();
        if (speed == 0.0)
            speed = 1.0; // a feed is a live source: run in real time unless told otherwise
    }

    std::uint64_t snapshotEvery = 10000;
    if (const auto it = options.find("--snapshot-every"); it != options.end()) {
        const auto n = parseCount(it->second);
        if (!n || *n == 0)
            return fail("--snapshot-every: expected a positive number of events, got '" + it->second + "'");
        snapshotEvery = *n;
    }

    std::signal(SIGTERM, handleStopSignal);
    std::signal(SIGINT, handleStopSignal);
    std::uint64_t totalSteps = static_cast<std::uint64_t>(durationMs / kStepMs);

    // With --db the run is journaled, and a journal that holds a run continues it.
    std::optional<Session> session;
    if (const auto it = options.find("--db"); it != options.end()) {
        SessionOptions so;
        so.path = it->second;
        so.world_json = worldText.str();
        so.seed = seedGiven ? seed : 0;
        so.step_ms = kStepMs;
        so.snapshot_every = snapshotEvery;
        auto opened = openSession(so);
        if (!opened)
            return fail(opened.error().message);
        session = std::move(opened).value();
        const SessionInfo& info = session->info;
        if (!info.read_only_reason.empty())
            return fail(so.path + ": " + info.read_only_reason + "; nothing was run (clearmesh-cli verify --db shows it)");
        if (info.resumed)
            std::cerr << "clearmesh-cli: " << so.path << ": continuing a run of " << info.events << " events (snapshot "
                      << info.snapshot_seq << " + " << info.replayed << " events, " << static_cast<int>(info.recovery_ms)
                      << " ms)\n";
        totalSteps += session->state->state().steps();
    }

    if (speed == 0.0) {
        // Flat out, on this thread: the same steps the engine would take, in batches.
        std::unique_ptr<JournaledState> owned;
        if (!session)
            owned = std::make_unique<JournaledState>(std::make_unique<ClearingState>(std::move(world).value(), seed, kStepMs));
        JournaledState& state = session ? *session->state : *owned;
        if (scenario) {
            state.apply(replayEvent(scenario.get()));
            state.audit("replay_start", nlohmann::json{{"scenario", scenario->name}}.dump(), "cli", nullptr);
        }
        constexpr std::uint64_t kBatch = 240; // a simulated minute
        while (state.state().steps() < totalSteps && !g_stop)
            state.apply(advanceEvent(std::min(kBatch, totalSteps - state.state().steps())));
        if (Journal* j = state.journal()) {
            state.snapshotNow();
            j->flush();
            if (!j->failure().empty())
                return fail(j->path() + ": the journal stopped writing: " + j->failure());
        }
        std::cout << state.state().runReport() << "\n";
        return 0;
    }

    EngineOptions engineOptions;
    engineOptions.seed = seed;
    engineOptions.speed = speed;
    engineOptions.step_ms = kStepMs;
    engineOptions.stop_at_steps = totalSteps;
    std::unique_ptr<Engine> enginePtr = session ? std::make_unique<Engine>(std::move(*session), engineOptions)
                                                : std::make_unique<Engine>(std::move(world).value(), engineOptions);
    Engine& engine = *enginePtr;
    engine.post(OperatorCommand{"cli", std::nullopt});
    if (scenario)
        engine.post(ReplayCommand{scenario});
    engine.start();
    std::unique_ptr<FeedServer> server;
    if (listen) {
        FeedServerOptions serverOptions;
        serverOptions.host = listen->first;
        serverOptions.port = listen->second;
        server = engine.makeFeedServer(serverOptions);
        const auto port = server->start();
        if (!port) {
            engine.stop();
            return fail(port.error().message);
        }
        std::cerr << "clearmesh-cli: feed server on " << listen->first << ":" << port.value() << "\n";
    }
    while (!g_stop) {
        const auto snap = engine.latest();
        if (snap && snap->steps >= totalSteps)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (server)
        server->stop();
    engine.post(PauseCommand{});
    const std::string report = engine.runReport();
    enginePtr.reset(); // stops, snapshots and flushes the journal
    std::cout << report << "\n";
    return 0;
}

} // namespace cm::cli
