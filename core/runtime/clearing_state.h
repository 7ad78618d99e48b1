// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agent/proposals.h"
#include "core/api/account_detail.h"
#include "core/common/result.h"
#include "core/api/snapshot.h"
#include "core/clearing/liquidation_engine.h"
#include "core/domain/world.h"
#include "core/interop/interop.h"
#include "core/net/feed_protocol.h"
#include "core/oracle/oracle_book.h"
#include "core/risk/ewma_volatility.h"
#include "core/risk/margin.h"
#include "core/risk/market_state.h"
#include "core/risk/risk_screen.h"
#include "core/runtime/account_index.h"
#include "core/sim/chain_simulator.h"
#include "core/sim/market_simulator.h"
#include "core/sim/replay_scenario.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace cm {

//! All clearing state of one world, single-threaded: the engine's core thread owns one, and
//! headless tools drive one directly. Re-margins only the accounts exposed to a moved price.
class ClearingState {
public:
    ClearingState(World world, std::uint64_t seed, std::int64_t step_ms);

    //! One simulation step: the clock advances, prices move, exposed accounts are re-margined.
    void step() { advance(1); }
    //! n steps of the price path, then one re-margin: margin is a function of the prices, so
    //! the state (and its hash) equals n single steps, at a fraction of the cost.
    void advance(std::uint64_t steps);
    //! An operator's price override for every source of the asset; re-margins the exposed.
    void setPrice(AssetIndex asset, Int128 priceE8);
    //! Replays a historical window from now on: its assets move as they did then, relative
    //! to their prices now; the others keep walking. Returns the world assets it drives.
    std::vector<std::string> startReplay(ReplayScenarioPtr scenario);
    void stopReplay();
    const ReplayScenario* replay() const { return m_replay.get(); }
    //! Historical unix time the replay has reached (0 without a replay).
    std::int64_t replayTimeS() const;

    //! A validated feed update; returns why the domain refused it, or an empty string.
    std::string applyFeed(const FeedUpdate& update);
    //! One source's price as a feed delivers it; refused prices change nothing but counters.
    OracleBook::Update oracleUpdate(AssetIndex asset, const std::string& source, ChainIndex chain, double priceUsd,
                                    std::int64_t time_ms);
    void revalueAll();
    //! Halts, degrades or resumes a chain; what sits on it is re-margined.
    void setChainStatus(ChainIndex chain, ChainStatus status);

    // The interop layer (DESIGN §6): transfers along routes and the risk officer's commands.
    Interop::Result transfer(RouteIndex route, bool back, const std::string& account, Int128 amount);
    Interop::Result deliverMessage(const Message& message, const Attestation& attestation, const MerkleProof& proof);
    std::string freezeRoute(RouteIndex route, const std::string& why);
    std::string unfreezeRoute(RouteIndex route);
    std::string releaseTransfer(std::uint64_t id);
    std::string dropTransfer(std::uint64_t id);
    std::string rotateValidators(RouteIndex route);
    const Interop& interop() const { return m_interop; }
    // The liquidation engine (DESIGN §7), when the world turns it on.
    const LiquidationEngine& liquidations() const { return m_liq; }
    std::string approveLiquidation(std::uint64_t id);
    std::string cancelLiquidation(std::uint64_t id, const std::string& why);
    //! Scans the book now and lets the keepers act (the simulation does it on its own clock).
    void runLiquidations();
    std::vector<Digest> takeNewlyProcessed() { return m_interop.takeNewlyProcessed(); }

