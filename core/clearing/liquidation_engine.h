// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clearing/liquidation_math.h"
#include "core/common/bytes.h"
#include "core/domain/world.h"
#include "core/risk/margin.h"
#include "core/risk/market_state.h"

#include <cstdint>
#include <deque>
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
    std::int64_t negative_equity_hold_blocks = 50; //!< dYdX
    //! dYdX v4's largest liquidation fee (1.5 % of the notional closed); a position's penalty is
    //! this or its market's Aave bonus, whichever is smaller.
    double max_position_penalty = 0.015;
};

//! Collateral seized on another chain, on its way to the debt's chain through the interop
//! layer (a transfer in the account's name), valued when it arrives.
struct SeizureInFlight {
    AssetIndex asset = 0;
    Int128 units = 0;
    std::uint64_t transfer = 0;        //!< the interop transfer carrying it
    ChainIndex to = 0;                 //!< where it arrives
    RouteIndex arrives_as = kNoRoute;  //!< the holding it becomes there (a claim's route, or native)
    bool stuck = false;                //!< the bridge refused it: locked or burned, not delivered
    std::int64_t eta_ms = 0;           //!< expected: the source's finality and the route's latency
};

//! One account's way through the queue.
inline constexpr std::uint32_t kNoAccount = 0xffffffffu;

struct LiquidationItem {
    enum class Kind : std::uint8_t { Debt = 1, Position };
    std::uint64_t id = 0;
    std::string account;
    std::uint32_t account_index = kNoAccount; //!< derived: its place in the book
    LiquidationState state = LiquidationState::Queued;
    Kind kind = Kind::Debt;            //!< what the keeper closes: a debt, or a perpetual position
    std::string reason;
    Int128 shortfall_e8 = 0;           //!< MR − (AC + U) when it was last looked at
    double health = 0.0;
    ChainIndex chain = 0;              //!< where the debt it repays is owed (the venue's chain for a position)
    int keeper = -1;
    std::int64_t created_ms = 0, updated_ms = 0, eta_ms = 0;
    bool approved = false;             //!< a risk officer let a blocked item go
    // What it did (once executed).
    AssetIndex debt_asset = 0;         //!< the debt repaid, or the position's market
    Int128 repaid_units = 0;           //!< debt units repaid, or position units closed
    Int128 repaid_e8 = 0;              //!< debt repaid, or notional closed
    Int128 seized_e8 = 0;              //!< at the settle price (a position's penalty to the keeper)
    Int128 fee_e8 = 0;                 //!< the protocol's share of the bonus, to the insurance fund
    Int128 bad_debt_e8 = 0;
    Int128 deleveraged_e8 = 0;         //!< of the bad debt, taken by deleveraging opposite positions
    std::vector<SeizureInFlight> in_flight;
};

//! A change of an item's state, for the desk's record (the snapshot carries the latest).
struct LiquidationTransition {
    std::int64_t time_ms = 0;
    std::uint64_t item = 0;
    LiquidationState from = LiquidationState::Queued, to = LiquidationState::Queued;
    std::string reason;
};

//! What the insurance fund held after each change (USD e8 at the prices of the moment).
struct FundPoint {
    std::int64_t time_ms = 0;
    Int128 usd_e8 = 0;
};

//! A loss nobody could pay: covered by the fund, taken by deleveraging, or socialized.
struct BadDebtEntry {
    std::int64_t time_ms = 0;
    std::string account;
    AssetIndex asset = 0;
    Int128 units = 0;
    Int128 fund_units = 0;             //!< of it, paid by the insurance fund
    Int128 socialized_units = 0;       //!< of it, written off against everyone
    Int128 deleveraged_units = 0;      //!< of it, borne by the opposite positions closed (ADL)
};

//! One account's position closed against a bankrupt one at its bankruptcy price (dYdX's
//! auto-deleveraging), pro rata to the opposite positions of the market.
struct DeleverageEntry {
    std::int64_t time_ms = 0;
    std::string account;               //!< whose position was closed
    std::string bankrupt;              //!< the account whose loss it took
    AssetIndex market = 0;
    Int128 size = 0;                   //!< signed units closed from the account's position
    Int128 price_e8 = 0;               //!< the bankruptcy price
    Int128 loss_e8 = 0;                //!< against closing at the mark
};

