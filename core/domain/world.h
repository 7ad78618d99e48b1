// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/int128.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <string_view>
#include <utility>
#include <vector>

namespace cm {

enum class ChainStatus { Invalid = 0, Live, Degraded, Halted };
enum class Profile { Invalid = 0, Clearmesh, AaveV3 };
enum class AccountRole { Invalid = 0, Viewer, Trader, Treasury, RiskOfficer, Admin };

const char* toString(ChainStatus s);
const char* toString(Profile p);
const char* toString(AccountRole r);
//! "live", "degraded" or "halted"; Invalid for anything else.
ChainStatus parseChainStatus(std::string_view text);

using ChainIndex = std::uint32_t;
using AssetIndex = std::uint32_t;
using RouteIndex = std::uint32_t;
inline constexpr std::uint32_t kNoRoute = 0xffffffffu;

struct Chain {
    std::string id;
    std::string name;
    std::int64_t block_time_ms = 0;
    std::int64_t finality_ms = 0;
    ChainStatus status = ChainStatus::Live;
};

struct OracleSourceSpec {
    std::string name;
    ChainIndex chain = 0;
};

struct Asset {
    std::string symbol;
    int decimals = 0;
    ChainIndex home_chain = 0;
    Int128 price_e8 = 0;       //!< USD with 8 decimals
    double volatility = 0.0;   //!< annualized, seeds the EWMA
    bool stable = false;       //!< excluded from the uniform fall of §5's distance to liquidation
    int ltv_bps = 0;
    int liquidation_threshold_bps = 0;
    int liquidation_bonus_bps = 0;        //!< including 100 %, as Aave stores it
    int liquidation_protocol_fee_bps = 0;
    int haircut_floor_bps = 0;            //!< default 10000 - liquidation_threshold_bps
    std::int64_t liquidation_horizon_s = 3600;
    int mmr_floor_bps = 120;
    std::vector<OracleSourceSpec> oracle_sources; //!< empty: one source, "world", on the home chain
};

struct Route {
    std::string id;
    ChainIndex from = 0;
    ChainIndex to = 0;
    AssetIndex asset = 0;
    int validators = 0;
    int threshold = 0;
    std::int64_t latency_ms = 0;    //!< p99 of lock-to-mint
    Int128 daily_limit_usd_e8 = 0;
    Int128 big_tx_usd_e8 = 0;
    int trust_addon_bps = 0;
    int fee_bps = 0;
    Int128 locked = 0;              //!< base units held in the source vault
    std::vector<std::string> operators; //!< who runs each validator key; empty: each its own
    Int128 rate_capacity_usd_e8 = 0;    //!< token bucket per direction (CCIP)
    Int128 rate_refill_usd_e8_per_s = 0;
    //! The most this route's claims count towards any one account's adjusted collateral (Aave's
    //! isolation-mode ceiling, DESIGN §11); 0: no cap.
    Int128 isolation_cap_usd_e8 = 0;
};

// The ledger's records are kept by the million (docs/performance.md): chain, asset and venue are
// stored in 16 bits (a world has at most 64 chains and 65,535 assets; the loader says so) and
// amounts as PackedInt128, so a holding is 24 bytes, a debt 24 and a position 40.
using VenueIndex = std::uint32_t;
inline constexpr std::size_t kMaxAssets = 65535; //!< and venues: the ledger stores them in 16 bits

struct Holding {
    Holding() = default;
    Holding(ChainIndex c, AssetIndex a, RouteIndex r, Int128 units)
        : chain(static_cast<std::uint16_t>(c)), asset(static_cast<std::uint16_t>(a)), route(r), amount(units) {}
    std::uint16_t chain = 0;        //!< a ChainIndex
    std::uint16_t asset = 0;        //!< an AssetIndex
    RouteIndex route = kNoRoute;    //!< kNoRoute: native on its home chain
    PackedInt128 amount = 0;
};

struct Debt {
    Debt() = default;
    Debt(ChainIndex c, AssetIndex a, Int128 units) : chain(static_cast<std::uint16_t>(c)), asset(static_cast<std::uint16_t>(a)), amount(units) {}
    std::uint16_t chain = 0;
    std::uint16_t asset = 0;
    PackedInt128 amount = 0;
};

struct Position {
    Position() = default;
    Position(VenueIndex v, ChainIndex c, AssetIndex m, Int128 units, Int128 entry_e8)
        : venue(static_cast<std::uint16_t>(v)), chain(static_cast<std::uint16_t>(c)), market(static_cast<std::uint16_t>(m)),
          size(units), entry_price_e8(entry_e8) {}
    std::uint16_t venue = 0;        //!< index in World::venues
    std::uint16_t chain = 0;
    std::uint16_t market = 0;       //!< the asset whose price marks the position
    PackedInt128 size = 0;          //!< signed, in the market asset's base units
    PackedInt128 entry_price_e8 = 0;
};
static_assert(sizeof(Holding) == 24 && sizeof(Debt) == 24 && sizeof(Position) == 40);

//! An Aave v3 efficiency-mode category: better LTV, threshold and bonus for correlated assets.
struct EModeCategory {
    int id = 0;
    std::string label;
    int ltv_bps = 0;
    int liquidation_threshold_bps = 0;
    int liquidation_bonus_bps = 0;
    std::vector<AssetIndex> assets; //!< collateral that gets the category's parameters
    bool covers(AssetIndex asset) const;
};

class Account;

//! An account's holdings, debts or positions, in place: what std::vector offers that the ledger
//! uses (iteration, indexing, push_back, insert, erase, resize). Pointers and iterators into it
//! are invalidated by any change of the account's lists, as a vector's by a reallocation.
template <class T>
class ItemList {
public:
    using value_type = T;
    using iterator = T*;
    using const_iterator = const T*;

