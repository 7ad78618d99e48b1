// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clearing/liquidation_engine.h"

#include "core/money/money_math.h"
#include "core/risk/aave/aave_profile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace cm {
namespace {

constexpr Int128 kUsd = 100000000;
constexpr std::size_t kTransitionsKept = 5000;
constexpr std::size_t kClosedKept = 5000;

double bonusOf(const Asset& a) { return a.liquidation_bonus_bps > 0 ? a.liquidation_bonus_bps / 10000.0 : 1.0; }
Int128 magnitude(Int128 v) { return v < 0 ? -v : v; }

} // namespace

const char* toString(LiquidationState s)
{
    switch (s) {
    case LiquidationState::Queued: return "queued";
    case LiquidationState::Assigned: return "assigned";
    case LiquidationState::InFlight: return "in_flight";
    case LiquidationState::Settled: return "settled";
    case LiquidationState::Failed: return "failed";
    case LiquidationState::Cancelled: return "cancelled";
    case LiquidationState::Blocked: return "blocked";
    }
    return "unknown";
}

bool isOpen(LiquidationState s)
{
    return s == LiquidationState::Queued || s == LiquidationState::Assigned || s == LiquidationState::InFlight
           || s == LiquidationState::Blocked;
}

std::vector<Keeper> LiquidationEngine::defaultKeepers()
{
    // Not in the data, so stated as assumptions: three bots, one fast and small, one slow and
    // deep, one that watches its home chain first.
    std::vector<Keeper> k(3);
    k[0] = {"keeper-fast", 2000, 2000000 * kUsd, Keeper::Strategy::LargestShortfall, 0, 0, 0, 0};
    k[1] = {"keeper-deep", 12000, 20000000 * kUsd, Keeper::Strategy::LargestShortfall, 0, 0, 0, 0};
    k[2] = {"keeper-local", 4000, 5000000 * kUsd, Keeper::Strategy::HomeChain, 0, 0, 0, 0};
    return k;
}

LiquidationEngine::LiquidationEngine(const World& world, const MarketState& market, Book book, LiquidationConfig config,
                                     std::vector<Keeper> keepers)
    : m_world(world),
      m_market(market),
      m_book(std::move(book)),
      m_config(config),
      m_keepers(std::move(keepers)),
      m_fund(world.assets.size(), 0),
      m_keeperUnits(world.assets.size(), 0),
      m_socialized(world.assets.size(), 0),
      m_venuePaid(world.assets.size(), 0),
      m_keeperSizes(world.assets.size(), 0)
{
    if (world.liquidation.settlement_asset >= 0)
        m_settle = static_cast<AssetIndex>(world.liquidation.settlement_asset);
    else if (const int usdc = world.findAsset("USDC"); usdc >= 0)
        m_settle = static_cast<AssetIndex>(usdc);
    else
        for (AssetIndex a = 0; a < world.assets.size(); ++a)
            if (world.assets[a].stable) {
                m_settle = a;
                break;
            }
}

Int128 LiquidationEngine::usd(AssetIndex a, Int128 units) const
{
    return valueE8(units, m_world.assets[a].decimals, m_market.price_e8[a]);
}

Int128 LiquidationEngine::unitsFor(AssetIndex a, Int128 usdE8) const
{
    // units = usd / price, in base units; rounded down so that it is never worth more.
    const Int128 price = m_market.price_e8[a];
    if (price <= 0 || usdE8 <= 0)
        return 0;
    const double units = toDouble(usdE8) / toDouble(price) * std::pow(10.0, m_world.assets[a].decimals);
    Int128 u = static_cast<Int128>(std::floor(units));
    while (u > 0 && usd(a, u) > usdE8)
        --u;
    return u;
}

Int128 LiquidationEngine::fundUsdE8() const
{
    Int128 total = 0;
    for (AssetIndex a = 0; a < m_fund.size(); ++a)
        total += usd(a, m_fund[a]);
    return total;
}

void LiquidationEngine::recordFund(std::int64_t now_ms) { m_fundHistory.push_back({now_ms, fundUsdE8()}); }

void LiquidationEngine::fund(AssetIndex asset, Int128 units, std::int64_t now_ms)
{
    m_fund[asset] += units;
    recordFund(now_ms);
}

bool LiquidationEngine::active(const LiquidationItem& i) const { return isOpen(i.state); }

std::vector<Int128> LiquidationEngine::conservedUnits(const std::vector<Account>& accounts) const
{
    std::vector<Int128> sum(m_world.assets.size(), 0);
    for (const Account& a : accounts) {
        for (const Holding& h : a.holdings())
            sum[h.asset] += h.amount;
        for (const Debt& d : a.debts())
            sum[d.asset] -= d.amount;
    }
    for (AssetIndex a = 0; a < sum.size(); ++a)
        sum[a] += m_keeperUnits[a] + m_fund[a] - m_socialized[a] - m_venuePaid[a];
    // In flight: what the bridge holds for a seizure — until it is delivered into the account
    // (where the holdings above count it), or forever when the bridge refused it.
    for (const LiquidationItem& i : m_items)
        for (const SeizureInFlight& f : i.in_flight) {
            std::string why;
            if (f.stuck || m_book.transferState(f.transfer, why) != 1)
                sum[f.asset] += f.units;
        }
    return sum;
}

std::vector<Int128> LiquidationEngine::conservedSizes(const std::vector<Account>& accounts) const
{
    std::vector<Int128> sum = m_keeperSizes;
    for (const Account& a : accounts)
        for (const Position& p : a.positions())
            sum[p.market] += p.size;
    return sum;
}

void LiquidationEngine::reindex(const std::vector<Account>* accounts)
{
    // Derived state: the open items, and the open item of each account (rebuilt after a load).
    m_open.clear();
    for (std::size_t k = 0; k < m_items.size(); ++k)
        if (active(m_items[k]))
            m_open.push_back(k);
    m_openStale = false;
    if (!accounts)
        return;
    std::unordered_map<std::string, std::uint32_t> index;
    index.reserve(accounts->size());
    for (std::uint32_t i = 0; i < accounts->size(); ++i)
        index.emplace((*accounts)[i].id, i);
    m_openOf.assign(accounts->size(), -1);
    for (LiquidationItem& item : m_items) {
        const auto it = index.find(item.account);
        item.account_index = it == index.end() ? kNoAccount : it->second;
    }
    for (std::size_t k : m_open)
        if (m_items[k].account_index != kNoAccount)
            m_openOf[m_items[k].account_index] = static_cast<std::int64_t>(k);
    m_openOfStale = false;
}

void LiquidationEngine::tally(const std::string& account, Int128 liquidatedE8, Int128 badDebtE8, bool execution)
{
    m_tally.executions += execution ? 1 : 0;
    m_tally.liquidated_e8 += liquidatedE8;
    m_tally.bad_debt_e8 += badDebtE8;
    auto& mine = m_tally.by_account[account];
    mine.first += liquidatedE8;
    mine.second += badDebtE8;
}

