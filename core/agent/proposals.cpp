// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/proposals.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cm {

const char* toString(ProposalState s)
{
    switch (s) {
    case ProposalState::Pending: return "pending";
    case ProposalState::Approved: return "approved";
    case ProposalState::Executing: return "executing";
    case ProposalState::Done: return "done";
    case ProposalState::Rejected: return "rejected";
    case ProposalState::Expired: return "expired";
    case ProposalState::Failed: return "failed";
    }
    return "?";
}

bool isOpen(ProposalState s)
{
    return s == ProposalState::Pending || s == ProposalState::Approved || s == ProposalState::Executing;
}

const char* toString(ProposalKind k)
{
    switch (k) {
    case ProposalKind::Rebalance: return "rebalance";
    case ProposalKind::Buffer: return "buffer";
    case ProposalKind::Manual: return "manual";
    }
    return "?";
}

std::string healthText(double h)
{
    if (std::isinf(h))
        return "inf";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", h);
    return buf;
}

const Operator* AgentBook::findOperator(const std::string& name) const
{
    const auto it = std::find_if(operators.begin(), operators.end(), [&](const Operator& o) { return o.name == name; });
    return it == operators.end() ? nullptr : &*it;
}

Proposal* AgentBook::find(std::uint64_t id)
{
    const auto it = std::lower_bound(proposals.begin(), proposals.end(), id, [](const Proposal& p, std::uint64_t v) { return p.id < v; });
    return it != proposals.end() && it->id == id ? &*it : nullptr;
}

const Proposal* AgentBook::find(std::uint64_t id) const { return const_cast<AgentBook*>(this)->find(id); }

Int128 AgentBook::executedInPeriod(std::int64_t now_ms) const
{
    Int128 sum = 0;
    for (const auto& [t, usd] : executed)
        if (t > now_ms - policy.period_ms)
            sum += usd;
    return sum;
}

void AgentBook::save(ByteWriter& out) const
{
    out.u64(operators.size());
    for (const Operator& o : operators) {
        out.str(o.name);
        out.u8(static_cast<std::uint8_t>(o.role));
        out.raw(o.public_key.data(), o.public_key.size());
        out.raw(o.sealed.salt.data(), o.sealed.salt.size());
        out.raw(o.sealed.nonce.data(), o.sealed.nonce.size());
        out.raw(o.sealed.box.data(), o.sealed.box.size());
        out.str(o.added_by);
        out.i64(o.added_ms);
    }
    const AgentPolicy& p = policy;
    out.boolean(p.enabled);
    out.f64(p.warning_health);
    out.f64(p.target_health);
    out.f64(p.min_gain);
    out.i64(p.interval_ms);
    out.i128(p.auto_approve_usd_e8);
    out.i128(p.big_tx_usd_e8);
    out.i128(p.period_limit_usd_e8);
    out.i64(p.period_ms);
    out.i64(p.expiry_ms);
    out.u32(static_cast<std::uint32_t>(p.max_per_run));
    out.u64(p.buffers.size());
    for (const LiquidityBuffer& b : p.buffers) {
        out.str(b.account);
        out.u32(b.chain);
        out.u32(b.asset);
        out.i128(b.min_amount);
    }
    out.u64(proposals.size());
    for (const Proposal& x : proposals) {
        out.u64(x.id);
        out.u8(static_cast<std::uint8_t>(x.kind));
        out.str(x.proposer);
        out.str(x.account);
        out.u32(x.asset);
        out.u32(x.from);
        out.u32(x.to);
        out.u32(x.route);
        out.boolean(x.back);
        out.i128(x.amount);
        out.i128(x.usd_e8);
        out.f64(x.health_before);
        out.f64(x.health_after);
        out.f64(x.health_in_flight);
        out.f64(x.health_done);
        out.i128(x.cost_usd_e8);
        out.i64(x.eta_ms);
        out.i64(x.created_ms);
        out.i64(x.expires_ms);
        out.u8(static_cast<std::uint8_t>(x.state));
        out.u32(static_cast<std::uint32_t>(x.required_approvals));
        out.u64(x.approvers.size());
        for (const std::string& a : x.approvers)
            out.str(a);
        out.str(x.reason);
        out.u64(x.transfer);
        out.u8(x.transfer_seen);
        out.u64(x.steps.size());
        for (const ProposalStep& s : x.steps) {
            out.i64(s.time_ms);
            out.str(s.text);
        }
    }
    out.u64(next_id);
    out.i64(next_run_ms);
    out.u64(executed.size());
    for (const auto& [t, usd] : executed) {
        out.i64(t);
        out.i128(usd);
    }
}

