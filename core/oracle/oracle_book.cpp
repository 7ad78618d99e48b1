// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oracle/oracle_book.h"

#include "core/money/money_math.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace cm {

const char* toString(OracleState s)
{
    switch (s) {
    case OracleState::Ok: return "ok";
    case OracleState::Degraded: return "degraded";
    case OracleState::Broken: return "broken";
    case OracleState::Stale: return "stale";
    case OracleState::Invalid: break;
    }
    return "invalid";
}

OracleBook::OracleBook(const World& world, OracleConfig config)
    : m_config(config), m_chainCount(world.chains.size())
{
    const std::int64_t start = world.start_time_s * 1000;
    for (const Asset& a : world.assets) {
        AssetOracle o;
        for (const OracleSourceSpec& spec : a.oracle_sources)
            o.sources.push_back({spec.name, spec.chain, a.price_e8, start, 0, 0, {}});
        if (o.sources.empty())
            o.sources.push_back({"world", a.home_chain, a.price_e8, start, 0, 0, {}});
        o.aggregate_e8 = a.price_e8;
        o.fresh = static_cast<std::uint32_t>(o.sources.size());
        m_assets.push_back(std::move(o));
    }
}

OracleSource& OracleBook::source(AssetIndex asset, std::string_view name, ChainIndex chain)
{
    auto& sources = m_assets[asset].sources;
    for (OracleSource& s : sources)
        if (s.name == name && s.chain == chain)
            return s;
    sources.push_back({std::string(name), chain, 0, kNeverMs, 0, 0, {}});
    return sources.back();
}

OracleBook::Update OracleBook::refuse(OracleSource& s, std::string reason)
{
    ++s.rejected;
    s.last_rejection = reason;
    return {false, std::move(reason)};
}

OracleBook::Update OracleBook::update(AssetIndex asset, std::string_view name, ChainIndex chain, double priceUsd,
                                      std::int64_t time_ms, std::int64_t now_ms)
{
    OracleSource& s = source(asset, name, chain);
    if (!std::isfinite(priceUsd))
        return refuse(s, "price is not finite");
    if (priceUsd <= 0.0)
        return refuse(s, "price is not positive");
    if (priceUsd > 1e9)
        return refuse(s, "price is above the $1e9 limit");
    const Int128 e8 = static_cast<Int128>(std::llround(priceUsd * toDouble(kUsdOne)));
    return updateExact(asset, name, chain, e8, time_ms, now_ms);
}

OracleBook::Update OracleBook::updateExact(AssetIndex asset, std::string_view name, ChainIndex chain, Int128 priceE8,
                                           std::int64_t time_ms, std::int64_t now_ms, bool aggregate)
{
    AssetOracle& o = m_assets[asset];
    OracleSource& s = source(asset, name, chain);
    if (priceE8 <= 0)
        return refuse(s, "price is not positive");
    if (time_ms > now_ms + m_config.max_age_ms)
        return refuse(s, "timestamp is in the future");
    if (now_ms - time_ms >= m_config.max_age_ms)
        return refuse(s, "older than max_age");
    if (time_ms < s.time_ms)
        return refuse(s, "older than this source's last price");
    if (o.aggregate_e8 > 0) {
        const double jump = std::fabs(toDouble(priceE8 - o.aggregate_e8)) / toDouble(o.aggregate_e8);
        if (jump > m_config.outlier_jump) {
            std::ostringstream why;
            why.precision(3);
            why << "jumps " << jump * 100 << " % from the aggregate (limit " << m_config.outlier_jump * 100 << " %)";
            return refuse(s, why.str());
        }
    }
    s.price_e8 = priceE8;
    s.time_ms = time_ms;
    ++s.accepted;
    if (aggregate)
        refresh(asset, now_ms);
    return {true, {}};
}

void OracleBook::override(AssetIndex asset, Int128 priceE8, std::int64_t now_ms)
{
    for (OracleSource& s : m_assets[asset].sources) {
        s.price_e8 = priceE8;
        s.time_ms = now_ms;
        ++s.accepted;
    }
    refresh(asset, now_ms);
}