void LiquidationEngine::prune()
{
    // Closed items beyond the newest kClosedKept leave the state (the snapshot shows the latest
    // few hundred; the transitions keep their history).
    std::size_t closed = 0;
    for (const LiquidationItem& i : m_items)
        closed += active(i) ? 0 : 1;
    if (closed <= 2 * kClosedKept || closed * 2 < m_items.size())
        return; // amortized: a prune copies the items at most once per as many closings
    std::size_t drop = closed - kClosedKept;
    std::deque<LiquidationItem> kept;
    for (LiquidationItem& i : m_items) {
        if (drop > 0 && !active(i)) {
            --drop;
            continue;
        }
        kept.push_back(std::move(i));
    }
    m_items = std::move(kept);
    m_open.clear();
    std::fill(m_openOf.begin(), m_openOf.end(), -1);
    for (std::size_t k = 0; k < m_items.size(); ++k)
        if (active(m_items[k])) {
            m_open.push_back(k);
            if (m_items[k].account_index != kNoAccount)
                m_openOf[m_items[k].account_index] = static_cast<std::int64_t>(k);
        }
}

void LiquidationEngine::prepareScan(const std::vector<Account>& accounts)
{
    if (m_openStale || m_openOfStale)
        reindex(&accounts);
    if (m_openOf.size() < accounts.size())
        m_openOf.resize(accounts.size(), -1); // accounts a feed added since
}

void LiquidationEngine::scan(const std::vector<Account>& accounts, const std::vector<AccountMetrics>& metrics,
                             const std::vector<std::uint32_t>& candidates, std::int64_t now_ms)
{
    prepareScan(accounts);
    for (std::size_t k = 0; k < candidates.size(); ++k)
        scanAccount(accounts, metrics[k], candidates[k], now_ms);
    prune();
}

std::vector<std::uint32_t> LiquidationEngine::watched(const std::vector<Account>& accounts)
{
    prepareScan(accounts);
    std::vector<std::uint32_t> out;
    for (const std::size_t k : m_open) {
        const LiquidationItem& item = m_items[k];
        if ((item.state == LiquidationState::Queued || item.state == LiquidationState::Blocked) && item.account_index != kNoAccount)
            out.push_back(item.account_index);
    }
    return out;
}

void LiquidationEngine::scanAccount(const std::vector<Account>& accounts, const AccountMetrics& m, std::size_t i, std::int64_t now_ms)
{
    if (const std::int64_t open = m_openOf[i]; open >= 0) {
        LiquidationItem& item = m_items[static_cast<std::size_t>(open)];
        if ((item.state == LiquidationState::Queued || item.state == LiquidationState::Blocked) && !m.liquidatable) {
            setState(item, LiquidationState::Cancelled, "recovered: health " + std::to_string(m.health).substr(0, 5), now_ms);
        } else if (item.state == LiquidationState::Queued || item.state == LiquidationState::Blocked) {
            item.shortfall_e8 = m.requirement_e8 - (m.adjusted_e8 + m.upnl_e8);
            item.health = m.health;
        }
        return;
    }
    if (!m.liquidatable)
        return;
    const Account* account = &accounts[i];
    LiquidationItem item;
    item.id = m_nextItem++;
    item.account = account->id;
    item.account_index = static_cast<std::uint32_t>(i);
    item.shortfall_e8 = m.requirement_e8 - (m.adjusted_e8 + m.upnl_e8);
    item.health = m.health;
    item.created_ms = item.updated_ms = now_ms;
    if (closesPosition(*account, m)) {
        const Position& largest = account->positions()[largestPosition(*account)];
        item.chain = largest.chain;
        item.kind = LiquidationItem::Kind::Position;
        item.debt_asset = largest.market;
    } else if (!account->debts().empty()) {
        item.chain = largestDebt(*account).chain;
    }
    const std::string blocker = m_book.blocker(*account);
    m_transitions.push_back({now_ms, item.id, LiquidationState::Queued, LiquidationState::Queued, "health below 1"});
    ++m_transitionCount;
    item.state = LiquidationState::Queued;
    m_items.push_back(std::move(item));
    m_openOf[i] = static_cast<std::int64_t>(m_items.size() - 1);
    m_open.push_back(m_items.size() - 1);
    if (!blocker.empty())
        setState(m_items.back(), LiquidationState::Blocked, blocker + "; waits for a risk officer", now_ms);
    m_nextDueMs = now_ms;
}

void LiquidationEngine::process(std::int64_t now_ms)
{
    if (now_ms < m_nextDueMs)
        return; // nothing arrives, executes or can be assigned before then
    if (m_openStale)
        reindex(nullptr);
    m_open.erase(std::remove_if(m_open.begin(), m_open.end(), [&](std::size_t k) { return !active(m_items[k]); }), m_open.end());
    for (std::size_t k : m_open) {
        LiquidationItem& item = m_items[k];
        if (item.state == LiquidationState::InFlight && item.eta_ms <= now_ms)
            land(item, now_ms);
        if (item.state == LiquidationState::Assigned && item.eta_ms <= now_ms)
            execute(item, now_ms);
    }
    // Most underwater first; ties by lower health, then the older item. Each idle keeper takes
    // the best item (on its home chain first, for a home-chain keeper): a pass, not a sort.
    std::vector<LiquidationItem*> queued;
    if (std::any_of(m_keepers.begin(), m_keepers.end(), [&](const Keeper& k) { return k.busy_until_ms <= now_ms; }))
        for (std::size_t k : m_open)
            if (m_items[k].state == LiquidationState::Queued && m_items[k].eta_ms <= now_ms)
                queued.push_back(&m_items[k]);
    const auto better = [](const LiquidationItem* a, const LiquidationItem* b) {
        return a->shortfall_e8 != b->shortfall_e8 ? a->shortfall_e8 > b->shortfall_e8 : a->health < b->health;
    };
    for (std::size_t k = 0; k < m_keepers.size() && !queued.empty(); ++k) {
        Keeper& keeper = m_keepers[k];
        if (keeper.busy_until_ms > now_ms)
            continue;
        auto pick = queued.end();
        if (keeper.strategy == Keeper::Strategy::HomeChain)
            for (auto it = queued.begin(); it != queued.end(); ++it)
                if ((*it)->chain == keeper.home_chain && (pick == queued.end() || better(*it, *pick)))
                    pick = it;
        if (pick == queued.end()) {
            pick = queued.begin();
            for (auto it = queued.begin() + 1; it != queued.end(); ++it)
                if (better(*it, *pick))
                    pick = it;
        }
        LiquidationItem& item = **pick;
        queued.erase(pick);
        item.keeper = static_cast<int>(k);
        item.eta_ms = now_ms + keeper.latency_ms;
        setState(item, LiquidationState::Assigned, "taken by " + keeper.name, now_ms);
        keeper.busy_until_ms = item.eta_ms;
    }
    // When anything can happen next: an execution or arrival, a queued item coming due, a
    // keeper free for what is due.
    std::int64_t next = std::numeric_limits<std::int64_t>::max();
    bool waiting = false;
    for (std::size_t k : m_open) {
        const LiquidationItem& item = m_items[k];
        if (item.state == LiquidationState::Assigned || item.state == LiquidationState::InFlight)
            next = std::min(next, item.eta_ms);
        else if (item.state == LiquidationState::Queued) {
            if (item.eta_ms > now_ms)
                next = std::min(next, item.eta_ms);
            else
                waiting = true;
        }
    }
    if (waiting)
        for (const Keeper& keeper : m_keepers)
            next = std::min(next, std::max(keeper.busy_until_ms, now_ms + 1));
    m_nextDueMs = next;
}