    T* begin() const;
    T* end() const { return begin() + size(); }
    T* data() const { return begin(); }
    std::size_t size() const;
    bool empty() const { return size() == 0; }
    T& operator[](std::size_t i) const { return begin()[i]; }
    T& back() const { return end()[-1]; }
    void push_back(const T& item) { insert(end(), item); }
    T* insert(const T* at, const T& item);
    T* erase(const T* at) { return erase(at, at + 1); }
    T* erase(const T* first, const T* last);
    void resize(std::size_t n);
    //! Replaces the list with [first, last): one allocation, where push_back would grow it n times.
    void assign(const T* first, const T* last)
    {
        resize(static_cast<std::size_t>(last - first));
        std::copy(first, last, begin());
    }
    operator std::span<const T>() const { return {begin(), size()}; }

private:
    friend class Account;
    explicit ItemList(Account* a) : m_account(a) {}
    Account* m_account;
};

//! An account of the ledger. Its holdings, debts and positions (and its owner, where that is
//! not its id) live in one allocation, sized to what it holds: an account of five holdings, a
//! debt and two perpetuals is 64 + 232 bytes (docs/performance.md), where three vectors and two
//! strings cost twice that. holdings() & co. read as spans and change as vectors do.
class Account {
public:
    std::string id;
    AccountRole role = AccountRole::Trader;
    int emode = 0;                  //!< e-mode category id, 0 for none

    Account() = default;
    Account(const Account& other);
    Account(Account&& other) noexcept;
    Account& operator=(const Account& other);
    Account& operator=(Account&& other) noexcept;
    ~Account();

    std::span<const Holding> holdings() const { return {section<Holding>(0), m_count[0]}; }
    std::span<const Debt> debts() const { return {section<Debt>(1), m_count[1]}; }
    std::span<const Position> positions() const { return {section<Position>(2), m_count[2]}; }
    ItemList<Holding> holdings() { return ItemList<Holding>(this); }
    ItemList<Debt> debts() { return ItemList<Debt>(this); }
    ItemList<Position> positions() { return ItemList<Position>(this); }

    //! Who owns the account: its id unless set otherwise.
    std::string_view owner() const;
    void setOwner(std::string_view owner);

private:
    template <class T>
    friend class ItemList;
    //! The most entries of a section: more than memory holds (the counts are 32-bit).
    static constexpr std::size_t kMaxItems = 0xffffffffu;
    // Sections of the block, in order: holdings, debts, positions, the owner's characters.
    static constexpr std::size_t kSize[4] = {sizeof(Holding), sizeof(Debt), sizeof(Position), 1};
    std::size_t offset(int section) const
    {
        std::size_t at = 0;
        for (int s = 0; s < section; ++s)
            at += kSize[s] * m_count[s];
        return at;
    }
    template <class T>
    T* section(int s) const { return reinterpret_cast<T*>(m_block + offset(s)); }
    //! Gives the section n entries, keeping the others and the first min(n, old) of its own;
    //! the new ones are zeroed (constructed, for the record types).
    void resize(int section, std::size_t n);
    //! Opens `n` entries at index `at` of the section (moving what follows up).
    void open(int section, std::size_t at, std::size_t n);
    void close(int section, std::size_t at, std::size_t n);

