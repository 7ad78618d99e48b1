// SPDX-License-Identifier: GPL-3.0-or-later
// Operators, the clearing agent and approvals (DESIGN §8): proposals of collateral moves, the
// policy that approves them, maker-checker, and their execution through the interop layer.
#include "core/runtime/clearing_state.h"

#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace cm {

const Account* ClearingState::findAccount(const std::string& id) const
{
    const std::uint32_t i = m_accountIds.find(id);
    return i == AccountIndex::npos ? nullptr : &m_world.accounts[i];
}

AccountRole ClearingState::operatorRole(const std::string& name) const
{
    if (m_agent.operators.empty())
        return AccountRole::Admin;
    const Operator* o = m_agent.findOperator(name);
    return o ? o->role : AccountRole::Invalid;
}

std::string ClearingState::refuseRole(const std::string& operatorName, Action action) const
{
    const AccountRole role = operatorRole(operatorName);
    if (role == AccountRole::Invalid)
        return "no operator named '" + operatorName + "'";
    return roleRefusal(operatorName, role, action);
}

std::string ClearingState::addOperator(const std::string& by, Operator op)
{
    if (!validOperatorName(op.name))
        return "an operator's name is 1 to 64 letters, digits, '.', '_', '-' or '@'";
    if (op.name == "agent" || op.name == "policy")
        return "'" + op.name + "' is reserved for the clearing agent";
    if (op.role == AccountRole::Invalid)
        return "unknown role (viewer, trader, treasury, risk_officer or admin)";
    if (m_agent.findOperator(op.name))
        return "operator " + op.name + " exists";
    if (m_agent.operators.empty()) {
        if (op.role != AccountRole::Admin)
            return "the first operator must be an admin";
        op.added_by.clear();
    } else {
        if (by.empty())
            return "a new operator is added by an admin";
        if (std::string refusal = refuseRole(by, Action::AddOperator); !refusal.empty())
            return refusal;
        op.added_by = by;
    }
    op.added_ms = m_simTimeMs;
    m_agent.operators.push_back(std::move(op));
    return {};
}

std::vector<std::pair<RouteIndex, bool>> ClearingState::routesBetween(AssetIndex asset, ChainIndex from, ChainIndex to) const
{
    std::vector<std::pair<RouteIndex, bool>> out;
    for (RouteIndex r = 0; r < m_world.routes.size(); ++r) {
        const Route& route = m_world.routes[r];
        if (route.asset != asset)
            continue;
        if (route.from == from && route.to == to)
            out.emplace_back(r, false);
        else if (route.to == from && route.from == to)
            out.emplace_back(r, true);
    }
    // Cheapest first: the route's fee, then its latency.
    std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
        const Route& x = m_world.routes[a.first];
        const Route& y = m_world.routes[b.first];
        return x.fee_bps != y.fee_bps ? x.fee_bps < y.fee_bps
                                      : m_market.route_latency_p99_ms[a.first] < m_market.route_latency_p99_ms[b.first];
    });
    return out;
}

std::string ClearingState::routeBlocker(RouteIndex route, bool back, Int128 usd) const
{
    const Route& r = m_world.routes[route];
    if (m_market.route_frozen[route])
        return "route " + r.id + " is frozen";
    for (const ChainIndex c : {r.from, r.to})
        if (m_market.chain_status[c] == ChainStatus::Halted)
            return "chain " + m_world.chains[c].id + " is halted";
    if (std::string limited = m_interop.rateLimitRefusal(route, back, usd, m_simTimeMs); !limited.empty())
        return limited;
    if (auto wait = m_interop.governorWait(route, back, usd, m_simTimeMs))
        return *wait;
    return {};
}