void LiquidationEngine::setState(LiquidationItem& item, LiquidationState to, std::string reason, std::int64_t now_ms)
{
    if (item.state != to || item.reason != reason) {
        m_transitions.push_back({now_ms, item.id, item.state, to, reason});
        ++m_transitionCount;
        if (m_transitions.size() > 2 * kTransitionsKept)
            m_transitions.erase(m_transitions.begin(), m_transitions.end() - static_cast<std::ptrdiff_t>(kTransitionsKept));
    }
    if (!isOpen(to) && item.account_index != kNoAccount && item.account_index < m_openOf.size()
        && m_openOf[item.account_index] >= 0 && &m_items[static_cast<std::size_t>(m_openOf[item.account_index])] == &item)
        m_openOf[item.account_index] = -1;
    item.state = to;
    item.reason = std::move(reason);
    item.updated_ms = now_ms;
}

std::pair<ChainIndex, RouteIndex> LiquidationEngine::settlementHolding(ChainIndex chain) const
{
    const Asset& a = m_world.assets[m_settle];
    if (chain == a.home_chain)
        return {chain, kNoRoute};
    for (RouteIndex r = 0; r < m_world.routes.size(); ++r)
        if (m_world.routes[r].asset == m_settle && m_world.routes[r].from == a.home_chain && m_world.routes[r].to == chain)
            return {chain, r};
    return {a.home_chain, kNoRoute}; // no claim reaches the chain: settled at home
}

void LiquidationEngine::payAccount(const std::string& id, ChainIndex chain, Int128 units)
{
    const auto [c, route] = settlementHolding(chain);
    if (units > 0) {
        m_book.holding(id, c, m_settle, route, units);
        return;
    }
    Int128 owed = -units;
    if (owed == 0)
        return;
    // Settlement holdings first: on the chain, then wherever they are.
    if (const Account* a = m_book.account(id)) {
        std::vector<Holding> cash;
        for (const Holding& h : a->holdings())
            if (h.asset == m_settle)
                cash.push_back(h);
        std::stable_sort(cash.begin(), cash.end(), [&](const Holding& x, const Holding& y) { return (x.chain == c) > (y.chain == c); });
        for (const Holding& h : cash) {
            const Int128 take = std::min<Int128>(h.amount, owed);
            if (take > 0 && m_book.holding(id, h.chain, h.asset, h.route, -take))
                owed -= take;
            if (owed == 0)
                return;
        }
    }
    m_book.debt(id, c, m_settle, owed); // what it cannot pay, it owes the venue
}

void LiquidationEngine::hold(const std::string& account, ChainIndex chain, std::int64_t now_ms)
{
    const std::int64_t blocks = m_config.negative_equity_hold_blocks;
    if (blocks <= 0)
        return;
    WithdrawalHold& h = m_holds[account];
    h.chain = chain;
    h.blocks = blocks;
    h.until_ms = std::max(h.until_ms, now_ms + blocks * std::max<std::int64_t>(1, m_world.chains[chain].block_time_ms));
}

std::string LiquidationEngine::withdrawalHold(const std::string& account, std::int64_t now_ms) const
{
    const auto it = m_holds.find(account);
    if (it == m_holds.end() || it->second.until_ms <= now_ms)
        return {};
    const WithdrawalHold& h = it->second;
    const std::int64_t left = (h.until_ms - now_ms + std::max<std::int64_t>(1, m_world.chains[h.chain].block_time_ms) - 1)
                              / std::max<std::int64_t>(1, m_world.chains[h.chain].block_time_ms);
    return account + "'s equity went negative: withdrawals and transfers wait " + std::to_string(h.blocks) + " blocks of "
           + m_world.chains[h.chain].id + " (" + std::to_string(left) + " left)";
}

Int128 LiquidationEngine::allowance(const std::string& account, Int128 wantedE8, Int128 positionE8, double maxShare, std::int64_t now_ms)
{
    Used& used = m_used[account];
    if (now_ms - used.interval_start_ms >= m_config.limit_interval_ms) {
        used.interval_start_ms = now_ms - (now_ms % m_config.limit_interval_ms);
        used.usd_e8 = 0;
    }
    LiquidationLimits limits = m_config.limits;
    limits.max_share = maxShare;
    return limitedNotionalE8(wantedE8, positionE8, used.usd_e8, limits);
}

const Debt& LiquidationEngine::largestDebt(const Account& account) const
{
    return *std::max_element(account.debts().begin(), account.debts().end(),
                             [&](const Debt& a, const Debt& b) { return usd(a.asset, a.amount) < usd(b.asset, b.amount); });
}

std::size_t LiquidationEngine::largestPosition(const Account& account) const
{
    const auto ps = account.positions();
    return static_cast<std::size_t>(std::max_element(ps.begin(), ps.end(), [&](const Position& a, const Position& b) {
                                        return usd(a.market, magnitude(a.size)) < usd(b.market, magnitude(b.size));
                                    })
                                    - ps.begin());
}

bool LiquidationEngine::closesPosition(const Account& account, const AccountMetrics& m)
{
    // What weighs more on the requirement goes first: the positions (dYdX) or the debts.
    return !account.positions().empty() && (account.debts().empty() || m.requirement_e8 - m.debt_e8 > m.debt_e8);
}

std::vector<LiquidationEngine::Seizable> LiquidationEngine::seizureOrder(const Account& account, ChainIndex debtChain) const
{
    // On the debt's chain first, then the most haircut (least health per dollar). Claims counted
    // at nothing (a frozen or drained route's) are left: no keeper can redeem them.
    std::vector<Seizable> order;
    for (const Holding& h : account.holdings()) {
        const double cut = m_book.haircut(h, account);
        if (h.route != kNoRoute && cut >= 1.0)
            continue;
        order.push_back({h, cut});
    }
    std::stable_sort(order.begin(), order.end(), [&](const Seizable& a, const Seizable& b) {
        const bool la = a.holding.chain == debtChain;
        const bool lb = b.holding.chain == debtChain;
        return la != lb ? la : a.haircut > b.haircut;
    });
    return order;
}

void LiquidationEngine::execute(LiquidationItem& item, std::int64_t now_ms)
{
    item.updated_ms = now_ms;
    Keeper& keeper = m_keepers[static_cast<std::size_t>(item.keeper)];
    const Account* account = m_book.account(item.account);
    if (!account) {
        setState(item, LiquidationState::Failed, "the account is gone", now_ms);
        return;
    }
    const AccountMetrics m = m_book.metrics(*account);
    if (!m.liquidatable) {
        setState(item, LiquidationState::Cancelled, "recovered before the keeper acted: health " + std::to_string(m.health).substr(0, 5), now_ms);
        return;
    }
    if (m.equity_e8() < 0)
        hold(item.account, item.chain, now_ms);
    if (closesPosition(*account, m))
        executePosition(item, *account, m, keeper, now_ms);
    else if (account->debts().empty())
        setState(item, LiquidationState::Failed, "nothing to repay or close", now_ms);
    else if (m_world.profile == Profile::AaveV3)
        executeAave(item, *account, m, keeper, now_ms);
    else
        executeDebt(item, *account, m, keeper, now_ms);
    if (item.state == LiquidationState::Assigned) {
        // Executed: settled unless collateral is still travelling.
        if (!allLanded(item)) {
            item.eta_ms = now_ms;
            for (const SeizureInFlight& f : item.in_flight)
                item.eta_ms = std::max(item.eta_ms, f.eta_ms);
            setState(item, LiquidationState::InFlight, "collateral on its way to " + m_world.chains[item.chain].id + " through the bridge", now_ms);
        }
        else
            setState(item, LiquidationState::Settled, {}, now_ms);
    }
}

