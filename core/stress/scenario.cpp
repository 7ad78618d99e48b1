// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stress/scenario.h"

#include "core/domain/json_reader.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/sim/candles.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace cm {
namespace {

using nlohmann::json;

template <typename Find>
std::uint32_t reference(JsonObjectReader& o, const std::string& key, const char* what, Find find)
{
    const std::string id = o.string(key);
    const int i = find(id);
    if (i < 0)
        throw InputError(o.pathOf(key), std::string("unknown ") + what + " '" + id + "'");
    return static_cast<std::uint32_t>(i);
}

Shock readShock(const json& value, const std::string& path, const World& w)
{
    JsonObjectReader o(value, path);
    const std::string type = o.string("type");
    auto asset = [&] { return reference(o, "asset", "asset", [&](const std::string& s) { return w.findAsset(s); }); };
    auto chain = [&] { return reference(o, "chain", "chain", [&](const std::string& s) { return w.findChain(s); }); };
    auto route = [&] { return reference(o, "route", "route", [&](const std::string& s) { return w.findRoute(s); }); };
    Shock shock;
    if (type == "price") {
        PriceShock s;
        s.asset = asset();
        const bool rel = o.has("relative");
        const bool abs = o.has("absolute");
        if (rel == abs)
            throw InputError(path, "a price shock has either \"relative\" or \"absolute\"");
        s.relative = rel;
        if (rel) {
            s.change = o.number("relative", -0.999999, 100.0);
        } else {
            s.price_e8 = o.decimal("absolute", kUsdDecimals, Sign::NonNegative, pow10i(9 + kUsdDecimals));
            if (s.price_e8 <= 0)
                throw InputError(o.pathOf("absolute"), "must be positive");
        }
        shock = s;
    } else if (type == "volatility") {
        shock = VolatilityShock {asset(), o.number("multiplier", 0.0, 100.0)};
    } else if (type == "oracle_divergence") {
        OracleDivergenceShock s;
        s.asset = asset();
        s.source = o.string("source");
        const auto& sources = w.assets[s.asset].oracle_sources;
        const bool known = sources.empty() ? s.source == "world"
                                           : std::any_of(sources.begin(), sources.end(),
                                                         [&](const OracleSourceSpec& x) { return x.name == s.source; });
        if (!known)
            throw InputError(o.pathOf("source"), "'" + s.source + "' is not an oracle source of " + w.assets[s.asset].symbol);
        s.relative = o.number("relative", -0.999999, 100.0);
        shock = s;
    } else if (type == "chain_halt") {
        ChainHaltShock s;
        s.chain = chain();
        s.duration_s = o.integer("duration_s", 1, 30LL * 86400);
        shock = s;
    } else if (type == "latency") {
        LatencyShock s;
        s.route = route();
        s.multiplier = o.number("multiplier", 0.0, 1000.0);
        shock = s;
    } else if (type == "route_compromise") {
        shock = RouteCompromiseShock {route()};
    } else if (type == "replay") {
        ReplayShock s;
        s.file = o.string("file");
        auto time = [&](const char* key) {
            const std::string text = o.string(key);
            auto t = parseUtcTime(text);
            if (!t)
                throw InputError(o.pathOf(key), "bad time '" + text + "' (2020-03-12, 2020-03-12 10:00:00 or unix seconds)");
            return t.value();
        };
        s.from_s = time("from");
        s.to_s = time("to");
        if (s.to_s <= s.from_s)
            throw InputError(o.pathOf("to"), "must be after \"from\"");
        shock = s;
    } else {
        throw InputError(o.pathOf("type"), "unknown shock type '" + type
                                              + "' (price, volatility, oracle_divergence, chain_halt, latency, route_compromise, replay)");
    }
    o.finish();
    return shock;
}

} // namespace

const char* shockType(const Shock& shock)
{
    static const char* const names[] = {"price", "volatility", "oracle_divergence", "chain_halt", "latency", "route_compromise", "replay"};
    return names[shock.index()];
}