std::optional<Proposal> ClearingState::planOn(const Account& account, const AccountMetrics& m, RouteIndex route, bool back,
                                              Int128 amount, std::string& why) const
{
    const Route& r = m_world.routes[route];
    const Asset& asset = m_world.assets[r.asset];
    const ChainIndex from = back ? r.to : r.from;
    const ChainIndex to = back ? r.from : r.to;
    const RouteIndex srcRoute = back ? route : kNoRoute;
    const RouteIndex dstRoute = back ? kNoRoute : route;
    Account copy = account;
    auto src = std::find_if(copy.holdings().begin(), copy.holdings().end(),
                            [&](const Holding& h) { return h.chain == from && h.asset == r.asset && h.route == srcRoute; });
    const std::string what = asset.symbol + (back ? " claims of " + r.id : std::string(" native")) + " on " + m_world.chains[from].id;
    if (src == copy.holdings().end()) {
        why = account.id + " holds no " + what;
        return std::nullopt;
    }
    if (src->amount < amount) {
        why = account.id + " holds only " + formatDecimal(src->amount, asset.decimals) + " " + what;
        return std::nullopt;
    }
    src->amount -= amount;
    if (src->amount == 0)
        copy.holdings().erase(src);
    // While it travels the collateral counts on neither chain; §5's free collateral is what may
    // be moved, so the source side must still meet its initial requirement.
    const AccountMetrics flight = m_calc.compute(copy);
    if (flight.free_collateral_e8() < 0) {
        why = "moving " + formatDecimal(amount, asset.decimals) + " " + asset.symbol + " would take " + account.id
            + " below its initial requirement while it travels (free collateral " + formatUsdText(m.free_collateral_e8()) + ", "
            + formatUsdText(flight.free_collateral_e8()) + " in flight)";
        return std::nullopt;
    }
    auto dst = std::find_if(copy.holdings().begin(), copy.holdings().end(),
                            [&](const Holding& h) { return h.chain == to && h.asset == r.asset && h.route == dstRoute; });
    if (dst == copy.holdings().end())
        copy.holdings().push_back({to, r.asset, dstRoute, amount});
    else
        dst->amount += amount;
    const AccountMetrics after = m_calc.compute(copy);

    Proposal p;
    p.account = account.id;
    p.asset = r.asset;
    p.from = from;
    p.to = to;
    p.route = route;
    p.back = back;
    p.amount = amount;
    p.usd_e8 = m_interop.usdValue(route, amount);
    p.health_before = m.health;
    p.health_after = after.health;
    p.health_in_flight = flight.health;
    p.cost_usd_e8 = p.usd_e8 * r.fee_bps / 10000;
    p.eta_ms = m_market.route_latency_p99_ms[route] + m_world.chains[from].block_time_ms;
    return p;
}

Result<ClearingState::MoveRequest> ClearingState::moveRequest(const std::string& account, const std::string& asset,
                                                              const std::string& from, const std::string& to,
                                                              const std::string& amount) const
{
    MoveRequest q;
    q.account = account;
    const int a = m_world.findAsset(asset);
    const int f = m_world.findChain(from);
    const int t = m_world.findChain(to);
    if (a < 0)
        return Error {"unknown asset '" + asset + "'"};
    if (f < 0 || t < 0)
        return Error {"unknown chain '" + (f < 0 ? from : to) + "'"};
    q.asset = static_cast<AssetIndex>(a);
    q.from = static_cast<ChainIndex>(f);
    q.to = static_cast<ChainIndex>(t);
    const auto units = parseDecimal(amount, m_world.assets[q.asset].decimals);
    if (!units)
        return Error {"bad amount '" + amount + "': " + units.error().message};
    q.amount = units.value();
    return q;
}

Result<Proposal> ClearingState::planMove(const MoveRequest& q) const
{
    const Account* account = findAccount(q.account);
    if (!account)
        return Error {"unknown account '" + q.account + "'"};
    const Asset& asset = m_world.assets[q.asset];
    if (q.from == q.to)
        return Error {"the source and destination chain are the same"};
    if (q.amount <= 0)
        return Error {"the amount must be positive"};
    if (std::string held = m_liq.withdrawalHold(q.account, m_simTimeMs); !held.empty())
        return Error {held};
    const auto routes = routesBetween(q.asset, q.from, q.to);
    if (routes.empty())
        return Error {"no route carries " + asset.symbol + " from " + m_world.chains[q.from].id + " to " + m_world.chains[q.to].id
                      + " in one hop"};
    flushRemargin();
    const AccountMetrics m = accountMetrics(m_accountIds.find(q.account));
    std::string firstWhy;
    std::optional<Proposal> delayed;
    for (const auto& [route, back] : routes) {
        std::string why;
        auto p = planOn(*account, m, route, back, q.amount, why);
        if (!p) {
            if (firstWhy.empty())
                firstWhy = why;
            continue;
        }
        const std::string blocker = routeBlocker(route, back, p->usd_e8);
        if (blocker.empty())
            return *p;
        if (blocker.rfind("governor", 0) == 0) {
            // The governor delays, it does not refuse: a move may still go, 24 h later.
            if (!delayed) {
                p->eta_ms += 86400000;
                p->reason = blocker;
                delayed = p;
            }
        } else if (firstWhy.empty()) {
            firstWhy = blocker;
        }
    }
    if (delayed)
        return *delayed;
    return Error {firstWhy};
}