    unsigned char* m_block = nullptr;
    std::uint32_t m_count[4] = {0, 0, 0, 0};
};

template <class T>
constexpr int itemSection()
{
    if constexpr (std::is_same_v<T, Holding>)
        return 0;
    else if constexpr (std::is_same_v<T, Debt>)
        return 1;
    else
        return 2;
}

template <class T>
T* ItemList<T>::begin() const
{
    return m_account->template section<T>(itemSection<T>());
}

template <class T>
std::size_t ItemList<T>::size() const
{
    return m_account->m_count[itemSection<T>()];
}

template <class T>
T* ItemList<T>::insert(const T* at, const T& item)
{
    const std::size_t k = static_cast<std::size_t>(at - begin());
    const T copy = item; // it may be one of ours
    m_account->open(itemSection<T>(), k, 1);
    begin()[k] = copy;
    return begin() + k;
}

template <class T>
T* ItemList<T>::erase(const T* first, const T* last)
{
    const std::size_t k = static_cast<std::size_t>(first - begin());
    m_account->close(itemSection<T>(), k, static_cast<std::size_t>(last - first));
    return begin() + k;
}

template <class T>
void ItemList<T>::resize(std::size_t n)
{
    m_account->resize(itemSection<T>(), n);
}

struct JumpSpec {
    double per_year = 0.0;   //!< Poisson intensity
    double mean = 0.0;       //!< of the log jump
    double stdev = 0.0;
};

//! The simulated market (DESIGN §10): correlated GBM with jumps, calibrated from daily data,
//! and the imperfections of its oracles and relays. Without one, assets walk independently.
struct MarketModel {
    std::vector<std::vector<double>> correlation; //!< asset × asset, in world order; empty: none
    std::vector<JumpSpec> jumps;                  //!< per asset, in world order; empty: none
    double oracle_noise_bps = 0.0;                //!< each source's independent error
    double oracle_outages_per_day = 0.0;          //!< per source; half silent, half stuck
    double oracle_outage_minutes = 0.0;
    std::int64_t relay_jitter_ms = 0;             //!< mean of the exponential relay delay per route
};

//! A chain event at a simulated time after the start: a halt, a degradation or a recovery.
struct ScheduledChainEvent {
    std::int64_t after_s = 0;
    ChainIndex chain = 0;
    ChainStatus status = ChainStatus::Invalid;
};

//! The liquidation engine's settings (DESIGN §7); off unless a world turns it on.
struct LiquidationSettings {
    bool enabled = false;
    double target_health = 1.05;
    std::int64_t scan_interval_ms = 60000;
    std::vector<std::pair<AssetIndex, Int128>> insurance_fund; //!< initial balances
    //! What perpetual positions settle in (realized PnL, fees, the fund's payments); -1: USDC,
    //! else the first stable asset.
    int settlement_asset = -1;
    //! After an account's equity went negative, its withdrawals and outbound transfers wait this
    //! many blocks of its venue's chain (dYdX: 50, re-armed while the account stays negative).
    std::int64_t negative_equity_hold_blocks = 50;
};

//! A desk's liquidity buffer: the account should hold at least `min_amount` of the asset on the chain.
struct LiquidityBuffer {
    std::string account;
    ChainIndex chain = 0;
    AssetIndex asset = 0;
    Int128 min_amount = 0;
};

//! The approval policy and the agent's settings (DESIGN §8). Defaults are this project's
//! assumptions, stated in the README; a world's `agent` object and an admin may change them.
struct AgentPolicy {
    bool enabled = false;                    //!< the agent proposes on its own clock
    double warning_health = 1.25;
    double target_health = 1.35;             //!< what a rebalance aims for
    double min_gain = 0.001;                 //!< a rebalance that lifts health by less is not worth a transfer
    std::int64_t interval_ms = 300000;       //!< between the agent's runs
    Int128 auto_approve_usd_e8 = Int128 {50000} * 100000000;   //!< below it, on a healthy route, no approver
    Int128 big_tx_usd_e8 = Int128 {1000000} * 100000000;       //!< at or above it, two distinct approvers
    Int128 period_limit_usd_e8 = Int128 {25000000} * 100000000; //!< most that executes per period
    std::int64_t period_ms = 86400000;
    std::int64_t expiry_ms = 3600000;        //!< a pending proposal lapses after this
    int max_per_run = 50;                    //!< proposals one run may open
    std::vector<LiquidityBuffer> buffers;
};

//! A validated world: every index refers to an existing chain, asset or route.
struct World {
    int version = 1;
    std::string name;
    Profile profile = Profile::Clearmesh;
    std::uint64_t seed = 1;
    std::int64_t start_time_s = 0;  //!< unix time the simulation starts at
    std::vector<Chain> chains;
    std::vector<Asset> assets;
    std::vector<Route> routes;
    std::vector<EModeCategory> emode_categories;
    MarketModel market_model;
    std::vector<ScheduledChainEvent> schedule; //!< in time order
    LiquidationSettings liquidation;
    AgentPolicy agent;
    std::vector<Account> accounts;
    std::vector<std::string> venues; //!< the perpetual venues positions name (Position::venue)

    const EModeCategory* findEMode(int id) const;
    //! The venue's index, added when new; nullopt when it is new and the table is full
    //! (kMaxAssets + 1 venues: positions store the index in 16 bits).
    std::optional<VenueIndex> venueIndex(const std::string& venue);
    const std::string& venueName(VenueIndex v) const { return venues.at(v); }
    int findChain(const std::string& id) const;
    int findAsset(const std::string& symbol) const;
    int findRoute(const std::string& id) const;
};

} // namespace cm
