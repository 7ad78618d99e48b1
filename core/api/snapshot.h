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
//! A route's ledger and guards, for the bridge monitor (DESIGN §6).
struct RouteRow {
    std::string id;
    std::string from;
    std::string to;
    std::string asset;
    int decimals = 0;
    Int128 locked = 0;              //!< base units in the source vault
    Int128 minted = 0;              //!< claims outstanding
    double backing_ratio = 1.0;
    bool frozen = false;
    int validators = 0;
    int threshold = 0;
    std::uint32_t set_version = 1;
    bool weak = false;              //!< threshold below two thirds, or too few operators
    double trust_addon = 0.0;       //!< the route component of its claims' haircut
    std::string trust_reason;
    Int128 bucket_forward_usd_e8 = 0;
    Int128 bucket_back_usd_e8 = 0;
    Int128 bucket_capacity_usd_e8 = 0;
    Int128 locked_usd_e8 = 0;       //!< the vault at the oracle price
    Int128 minted_usd_e8 = 0;
    Int128 flow_forward_24h_usd_e8 = 0; //!< transfers requested in the last 24 h, not refused or dropped
    Int128 flow_back_24h_usd_e8 = 0;
};

//! A transfer and its timeline (0: not reached).
struct TransferRow {
    std::uint64_t id = 0;
    std::string route;
    bool back = false;
    bool external = false;          //!< delivered from outside, nothing locked for it
    std::string account;
    std::string amount;             //!< token units, exact
    std::string asset;
    Int128 usd_e8 = 0;
    std::string state;              //!< queued, locked, attested, relayed, minted, refused, dropped
    std::string reason;
    std::int64_t requested_ms = 0, locked_ms = 0, committed_ms = 0, attested_ms = 0, relayed_ms = 0, done_ms = 0,
                 release_ms = 0;
};

//! Wormhole's governor on one chain: the last 24 h of outflows against its daily limit.
struct GovernorRow {
    std::string chain;
    Int128 limit_usd_e8 = 0;
    Int128 used_usd_e8 = 0;
    Int128 headroom_usd_e8 = 0;
    Int128 big_tx_usd_e8 = 0;
    std::uint32_t queued = 0;
    std::int64_t next_release_ms = 0;
};

struct AlertRow {
    std::int64_t time_ms = 0;
    bool critical = false;
    std::string route;
    std::string text;
};

//! A liquidation in the queue or after it (DESIGN §7).
struct LiquidationRow {
    std::uint64_t id = 0;
    std::string account;
    std::string state;              //!< queued, assigned, in_flight, settled, failed, cancelled, blocked
    std::string reason;
    Int128 shortfall_e8 = 0;
    double health = 0.0;
    std::string chain;
    std::string keeper;             //!< empty until assigned
    std::int64_t created_ms = 0, updated_ms = 0, eta_ms = 0;
    Int128 repaid_e8 = 0, seized_e8 = 0, fee_e8 = 0, bad_debt_e8 = 0, deleveraged_e8 = 0;
    std::string kind;               //!< "debt" or "position"
    std::string asset;              //!< the debt's asset, or the position's market
    std::string history;            //!< its transitions, one a line: "HH:MM:SS from → to: reason"
};

//! A loss the book took (DESIGN §7): a bad debt and who paid it, or a position deleveraged
//! against a bankrupt account at its bankruptcy price.
struct LossRow {
    std::int64_t time_ms = 0;
    std::string account;
    std::string event;              //!< "bad debt" or "deleveraged"
    std::string asset;
    std::string amount;             //!< decimal units (a deleveraged position's signed size)
    Int128 usd_e8 = 0;              //!< the loss in USD
    Int128 fund_e8 = 0, deleveraged_e8 = 0, socialized_e8 = 0; //!< who bore a bad debt
    Int128 price_e8 = 0;            //!< the bankruptcy price of a deleveraging
    std::string against;            //!< the bankrupt account a deleveraging covered
};

//! An account whose withdrawals and transfers wait after its equity went negative.
struct HoldRow {
    std::string account;
    std::string chain;
    std::int64_t until_ms = 0;
    std::int64_t blocks = 0;
};

//! A collateral move proposed for approval (DESIGN §8), with its way so far.
struct ProposalRow {
    std::uint64_t id = 0;
    std::string kind;               //!< rebalance, buffer or manual
    std::string proposer;
    std::string account, asset, from, to, route;
    bool back = false;
    std::string amount;             //!< decimal units
    Int128 usd_e8 = 0, cost_usd_e8 = 0;
    double health_before = 0.0, health_after = 0.0, health_in_flight = 0.0, health_done = 0.0;
    std::int64_t eta_ms = 0, created_ms = 0, expires_ms = 0;
    std::string state;              //!< pending, approved, executing, done, rejected, expired, failed
    int required_approvals = 1;
    std::vector<std::string> approvers;
    std::string reason;
    std::uint64_t transfer = 0;
    std::vector<std::pair<std::int64_t, std::string>> steps;
    std::string movable;            //!< a preview's: the most of the holding that may leave now (decimal units)
};

struct OperatorRow {
    std::string name;
    std::string role;
    std::string public_key;         //!< hex
    std::string added_by;
};

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
    //! accounts[i].health again, contiguous: the console sorts its book by it every snapshot and
    //! reads 100,000 of them in one pass rather than one per 200-byte row.
    std::vector<double> health;
    std::uint64_t structure_version = 0; //!< changes when accounts are added or removed
    std::uint32_t liquidatable = 0;
    Int128 collateral_e8 = 0;
    Int128 requirement_e8 = 0;
    //! Collateral value by chain and asset, chains × assets, row-major (the collateral map).
    std::vector<Int128> chain_asset_e8;
    //! The oracle's limits (DESIGN §4): a source is fresh while younger than max age; divergence
    //! above warn degrades an asset, above halt breaks it.
    std::int64_t oracle_max_age_ms = 0;
    double oracle_divergence_warn = 0.0;
    double oracle_divergence_halt = 0.0;

    // The interop layer (DESIGN §6): routes, transfers (every open one and the latest settled),
    // governors per chain, alerts.
    std::vector<RouteRow> routes;
    std::vector<TransferRow> transfers;
    std::vector<GovernorRow> governors;
    std::vector<AlertRow> alerts;

    // Liquidations (DESIGN §7): open items and the latest closed ones, the insurance fund's
    // history, bad debt.
    bool liquidation_enabled = false;
    std::vector<LiquidationRow> liquidations;
    std::vector<std::pair<std::int64_t, Int128>> insurance_fund; //!< (sim ms, USD e8)
    Int128 insurance_fund_e8 = 0;
    Int128 bad_debt_e8 = 0;
    Int128 socialized_e8 = 0;
    Int128 deleveraged_e8 = 0;
    std::vector<LossRow> losses;      //!< the latest, newest last
    std::vector<HoldRow> holds;       //!< holds in force
    std::uint64_t liquidation_transitions = 0;

    // The clearing agent and approvals (DESIGN §8): open proposals and the latest closed ones,
    // newest first; the operators; the policy (canonical JSON).
    std::vector<ProposalRow> proposals;
    std::vector<OperatorRow> operators;
    std::string agent_policy;
    Int128 executed_in_period_e8 = 0;
    std::string operator_role;        //!< the acting operator's role ("admin" without profiles)

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