Int128 LiquidationEngine::seize(LiquidationItem& item, const Holding& h, Int128 units, ChainIndex debtChain, std::int64_t now_ms)
{
    if (units <= 0)
        return 0;
    if (h.chain == debtChain) {
        if (!m_book.holding(item.account, h.chain, h.asset, h.route, -units))
            return 0;
        m_keeperUnits[h.asset] += units;
        return usd(h.asset, units);
    }
    // Elsewhere: the collateral crosses to the debt's chain through the interop layer, in the
    // account's name, and is taken when it arrives. A claim goes back along its own route; a
    // native holding goes out along the route that mints it on the debt's chain.
    RouteIndex route = kNoRoute;
    bool back = false;
    RouteIndex arrivesAs = kNoRoute;
    if (h.route != kNoRoute && m_world.routes[h.route].from == debtChain) {
        route = h.route;
        back = true;
    } else if (h.route == kNoRoute) {
        for (RouteIndex r = 0; r < m_world.routes.size(); ++r)
            if (m_world.routes[r].asset == h.asset && m_world.routes[r].from == h.chain && m_world.routes[r].to == debtChain) {
                route = r;
                arrivesAs = r;
                break;
            }
    }
    std::string why = "no route joins " + m_world.chains[h.chain].id + " to " + m_world.chains[debtChain].id + " in one hop";
    if (route != kNoRoute) {
        const auto [transfer, refusal] = m_book.transfer(item.account, route, back, units);
        if (transfer != 0) {
            const ChainIndex source = back ? m_world.routes[route].to : m_world.routes[route].from;
            item.in_flight.push_back({h.asset, units, transfer, debtChain, arrivesAs, false,
                                      now_ms + m_world.chains[source].block_time_ms
                                          + std::max(m_market.chain_finality_ms[source], m_world.routes[route].latency_ms)});
            return 0;
        }
        why = refusal;
    }
    // The bridge cannot carry it now: the keeper takes it where it is.
    if (!m_book.holding(item.account, h.chain, h.asset, h.route, -units))
        return 0;
    m_keeperUnits[h.asset] += units;
    item.reason = "seized on " + m_world.chains[h.chain].id + ": " + why;
    return usd(h.asset, units);
}

bool LiquidationEngine::allLanded(const LiquidationItem& item) const
{
    return std::all_of(item.in_flight.begin(), item.in_flight.end(), [](const SeizureInFlight& f) { return f.stuck; });
}

void LiquidationEngine::writeOff(LiquidationItem& item, const Account& account, std::int64_t now_ms)
{
    if (!account.holdings().empty() || !allLanded(item) || account.debts().empty())
        return;
    const std::vector<Debt> debts(account.debts().begin(), account.debts().end());
    for (const Debt& d : debts) {
        const Int128 fromFund = std::min<Int128>(m_fund[d.asset], d.amount);
        const Int128 socialized = d.amount - fromFund;
        m_book.debt(item.account, d.chain, d.asset, -d.amount);
        m_fund[d.asset] -= fromFund;
        m_socialized[d.asset] += socialized;
        m_badDebt.push_back({now_ms, item.account, d.asset, d.amount, fromFund, socialized, 0});
        item.bad_debt_e8 += usd(d.asset, d.amount);
        tally(item.account, 0, usd(d.asset, d.amount), false);
    }
    hold(item.account, item.chain, now_ms);
}

void LiquidationEngine::executeDebt(LiquidationItem& item, const Account& account, const AccountMetrics& m, Keeper& keeper,
                                    std::int64_t now_ms)
{
    const Debt debt = largestDebt(account);
    item.chain = debt.chain;
    const std::vector<Seizable> order = seizureOrder(account, debt.chain);
    const double bonus = order.empty() ? 1.0 : bonusOf(m_world.assets[order[0].holding.asset]);
    const Int128 debtUsd = usd(debt.asset, debt.amount);
    Int128 repayUsd = debtUsd;
    if (!order.empty())
        if (auto x = targetRepayE8(m.adjusted_e8 + m.upnl_e8, m.requirement_e8, m_config.target_health, bonus, order[0].haircut))
            repayUsd = std::min(*x, debtUsd);
    // A debt is not a position: dYdX's share of a position does not apply, the interval's cap and
    // the minimum do; and no keeper repays more than it has, or than the collateral is worth with
    // its bonus (what is left after the last collateral is bad debt).
    repayUsd = allowance(item.account, repayUsd, debtUsd, 1.0, now_ms);
    repayUsd = std::min(repayUsd, keeper.capital_usd_e8);
    Int128 collateral = 0;
    for (const Seizable& c : order)
        collateral += usd(c.holding.asset, c.holding.amount);
    repayUsd = std::min(repayUsd, static_cast<Int128>(std::floor(toDouble(collateral) / bonus)));
    if (repayUsd <= 0) {
        if (order.empty()) {
            writeOff(item, account, now_ms);
            return; // settled: nothing to seize, the debt written off
        }
        item.keeper = -1;
        item.eta_ms = m_used[item.account].interval_start_ms + m_config.limit_interval_ms;
        setState(item, LiquidationState::Queued, "the account's limit for this interval is spent", now_ms);
        return;
    }
    Int128 repayUnits = std::min<Int128>(debt.amount, unitsFor(debt.asset, repayUsd));
    if (repayUnits <= 0)
        repayUnits = std::min<Int128>(debt.amount, 1);
    const Int128 repaid = usd(debt.asset, repayUnits);
    Int128 wanted = static_cast<Int128>(std::llround(toDouble(repaid) * bonus));
    Int128 seizedNow = 0;
    Int128 feeUsd = 0;
    for (const Seizable& c : order) {
        if (wanted <= 0)
            break;
        const Holding& h = c.holding;
        const Asset& asset = m_world.assets[h.asset];
        Int128 units = std::min<Int128>(h.amount, unitsFor(h.asset, wanted));
        if (units <= 0 && h.amount > 0 && usd(h.asset, h.amount) <= wanted)
            units = h.amount;
        if (units <= 0)
            continue;
        const Int128 value = usd(h.asset, units);
        seizedNow += seize(item, h, units, debt.chain, now_ms);
        wanted -= value;
        // The protocol's share of the bonus on this collateral (at the price of the moment).
        feeUsd += static_cast<Int128>(std::floor(toDouble(value) * (1.0 - 1.0 / bonusOf(asset)) * (asset.liquidation_protocol_fee_bps / 10000.0)));
    }
    // The keeper repays the debt, and pays the protocol's share in the debt's asset.
    m_book.debt(item.account, debt.chain, debt.asset, -repayUnits);
    m_keeperUnits[debt.asset] -= repayUnits;
    const Int128 feeUnits = unitsFor(debt.asset, feeUsd);
    m_keeperUnits[debt.asset] -= feeUnits;
    m_fund[debt.asset] += feeUnits;
    m_used[item.account].usd_e8 += repaid;
    item.debt_asset = debt.asset;
    item.repaid_units += repayUnits;
    item.repaid_e8 += repaid;
    m_liquidatedE8 += repaid;
    tally(item.account, repaid, 0, true);
    item.seized_e8 += seizedNow;
    item.fee_e8 += usd(debt.asset, feeUnits);
    keeper.earned_usd_e8 += seizedNow - repaid - usd(debt.asset, feeUnits);
    ++keeper.liquidations;
    // Nothing left to seize and debt remaining: bad debt.
    if (const Account* after = m_book.account(item.account))
        writeOff(item, *after, now_ms);
    if (feeUnits > 0 || item.bad_debt_e8 > 0)
        recordFund(now_ms);
}


