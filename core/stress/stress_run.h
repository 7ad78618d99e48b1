// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/world.h"
#include "core/risk/margin.h"
#include "core/risk/market_state.h"
#include "core/stress/scenario.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cm {

class ClearingState;

// A stress run (DESIGN §11): the scenario's shocks applied to forks of the live state, which
// the run never touches; the market run over the horizon, once with prices held where the
// shocks put them and on N Monte Carlo paths of the calibrated market.

//! What a run starts from: the live state captured on its owner's thread (the world and the
//! canonical state bytes). Immutable; forks are made from it on any thread.
struct StressBase {
    World world;
    std::string state;
    MarketState market;             //!< prices, backing and chains as they stood
    std::int64_t sim_time_ms = 0;
};
using StressBasePtr = std::shared_ptr<const StressBase>;
StressBasePtr captureStressBase(const ClearingState& live);

struct StressOptions {
    std::int64_t step_ms = 10000;   //!< the forks' step (the live run's is finer; prices are exact GBM steps)
    unsigned threads = 0;           //!< Monte Carlo workers; 0: one per core
    //! Called from the workers (and the caller's thread) after each simulated hour of each run:
    //! (hours done, hours in all: the held-price run's and every path's).
    std::function<void(std::uint64_t, std::uint64_t)> progress;
    const std::atomic<bool>* cancel = nullptr; //!< set it to stop; the report says cancelled
    //! For routes the world gives no isolation cap: the cap to price instead (what it would cost
    //! and bound); 0: none.
    Int128 what_if_cap_e8 = 0;
};

//! Accounts by health: < 1, [1, 1.1), [1.1, 1.25), [1.25, 1.5), [1.5, 2), ≥ 2, and no obligations.
inline constexpr std::array<const char*, 7> kHealthBuckets {"<1", "1-1.1", "1.1-1.25", "1.25-1.5", "1.5-2", ">=2", "none"};
using HealthBuckets = std::array<std::uint64_t, kHealthBuckets.size()>;
std::size_t healthBucket(double health, bool infinite);

struct AccountImpact {
    std::string account;
    double health_before = 0.0, health_after = 0.0; //!< +inf without obligations
    Int128 loss_e8 = 0;          //!< equity before − after (claims at what their vault redeems)
    Int128 liquidated_e8 = 0;    //!< debt repaid and notional closed by keepers in the run
    Int128 bad_debt_e8 = 0;      //!< written off in the run, plus negative equity left at its end
};

//! What fails if one route or chain fails (its claims unbacked; a chain's collateral and vaults
//! gone), on the state as it stands, every other price unchanged.
struct BlastRow {
    bool chain = false;             //!< a chain, else a route
    std::string id;
    std::uint64_t accounts_hit = 0; //!< accounts holding something that fails
    std::uint64_t pushed_below_1 = 0;
    Int128 value_at_risk_e8 = 0;    //!< collateral of the accounts pushed below health 1
    Int128 bad_debt_e8 = 0;         //!< negative equity the failure leaves
    Int128 exposure_e8 = 0;         //!< adjusted collateral lost: the credit interconnection gave
    Int128 shortfall_e8 = 0;        //!< requirement it leaves uncovered (what liquidations must recover)
    std::vector<Int128> at_risk_by_chain_e8; //!< obligations of the pushed accounts, by the chain owed on
    // Routes only: the isolation cap (Aave's isolation-mode ceiling), what it costs, what it saves.
    Int128 cap_e8 = 0;              //!< the world's cap, or the what-if cap; 0: none
    bool cap_in_world = false;      //!< the cap is the world's (enforced), not a what-if
    Int128 cap_cost_e8 = 0;         //!< adjusted collateral the cap takes off the book now
    Int128 cap_loss_removed_e8 = 0; //!< shortfall beyond the cap per account, which the cap bounds
};

struct StressReport {
    std::string scenario;
    std::uint64_t paths = 0;
    std::int64_t horizon_s = 0;
    std::uint64_t seed = 0;
    std::int64_t step_ms = 0;
    std::uint64_t accounts = 0;
    HealthBuckets before {}, after {};
    std::uint64_t liquidations = 0; //!< executions by keepers
    Int128 liquidated_e8 = 0;       //!< debt repaid and notional closed
    Int128 bad_debt_e8 = 0;         //!< written off plus negative equity left at the end
    Int128 fund_before_e8 = 0, fund_after_e8 = 0;
    std::vector<std::pair<std::string, Int128>> loss_by_chain, loss_by_route; //!< route "native" for native collateral
    std::vector<AccountImpact> top;  //!< the 20 most affected, largest loss first
    // Monte Carlo (paths > 0).
    std::uint64_t paths_done = 0;
    Int128 var95_e8 = 0, var99_e8 = 0, lar95_e8 = 0;
    Int128 mean_bad_debt_e8 = 0;
    std::vector<Int128> path_bad_debt_e8, path_liquidated_e8; //!< per path, in path order
    std::vector<BlastRow> blast_radius;
    bool cancelled = false;
    double wall_s = 0.0;
};

//! Runs a scenario. Errors: a replay file that does not load, or a base that does not restore.
Result<StressReport> runStress(const StressBase& base, const StressScenario& scenario, const StressOptions& options = {});
//! The blast radius of every route and chain on a state; routes without a cap of their own are
//! priced at `whatIfCapE8` (0: not at all).
std::vector<BlastRow> blastRadius(const ClearingState& state, Int128 whatIfCapE8 = 0);

//! Equity with every claim at what its vault redeems: Σ amount × price × min(1, backing) + U −
//! debt (a drained or compromised route's claims at nothing). The stress report's and the blast
//! radius's bad debt is its negative part.
Int128 realizableEquity(const World& world, const MarketState& market, const Account& account, const AccountMetrics& m);
//! The empirical quantile (the ceil(q·n)-th smallest, as a VaR is read off its paths); 0 when empty.
Int128 quantileE8(std::vector<Int128> values, double q);

//! The report as `clearmesh-cli stress` prints it (USD as decimal strings).
std::string stressReportJson(const StressReport& report, const World& world);

//! The built-in scenarios: the four historical windows, a 30 % crash, a stablecoin depeg, the
//! biggest route compromised, a one-hour Ethereum finality stall.
std::vector<std::pair<std::string, std::string>> builtInStressScenarios(); //!< (name, title)
//! One built for a world (the biggest route is the world's; the replays come from scenarioDir).
Result<StressScenario> builtInStressScenario(const std::string& name, const StressBase& base, const std::string& scenarioDir);

} // namespace cm