void ClearingState::agentNote(const Proposal& p, const std::string& action, const std::string& by, const std::string& detail)
{
    nlohmann::json d {{"proposal", p.id}, {"account", p.account}, {"by", by}, {"state", toString(p.state)},
                      {"usd", formatDecimal(p.usd_e8, kUsdDecimals)}};
    if (!detail.empty())
        d["detail"] = detail;
    if (p.transfer)
        d["transfer"] = p.transfer;
    m_agentNotes.emplace_back(action, d.dump());
}

std::uint64_t ClearingState::openProposal(Proposal p)
{
    const AgentPolicy& policy = m_agent.policy;
    p.id = m_agent.next_id++;
    p.created_ms = m_simTimeMs;
    p.expires_ms = m_simTimeMs + policy.expiry_ms;
    p.state = ProposalState::Pending;
    p.required_approvals = p.usd_e8 >= policy.big_tx_usd_e8 ? 2 : 1;
    p.steps.push_back({m_simTimeMs, "proposed by " + p.proposer + ": " + p.reason});
    // Policy: below the auto-approval size, on a healthy route, within the period's bound.
    std::string needsApproval;
    const Route& r = m_world.routes[p.route];
    if (p.usd_e8 >= policy.auto_approve_usd_e8)
        needsApproval = formatUsdText(p.usd_e8) + " is at or above the auto-approval size " + formatUsdText(policy.auto_approve_usd_e8);
    else if (const std::string blocker = routeBlocker(p.route, p.back, p.usd_e8); !blocker.empty())
        needsApproval = blocker;
    else if (m_interop.trust(p.route).weak)
        needsApproval = "route " + r.id + "'s validator set is weak";
    else if (m_market.backingRatio(p.route) < 1.0)
        needsApproval = "route " + r.id + " is under-backed";
    else if (m_market.chain_status[r.from] != ChainStatus::Live || m_market.chain_status[r.to] != ChainStatus::Live)
        needsApproval = "a chain of route " + r.id + " is not live";
    else if (m_agent.executedInPeriod(m_simTimeMs) + p.usd_e8 > policy.period_limit_usd_e8)
        needsApproval = "the period's bound " + formatUsdText(policy.period_limit_usd_e8) + " would be exceeded";
    const bool automatic = needsApproval.empty();
    if (!automatic)
        p.steps.push_back({m_simTimeMs, "needs " + std::to_string(p.required_approvals) + " approver" + (p.required_approvals > 1 ? "s" : "")
                                            + " (not " + p.proposer + "): " + needsApproval});
    m_agent.proposals.push_back(std::move(p));
    Proposal& stored = m_agent.proposals.back();
    const std::uint64_t id = stored.id;
    m_openProposals.push_back(stored.id);
    agentNote(stored, "proposal_open", stored.proposer, stored.reason);
    if (automatic) {
        stored.state = ProposalState::Approved;
        stored.steps.push_back({m_simTimeMs, "auto-approved: below " + formatUsdText(policy.auto_approve_usd_e8) + " on a healthy route"});
        agentNote(stored, "proposal_auto_approve", "policy");
        executeProposal(stored, "policy");
    }
    pruneProposals(); // may move the deque's elements: `stored` is not used after it
    return id;
}