Result<StressScenario> parseStressScenario(std::string_view text, const World& world)
{
    json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded())
        return Error {"not valid JSON"};
    try {
        JsonObjectReader top(root, "");
        StressScenario s;
        s.name = top.string("name");
        const json& shocks = top.array("shocks");
        if (shocks.empty())
            throw InputError("shocks", "a scenario needs at least one shock");
        for (std::size_t i = 0; i < shocks.size(); ++i)
            s.shocks.push_back(readShock(shocks[i], indexPath("shocks", i), world));
        s.paths = static_cast<std::uint64_t>(top.optInteger("paths", 0, 1000000, 0));
        s.horizon_s = top.optInteger("horizon_s", 0, 365LL * 86400, 86400);
        s.seed = static_cast<std::uint64_t>(top.optInteger("seed", 1, std::numeric_limits<std::int64_t>::max(), 1));
        top.finish();
        return s;
    } catch (const InputError& e) {
        return Error {e.what()};
    }
}

Result<StressScenario> loadStressScenario(const std::string& path, const World& world)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error {path + ": cannot open the scenario file"};
    std::ostringstream buf;
    buf << in.rdbuf();
    auto s = parseStressScenario(buf.str(), world);
    if (!s)
        return Error {path + ": " + s.error().message};
    const auto slash = path.find_last_of('/');
    const std::string folder = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    for (Shock& shock : s.value().shocks)
        if (auto* r = std::get_if<ReplayShock>(&shock); r && !r->file.empty() && r->file.front() != '/')
            r->file = folder + r->file;
    return s;
}

std::string formatStressScenario(const StressScenario& scenario, const World& w)
{
    nlohmann::ordered_json shocks = nlohmann::ordered_json::array();
    for (const Shock& shock : scenario.shocks) {
        nlohmann::ordered_json o {{"type", shockType(shock)}};
        std::visit(
            [&](const auto& s) {
                using T = std::decay_t<decltype(s)>;
                if constexpr (std::is_same_v<T, PriceShock>) {
                    o["asset"] = w.assets[s.asset].symbol;
                    if (s.relative)
                        o["relative"] = s.change;
                    else
                        o["absolute"] = formatDecimal(s.price_e8, kUsdDecimals);
                } else if constexpr (std::is_same_v<T, VolatilityShock>) {
                    o["asset"] = w.assets[s.asset].symbol;
                    o["multiplier"] = s.multiplier;
                } else if constexpr (std::is_same_v<T, OracleDivergenceShock>) {
                    o["asset"] = w.assets[s.asset].symbol;
                    o["source"] = s.source;
                    o["relative"] = s.relative;
                } else if constexpr (std::is_same_v<T, ChainHaltShock>) {
                    o["chain"] = w.chains[s.chain].id;
                    o["duration_s"] = s.duration_s;
                } else if constexpr (std::is_same_v<T, LatencyShock>) {
                    o["route"] = w.routes[s.route].id;
                    o["multiplier"] = s.multiplier;
                } else if constexpr (std::is_same_v<T, RouteCompromiseShock>) {
                    o["route"] = w.routes[s.route].id;
                } else {
                    o["file"] = s.file;
                    o["from"] = std::to_string(s.from_s);
                    o["to"] = std::to_string(s.to_s);
                }
            },
            shock);
        shocks.push_back(std::move(o));
    }
    nlohmann::ordered_json out {{"name", scenario.name}, {"shocks", shocks}, {"paths", scenario.paths},
                                {"horizon_s", scenario.horizon_s}, {"seed", scenario.seed}};
    return out.dump(2);
}

Int128 shockedPrice(const PriceShock& shock, Int128 priceE8)
{
    if (!shock.relative)
        return shock.price_e8;
    // Exact to the e8 unit: price × (1 + change), rounded half away from zero.
    const double moved = std::round(toDouble(priceE8) * (1.0 + shock.change));
    return std::max<Int128>(1, static_cast<Int128>(moved));
}

} // namespace cm
