// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cm {

//! A historical window of hourly closes per world asset (resources/scenarios/*.json, cut from
//! shared/data by tools/make_scenarios.py). Replayed, each series moves its asset by the same
//! relative amounts, from wherever the asset's price stands when the replay starts.
struct ReplayScenario {
    struct Series {
        std::string asset;
        std::vector<std::pair<std::int64_t, double>> closes; //!< (unix s, close), oldest first
    };
    std::string name;
    std::string title;
    std::int64_t from_s = 0;
    std::int64_t to_s = 0;
    std::string notes;
    std::vector<Series> series;

    //! The close in force at unix time t (the last one at or before it).
    static double closeAt(const Series& s, std::int64_t t);
};

using ReplayScenarioPtr = std::shared_ptr<const ReplayScenario>;

//! Reads a scenario file; errors name the file, the JSON path and the problem.
Result<ReplayScenarioPtr> loadReplayScenario(const std::string& path);
//! The same from text; errors name the JSON path.
Result<ReplayScenarioPtr> parseReplayScenario(std::string_view text);
//! The scenario in its file format; parseReplayScenario gives it back exactly.
std::string formatReplayScenario(const ReplayScenario& scenario);

} // namespace cm
