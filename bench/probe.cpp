// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/probe.h"

#include "bench/baselines.h"
#include "bench/bench_util.h"
#include "core/domain/world_loader.h"
#include "core/runtime/clearing_state.h"
#include "core/sim/synthetic_book.h"

#include <array>
#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace cm::bench {

std::string selfPath()
{
    std::array<char, 4096> path {};
    const ssize_t len = readlink("/proc/self/exe", path.data(), path.size() - 1);
    return len > 0 ? std::string(path.data(), static_cast<std::size_t>(len)) : std::string();
}

nlohmann::json runJson(const std::string& command)
{
    std::string text;
    if (FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r")) {
        std::array<char, 4096> chunk {};
        while (const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), pipe))
            text.append(chunk.data(), got);
        pclose(pipe);
    }
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    return doc.is_discarded() ? nlohmann::json() : doc;
}

int probeMemory(const std::string& worldFile, std::size_t accounts)
{
    const Result<World> loaded = loadWorldFile(worldFile);
    if (!loaded) {
        std::cerr << "clearmesh-bench: " << loaded.error().message << "\n";
        return 2;
    }
    const bool peakFromHere = resetPeakRss();
    const long beforeKb = currentRssKb();
    ClearingState state(syntheticBook(loaded.value(), accounts, 7), 1, 250);
    state.revalueAll();
    state.runLiquidations();
    const long peakKb = peakFromHere ? peakRssKb() : currentRssKb();
    const auto perAccount = [&](long kb) { return static_cast<double>(kb - beforeKb) * 1024.0 / static_cast<double>(accounts); };
    std::cout << nlohmann::json {{"peak", perAccount(peakKb)}, {"resident", perAccount(currentRssKb())}, {"peak_reset", peakFromHere}}.dump()
              << "\n";
    return 0;
}

} // namespace cm::bench