//! Withdrawals and outbound transfers of an account wait after its equity went negative.
struct WithdrawalHold {
    std::int64_t until_ms = 0;
    ChainIndex chain = 0;
    std::int64_t blocks = 0;
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
        //! Moves a holding (delta < 0 debits) or a debt (delta > 0 owes more, creating it); false if too little.
        std::function<bool(const std::string& id, ChainIndex chain, AssetIndex asset, RouteIndex route, Int128 delta)> holding;
        std::function<bool(const std::string& id, ChainIndex chain, AssetIndex asset, Int128 delta)> debt;
        //! Sets the size of the account's position number `index` (0 removes it).
        std::function<bool(const std::string& id, std::size_t index, Int128 size)> position;
        std::function<const std::vector<Account>&()> accounts;
        std::function<double(AssetIndex market)> maintenanceRate;
        //! Starts an interop transfer in the account's name: the transfer's id, or 0 and why not.
        std::function<std::pair<std::uint64_t, std::string>(const std::string& id, RouteIndex route, bool back, Int128 units)> transfer;
        //! A transfer's progress: 0 on its way, 1 delivered, -1 refused or dropped (with why).
        std::function<int(std::uint64_t transfer, std::string& why)> transferState;
        //! True (with the reason) when the item needs a risk officer: a broken oracle, a frozen route.
        std::function<std::string(const Account& account)> blocker;
    };

    LiquidationEngine(const World& world, const MarketState& market, Book book, LiquidationConfig config = {},
                      std::vector<Keeper> keepers = defaultKeepers());
    static std::vector<Keeper> defaultKeepers();

    //! Re-checks the accounts named (ascending; `metrics[k]` the current exact margin of
    //! `candidates[k]`): queues those below 1,
    //! cancels those that recovered, blocks what needs a decision. The candidates must include
    //! every account with a queued or blocked item (watched()) and every liquidatable one: what a
    //! check of the whole book would do, at the cost of the candidates.
    void scan(const std::vector<Account>& accounts, const std::vector<AccountMetrics>& metrics,
              const std::vector<std::uint32_t>& candidates, std::int64_t now_ms);
    //! Accounts whose open item a scan re-checks (queued or blocked), by account index.
    std::vector<std::uint32_t> watched(const std::vector<Account>& accounts);
    //! The account has an item not yet settled, failed or cancelled (after watched() or a scan).
    bool hasOpenItem(std::uint32_t account) const { return account < m_openOf.size() && m_openOf[account] >= 0; }
    //! Assigns queued items to idle keepers, executes what is due, lands what arrives.
    void process(std::int64_t now_ms);

    std::string approve(std::uint64_t item, std::int64_t now_ms);
    std::string cancel(std::uint64_t item, std::int64_t now_ms, const std::string& why);

    //! A deque: a growing queue of a million items is never copied whole.
    const std::deque<LiquidationItem>& items() const { return m_items; }
    const std::vector<Keeper>& keepers() const { return m_keepers; }
    const std::vector<FundPoint>& fundHistory() const { return m_fundHistory; }
    const std::vector<BadDebtEntry>& badDebt() const { return m_badDebt; }
    Int128 fundUnits(AssetIndex a) const { return m_fund[a]; }
    Int128 fundUsdE8() const;
    //! Σ holdings − Σ debts + keepers + fund + in flight − socialized − PnL the venues paid out,
    //! per asset: no liquidation changes it.
    std::vector<Int128> conservedUnits(const std::vector<Account>& accounts) const;
    //! Σ position sizes of the accounts and the keepers, per market: no liquidation changes it.
    std::vector<Int128> conservedSizes(const std::vector<Account>& accounts) const;
    const std::vector<DeleverageEntry>& deleveraged() const { return m_deleveraged; }
    const std::vector<LiquidationTransition>& transitions() const { return m_transitions; }
    std::uint64_t transitionCount() const { return m_transitionCount; }
    //! Debt repaid and position notional closed since the start (USD e8 when it happened).
    Int128 liquidatedUsdE8() const { return m_liquidatedE8; }
    //! Why the account may not withdraw or send collateral now (empty: it may).
    std::string withdrawalHold(const std::string& account, std::int64_t now_ms) const;
    const std::map<std::string, WithdrawalHold>& holds() const { return m_holds; }
    AssetIndex settlementAsset() const { return m_settle; }
    //! Seeds the insurance fund (a world's initial fund).
    void fund(AssetIndex asset, Int128 units, std::int64_t now_ms);

    //! What the engine did since it was built or loaded: executions, volume, bad debt, and per
    //! account (liquidated, bad debt), USD e8. Not state: a stress fork's tally of its run.
    struct Tally {
        std::uint64_t executions = 0;
        Int128 liquidated_e8 = 0;
        Int128 bad_debt_e8 = 0;
        std::map<std::string, std::pair<Int128, Int128>> by_account;
    };
    const Tally& tally() const { return m_tally; }

    void save(ByteWriter& out) const;
    void load(ByteReader& in);