void ClearingState::executeProposal(Proposal& p, const std::string& by)
{
    auto fail = [&](const std::string& why) {
        p.state = ProposalState::Failed;
        p.reason = why;
        p.steps.push_back({m_simTimeMs, "failed: " + why});
        m_openProposals.erase(std::remove(m_openProposals.begin(), m_openProposals.end(), p.id), m_openProposals.end());
        agentNote(p, "proposal_fail", by, why);
    };
    const Account* account = findAccount(p.account);
    if (!account) {
        fail("the account is gone");
        return;
    }
    // Prices may have moved since it was proposed: the source side must still hold.
    flushRemargin();
    std::string why;
    if (!planOn(*account, accountMetrics(m_accountIds.find(p.account)), p.route, p.back, p.amount, why)) {
        fail("at execution: " + why);
        return;
    }
    const Interop::Result res = transfer(p.route, p.back, p.account, p.amount);
    if (res.outcome == Outcome::Refused) {
        fail("refused by the bridge: " + res.reason);
        return;
    }
    m_agent.executed.emplace_back(m_simTimeMs, p.usd_e8);
    p.state = ProposalState::Executing;
    p.transfer = res.transfer;
    const Route& r = m_world.routes[p.route];
    if (res.outcome == Outcome::Queued)
        p.steps.push_back({m_simTimeMs, "transfer " + std::to_string(res.transfer) + " queued: " + res.reason});
    else
        p.steps.push_back({m_simTimeMs, "transfer " + std::to_string(res.transfer) + (p.back ? ": claims burned on " : ": locked in the vault on ")
                                            + m_world.chains[p.from].id + " (" + r.id + ")"});
    p.transfer_seen = static_cast<std::uint8_t>(res.outcome == Outcome::Queued ? TransferState::Queued : TransferState::Locked);
    agentNote(p, "proposal_execute", by);
}

void ClearingState::trackProposals()
{
    if (m_openProposals.empty())
        return;
    const std::vector<std::uint64_t> open = m_openProposals;
    for (const std::uint64_t id : open) {
        Proposal* p = m_agent.find(id);
        if (!p)
            continue;
        auto close = [&](ProposalState s, const std::string& text, const char* action) {
            p->state = s;
            p->steps.push_back({m_simTimeMs, text});
            m_openProposals.erase(std::remove(m_openProposals.begin(), m_openProposals.end(), id), m_openProposals.end());
            agentNote(*p, action, "agent", text);
        };
        if (p->state == ProposalState::Pending && m_simTimeMs >= p->expires_ms) {
            p->reason = "not approved in time";
            close(ProposalState::Expired, "expired with " + std::to_string(p->approvers.size()) + " of "
                                              + std::to_string(p->required_approvals) + " approvals",
                  "proposal_expire");
            continue;
        }
        if (p->state != ProposalState::Executing)
            continue;
        const Transfer* t = m_interop.find(p->transfer);
        if (!t || static_cast<std::uint8_t>(t->state) == p->transfer_seen)
            continue;
        p->transfer_seen = static_cast<std::uint8_t>(t->state);
        switch (t->state) {
        case TransferState::Minted: {
            const Account* account = findAccount(p->account);
            p->health_done = account ? m_calc.compute(*account).health : 0.0;
            close(ProposalState::Done, "arrived on " + m_world.chains[p->to].id + "; health " + healthText(p->health_done), "proposal_done");
            break;
        }
        case TransferState::Refused:
        case TransferState::Dropped:
            p->reason = t->reason.empty() ? std::string(toString(t->state)) : t->reason;
            close(ProposalState::Failed, std::string("transfer ") + toString(t->state) + ": " + p->reason, "proposal_fail");
            break;
        default:
            p->steps.push_back({m_simTimeMs, std::string("transfer ") + toString(t->state)});
            break;
        }
    }
}

void ClearingState::pruneProposals()
{
    auto& list = m_agent.proposals;
    std::size_t closed = 0;
    for (const Proposal& p : list)
        closed += isOpen(p.state) ? 0 : 1;
    if (closed <= AgentBook::kClosedKept + AgentBook::kClosedKept / 2)
        return; // amortized: a prune per kClosedKept / 2 closings
    std::size_t drop = closed - AgentBook::kClosedKept;
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Proposal& p) {
                   if (drop == 0 || isOpen(p.state))
                       return false;
                   --drop;
                   return true;
               }),
               list.end());
}

