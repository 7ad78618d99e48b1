// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli_run.h"

#include "core/api/engine.h"
#include "core/domain/world_loader.h"
#include "core/net/feed_server.h"
#include "core/runtime/clearing_state.h"
#include "core/sim/replay_scenario.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <memory>
#include <optional>
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
    auto world = loadWorldFile(worldIt->second);
    if (!world)
        return fail(world.error().message);

    std::uint64_t seed = world.value().seed;
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

    std::signal(SIGTERM, handleStopSignal);
    std::signal(SIGINT, handleStopSignal);
    const std::uint64_t totalSteps = static_cast<std::uint64_t>(durationMs / kStepMs);

    if (speed == 0.0) {
        // Flat out, on this thread: the same steps the engine would take, in batches.
        ClearingState state(std::move(world).value(), seed, kStepMs);
        if (scenario)
            state.startReplay(scenario);
        constexpr std::uint64_t kBatch = 240; // a simulated minute
        while (state.steps() < totalSteps && !g_stop)
            state.advance(std::min(kBatch, totalSteps - state.steps()));
        std::cout << state.runReport() << "\n";
        return 0;
    }

    EngineOptions engineOptions;
    engineOptions.seed = seed;
    engineOptions.speed = speed;
    engineOptions.step_ms = kStepMs;
    engineOptions.stop_at_steps = totalSteps;
    Engine engine(std::move(world).value(), engineOptions);
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
    engine.stop();
    std::cout << report << "\n";
    return 0;
}

} // namespace cm::cli
