// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clearing/liquidation_engine.h"

#include "core/money/money_math.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace cm {
namespace {

constexpr Int128 kUsd = 100000000;

double bonusOf(const Asset& a) { return a.liquidation_bonus_bps > 0 ? a.liquidation_bonus_bps / 10000.0 : 1.0; }

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
      m_socialized(world.assets.size(), 0)
{
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
        for (const Holding& h : a.holdings)
            sum[h.asset] += h.amount;
        for (const Debt& d : a.debts)
            sum[d.asset] -= d.amount;
    }
    for (AssetIndex a = 0; a < sum.size(); ++a)
        sum[a] += m_keeperUnits[a] + m_fund[a] - m_socialized[a];
    for (const LiquidationItem& i : m_items)
        for (const auto& [asset, units] : i.in_flight)
            sum[asset] += units;
    return sum;
}

void LiquidationEngine::scan(const std::vector<Account>& accounts, const std::vector<AccountMetrics>& metrics, std::int64_t now_ms)
{
    while (m_firstOpen < m_items.size() && !active(m_items[m_firstOpen]))
        ++m_firstOpen;
    // Keys are copies: new items below may move the vector the ids live in.
    std::unordered_map<std::string, std::size_t> open;
    for (std::size_t k = m_firstOpen; k < m_items.size(); ++k)
        if (active(m_items[k]))
            open.emplace(m_items[k].account, k);
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        const AccountMetrics& m = metrics[i];
        const auto it = open.empty() ? open.end() : open.find(accounts[i].id);
        if (it != open.end()) {
            LiquidationItem& item = m_items[it->second];
            if ((item.state == LiquidationState::Queued || item.state == LiquidationState::Blocked) && !m.liquidatable) {
                item.state = LiquidationState::Cancelled;
                item.reason = "recovered: health " + std::to_string(m.health).substr(0, 5);
                item.updated_ms = now_ms;
            } else if (item.state == LiquidationState::Queued || item.state == LiquidationState::Blocked) {
                item.shortfall_e8 = m.requirement_e8 - (m.adjusted_e8 + m.upnl_e8);
                item.health = m.health;
            }
            continue;
        }
        if (!m.liquidatable)
            continue;
        const Account* account = &accounts[i];
        LiquidationItem item;
        item.id = m_nextItem++;
        item.account = account->id;
        item.shortfall_e8 = m.requirement_e8 - (m.adjusted_e8 + m.upnl_e8);
        item.health = m.health;
        item.created_ms = item.updated_ms = now_ms;
        if (!account->debts.empty()) {
            const auto largest = std::max_element(account->debts.begin(), account->debts.end(),
                                                  [&](const Debt& a, const Debt& b) { return usd(a.asset, a.amount) < usd(b.asset, b.amount); });
            item.chain = largest->chain;
        } else if (!account->positions.empty()) {
            item.chain = account->positions.front().chain;
        }
        std::string blocker = m_book.blocker(*account);
        if (blocker.empty() && account->debts.empty())
            blocker = "only perpetual positions: they are closed by deleveraging";
        item.state = blocker.empty() ? LiquidationState::Queued : LiquidationState::Blocked;
        item.reason = blocker.empty() ? std::string() : blocker + "; waits for a risk officer";
        m_items.push_back(std::move(item));
        m_nextDueMs = now_ms;
    }
}

