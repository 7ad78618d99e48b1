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

constexpr std::size_t kTransitionsKept = 5000;
constexpr std::size_t kClosedKept = 5000;

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
    k[0] = {"keeper-fast", 2000, 2000000 * kUsdOne, Keeper::Strategy::LargestShortfall, 0, 0, 0, 0};
    k[1] = {"keeper-deep", 12000, 20000000 * kUsdOne, Keeper::Strategy::LargestShortfall, 0, 0, 0, 0};
    k[2] = {"keeper-local", 4000, 5000000 * kUsdOne, Keeper::Strategy::HomeChain, 0, 0, 0, 0};
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

} // namespace cm