    // Operators, the clearing agent and approvals (DESIGN §8). Every command names its
    // operator; the role and maker-checker are checked here, so no caller can skip them.
    const AgentBook& agent() const { return m_agent; }
    //! The operator's role; with no operator profiles at all, everyone is an admin (a
    //! single-user desk), and an unknown name has no role once there are profiles.
    AccountRole operatorRole(const std::string& name) const;
    //! Empty when the operator's role permits the action; else the refusal.
    std::string checkRole(const std::string& operatorName, Action action) const { return refuseRole(operatorName, action); }
    //! Adds a profile. The first must be an admin and needs no `by`; later ones need an admin.
    std::string addOperator(const std::string& by, Operator op);
    //! A collateral move within one account, from one chain to another (one route hop).
    struct MoveRequest {
        std::string account;
        AssetIndex asset = 0;
        ChainIndex from = 0;
        ChainIndex to = 0;
        Int128 amount = 0;
    };
    //! A move named as a person writes it (account, asset symbol, chain ids, decimal amount), or
    //! what is wrong with it (the console and the command line both ask this).
    Result<MoveRequest> moveRequest(const std::string& account, const std::string& asset, const std::string& from,
                                    const std::string& to, const std::string& amount) const;
    //! The move as it would be proposed now: the cheapest route, health before, after and in
    //! flight, cost and ETA; or why it cannot be. Changes nothing (the console's preview).
    Result<Proposal> planMove(const MoveRequest& request) const;
    //! The pre-trade check: may `amount` leave the holding now, by the account's free collateral
    //! while it travels (the amount counts on neither chain)? O(1) in the book's size: the
    //! account's exact margin as kept, the holding's haircut from the screen. Route fees, ETA and
    //! the health after arrival are planMove's.
    struct MoveCheck {
        bool ok = false;
        std::string why;               //!< when not ok
        Int128 free_e8 = 0;            //!< free collateral now, USD e8
        Int128 free_in_flight_e8 = 0;  //!< with the amount gone while it travels
        Int128 movable = 0;            //!< the most of the holding that may leave now (with `withMovable`)
    };
    MoveCheck checkMove(const MoveRequest& request, bool withMovable = false) const;
    //! An operator's proposal; it goes through the policy at once (auto-approved and executed,
    //! or pending). Returns its id, or the refusal.
    Result<std::uint64_t> propose(const std::string& operatorName, const MoveRequest& request);
    std::string approveProposal(const std::string& operatorName, std::uint64_t id);
    std::string rejectProposal(const std::string& operatorName, std::uint64_t id, const std::string& why);
    //! Runs the agent now (an operator's demand); the agent also runs on its own clock when
    //! the policy enables it.
    std::string runAgent(const std::string& operatorName);
    std::string setAgentPolicy(const std::string& operatorName, const AgentPolicy& policy);
    //! What the state did on its own or as a consequence of a command (auto-approvals,
    //! executions, arrivals, failures, expiries), as audit details (JSON), since the last call.
    //! Not state: a journal records them as audit entries.
    std::vector<std::pair<std::string, std::string>> takeAgentNotes() { return std::exchange(m_agentNotes, {}); }

    // Stress (DESIGN §11): shocks applied to a fork of the live state (core/stress). None of
    // them is saved: a fork is thrown away after its run and never journaled.
    //! A route's claims become unbacked (Wormhole, Nomad): its vault is drained and it is frozen.
    void compromiseRoute(RouteIndex route);
    //! A route's latency multiplied: what is bridged over it takes that much longer to reach a venue.
    void scaleRouteLatency(RouteIndex route, double multiplier);
    //! An asset's volatility multiplied: in the margin's estimate (haircuts widen at once) and,
    //! with `market`, in the simulated market's moves too.
    void scaleVolatility(AssetIndex asset, double multiplier, bool market = true);
    //! The simulated market's moves of an asset scaled alone (0: its price stands still).
    void scaleMarketMoves(AssetIndex asset, double multiplier) { m_walk.scaleVolatility(asset, multiplier); }
    //! One oracle source of an asset reports off the market by a fraction from now on.
    void biasOracleSource(AssetIndex asset, const std::string& source, double relative);
    //! Halts a chain now; it resumes after `duration_ms`.
    void haltChainFor(ChainIndex chain, std::int64_t duration_ms);
    //! The agent stops proposing (a stress measures the book, not the desk's response).
    void disableAgent() { m_agent.policy.enabled = false; }
    //! The simulated market's generator restarted: one Monte Carlo path per seed.
    void reseedMarket(std::uint64_t seed) { m_walk.reseed(seed); }
    //! The value of `amount` of a route's claims the vault can redeem (its backing ratio, at most
    //! one); the whole amount for native collateral (kNoRoute).
    double realizableFraction(RouteIndex route) const;

    Snapshot snapshot() const;
    ProposalRow proposalRow(const Proposal& proposal) const;
    //! The report document of `clearmesh-cli report` on the live state, with the clock, the
    //! step count and the state hash, as `clearmesh-cli run` prints it at the end.
    std::string runReport() const;
    //! The account's holdings with haircut components, debts and positions; null if unknown.
    AccountDetailPtr accountDetail(const std::string& id) const;
    //! SHA-256 over the canonical encoding of the whole state (saveState) and every account's
    //! margin: two states with the same hash behave the same from here on.
    std::string stateHash() const;
    //! Everything a later step depends on, canonically encoded: the clock, prices, the
    //! simulator's generator, oracle sources, chains, replay and every account (a journal
    //! snapshot). Margin is derived and recomputed on load.
    std::string saveState() const;
    //! Restores a saveState() of a state built from the same world, seed and step; on an error
    //! naming what did not decode, this state is unusable and must be discarded.
    Result<bool> loadState(std::string_view bytes);