void LiquidationEngine::process(std::int64_t now_ms)
{
    if (now_ms < m_nextDueMs)
        return; // nothing arrives, executes or can be assigned before then
    while (m_firstOpen < m_items.size() && !active(m_items[m_firstOpen]))
        ++m_firstOpen;
    for (std::size_t k = m_firstOpen; k < m_items.size(); ++k) {
        LiquidationItem& item = m_items[k];
        if (item.state == LiquidationState::InFlight && item.eta_ms <= now_ms)
            land(item, now_ms);
        if (item.state == LiquidationState::Assigned && item.eta_ms <= now_ms)
            execute(item, now_ms);
    }
    // Most underwater first; ties by lower health.
    std::vector<LiquidationItem*> queued;
    for (std::size_t k = m_firstOpen; k < m_items.size(); ++k)
        if (m_items[k].state == LiquidationState::Queued && m_items[k].eta_ms <= now_ms)
            queued.push_back(&m_items[k]);
    std::stable_sort(queued.begin(), queued.end(), [](const LiquidationItem* a, const LiquidationItem* b) {
        return a->shortfall_e8 != b->shortfall_e8 ? a->shortfall_e8 > b->shortfall_e8 : a->health < b->health;
    });
    for (std::size_t k = 0; k < m_keepers.size() && !queued.empty(); ++k) {
        Keeper& keeper = m_keepers[k];
        if (keeper.busy_until_ms > now_ms)
            continue;
        auto pick = queued.begin();
        if (keeper.strategy == Keeper::Strategy::HomeChain) {
            const auto home = std::find_if(queued.begin(), queued.end(), [&](const LiquidationItem* i) { return i->chain == keeper.home_chain; });
            if (home != queued.end())
                pick = home;
        }
        LiquidationItem& item = **pick;
        queued.erase(pick);
        item.state = LiquidationState::Assigned;
        item.keeper = static_cast<int>(k);
        item.eta_ms = now_ms + keeper.latency_ms;
        item.updated_ms = now_ms;
        keeper.busy_until_ms = item.eta_ms;
    }
    // When anything can happen next: an execution or arrival, a queued item coming due, a
    // keeper free for what waits.
    std::int64_t next = std::numeric_limits<std::int64_t>::max();
    bool waiting = false;
    for (std::size_t k = m_firstOpen; k < m_items.size(); ++k) {
        const LiquidationItem& item = m_items[k];
        if (item.state == LiquidationState::Assigned || item.state == LiquidationState::InFlight)
            next = std::min(next, item.eta_ms);
        else if (item.state == LiquidationState::Queued) {
            waiting = true;
            if (item.eta_ms > now_ms)
                next = std::min(next, item.eta_ms);
        }
    }
    if (waiting)
        for (const Keeper& keeper : m_keepers)
            next = std::min(next, std::max(keeper.busy_until_ms, now_ms + 1));
    m_nextDueMs = next;
}

