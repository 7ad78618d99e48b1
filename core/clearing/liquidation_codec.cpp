// SPDX-License-Identifier: GPL-3.0-or-later
// The liquidation engine's state in a snapshot (DESIGN §7, §9): the queue, funds, keepers, holds.
#include "core/clearing/liquidation_engine.h"

namespace cm {

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