void AgentBook::load(ByteReader& in, const World& world)
{
    auto index = [&](const char* what, std::size_t limit) {
        const std::uint32_t v = in.u32(what);
        if (v >= limit)
            in.fail(what, "index " + std::to_string(v) + " is not in the world");
        return v;
    };
    operators.assign(in.count("operators", 8), {});
    for (Operator& o : operators) {
        o.name = in.str("operator name");
        const std::uint8_t role = in.u8("operator role");
        if (role < static_cast<std::uint8_t>(AccountRole::Viewer) || role > static_cast<std::uint8_t>(AccountRole::Admin))
            in.fail("operator role", "unknown role " + std::to_string(role));
        o.role = static_cast<AccountRole>(role);
        in.raw(o.public_key.data(), o.public_key.size(), "operator key");
        in.raw(o.sealed.salt.data(), o.sealed.salt.size(), "operator salt");
        in.raw(o.sealed.nonce.data(), o.sealed.nonce.size(), "operator nonce");
        in.raw(o.sealed.box.data(), o.sealed.box.size(), "operator box");
        o.added_by = in.str("operator added by");
        o.added_ms = in.i64("operator added");
    }
    AgentPolicy& p = policy;
    p.enabled = in.boolean("agent enabled");
    p.warning_health = in.f64("warning health");
    p.target_health = in.f64("target health");
    p.min_gain = in.f64("min gain");
    p.interval_ms = in.i64("agent interval");
    p.auto_approve_usd_e8 = in.i128("auto approve");
    p.big_tx_usd_e8 = in.i128("big tx");
    p.period_limit_usd_e8 = in.i128("period limit");
    p.period_ms = in.i64("period");
    p.expiry_ms = in.i64("expiry");
    p.max_per_run = static_cast<int>(in.u32("max per run"));
    p.buffers.assign(in.count("buffers", 8), {});
    for (LiquidityBuffer& b : p.buffers) {
        b.account = in.str("buffer account");
        b.chain = index("buffer chain", world.chains.size());
        b.asset = index("buffer asset", world.assets.size());
        b.min_amount = in.i128("buffer amount");
    }
    proposals.assign(in.count("proposals", 64), {});
    for (Proposal& x : proposals) {
        x.id = in.u64("proposal id");
        const std::uint8_t kind = in.u8("proposal kind");
        if (kind < 1 || kind > 3)
            in.fail("proposal kind", "unknown kind " + std::to_string(kind));
        x.kind = static_cast<ProposalKind>(kind);
        x.proposer = in.str("proposer");
        x.account = in.str("proposal account");
        x.asset = index("proposal asset", world.assets.size());
        x.from = index("proposal from", world.chains.size());
        x.to = index("proposal to", world.chains.size());
        x.route = index("proposal route", world.routes.size());
        x.back = in.boolean("proposal direction");
        x.amount = in.i128("proposal amount");
        x.usd_e8 = in.i128("proposal usd");
        x.health_before = in.f64("health before");
        x.health_after = in.f64("health after");
        x.health_in_flight = in.f64("health in flight");
        x.health_done = in.f64("health done");
        x.cost_usd_e8 = in.i128("proposal cost");
        x.eta_ms = in.i64("proposal eta");
        x.created_ms = in.i64("proposal created");
        x.expires_ms = in.i64("proposal expires");
        const std::uint8_t state = in.u8("proposal state");
        if (state < 1 || state > 7)
            in.fail("proposal state", "unknown state " + std::to_string(state));
        x.state = static_cast<ProposalState>(state);
        x.required_approvals = static_cast<int>(in.u32("required approvals"));
        x.approvers.resize(in.count("approvers", 8));
        for (std::string& a : x.approvers)
            a = in.str("approver");
        x.reason = in.str("proposal reason");
        x.transfer = in.u64("proposal transfer");
        x.transfer_seen = in.u8("proposal transfer state");
        x.steps.resize(in.count("proposal steps", 16));
        for (ProposalStep& s : x.steps) {
            s.time_ms = in.i64("step time");
            s.text = in.str("step text");
        }
    }
    next_id = in.u64("next proposal");
    next_run_ms = in.i64("next agent run");
    executed.resize(in.count("executed", 24));
    for (auto& [t, usd] : executed) {
        t = in.i64("executed time");
        usd = in.i128("executed usd");
    }
}

} // namespace cm