    const World& world() const { return m_world; }
    const MarketState& market() const { return m_market; }
    const OracleBook& oracles() const { return m_oracles; }
    const ChainSimulator& chains() const { return m_chainSim; }
    //! Every account's exact margin, computed now (on two threads for a large book). Exact
    //! margins are not kept per account (176 bytes each): a reader computes what it reads.
    std::vector<AccountMetrics> metrics() const
    {
        flushRemargin();
        std::vector<std::uint32_t> all(m_world.accounts.size());
        for (std::uint32_t i = 0; i < all.size(); ++i)
            all[i] = i;
        return exactBatch(all);
    }
    //! One account's exact margin, current.
    AccountMetrics accountMetrics(std::uint32_t account) const
    {
        flushRemargin();
        return exactMetrics(account, true);
    }
    //! The book's screen: every account's health at memory speed (core/risk/risk_screen.h).
    const RiskScreen& screen() const
    {
        flushRemargin();
        return m_screen;
    }
    //! Accounts the screen could not clear of liquidation at the last re-margin (their exact
    //! margin decides), ascending; what the liquidation scan looks at besides its open items.
    std::vector<std::uint32_t> liquidationCandidates() const;
    //! Re-margins, once each, the accounts exposed to assets whose price changed since the
    //! last flush. Feed prices only mark their asset: a burst of lines costs one re-margin.
    void flushRemargin() const;
    //! How many accounts' margin uses the asset's price (the screen's list of its items).
    std::size_t exposedCount(AssetIndex asset) const { return m_screen.exposedAccounts(asset); }
    std::uint64_t steps() const { return m_steps; }
    std::uint64_t structureVersion() const { return m_structureVersion; }
    std::int64_t simTimeMs() const { return m_simTimeMs; }

private:
    //! Re-margins what the asset's moved inputs touch, now.
    void remarginAsset(AssetIndex asset);
    //! Decides one account on the screen's current figures: one surely under health 1 is a
    //! liquidation candidate; where the screen is not sure, the exact margin decides now.
    void screenAccount(std::uint32_t account, bool flushed) const;
    //! After the ledger changed an account: re-encoded and re-margined exactly, at once.
    void accountChanged(std::uint32_t account);
    //! The account's exact margin, computed now; its free collateral is kept for the pre-trade
    //! check. `flushed`: the screen's factors are current (a flush just ran), so its haircuts serve.
    AccountMetrics exactMetrics(std::uint32_t account, bool flushed = false) const
    {
        thread_local std::vector<double> cuts;
        const bool cached = flushed && m_screen.holdingCuts(account, cuts)
                            && cuts.size() == m_world.accounts[account].holdings().size();
        AccountMetrics m = m_calc.compute(m_world.accounts[account], cached ? cuts.data() : nullptr);
        if (flushed) {
            m_free[account] = m.free_collateral_e8();
            m_screen.clearMoved(account);
        }
        return m;
    }
    //! The account's exact free collateral (AC + U − IMR), current after a flush: kept from its
    //! last exact margin until the screen moves the account.
    Int128 freeCollateral(std::uint32_t account) const
    {
        return m_screen.moved(account) ? exactMetrics(account, true).free_collateral_e8() : m_free[account];
    }
    //! The exact margin of each account named, after a flush, in order, their memory fetched
    //! ahead; from kParallelExactBatch accounts on, on two threads.
    static constexpr std::size_t kParallelExactBatch = 1024;
    std::vector<AccountMetrics> exactBatch(const std::vector<std::uint32_t>& accounts) const;
    //! Liquidatable now: by the screen where it is sure, else by the exact margin.
    bool liquidatableNow(std::uint32_t account) const; // after a flush
    //! Marks the assets whose margin inputs moved since the last flush (volatility, divergence past
    //! the warning, staleness, route backing, latency, trust and freezes; a chain's finality: all).
    void markMovedInputs() const;
    //! Copies an asset's aggregate, divergence, staleness and volatility into the market
    //! state; true when its price moved.
    bool absorbOracle(AssetIndex asset);
    void absorbChains();
    void applyReplay();
    std::uint32_t accountFor(const std::string& id);
    //! The interop layer's ledger: moves a holding (false when a debit finds too little).
    bool adjustHolding(const std::string& id, ChainIndex chain, AssetIndex asset, RouteIndex route, Int128 delta);
    bool adjustDebt(const std::string& id, ChainIndex chain, AssetIndex asset, Int128 delta);
    bool setPositionSize(const std::string& id, std::size_t index, Int128 size);
    std::string liquidationBlocker(const Account& account) const;
    std::vector<std::uint64_t> chainHeights() const;
    //! After something that moves haircuts of many accounts (a frozen route): re-margin on the next read.
    void markAllDirty();
    // The agent (clearing_state_agent.cpp).
    const Account* findAccount(const std::string& id) const;
    std::string refuseRole(const std::string& operatorName, Action action) const;
    //! Plans moving `amount` of a holding along a route; nullopt when the route cannot carry it.
    std::optional<Proposal> planOn(const Account& account, const AccountMetrics& m, RouteIndex route, bool back,
                                   Int128 amount, std::string& why) const;
    //! Why a route cannot carry `usd` now (frozen, halted, governor, rate limit), empty when it can.
    std::string routeBlocker(RouteIndex route, bool back, Int128 usd) const;
    //! The cheapest route that locks `asset` on `from` and mints it on `to`, or kNoRoute.
    RouteIndex forwardRoute(AssetIndex asset, ChainIndex from, ChainIndex to) const;
    //! Routes that move `asset` from one chain to another in one hop, cheapest first.
    std::vector<std::pair<RouteIndex, bool>> routesBetween(AssetIndex asset, ChainIndex from, ChainIndex to) const;
    std::uint64_t openProposal(Proposal p);
    void executeProposal(Proposal& p, const std::string& by);
    void trackProposals();
    void agentRun();
    void agentNote(const Proposal& p, const std::string& action, const std::string& by, const std::string& detail = {});
    void pruneProposals();

