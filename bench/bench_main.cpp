// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-bench: prints figures as one JSON document. Medians over repeated runs.
#include "core/domain/world_loader.h"
#include "core/runtime/clearing_state.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double medianMs(int runs, const std::function<void()>& f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("model name", 0) == 0)
            return line.substr(line.find(':') + 2);
    return "unknown";
}

} // namespace

int main(int argc, char** argv)
{
    const std::string world = argc > 1 ? argv[1] : CM_DEMO_WORLD;
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    auto add = [&](const std::string& name, double value, const std::string& unit) {
        results.push_back({{"name", name}, {"value", value}, {"unit", unit}});
    };

    cm::Result<cm::World> loaded = cm::Error{""};
    add("world_load_demo_ms", medianMs(5, [&] { loaded = cm::loadWorldFile(world); }), "ms");
    if (!loaded) {
        std::cerr << "clearmesh-bench: " << loaded.error().message << "\n";
        return 2;
    }
    const std::size_t accounts = loaded.value().accounts.size();
    cm::ClearingState state(std::move(loaded).value(), 1, 250);

    const double fullMs = medianMs(21, [&] { state.revalueAll(); });
    add("revalue_full_demo_ms", fullMs, "ms");
    add("revalue_full_demo_accounts_per_s", accounts / (fullMs / 1000.0), "accounts/s");
    add("sim_step_demo_ms", medianMs(21, [&] { state.step(); }), "ms");
    add("snapshot_build_demo_ms", medianMs(21, [&] { (void)state.snapshot(); }), "ms");
    add("state_hash_demo_ms", medianMs(5, [&] { (void)state.stateHash(); }), "ms");

    nlohmann::ordered_json doc;
    doc["machine"] = {{"cpu", cpuModel()}, {"cores", std::thread::hardware_concurrency()}};
    doc["world"] = {{"file", world}, {"accounts", accounts}};
    doc["results"] = std::move(results);
    std::cout << doc.dump(2) << "\n";
    return 0;
}