void LiquidationEngine::execute(LiquidationItem& item, std::int64_t now_ms)
{
    item.updated_ms = now_ms;
    Keeper& keeper = m_keepers[static_cast<std::size_t>(item.keeper)];
    const Account* account = m_book.account(item.account);
    if (!account) {
        item.state = LiquidationState::Failed;
        item.reason = "the account is gone";
        return;
    }
    const AccountMetrics m = m_book.metrics(*account);
    if (!m.liquidatable) {
        item.state = LiquidationState::Cancelled;
        item.reason = "recovered before the keeper acted: health " + std::to_string(m.health).substr(0, 5);
        return;
    }
    if (account->debts.empty()) {
        item.state = LiquidationState::Failed;
        item.reason = "no debt to repay: positions are closed by deleveraging";
        return;
    }
    const Debt debt = *std::max_element(account->debts.begin(), account->debts.end(),
                                        [&](const Debt& a, const Debt& b) { return usd(a.asset, a.amount) < usd(b.asset, b.amount); });
    // Collateral: on the debt's chain first, then the most haircut (least health per dollar).
    std::vector<Holding> order = account->holdings;
    std::vector<double> haircuts;
    for (const Holding& h : order)
        haircuts.push_back(m_book.haircut(h, *account));
    std::vector<std::size_t> idx(order.size());
    for (std::size_t i = 0; i < idx.size(); ++i)
        idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
        const bool la = order[a].chain == debt.chain;
        const bool lb = order[b].chain == debt.chain;
        return la != lb ? la : haircuts[a] > haircuts[b];
    });
    const Int128 debtUsd = usd(debt.asset, debt.amount);
    Int128 repayUsd = debtUsd;
    if (!idx.empty()) {
        const Holding& first = order[idx[0]];
        if (auto x = targetRepayE8(m.adjusted_e8 + m.upnl_e8, m.requirement_e8, m_config.target_health,
                                   bonusOf(m_world.assets[first.asset]), haircuts[idx[0]]))
            repayUsd = std::min(*x, debtUsd);
    }
    // Per account and interval (dYdX), and what the keeper can put up.
    Used& used = m_used[item.account];
    if (now_ms - used.interval_start_ms >= m_config.limit_interval_ms) {
        used.interval_start_ms = now_ms - (now_ms % m_config.limit_interval_ms);
        used.usd_e8 = 0;
    }
    // A debt is not a position: dYdX's share of a position does not apply, the interval's cap
    // and the minimum do.
    LiquidationLimits limits = m_config.limits;
    limits.max_share = 1.0;
    repayUsd = limitedNotionalE8(repayUsd, debtUsd, used.usd_e8, limits);
    repayUsd = std::min(repayUsd, keeper.capital_usd_e8);
    // No keeper repays more than the collateral it can seize is worth, bonus included: what is
    // left after the last collateral is bad debt.
    {
        Int128 collateral = 0;
        for (const Holding& h : order)
            collateral += usd(h.asset, h.amount);
        const double bonus = idx.empty() ? 1.0 : bonusOf(m_world.assets[order[idx[0]].asset]);
        repayUsd = std::min(repayUsd, static_cast<Int128>(std::floor(toDouble(collateral) / bonus)));
    }
    if (repayUsd <= 0) {
        item.state = LiquidationState::Queued;
        item.keeper = -1;
        item.eta_ms = used.interval_start_ms + m_config.limit_interval_ms;
        item.reason = "the account's limit for this interval is spent";
        return;
    }
    Int128 repayUnits = std::min(debt.amount, unitsFor(debt.asset, repayUsd));
    if (repayUnits <= 0)
        repayUnits = std::min<Int128>(debt.amount, 1);
    const Int128 repaid = usd(debt.asset, repayUnits);
    // Seize collateral worth the repayment and the bonus.
    Int128 wanted = 0;
    {
        const double bonus = idx.empty() ? 1.0 : bonusOf(m_world.assets[order[idx[0]].asset]);
        wanted = static_cast<Int128>(std::llround(toDouble(repaid) * bonus));
    }
    Int128 seizedNow = 0;
    Int128 feeUsd = 0;
    std::int64_t arrival = now_ms;
    for (std::size_t k : idx) {
        if (wanted <= 0)
            break;
        const Holding& h = order[k];
        const Asset& asset = m_world.assets[h.asset];
        Int128 units = std::min(h.amount, unitsFor(h.asset, wanted));
        if (units <= 0 && h.amount > 0 && usd(h.asset, h.amount) <= wanted)
            units = h.amount;
        if (units <= 0)
            continue;
        if (!m_book.holding(item.account, h.chain, h.asset, h.route, -units))
            continue;
        const Int128 value = usd(h.asset, units);
        wanted -= value;
        if (h.chain == debt.chain) {
            m_keeperUnits[h.asset] += units;
            seizedNow += value;
            // The protocol's share of the bonus on this collateral.
            const double share = asset.liquidation_protocol_fee_bps / 10000.0;
            const double bonus = bonusOf(asset);
            feeUsd += static_cast<Int128>(std::floor(toDouble(value) * (1.0 - 1.0 / bonus) * share));
        } else {
            // Elsewhere: it travels to the debt's chain and is valued when it arrives.
            item.in_flight.emplace_back(h.asset, units);
            arrival = std::max(arrival, now_ms + m_market.chain_finality_ms[h.chain]);
        }
    }
    // The keeper repays the debt, and pays the protocol's share in the debt's asset.
    m_book.debt(item.account, debt.chain, debt.asset, -repayUnits);
    m_keeperUnits[debt.asset] -= repayUnits;
    const Int128 feeUnits = unitsFor(debt.asset, feeUsd);
    m_keeperUnits[debt.asset] -= feeUnits;
    m_fund[debt.asset] += feeUnits;
    used.usd_e8 += repaid;
    item.debt_asset = debt.asset;
    item.repaid_units += repayUnits;
    item.repaid_e8 += repaid;
    item.seized_e8 += seizedNow;
    item.fee_e8 += usd(debt.asset, feeUnits);
    keeper.earned_usd_e8 += seizedNow - repaid - usd(debt.asset, feeUnits);
    ++keeper.liquidations;
    // Nothing left to seize and debt remaining: bad debt.
    const Account* after = m_book.account(item.account);
    if (after && after->holdings.empty() && item.in_flight.empty()) {
        const std::vector<Debt> debts = after->debts;
        for (const Debt& d : debts) {
            const Int128 fromFund = std::min(m_fund[d.asset], d.amount);
            const Int128 socialized = d.amount - fromFund;
            m_book.debt(item.account, d.chain, d.asset, -d.amount);
            m_fund[d.asset] -= fromFund;
            m_socialized[d.asset] += socialized;
            m_badDebt.push_back({now_ms, item.account, d.asset, d.amount, fromFund, socialized});
            item.bad_debt_e8 += usd(d.asset, d.amount);
        }
    }
    if (feeUnits > 0 || item.bad_debt_e8 > 0)
        recordFund(now_ms);
    if (!item.in_flight.empty()) {
        item.state = LiquidationState::InFlight;
        item.eta_ms = arrival;
        item.reason = "collateral on its way to " + m_world.chains[debt.chain].id;
        return;
    }
    item.state = LiquidationState::Settled;
    item.reason.clear();
}