void LiquidationEngine::executeAave(LiquidationItem& item, const Account& account, const AccountMetrics& m, Keeper& keeper,
                                    std::int64_t now_ms)
{
    // Aave v3.3's liquidationCall decides: close factor (50 %, or all of it below HF 0.95 or
    // under $2,000), the collateral's bonus, the protocol fee and MustNotLeaveDust. The keeper
    // asks for just enough to reach the target health (Aave v4), or what its capital allows.
    const Debt debt = largestDebt(account);
    item.chain = debt.chain;
    // The collateral: the asset first in the seizure order (on the debt's chain, most haircut).
    const std::vector<Seizable> order = seizureOrder(account, debt.chain);
    if (order.empty()) {
        writeOff(item, account, now_ms);
        return;
    }
    const AssetIndex coll = order[0].holding.asset;
    const double bonus = bonusOf(m_world.assets[coll]);
    const Int128 debtUsd = usd(debt.asset, debt.amount);
    Int128 wantUsd = debtUsd;
    if (auto x = targetRepayE8(m.adjusted_e8 + m.upnl_e8, m.requirement_e8, m_config.target_health, bonus, order[0].haircut))
        wantUsd = std::min(*x, debtUsd);
    wantUsd = std::min(wantUsd, keeper.capital_usd_e8);
    Int128 wantUnits = std::max<Int128>(1, unitsFor(debt.asset, wantUsd));
    auto plan = aave::liquidationCall(m_world, m_market, account, coll, debt.asset, aave::toU256(wantUnits));
    if (!plan && plan.error().message == "MustNotLeaveDust")
        plan = aave::liquidationCall(m_world, m_market, account, coll, debt.asset, aave::maxU256()); // all of it, or nothing
    if (!plan) {
        setState(item, LiquidationState::Failed, "Aave refuses: " + plan.error().message, now_ms);
        return;
    }
    const aave::LiquidationPlan& p = plan.value();
    const Int128 repayUnits = aave::toInt128(p.actual_debt_to_liquidate);
    const Int128 repaid = usd(debt.asset, repayUnits);
    if (repaid > keeper.capital_usd_e8 + kUsd) {
        setState(item, LiquidationState::Failed,
                 "MustNotLeaveDust: the whole " + m_world.assets[debt.asset].symbol + " debt exceeds " + keeper.name + "'s capital", now_ms);
        return;
    }
    // Repay: the debt on its chain first, then the same asset elsewhere.
    Int128 left = repayUnits;
    std::vector<Debt> debts(account.debts().begin(), account.debts().end());
    std::stable_sort(debts.begin(), debts.end(), [&](const Debt& a, const Debt& b) { return (a.chain == debt.chain) > (b.chain == debt.chain); });
    for (const Debt& d : debts)
        if (d.asset == debt.asset && left > 0) {
            const Int128 take = std::min<Int128>(left, d.amount);
            m_book.debt(item.account, d.chain, d.asset, -take);
            left -= take;
        }
    m_keeperUnits[debt.asset] -= repayUnits;
    // Seize: the protocol's fee to the fund, the rest to the keeper, on the debt's chain first.
    Int128 toFund = aave::toInt128(p.protocol_fee);
    Int128 toSeize = aave::toInt128(p.collateral_seized);
    std::vector<Holding> holdings;
    for (const Holding& h : account.holdings())
        if (h.asset == coll)
            holdings.push_back(h);
    std::stable_sort(holdings.begin(), holdings.end(), [&](const Holding& a, const Holding& b) { return (a.chain == debt.chain) > (b.chain == debt.chain); });
    Int128 seizedNow = 0;
    for (const Holding& h : holdings) {
        if (toSeize <= 0)
            break;
        Int128 units = std::min<Int128>(h.amount, toSeize);
        toSeize -= units;
        const Int128 fee = std::min(units, toFund);
        if (fee > 0 && m_book.holding(item.account, h.chain, h.asset, h.route, -fee)) {
            m_fund[coll] += fee;
            toFund -= fee;
            units -= fee;
        }
        seizedNow += seize(item, h, units, debt.chain, now_ms);
    }
    // Aave v3.3: with no collateral left, every remaining debt is a reserve deficit.
    for (AssetIndex a = 0; a < p.deficit.size(); ++a) {
        const Int128 deficit = aave::toInt128(p.deficit[a]);
        if (deficit <= 0)
            continue;
        Int128 remaining = deficit;
        const Account* now = m_book.account(item.account);
        const std::vector<Debt> owed = now ? std::vector<Debt>(now->debts().begin(), now->debts().end()) : std::vector<Debt> {};
        for (const Debt& d : owed)
            if (d.asset == a && remaining > 0) {
                const Int128 take = std::min<Int128>(remaining, d.amount);
                m_book.debt(item.account, d.chain, d.asset, -take);
                remaining -= take;
            }
        const Int128 written = deficit - remaining;
        const Int128 fromFund = std::min(m_fund[a], written);
        m_fund[a] -= fromFund;
        m_socialized[a] += written - fromFund;
        m_badDebt.push_back({now_ms, item.account, a, written, fromFund, written - fromFund, 0});
        item.bad_debt_e8 += usd(a, written);
        tally(item.account, 0, usd(a, written), false);
        hold(item.account, item.chain, now_ms);
    }
    const Int128 feeUsd = usd(coll, aave::toInt128(p.protocol_fee) - toFund);
    m_used[item.account].usd_e8 += repaid;
    item.debt_asset = debt.asset;
    item.repaid_units += repayUnits;
    item.repaid_e8 += repaid;
    m_liquidatedE8 += repaid;
    tally(item.account, repaid, 0, true);
    item.seized_e8 += seizedNow;
    item.fee_e8 += feeUsd;
    keeper.earned_usd_e8 += seizedNow - repaid;
    ++keeper.liquidations;
    recordFund(now_ms);
}

Int128 LiquidationEngine::realizedE8(const Position& p, Int128 units, Int128 priceE8) const
{
    const int decimals = m_world.assets[p.market].decimals;
    return (p.size < 0 ? -1 : 1) * (valueE8(units, decimals, priceE8) - valueE8(units, decimals, p.entry_price_e8));
}

