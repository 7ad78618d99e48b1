// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clearing/liquidation_math.h"
#include "core/common/bytes.h"
#include "core/domain/world.h"
#include "core/risk/margin.h"
#include "core/risk/market_state.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace cm {

enum class LiquidationState : std::uint8_t { Queued = 1, Assigned, InFlight, Settled, Failed, Cancelled, Blocked };
const char* toString(LiquidationState s);
//! Queued, assigned, in flight or blocked: not yet settled, failed or cancelled.
bool isOpen(LiquidationState s);

//! A simulated liquidation bot (DESIGN §7): how long it takes to act, how much debt it can
//! repay at once, and which items it prefers.
struct Keeper {
    enum class Strategy : std::uint8_t { LargestShortfall = 1, HomeChain };
    std::string name;
    std::int64_t latency_ms = 0;
    Int128 capital_usd_e8 = 0;
    Strategy strategy = Strategy::LargestShortfall;
    ChainIndex home_chain = 0;
    // Running state.
    std::int64_t busy_until_ms = 0;
    Int128 earned_usd_e8 = 0;          //!< bonus kept, at settle prices
    std::uint32_t liquidations = 0;
};

struct LiquidationConfig {
    double target_health = 1.05;
    std::int64_t scan_interval_ms = 60000;   //!< the whole book is re-checked this often
    LiquidationLimits limits;                //!< per account and interval (dYdX)
    std::int64_t limit_interval_ms = 60000;
};

//! One account's way through the queue.
struct LiquidationItem {
    std::uint64_t id = 0;
    std::string account;
    LiquidationState state = LiquidationState::Queued;
    std::string reason;
    Int128 shortfall_e8 = 0;           //!< MR − (AC + U) when it was last looked at
    double health = 0.0;
    ChainIndex chain = 0;              //!< where the debt it repays is owed
    int keeper = -1;
    std::int64_t created_ms = 0, updated_ms = 0, eta_ms = 0;
    bool approved = false;             //!< a risk officer let a blocked item go
    // What it did (once executed).
    AssetIndex debt_asset = 0;
    Int128 repaid_units = 0;
    Int128 repaid_e8 = 0;
    Int128 seized_e8 = 0;              //!< at the settle price
    Int128 fee_e8 = 0;                 //!< the protocol's share of the bonus, to the insurance fund
    Int128 bad_debt_e8 = 0;
    // Collateral seized on another chain travels: base units per (asset), valued on arrival.
    std::vector<std::pair<AssetIndex, Int128>> in_flight;
};

//! What the insurance fund held after each change (USD e8 at the prices of the moment).
struct FundPoint {
    std::int64_t time_ms = 0;
    Int128 usd_e8 = 0;
};

//! A loss nobody could pay: covered by the fund, or socialized.
struct BadDebtEntry {
    std::int64_t time_ms = 0;
    std::string account;
    AssetIndex asset = 0;
    Int128 units = 0;
    Int128 fund_units = 0;             //!< of it, paid by the insurance fund
    Int128 socialized_units = 0;       //!< of it, written off against everyone
};

//! The liquidation engine of DESIGN §7 for one world: a queue of accounts below health 1,
//! most underwater first; keepers that take items after their latency and repay just enough
//! debt to bring health to the target; collateral seized on the debt's chain first, then the
//! most haircut; collateral on another chain travels with the route's latency and is valued
//! when it arrives; the protocol's share of the bonus goes to the insurance fund, which pays
//! bad debt; what it cannot pay is socialized and recorded.
//!
//! Balances are conserved per asset: the accounts' holdings minus their debts, the keepers'
//! and the fund's balances, what is in flight, minus what was socialized, never change.
class LiquidationEngine {
public:
    //! Reads and moves an account through its clearing state.
    struct Book {
        std::function<const Account*(const std::string& id)> account;
        std::function<AccountMetrics(const Account& account)> metrics;
        std::function<double(const Holding& holding, const Account& account)> haircut;
        //! Moves a holding (delta < 0 debits) or a debt (of an account); false if too little.
        std::function<bool(const std::string& id, ChainIndex chain, AssetIndex asset, RouteIndex route, Int128 delta)> holding;
        std::function<bool(const std::string& id, ChainIndex chain, AssetIndex asset, Int128 delta)> debt;
        //! True (with the reason) when the item needs a risk officer: a broken oracle, a frozen route.
        std::function<std::string(const Account& account)> blocker;
    };

    LiquidationEngine(const World& world, const MarketState& market, Book book, LiquidationConfig config = {},
                      std::vector<Keeper> keepers = defaultKeepers());
    static std::vector<Keeper> defaultKeepers();

    //! Re-checks every account (metrics are current): queues those below 1, cancels those that
    //! recovered, blocks what needs a decision.
    void scan(const std::vector<Account>& accounts, const std::vector<AccountMetrics>& metrics, std::int64_t now_ms);
    //! Assigns queued items to idle keepers, executes what is due, lands what arrives.
    void process(std::int64_t now_ms);

    std::string approve(std::uint64_t item, std::int64_t now_ms);
    std::string cancel(std::uint64_t item, std::int64_t now_ms, const std::string& why);

    const std::vector<LiquidationItem>& items() const { return m_items; }
    const std::vector<Keeper>& keepers() const { return m_keepers; }
    const std::vector<FundPoint>& fundHistory() const { return m_fundHistory; }
    const std::vector<BadDebtEntry>& badDebt() const { return m_badDebt; }
    Int128 fundUnits(AssetIndex a) const { return m_fund[a]; }
    Int128 fundUsdE8() const;
    //! Σ holdings − Σ debts + keepers + fund + in flight − socialized, per asset (the conserved sum).
    std::vector<Int128> conservedUnits(const std::vector<Account>& accounts) const;
    //! Seeds the insurance fund (a world's initial fund).
    void fund(AssetIndex asset, Int128 units, std::int64_t now_ms);

    void save(ByteWriter& out) const;
    void load(ByteReader& in);

private:
    bool active(const LiquidationItem& item) const;
    void execute(LiquidationItem& item, std::int64_t now_ms);
    void land(LiquidationItem& item, std::int64_t now_ms);
    void recordFund(std::int64_t now_ms);
    Int128 usd(AssetIndex a, Int128 units) const;
    Int128 unitsFor(AssetIndex a, Int128 usdE8) const;

    const World& m_world;
    const MarketState& m_market;
    Book m_book;
    LiquidationConfig m_config;
    std::vector<Keeper> m_keepers;
    std::vector<LiquidationItem> m_items;
    std::vector<Int128> m_fund;        //!< per asset
    std::vector<Int128> m_keeperUnits; //!< per asset, all keepers together (signed: they bring the debt asset)
    std::vector<Int128> m_socialized;  //!< per asset
    std::vector<FundPoint> m_fundHistory;
    std::vector<BadDebtEntry> m_badDebt;
    std::uint64_t m_nextItem = 1;
    std::size_t m_firstOpen = 0;   //!< items before it are settled, failed or cancelled
    std::int64_t m_nextDueMs = 0;  //!< derived: process() does nothing before then
    struct Used {
        std::int64_t interval_start_ms = 0;
        Int128 usd_e8 = 0;
    };
    std::map<std::string, Used> m_used; //!< per account: repaid in the current limit interval
};

} // namespace cm
