// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"
#include "core/money/int128.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cm {

struct AccountRow {
    std::string id;
    std::string owner;
    AccountRole role = AccountRole::Invalid;
    std::uint64_t chain_mask = 0;     //!< chains where it holds collateral
    Int128 collateral_e8 = 0;
    Int128 adjusted_e8 = 0;
    Int128 debt_e8 = 0;
    Int128 upnl_e8 = 0;
    Int128 requirement_e8 = 0;
    double health = 0.0;              //!< +inf when nothing is required
    bool liquidatable = false;
    double max_leverage = 0.0;
    std::optional<double> distance_to_liquidation;
};

struct ChainRow {
    std::string id;
    std::string name;
    ChainStatus status = ChainStatus::Invalid;
    std::int64_t block_time_ms = 0;
    std::int64_t finality_ms = 0;
    Int128 collateral_e8 = 0;         //!< value of all holdings on this chain
    std::uint32_t accounts = 0;       //!< accounts with collateral on it
    std::uint32_t liquidatable = 0;   //!< of those, how many are liquidatable
    std::uint64_t height = 0;
    std::uint64_t finalized_height = 0;
    std::int64_t finality_lag_ms = 0; //!< grows while the chain is halted
};

struct OracleSourceRow {
    std::string name;
    std::string chain;
    Int128 price_e8 = 0;
    std::int64_t age_ms = -1;         //!< -1: never reported
    std::uint64_t accepted = 0;
    std::uint64_t rejected = 0;
    std::string last_rejection;
};

struct AssetRow {
    std::string symbol;
    Int128 price_e8 = 0;              //!< the oracle aggregate margin uses
    Int128 start_price_e8 = 0;
    double volatility = 0.0;          //!< EWMA, annualized
    bool stable = false;
    double max_leverage = 0.0;        //!< 1 / IMR of the asset, IMR = MMR / 0.6
    double divergence = 0.0;
    std::string oracle_state;         //!< ok, degraded, broken, stale
    std::uint32_t fresh_sources = 0;
    double stale_s = 0.0;
    std::vector<OracleSourceRow> sources;
};

//! An immutable picture of the clearing state, published by the core thread.
struct Snapshot {
    std::uint64_t seq = 0;            //!< increases with every publication
    std::uint64_t steps = 0;          //!< simulation steps taken
    std::int64_t sim_time_ms = 0;     //!< unix ms on the virtual clock
    double speed = 1.0;
    bool running = false;
    std::string world_name;
    std::string scenario;             //!< title of the historical replay running, if any
    std::string scenario_name;        //!< its name (black_thursday_2020...)
    std::int64_t scenario_time_s = 0; //!< the historical time it has reached
    double scenario_progress = 0.0;   //!< 0..1
    std::string profile;
    std::vector<ChainRow> chains;
    std::vector<AssetRow> assets;
    std::vector<AccountRow> accounts; //!< in world order; the set changes only when the world does
    std::uint64_t structure_version = 0; //!< changes when accounts are added or removed
    std::uint32_t liquidatable = 0;
    Int128 collateral_e8 = 0;
    Int128 requirement_e8 = 0;

    // The journal (DESIGN §9); empty without one.
    std::string journal_path;
    std::uint64_t journal_events = 0;  //!< events journaled (the last sequence number)
    std::uint64_t audit_entries = 0;
    std::string operator_name;
    //! Non-empty while the engine refuses every change (a broken chain, a journal that stopped).
    std::string read_only_reason;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

} // namespace cm