Int128 LiquidationEngine::realize(const std::string& account, const Position& p, Int128 units, Int128 priceE8)
{
    const Int128 pnl = realizedE8(p, units, priceE8);
    const Int128 pnlUnits = pnl >= 0 ? unitsFor(m_settle, pnl) : -unitsFor(m_settle, -pnl);
    m_venuePaid[m_settle] += pnlUnits;
    payAccount(account, p.chain, pnlUnits);
    return pnl;
}

void LiquidationEngine::executePosition(LiquidationItem& item, const Account& account, const AccountMetrics& m, Keeper& keeper,
                                        std::int64_t now_ms)
{
    const std::size_t pi = largestPosition(account);
    const Position pos = account.positions()[pi];
    const Int128 notional = usd(pos.market, magnitude(pos.size));
    item.chain = pos.chain;
    item.debt_asset = pos.market;
    const Int128 equity = m.equity_e8();
    if (equity <= 0) {
        bankrupt(item, account, pi, -equity, now_ms);
        return;
    }
    // Close just enough to reach the target: closing x of notional lowers the requirement by
    // x·MMR and the cover by the penalty x·p: x = (target·MR − (AC + U)) / (target·MMR − p).
    const Asset& market = m_world.assets[pos.market];
    const double mmr = m_book.maintenanceRate(pos.market);
    const double penalty = std::min(bonusOf(market) - 1.0, m_config.max_position_penalty);
    const double target = m_config.target_health;
    Int128 wanted = notional;
    const double denom = target * mmr - penalty;
    if (denom > 0) {
        const double x = (target * toDouble(m.requirement_e8) - toDouble(m.adjusted_e8 + m.upnl_e8)) / denom;
        wanted = std::clamp<Int128>(static_cast<Int128>(std::ceil(x)), 0, notional);
    }
    // dYdX: 10 % of the position, at least $1,000, $100,000 per account and interval; and what the
    // keeper's capital carries at the initial margin.
    Int128 close = allowance(item.account, wanted, notional, m_config.limits.max_share, now_ms);
    close = std::min(close, static_cast<Int128>(std::floor(toDouble(keeper.capital_usd_e8) / (mmr / kMaintenanceFraction))));
    if (close <= 0) {
        item.keeper = -1;
        item.eta_ms = m_used[item.account].interval_start_ms + m_config.limit_interval_ms;
        setState(item, LiquidationState::Queued, "the account's limit for this interval is spent", now_ms);
        return;
    }
    const Int128 absSize = magnitude(pos.size);
    Int128 units = close >= notional ? absSize : static_cast<Int128>(std::floor(toDouble(absSize) * toDouble(close) / toDouble(notional)));
    units = std::clamp<Int128>(units, 1, absSize);
    const Int128 signedUnits = pos.size < 0 ? -units : units;
    const Int128 closed = usd(pos.market, units);
    // The slice goes to the keeper at the mark; the account realizes its PnL and pays the
    // penalty (never more than its equity), the protocol's share of it to the fund.
    const Int128 chargeE8 = std::min<Int128>(static_cast<Int128>(std::floor(toDouble(closed) * penalty)), equity);
    const Int128 chargeUnits = unitsFor(m_settle, chargeE8);
    const Int128 feeUnits = static_cast<Int128>(std::floor(toDouble(chargeUnits) * (market.liquidation_protocol_fee_bps / 10000.0)));
    m_book.position(item.account, pi, pos.size - signedUnits);
    m_keeperSizes[pos.market] += signedUnits;
    realize(item.account, pos, units, m_market.price_e8[pos.market]);
    payAccount(item.account, pos.chain, -chargeUnits);
    m_fund[m_settle] += feeUnits;
    m_keeperUnits[m_settle] += chargeUnits - feeUnits;
    m_used[item.account].usd_e8 += closed;
    item.kind = LiquidationItem::Kind::Position;
    item.repaid_units += units;
    item.repaid_e8 += closed;
    m_liquidatedE8 += closed;
    tally(item.account, closed, 0, true);
    item.seized_e8 += usd(m_settle, chargeUnits - feeUnits);
    item.fee_e8 += usd(m_settle, feeUnits);
    keeper.earned_usd_e8 += usd(m_settle, chargeUnits - feeUnits);
    ++keeper.liquidations;
    if (feeUnits > 0)
        recordFund(now_ms);
}

void LiquidationEngine::bankrupt(LiquidationItem& item, const Account& account, std::size_t pi, Int128 deficitE8, std::int64_t now_ms)
{
    // The account is below zero: it cannot pay a penalty. The insurance fund pays the deficit;
    // what it cannot is taken by closing the position against opposite ones at the bankruptcy
    // price (dYdX's deleveraging), pro rata to their size; what even they cannot take is socialized.
    item.kind = LiquidationItem::Kind::Position;
    hold(item.account, item.chain, now_ms);
    const Position pos = account.positions()[pi];
    const Asset& market = m_world.assets[pos.market];
    const Int128 absSize = magnitude(pos.size);
    const Int128 mark = m_market.price_e8[pos.market];
    const Int128 deficitUnits = unitsFor(m_settle, deficitE8) + (deficitE8 > 0 ? 1 : 0); // rounded up
    const Int128 fromFund = std::min(m_fund[m_settle], deficitUnits);
    m_fund[m_settle] -= fromFund;
    payAccount(item.account, pos.chain, fromFund);
    Int128 rest = deficitUnits - fromFund;
    // Opposite positions in the market, on any venue.
    struct Counter {
        std::string id;
        std::size_t index;
        Position p;
    };
    std::vector<Counter> opposite;
    Int128 oppositeSize = 0;
    if (rest > 0)
        for (const Account& a : m_book.accounts()) {
            if (a.id == account.id)
                continue;
            for (std::size_t k = 0; k < a.positions().size(); ++k)
                if (a.positions()[k].market == pos.market && (a.positions()[k].size < 0) != (pos.size < 0) && a.positions()[k].size != 0) {
                    opposite.push_back({a.id, k, a.positions()[k]});
                    oppositeSize += magnitude(a.positions()[k].size);
                }
        }
    // Later positions of an account first, so that closing one does not move the others.
    std::stable_sort(opposite.begin(), opposite.end(), [](const Counter& a, const Counter& b) { return a.index > b.index; });
    const Int128 adlUnits = std::min(absSize, oppositeSize);
    Int128 adlLossUnits = 0;
    if (rest > 0 && adlUnits > 0) {
        // The loss the deleveraged take is the part of the deficit their share of the size carries.
        adlLossUnits = static_cast<Int128>(std::floor(toDouble(rest) * toDouble(adlUnits) / toDouble(absSize)));
        if (adlUnits == absSize)
            adlLossUnits = rest;
        const Int128 lossE8 = usd(m_settle, adlLossUnits);
        // Bankruptcy price: closing adlUnits there instead of at the mark pays the account the loss.
        const Int128 shift = static_cast<Int128>(std::llround(toDouble(lossE8) / (toDouble(adlUnits) / std::pow(10.0, market.decimals))));
        const Int128 bankruptcy = pos.size > 0 ? mark + shift : std::max<Int128>(1, mark - shift);
        Int128 assigned = 0;
        for (std::size_t k = 0; k < opposite.size(); ++k) {
            const Counter& c = opposite[k];
            const Int128 cs = magnitude(c.p.size);
            Int128 q = k + 1 == opposite.size() ? adlUnits - assigned
                                                 : static_cast<Int128>(std::floor(toDouble(adlUnits) * toDouble(cs) / toDouble(oppositeSize)));
            q = std::clamp<Int128>(q, 0, std::min(cs, adlUnits - assigned));
            if (q == 0)
                continue;
            assigned += q;
            const Int128 signedQ = c.p.size < 0 ? -q : q; // closed from the counterparty's position
            m_book.position(c.id, c.index, c.p.size - signedQ);
            const Int128 pnl = realize(c.id, c.p, q, bankruptcy);
            m_deleveraged.push_back({now_ms, c.id, account.id, pos.market, signedQ, bankruptcy, realizedE8(c.p, q, mark) - pnl});
        }
        // The bankrupt side: adlUnits closed at the bankruptcy price.
        realize(account.id, pos, adlUnits, bankruptcy);
    }
    // What no opposite position took goes to the keeper at the mark.
    if (const Int128 keeperUnits = absSize - adlUnits; keeperUnits > 0) {
        m_keeperSizes[pos.market] += pos.size < 0 ? -keeperUnits : keeperUnits;
        realize(account.id, pos, keeperUnits, mark);
    }
    m_book.position(account.id, pi, 0);
    // Nobody left to take it: written off against everyone.
    const Int128 socialized = rest - adlLossUnits;
    if (socialized > 0) {
        m_socialized[m_settle] += socialized;
        payAccount(account.id, pos.chain, socialized);
    }
    m_badDebt.push_back({now_ms, account.id, m_settle, deficitUnits, fromFund, std::max<Int128>(0, socialized), adlLossUnits});
    item.repaid_units += absSize;
    item.repaid_e8 += usd(pos.market, absSize);
    m_liquidatedE8 += usd(pos.market, absSize);
    item.bad_debt_e8 += usd(m_settle, deficitUnits);
    tally(account.id, usd(pos.market, absSize), usd(m_settle, deficitUnits), true);
    item.deleveraged_e8 += usd(m_settle, adlLossUnits);
    recordFund(now_ms);
}

