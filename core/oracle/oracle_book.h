// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/bytes.h"
#include "core/domain/world.h"
#include "core/money/int128.h"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace cm {

struct OracleConfig {
    std::int64_t max_age_ms = 60000;   //!< a source is fresh while younger than this
    double divergence_warn = 0.02;     //!< above: degraded, the haircut grows
    double divergence_halt = 0.10;     //!< above: broken, dependent liquidations wait
    double outlier_jump = 0.50;        //!< a single update moving this far from the aggregate is refused
};

enum class OracleState { Invalid = 0, Ok, Degraded, Broken, Stale };
const char* toString(OracleState s);

inline constexpr std::int64_t kNeverMs = std::numeric_limits<std::int64_t>::min();

struct OracleSource {
    std::string name;
    ChainIndex chain = 0;
    Int128 price_e8 = 0;
    std::int64_t time_ms = kNeverMs;
    std::uint64_t accepted = 0;
    std::uint64_t rejected = 0;
    std::string last_rejection;        //!< reason of the latest refusal, empty if none
};

struct AssetOracle {
    std::vector<OracleSource> sources;
    Int128 aggregate_e8 = 0;           //!< median of fresh sources; kept while stale
    double divergence = 0.0;           //!< (max − min) / median over fresh sources
    OracleState state = OracleState::Ok;
    std::uint32_t fresh = 0;           //!< sources younger than max_age
};

//! Aggregation of DESIGN §4: several sources per asset and chain, median of the fresh ones,
//! divergence states, staleness, and refusal of prices that are not finite, not positive or
//! jump too far — refused prices are counted per source and never reach the median.
class OracleBook {
public:
    struct Update {
        bool accepted = false;
        std::string reason;            //!< why it was refused
    };

    OracleBook(const World& world, OracleConfig config = {});

    //! A source's price (USD, as a feed or a keyboard gives it). Unknown sources are added.
    Update update(AssetIndex asset, std::string_view source, ChainIndex chain, double priceUsd, std::int64_t time_ms,
                  std::int64_t now_ms);
    //! The same with an exact decimal price. `aggregate` false leaves the aggregate to one
    //! refresh() after several sources have reported (the simulation's step).
    Update updateExact(AssetIndex asset, std::string_view source, ChainIndex chain, Int128 priceE8, std::int64_t time_ms,
                       std::int64_t now_ms, bool aggregate = true);
    //! An operator's override: every source of the asset takes this price now, past the
    //! outlier check (a deliberate shock is not an outlier).
    void override(AssetIndex asset, Int128 priceE8, std::int64_t now_ms);
    //! Takes every source of the asset but one out of the median (they count as never
    //! reported until they report again); re-derives the aggregate.
    void retireAllBut(AssetIndex asset, std::string_view keep, ChainIndex keepChain, std::int64_t now_ms);
    //! Re-derives freshness, aggregate, divergence and state at `now_ms` (time alone can
    //! make a source stale). Returns true when any aggregate or state changed.
    bool refresh(AssetIndex asset, std::int64_t now_ms);

    const AssetOracle& asset(AssetIndex a) const { return m_assets[a]; }
    std::size_t size() const { return m_assets.size(); }
    const OracleConfig& config() const { return m_config; }
    //! Age in seconds of the newest price of a stale asset; 0 while it has a fresh source.
    double staleSeconds(AssetIndex a, std::int64_t now_ms) const;

    //! Its dynamic state in the canonical encoding of a journal snapshot (load() expects the
    //! same world; DecodeError on bad input).
    void save(ByteWriter& out) const;
    void load(ByteReader& in);

private:
    OracleSource& source(AssetIndex asset, std::string_view name, ChainIndex chain);
    Update refuse(OracleSource& s, std::string reason);

    OracleConfig m_config;
    std::size_t m_chainCount = 0;
    std::vector<AssetOracle> m_assets;
};

} // namespace cm