private:
    void tally(const std::string& account, Int128 liquidatedE8, Int128 badDebtE8, bool execution);
    bool active(const LiquidationItem& item) const;
    void prepareScan(const std::vector<Account>& accounts);
    void scanAccount(const std::vector<Account>& accounts, const AccountMetrics& m, std::size_t i, std::int64_t now_ms);
    void reindex(const std::vector<Account>* accounts);
    void prune();
    void setState(LiquidationItem& item, LiquidationState to, std::string reason, std::int64_t now_ms);
    void execute(LiquidationItem& item, std::int64_t now_ms);
    void executeDebt(LiquidationItem& item, const Account& account, const AccountMetrics& m, Keeper& keeper, std::int64_t now_ms);
    void executeAave(LiquidationItem& item, const Account& account, const AccountMetrics& m, Keeper& keeper, std::int64_t now_ms);
    struct Seizable {
        Holding holding;
        double haircut = 0.0;
    };
    const Debt& largestDebt(const Account& account) const;
    std::size_t largestPosition(const Account& account) const;
    static bool closesPosition(const Account& account, const AccountMetrics& m);
    static double bonusOf(const Asset& a) { return a.liquidation_bonus_bps > 0 ? a.liquidation_bonus_bps / 10000.0 : 1.0; }
    static Int128 magnitude(Int128 v) { return v < 0 ? -v : v; }
    //! The account's collateral in the order it is seized: the debt's chain first, then the most haircut.
    std::vector<Seizable> seizureOrder(const Account& account, ChainIndex debtChain) const;
    //! A position's PnL on `units` of it closed at a price (USD e8).
    Int128 realizedE8(const Position& position, Int128 units, Int128 priceE8) const;
    //! Closes `units` of the account's position at a price: the venue pays the PnL in the
    //! settlement asset (a loss is charged). Returns the PnL.
    Int128 realize(const std::string& account, const Position& position, Int128 units, Int128 priceE8);
    void executePosition(LiquidationItem& item, const Account& account, const AccountMetrics& m, Keeper& keeper, std::int64_t now_ms);
    //! Closes a bankrupt account's position: the fund pays the deficit, then opposite positions are
    //! deleveraged at the bankruptcy price, then what is left is socialized.
    void bankrupt(LiquidationItem& item, const Account& account, std::size_t position, Int128 deficitE8, std::int64_t now_ms);
    //! Takes `units` of a holding from the account for the keeper: at once on the debt's chain,
    //! through the interop layer from elsewhere. Returns the value seized now (USD e8).
    Int128 seize(LiquidationItem& item, const Holding& holding, Int128 units, ChainIndex debtChain, std::int64_t now_ms);
    //! Pays (units > 0) or charges (< 0) the account in the settlement asset on a chain: a charge
    //! takes its settlement holdings, then becomes a debt.
    void payAccount(const std::string& account, ChainIndex chain, Int128 units);
    //! Writes off what an account without collateral still owes: the fund pays, the rest is socialized.
    void writeOff(LiquidationItem& item, const Account& account, std::int64_t now_ms);
    void hold(const std::string& account, ChainIndex chain, std::int64_t now_ms);
    void land(LiquidationItem& item, std::int64_t now_ms);
    bool allLanded(const LiquidationItem& item) const;
    std::pair<ChainIndex, RouteIndex> settlementHolding(ChainIndex chain) const;
    //! Limits for this account's interval (dYdX); resets the interval when it is over.
    Int128 allowance(const std::string& account, Int128 wantedE8, Int128 positionE8, double maxShare, std::int64_t now_ms);
    void recordFund(std::int64_t now_ms);
    Int128 usd(AssetIndex a, Int128 units) const;
    Int128 unitsFor(AssetIndex a, Int128 usdE8) const;

    const World& m_world;
    const MarketState& m_market;
    Book m_book;
    LiquidationConfig m_config;
    std::vector<Keeper> m_keepers;
    std::deque<LiquidationItem> m_items;
    std::vector<Int128> m_fund;        //!< per asset
    std::vector<Int128> m_keeperUnits; //!< per asset, all keepers together (signed: they bring the debt asset)
    std::vector<Int128> m_socialized;  //!< per asset
    std::vector<Int128> m_venuePaid;   //!< per asset: realized PnL the venues paid out (signed)
    std::vector<Int128> m_keeperSizes; //!< per market: positions the keepers took over
    std::vector<DeleverageEntry> m_deleveraged;
    std::vector<LiquidationTransition> m_transitions; //!< the latest kTransitionsKept
    std::uint64_t m_transitionCount = 0;
    Int128 m_liquidatedE8 = 0;         //!< debt repaid and position notional closed, ever
    std::map<std::string, WithdrawalHold> m_holds;
    AssetIndex m_settle = 0;
    std::vector<FundPoint> m_fundHistory;
    std::vector<BadDebtEntry> m_badDebt;
    Tally m_tally;
    std::uint64_t m_nextItem = 1;
    // Derived, rebuilt after a load: the open items (closed ones drop out lazily) and, per
    // account index, its open item or -1.
    std::vector<std::size_t> m_open;
    std::vector<std::int64_t> m_openOf;
    bool m_openStale = false, m_openOfStale = false;
    std::int64_t m_nextDueMs = 0;  //!< derived: process() does nothing before then
    struct Used {
        std::int64_t interval_start_ms = 0;
        Int128 usd_e8 = 0;
    };
    std::map<std::string, Used> m_used; //!< per account: repaid in the current limit interval
};

} // namespace cm