void LiquidationEngine::land(LiquidationItem& item, std::int64_t now_ms)
{
    // Valued at the price when it arrives: the keeper bears the move on the way.
    Int128 value = 0;
    for (SeizureInFlight& f : item.in_flight) {
        if (f.stuck)
            continue;
        std::string why;
        const int state = m_book.transferState(f.transfer, why);
        if (state == 0)
            continue;
        if (state < 0) {
            f.stuck = true; // locked or burned by the bridge, never delivered: counted, not lost
            item.reason = "the bridge refused the seizure: " + why;
            continue;
        }
        if (m_book.holding(item.account, f.to, f.asset, f.arrives_as, -f.units)) {
            m_keeperUnits[f.asset] += f.units;
            value += usd(f.asset, f.units);
        }
        f.units = 0;
        f.stuck = true;
    }
    item.in_flight.erase(std::remove_if(item.in_flight.begin(), item.in_flight.end(),
                                        [](const SeizureInFlight& f) { return f.stuck && f.units == 0; }),
                         item.in_flight.end());
    item.seized_e8 += value;
    if (item.keeper >= 0)
        m_keepers[static_cast<std::size_t>(item.keeper)].earned_usd_e8 += value;
    if (!allLanded(item)) {
        item.eta_ms = now_ms + 1000; // looked at again in a second
        return;
    }
    const bool refused = !item.in_flight.empty();
    setState(item, refused ? LiquidationState::Failed : LiquidationState::Settled,
             refused ? item.reason : std::string("settled on arrival"), now_ms);
    if (const Account* a = m_book.account(item.account))
        writeOff(item, *a, now_ms);
}

std::string LiquidationEngine::approve(std::uint64_t id, std::int64_t now_ms)
{
    for (LiquidationItem& item : m_items)
        if (item.id == id) {
            if (item.state != LiquidationState::Blocked)
                return "liquidation " + std::to_string(id) + " is not blocked";
            item.approved = true;
            setState(item, LiquidationState::Queued, "approved by a risk officer", now_ms);
            m_nextDueMs = now_ms;
            return {};
        }
    return "no liquidation " + std::to_string(id);
}

std::string LiquidationEngine::cancel(std::uint64_t id, std::int64_t now_ms, const std::string& why)
{
    for (LiquidationItem& item : m_items)
        if (item.id == id) {
            if (item.state != LiquidationState::Blocked && item.state != LiquidationState::Queued)
                return "liquidation " + std::to_string(id) + " is " + toString(item.state) + ", not waiting";
            setState(item, LiquidationState::Cancelled, "cancelled by a risk officer" + (why.empty() ? std::string() : ": " + why), now_ms);
            return {};
        }
    return "no liquidation " + std::to_string(id);
}

void LiquidationEngine::save(ByteWriter& out) const
{
    for (const auto* v : {&m_fund, &m_keeperUnits, &m_socialized, &m_venuePaid, &m_keeperSizes}) {
        out.u64(v->size());
        for (Int128 x : *v)
            out.i128(x);
    }
    out.u64(m_keepers.size());
    for (const Keeper& k : m_keepers) {
        out.i64(k.busy_until_ms);
        out.i128(k.earned_usd_e8);
        out.u32(k.liquidations);
    }
    out.u64(m_items.size());
    for (const LiquidationItem& i : m_items) {
        out.u64(i.id);
        out.str(i.account);
        out.u8(static_cast<std::uint8_t>(i.state));
        out.u8(static_cast<std::uint8_t>(i.kind));
        out.str(i.reason);
        out.i128(i.shortfall_e8);
        out.f64(i.health);
        out.u32(i.chain);
        out.i64(i.keeper);
        out.i64(i.created_ms);
        out.i64(i.updated_ms);
        out.i64(i.eta_ms);
        out.boolean(i.approved);
        out.u32(i.debt_asset);
        for (Int128 x : {i.repaid_units, i.repaid_e8, i.seized_e8, i.fee_e8, i.bad_debt_e8, i.deleveraged_e8})
            out.i128(x);
        out.u64(i.in_flight.size());
        for (const SeizureInFlight& f : i.in_flight) {
            out.u32(f.asset);
            out.i128(f.units);
            out.u64(f.transfer);
            out.u32(f.to);
            out.u32(f.arrives_as);
            out.boolean(f.stuck);
            out.i64(f.eta_ms);
        }
    }
    out.u64(m_fundHistory.size());
    for (const FundPoint& p : m_fundHistory) {
        out.i64(p.time_ms);
        out.i128(p.usd_e8);
    }
    out.u64(m_badDebt.size());
    for (const BadDebtEntry& b : m_badDebt) {
        out.i64(b.time_ms);
        out.str(b.account);
        out.u32(b.asset);
        out.i128(b.units);
        out.i128(b.fund_units);
        out.i128(b.socialized_units);
        out.i128(b.deleveraged_units);
    }
    out.u64(m_deleveraged.size());
    for (const DeleverageEntry& d : m_deleveraged) {
        out.i64(d.time_ms);
        out.str(d.account);
        out.str(d.bankrupt);
        out.u32(d.market);
        for (Int128 x : {d.size, d.price_e8, d.loss_e8})
            out.i128(x);
    }
    out.u64(m_transitions.size());
    for (const LiquidationTransition& t : m_transitions) {
        out.i64(t.time_ms);
        out.u64(t.item);
        out.u8(static_cast<std::uint8_t>(t.from));
        out.u8(static_cast<std::uint8_t>(t.to));
        out.str(t.reason);
    }
    out.u64(m_transitionCount);
    out.i128(m_liquidatedE8);
    out.u64(m_holds.size());
    for (const auto& [account, h] : m_holds) {
        out.str(account);
        out.i64(h.until_ms);
        out.u32(h.chain);
        out.i64(h.blocks);
    }
    out.u64(m_used.size());
    for (const auto& [account, used] : m_used) {
        out.str(account);
        out.i64(used.interval_start_ms);
        out.i128(used.usd_e8);
    }
    out.u64(m_nextItem);
}