void LiquidationEngine::land(LiquidationItem& item, std::int64_t now_ms)
{
    // Valued at the price when it arrives: the keeper bears the move on the way.
    Int128 value = 0;
    for (const auto& [asset, units] : item.in_flight) {
        m_keeperUnits[asset] += units;
        value += usd(asset, units);
    }
    item.in_flight.clear();
    item.seized_e8 += value;
    if (item.keeper >= 0)
        m_keepers[static_cast<std::size_t>(item.keeper)].earned_usd_e8 += value;
    item.state = LiquidationState::Settled;
    item.reason = "settled on arrival";
    item.updated_ms = now_ms;
}

std::string LiquidationEngine::approve(std::uint64_t id, std::int64_t now_ms)
{
    for (LiquidationItem& item : m_items)
        if (item.id == id) {
            if (item.state != LiquidationState::Blocked)
                return "liquidation " + std::to_string(id) + " is not blocked";
            item.state = LiquidationState::Queued;
            item.approved = true;
            item.reason = "approved by a risk officer";
            item.updated_ms = now_ms;
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
            item.state = LiquidationState::Cancelled;
            item.reason = "cancelled by a risk officer" + (why.empty() ? std::string() : ": " + why);
            item.updated_ms = now_ms;
            return {};
        }
    return "no liquidation " + std::to_string(id);
}

void LiquidationEngine::save(ByteWriter& out) const
{
    for (const auto* v : {&m_fund, &m_keeperUnits, &m_socialized}) {
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
        for (Int128 x : {i.repaid_units, i.repaid_e8, i.seized_e8, i.fee_e8, i.bad_debt_e8})
            out.i128(x);
        out.u64(i.in_flight.size());
        for (const auto& [a, u] : i.in_flight) {
            out.u32(a);
            out.i128(u);
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
    auto asset = [&](const char* what) {
        const auto a = in.u32(what);
        if (a >= m_world.assets.size())
            in.fail(what, "no such asset");
        return static_cast<AssetIndex>(a);
    };
    for (auto* v : {&m_fund, &m_keeperUnits, &m_socialized}) {
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
        i.reason = in.str("liquidation reason");
        i.shortfall_e8 = in.i128("shortfall");
        i.health = in.f64("health");
        i.chain = static_cast<ChainIndex>(in.u32("liquidation chain"));
        i.keeper = static_cast<int>(in.i64("keeper"));
        if (i.keeper >= static_cast<int>(m_keepers.size()) || i.keeper < -1)
            in.fail("keeper", "no such keeper");
        i.created_ms = in.i64("created");
        i.updated_ms = in.i64("updated");
        i.eta_ms = in.i64("eta");
        i.approved = in.boolean("approved");
        i.debt_asset = asset("debt asset");
        for (Int128* x : {&i.repaid_units, &i.repaid_e8, &i.seized_e8, &i.fee_e8, &i.bad_debt_e8})
            *x = in.i128("liquidation amount");
        i.in_flight.resize(in.count("in flight", 20));
        for (auto& [a, u] : i.in_flight) {
            a = asset("in-flight asset");
            u = in.i128("in-flight units");
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
    m_firstOpen = 0;
    m_nextDueMs = 0; // derived: the next process() recomputes it
}

} // namespace cm