Result<std::uint64_t> ClearingState::propose(const std::string& operatorName, const MoveRequest& request)
{
    if (std::string refusal = refuseRole(operatorName, Action::Propose); !refusal.empty())
        return Error {refusal};
    auto plan = planMove(request);
    if (!plan)
        return plan.error();
    Proposal p = plan.value();
    p.kind = ProposalKind::Manual;
    p.proposer = operatorName;
    const std::string note = p.reason;
    p.reason = "manual move of " + formatDecimal(p.amount, m_world.assets[p.asset].decimals) + " " + m_world.assets[p.asset].symbol
        + " from " + m_world.chains[p.from].id + " to " + m_world.chains[p.to].id + (note.empty() ? "" : "; " + note);
    return openProposal(std::move(p));
}

std::string ClearingState::approveProposal(const std::string& operatorName, std::uint64_t id)
{
    if (std::string refusal = refuseRole(operatorName, Action::Approve); !refusal.empty())
        return refusal;
    Proposal* p = m_agent.find(id);
    if (!p)
        return "no proposal " + std::to_string(id);
    if (p->state != ProposalState::Pending)
        return "proposal " + std::to_string(id) + " is " + toString(p->state) + ", not pending";
    if (m_simTimeMs >= p->expires_ms)
        return "proposal " + std::to_string(id) + " has expired";
    if (p->proposer == operatorName)
        return "maker-checker: " + operatorName + " proposed " + std::to_string(id) + " and may not approve it";
    if (std::find(p->approvers.begin(), p->approvers.end(), operatorName) != p->approvers.end())
        return operatorName + " has already approved proposal " + std::to_string(id) + "; the next approval must come from someone else";
    const bool last = static_cast<int>(p->approvers.size()) + 1 >= p->required_approvals;
    const Int128 used = m_agent.executedInPeriod(m_simTimeMs);
    if (last && used + p->usd_e8 > m_agent.policy.period_limit_usd_e8)
        return "policy: " + formatUsdText(used) + " of the " + formatUsdText(m_agent.policy.period_limit_usd_e8) + " allowed per "
            + std::to_string(m_agent.policy.period_ms / 3600000) + " h has executed; " + formatUsdText(p->usd_e8) + " more would exceed it";
    p->approvers.push_back(operatorName);
    p->steps.push_back({m_simTimeMs, "approved by " + operatorName + " (" + std::to_string(p->approvers.size()) + " of "
                                         + std::to_string(p->required_approvals) + ")"});
    if (last) {
        p->state = ProposalState::Approved;
        executeProposal(*p, operatorName);
    }
    return {};
}

std::string ClearingState::rejectProposal(const std::string& operatorName, std::uint64_t id, const std::string& why)
{
    if (std::string refusal = refuseRole(operatorName, Action::Approve); !refusal.empty())
        return refusal;
    if (why.empty())
        return "a rejection needs a reason";
    Proposal* p = m_agent.find(id);
    if (!p)
        return "no proposal " + std::to_string(id);
    if (p->state != ProposalState::Pending)
        return "proposal " + std::to_string(id) + " is " + toString(p->state) + ", not pending";
    p->state = ProposalState::Rejected;
    p->reason = why;
    p->steps.push_back({m_simTimeMs, "rejected by " + operatorName + ": " + why});
    m_openProposals.erase(std::remove(m_openProposals.begin(), m_openProposals.end(), id), m_openProposals.end());
    pruneProposals();
    return {};
}

std::string ClearingState::runAgent(const std::string& operatorName)
{
    if (std::string refusal = refuseRole(operatorName, Action::RunAgent); !refusal.empty())
        return refusal;
    agentRun();
    return {};
}

std::string ClearingState::setAgentPolicy(const std::string& operatorName, const AgentPolicy& policy)
{
    if (std::string refusal = refuseRole(operatorName, Action::EditPolicy); !refusal.empty())
        return refusal;
    const bool wasEnabled = m_agent.policy.enabled;
    m_agent.policy = policy;
    if (policy.enabled && !wasEnabled)
        m_agent.next_run_ms = m_simTimeMs + policy.interval_ms;
    return {};
}

} // namespace cm