void LiquidationEngine::load(ByteReader& in)
{
    m_tally = {};
    auto asset = [&](const char* what) {
        const auto a = in.u32(what);
        if (a >= m_world.assets.size())
            in.fail(what, "no such asset");
        return static_cast<AssetIndex>(a);
    };
    auto chain = [&](const char* what) {
        const auto c = in.u32(what);
        if (c >= m_world.chains.size())
            in.fail(what, "no such chain");
        return static_cast<ChainIndex>(c);
    };
    for (auto* v : {&m_fund, &m_keeperUnits, &m_socialized, &m_venuePaid, &m_keeperSizes}) {
        if (in.count("liquidation balances", 16) != v->size())
            in.fail("liquidation balances", "the world has " + std::to_string(v->size()) + " assets");
        for (Int128& x : *v)
            x = in.i128("balance");
    }
    if (in.count("keepers", 28) != m_keepers.size())
        in.fail("keepers", "this build has " + std::to_string(m_keepers.size()));
    for (Keeper& k : m_keepers) {
        k.busy_until_ms = in.i64("keeper busy");
        k.earned_usd_e8 = in.i128("keeper earned");
        k.liquidations = in.u32("keeper count");
    }
    m_items.resize(in.count("liquidations", 100));
    for (LiquidationItem& i : m_items) {
        i.id = in.u64("liquidation id");
        i.account = in.str("liquidation account");
        const auto s = in.u8("liquidation state");
        if (s < static_cast<std::uint8_t>(LiquidationState::Queued) || s > static_cast<std::uint8_t>(LiquidationState::Blocked))
            in.fail("liquidation state", "unknown state");
        i.state = static_cast<LiquidationState>(s);
        const auto kind = in.u8("liquidation kind");
        if (kind != 1 && kind != 2)
            in.fail("liquidation kind", "unknown kind");
        i.kind = static_cast<LiquidationItem::Kind>(kind);
        i.reason = in.str("liquidation reason");
        i.shortfall_e8 = in.i128("shortfall");
        i.health = in.f64("health");
        i.chain = chain("liquidation chain");
        i.keeper = static_cast<int>(in.i64("keeper"));
        if (i.keeper >= static_cast<int>(m_keepers.size()) || i.keeper < -1)
            in.fail("keeper", "no such keeper");
        i.created_ms = in.i64("created");
        i.updated_ms = in.i64("updated");
        i.eta_ms = in.i64("eta");
        i.approved = in.boolean("approved");
        i.debt_asset = asset("debt asset");
        for (Int128* x : {&i.repaid_units, &i.repaid_e8, &i.seized_e8, &i.fee_e8, &i.bad_debt_e8, &i.deleveraged_e8})
            *x = in.i128("liquidation amount");
        i.in_flight.resize(in.count("in flight", 45));
        for (SeizureInFlight& f : i.in_flight) {
            f.asset = asset("in-flight asset");
            f.units = in.i128("in-flight units");
            f.transfer = in.u64("in-flight transfer");
            f.to = chain("in-flight chain");
            f.arrives_as = in.u32("in-flight route");
            if (f.arrives_as != kNoRoute && f.arrives_as >= m_world.routes.size())
                in.fail("in-flight route", "no such route");
            f.stuck = in.boolean("in-flight stuck");
            f.eta_ms = in.i64("in-flight eta");
        }
    }
    m_fundHistory.resize(in.count("fund history", 24));
    for (FundPoint& p : m_fundHistory) {
        p.time_ms = in.i64("fund time");
        p.usd_e8 = in.i128("fund value");
    }
    m_badDebt.resize(in.count("bad debt", 60));
    for (BadDebtEntry& b : m_badDebt) {
        b.time_ms = in.i64("bad debt time");
        b.account = in.str("bad debt account");
        b.asset = asset("bad debt asset");
        b.units = in.i128("bad debt units");
        b.fund_units = in.i128("bad debt fund");
        b.socialized_units = in.i128("bad debt socialized");
        b.deleveraged_units = in.i128("bad debt deleveraged");
    }
    m_deleveraged.resize(in.count("deleveraged", 40));
    for (DeleverageEntry& d : m_deleveraged) {
        d.time_ms = in.i64("deleverage time");
        d.account = in.str("deleverage account");
        d.bankrupt = in.str("deleverage bankrupt");
        d.market = asset("deleverage market");
        d.size = in.i128("deleverage size");
        d.price_e8 = in.i128("deleverage price");
        d.loss_e8 = in.i128("deleverage loss");
    }
    m_transitions.resize(in.count("transitions", 20));
    for (LiquidationTransition& t : m_transitions) {
        t.time_ms = in.i64("transition time");
        t.item = in.u64("transition item");
        for (LiquidationState* st : {&t.from, &t.to}) {
            const auto v = in.u8("transition state");
            if (v < static_cast<std::uint8_t>(LiquidationState::Queued) || v > static_cast<std::uint8_t>(LiquidationState::Blocked))
                in.fail("transition state", "unknown state");
            *st = static_cast<LiquidationState>(v);
        }
        t.reason = in.str("transition reason");
    }
    m_transitionCount = in.u64("transition count");
    m_liquidatedE8 = in.i128("liquidated");
    m_holds.clear();
    for (std::size_t n = in.count("holds", 28); n > 0; --n) {
        const std::string account = in.str("hold account");
        WithdrawalHold h;
        h.until_ms = in.i64("hold until");
        h.chain = chain("hold chain");
        h.blocks = in.i64("hold blocks");
        m_holds[account] = h;
    }
    m_used.clear();
    for (std::size_t n = in.count("limits used", 32); n > 0; --n) {
        const std::string account = in.str("limit account");
        Used u;
        u.interval_start_ms = in.i64("limit interval");
        u.usd_e8 = in.i128("limit used");
        m_used[account] = u;
    }
    m_nextItem = in.u64("next liquidation");
    m_openStale = m_openOfStale = true; // derived: rebuilt on the next scan or process
    m_nextDueMs = 0; // derived: the next process() recomputes it
}

} // namespace cm