    World m_world;
    MarketState m_market;
    MarginCalculator m_calc;
    mutable RiskScreen m_screen;
    MarketSimulator m_walk;
    OracleBook m_oracles;
    ChainSimulator m_chainSim;
    Interop m_interop;
    LiquidationEngine m_liq;
    std::int64_t m_nextScanMs = 0;
    std::vector<EwmaVolatility> m_ewma;
    std::vector<Int128> m_truePrice;                   //!< what the simulated market trades at
    std::vector<bool> m_fedExternally;                 //!< a feed prices it: the simulation stands aside
    std::size_t m_nextScheduled = 0;                   //!< first event of world.schedule not yet applied
    ReplayScenarioPtr m_replay;
    std::int64_t m_replayStartMs = 0;
    std::vector<std::pair<AssetIndex, std::size_t>> m_replayAssets; //!< world asset, series index
    std::vector<Int128> m_replayBase;                  //!< per world asset: its price when the replay began
    std::int64_t m_stepMs;
    std::int64_t m_simTimeMs;
    std::uint64_t m_steps = 0;
    // Margin is derived state, brought up to date lazily (flushRemargin) from const readers.
    mutable std::vector<Int128> m_free; //!< per account: free collateral at its last exact margin (see freeCollateral)
    mutable std::vector<bool> m_dirtyAsset;
    mutable bool m_anyDirty = false;
    mutable bool m_allDirty = false;
    mutable std::vector<std::uint32_t> m_candidates; //!< accounts the screen could not clear (may repeat)
    mutable std::vector<std::uint8_t> m_isCandidate;
    //! The margin inputs as the last flush saw them (markMovedInputs).
    mutable MarketState m_seenInputs;
    mutable std::vector<RouteIndex> m_forward; //!< (asset, from, to) -> forwardRoute, built on first use
    AccountIndex m_accountIds {m_world.accounts};
    std::uint64_t m_structureVersion = 1;
    AgentBook m_agent;
    std::vector<std::uint64_t> m_openProposals; //!< derived: ids of open proposals (rebuilt on load)
    std::vector<std::pair<std::string, std::string>> m_agentNotes; //!< not state: (action, details) not yet journaled
    // A stress fork's own shocks (not state, see compromiseRoute).
    std::vector<std::vector<double>> m_sourceBias;                 //!< asset -> source -> relative error
    std::vector<std::pair<std::int64_t, ChainIndex>> m_resumeAt;   //!< halted chains and when they resume
};

} // namespace cm