void OracleBook::retireAllBut(AssetIndex asset, std::string_view keep, ChainIndex keepChain, std::int64_t now_ms)
{
    for (OracleSource& s : m_assets[asset].sources)
        if (!(s.name == keep && s.chain == keepChain))
            s.time_ms = kNeverMs;
    refresh(asset, now_ms);
}

bool OracleBook::refresh(AssetIndex asset, std::int64_t now_ms)
{
    AssetOracle& o = m_assets[asset];
    std::vector<Int128> fresh;
    for (const OracleSource& s : o.sources)
        if (s.time_ms != kNeverMs && now_ms - s.time_ms < m_config.max_age_ms)
            fresh.push_back(s.price_e8);
    const Int128 before = o.aggregate_e8;
    const OracleState stateBefore = o.state;
    o.fresh = static_cast<std::uint32_t>(fresh.size());
    if (fresh.empty()) {
        o.state = OracleState::Stale; // the last aggregate stays; the haircut takes a stale add-on
        o.divergence = 0.0;
        return o.state != stateBefore;
    }
    std::sort(fresh.begin(), fresh.end());
    const std::size_t n = fresh.size();
    o.aggregate_e8 = n % 2 ? fresh[n / 2] : (fresh[n / 2 - 1] + fresh[n / 2]) / 2;
    o.divergence = toDouble(fresh.back() - fresh.front()) / toDouble(o.aggregate_e8);
    o.state = o.divergence > m_config.divergence_halt   ? OracleState::Broken
              : o.divergence > m_config.divergence_warn ? OracleState::Degraded
                                                        : OracleState::Ok;
    return o.aggregate_e8 != before || o.state != stateBefore;
}

double OracleBook::staleSeconds(AssetIndex a, std::int64_t now_ms) const
{
    const AssetOracle& o = m_assets[a];
    if (o.state != OracleState::Stale)
        return 0.0;
    std::int64_t newest = kNeverMs;
    for (const OracleSource& s : o.sources)
        newest = std::max(newest, s.time_ms);
    return newest == kNeverMs ? 0.0 : static_cast<double>(now_ms - newest) / 1000.0;
}

void OracleBook::save(ByteWriter& out) const
{
    out.u64(m_assets.size());
    for (const AssetOracle& o : m_assets) {
        out.u64(o.sources.size());
        for (const OracleSource& s : o.sources) {
            out.str(s.name);
            out.u32(s.chain);
            out.i128(s.price_e8);
            out.i64(s.time_ms);
            out.u64(s.accepted);
            out.u64(s.rejected);
            out.str(s.last_rejection);
        }
        out.i128(o.aggregate_e8);
        out.f64(o.divergence);
        out.u8(static_cast<std::uint8_t>(o.state));
        out.u32(o.fresh);
    }
}

void OracleBook::load(ByteReader& in)
{
    if (in.count("oracle assets", 8) != m_assets.size())
        in.fail("oracle assets", "the world has " + std::to_string(m_assets.size()));
    for (AssetOracle& o : m_assets) {
        o.sources.resize(in.count("oracle sources", 68));
        for (OracleSource& s : o.sources) {
            s.name = in.str("source name");
            s.chain = static_cast<ChainIndex>(in.u32("source chain"));
            if (s.chain >= m_chainCount)
                in.fail("source chain", "no such chain");
            s.price_e8 = in.i128("source price");
            s.time_ms = in.i64("source time");
            s.accepted = in.u64("source accepted");
            s.rejected = in.u64("source rejected");
            s.last_rejection = in.str("source rejection");
        }
        o.aggregate_e8 = in.i128("oracle aggregate");
        o.divergence = in.f64("oracle divergence");
        const auto state = in.u8("oracle state");
        if (state < static_cast<std::uint8_t>(OracleState::Ok) || state > static_cast<std::uint8_t>(OracleState::Stale))
            in.fail("oracle state", "unknown state");
        o.state = static_cast<OracleState>(state);
        o.fresh = in.u32("oracle fresh sources");
    }
}

} // namespace cm
