// SPDX-License-Identifier: GPL-3.0-or-later
// The liquidation engine's execution of an item (DESIGN §7): what a keeper seizes and repays,
// the Aave, dYdX and clearmesh paths, collateral that crosses a bridge, bad debt and deleveraging.
#include "core/clearing/liquidation_engine.h"

#include "core/money/money_math.h"
#include "core/risk/aave/aave_profile.h"

#include <algorithm>
#include <cmath>

namespace cm {

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
    if (repaid > keeper.capital_usd_e8 + kUsdOne) {
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

} // namespace cm
