// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-cli stress: a scenario of DESIGN §11 on a world's book, as JSON.
#include "app/cli_stress.h"

#include "app/cli_book.h"

#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/runtime/clearing_state.h"
#include "core/stress/stress_run.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <limits>

namespace cm::cli {
namespace {

constexpr int kExitUsage = 2;

int fail(const std::string& message)
{
    std::cerr << "clearmesh-cli: " << message << "\n";
    return kExitUsage;
}

std::optional<std::uint64_t> number(const std::string& text, std::uint64_t max)
{
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 19)
        return std::nullopt;
    const std::uint64_t v = std::stoull(text);
    if (v > max)
        return std::nullopt;
    return v;
}

} // namespace

int runStressCommand(const std::map<std::string, std::string>& options, bool list)
{
    if (list) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& [name, title] : builtInStressScenarios())
            out.push_back({{"name", name}, {"title", title}});
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    if (!options.count("--scenario"))
        return fail("stress needs --scenario FILE|NAME");
    // The book: a world as its file has it, or a journaled session as it stands now (read-only).
    std::string error;
    const auto live = openBook(options, "stress", error);
    if (!live)
        return fail(error);
    const StressBasePtr base = captureStressBase(*live);

    const std::string& which = options.at("--scenario");
    const bool file = which.find('/') != std::string::npos || which.find(".json") != std::string::npos;
    auto scenario = file ? loadStressScenario(which, base->world) : builtInStressScenario(which, *base, CM_SCENARIO_DIR);
    if (!scenario)
        return fail("--scenario: " + scenario.error().message);
    if (const auto it = options.find("--paths"); it != options.end()) {
        const auto n = number(it->second, 1000000);
        if (!n)
            return fail("--paths: expected a whole number from 0 to 1000000, got '" + it->second + "'");
        scenario.value().paths = *n;
    }
    StressOptions run;
    if (const auto it = options.find("--threads"); it != options.end()) {
        const auto n = number(it->second, 256);
        if (!n || *n == 0)
            return fail("--threads: expected a whole number from 1 to 256, got '" + it->second + "'");
        run.threads = static_cast<unsigned>(*n);
    }
    if (const auto it = options.find("--step"); it != options.end()) {
        const auto n = number(it->second, 3600);
        if (!n || *n == 0)
            return fail("--step: expected seconds from 1 to 3600, got '" + it->second + "'");
        run.step_ms = static_cast<std::int64_t>(*n) * 1000;
    }
    if (const auto it = options.find("--cap"); it != options.end()) {
        auto cap = parseDecimal(it->second, kUsdDecimals);
        if (!cap || cap.value() <= 0)
            return fail("--cap: expected a positive USD amount, got '" + it->second + "'");
        run.what_if_cap_e8 = cap.value();
    }
    auto report = runStress(*base, scenario.value(), run);
    if (!report)
        return fail(report.error().message);
    std::cout << stressReportJson(report.value(), base->world) << "\n";
    return 0;
}

} // namespace cm::cli
