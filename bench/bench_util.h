// SPDX-License-Identifier: GPL-3.0-or-later
// What every benchmark executable shares: timing samples, quantiles, the machine.
#pragma once

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

namespace cm::bench {

using Clock = std::chrono::steady_clock;

inline std::vector<double> samplesMs(int runs, const std::function<void()>& f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms;
}

inline double quantile(const std::vector<double>& sorted, double q)
{
    const auto i = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(i, sorted.size() - 1)];
}

inline double medianMs(int runs, const std::function<void()>& f) { return quantile(samplesMs(runs, f), 0.5); }

inline std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("model name", 0) == 0)
            return line.substr(line.find(':') + 2);
    return "unknown";
}

//! Resets the kernel's peak resident set (VmHWM) to the current one, so the next peakRssKb()
//! is the peak since now; false where the kernel refuses (then the peak is the process's).
inline bool resetPeakRss()
{
    std::ofstream out("/proc/self/clear_refs");
    out << "5";
    out.flush();
    return static_cast<bool>(out);
}

inline long peakRssKb()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

} // namespace cm::bench

