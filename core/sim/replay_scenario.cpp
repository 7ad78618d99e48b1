// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/replay_scenario.h"

#include "core/domain/json_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace cm {

double ReplayScenario::closeAt(const Series& s, std::int64_t t)
{
    auto it = std::upper_bound(s.closes.begin(), s.closes.end(), t,
                               [](std::int64_t v, const std::pair<std::int64_t, double>& c) { return v < c.first; });
    if (it == s.closes.begin())
        return s.closes.front().second;
    return std::prev(it)->second;
}

Result<ReplayScenarioPtr> loadReplayScenario(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return Error{path + ": cannot open the scenario file"};
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = parseReplayScenario(text.str());
    if (!parsed)
        return Error{path + ": " + parsed.error().message};
    return parsed;
}

std::string formatReplayScenario(const ReplayScenario& s)
{
    nlohmann::json series = nlohmann::json::object();
    for (const auto& ser : s.series) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& [t, close] : ser.closes)
            rows.push_back({t, close});
        series[ser.asset] = std::move(rows);
    }
    return nlohmann::json{{"name", s.name}, {"title", s.title}, {"from", s.from_s}, {"to", s.to_s}, {"notes", s.notes},
                          {"series", std::move(series)}}
        .dump();
}

Result<ReplayScenarioPtr> parseReplayScenario(std::string_view text)
{
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        return Error{std::string("not valid JSON: ") + e.what()};
    }
    try {
        JsonObjectReader o(root, "");
        auto s = std::make_shared<ReplayScenario>();
        s->name = o.string("name");
        s->title = o.optString("title").value_or(s->name);
        s->from_s = o.integer("from", 0, 32503680000LL);
        s->to_s = o.integer("to", 0, 32503680000LL);
        if (s->to_s <= s->from_s)
            throw InputError("to", "must be after from");
        s->notes = o.optString("notes").value_or("");
        if (!root.contains("series"))
            throw InputError("series", "missing field");
        const auto& series = root.at("series");
        if (!series.is_object() || series.empty())
            throw InputError("series", "expected an object of asset: [[time, close], ...]");
        for (auto it = series.begin(); it != series.end(); ++it) {
            const std::string p = "series." + it.key();
            if (!it.value().is_array() || it.value().empty())
                throw InputError(p, "expected a non-empty array of [time, close]");
            ReplayScenario::Series ser;
            ser.asset = it.key();
            std::int64_t last = -1;
            for (std::size_t i = 0; i < it.value().size(); ++i) {
                const auto& row = it.value()[i];
                const std::string rp = p + "[" + std::to_string(i) + "]";
                if (!row.is_array() || row.size() != 2 || !row[0].is_number_integer() || !row[1].is_number())
                    throw InputError(rp, "expected [unix seconds, close]");
                const auto t = row[0].get<std::int64_t>();
                const double c = row[1].get<double>();
                if (t <= last)
                    throw InputError(rp, "times must increase");
                if (!std::isfinite(c) || c <= 0)
                    throw InputError(rp, "close must be a positive number");
                ser.closes.emplace_back(t, c);
                last = t;
            }
            s->series.push_back(std::move(ser));
        }
        for (auto it = root.begin(); it != root.end(); ++it) {
            static const std::vector<std::string> known{"name", "title", "from", "to", "notes", "provenance", "series"};
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                throw InputError(it.key(), "unknown key");
        }
        return ReplayScenarioPtr(std::move(s));
    } catch (const InputError& e) {
        return Error{e.what()};
    }
}

} // namespace cm
