// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-cli operator add | propose | proposals | approve | reject | agent-run: operator
// profiles and the approval of collateral moves (DESIGN §8) on a journal, for scripting desks.
#include "app/cli_agent.h"

#include "core/agent/operators.h"
#include "core/api/session.h"
#include "core/api/snapshot.h"
#include "core/crypto/sha256.h"
#include "core/domain/world_loader.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/runtime/journaled_state.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <optional>

namespace cm::cli {
namespace {

constexpr int kExitUsage = 2;
constexpr int kExitRefused = 3;

int usage(const std::string& message)
{
    std::cerr << "clearmesh-cli: " << message << "\n";
    return kExitUsage;
}

int refused(const std::string& reason)
{
    std::cout << nlohmann::json { { "error", reason } }.dump() << "\n";
    return kExitRefused;
}

// A passphrase from the environment, else the next line of standard input; never an argument.
std::optional<std::string> passphrase(const char* variable)
{
    if (const char* v = std::getenv(variable); v && *v)
        return std::string(v);
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

nlohmann::ordered_json health(double h)
{
    if (std::isinf(h) || std::isnan(h))
        return nullptr;
    return std::round(h * 10000.0) / 10000.0;
}

nlohmann::ordered_json proposalJson(const ProposalRow& p)
{
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (const auto& [t, text] : p.steps)
        steps.push_back({ { "time_ms", t }, { "text", text } });
    return { { "id", p.id }, { "kind", p.kind }, { "state", p.state }, { "proposer", p.proposer }, { "account", p.account },
        { "asset", p.asset }, { "from", p.from }, { "to", p.to }, { "route", p.route }, { "direction", p.back ? "back" : "forward" },
        { "amount", p.amount }, { "usd", formatDecimalFixed(p.usd_e8, kUsdDecimals, 2) },
        { "cost_usd", formatDecimalFixed(p.cost_usd_e8, kUsdDecimals, 2) }, { "health_before", health(p.health_before) },
        { "health_after", health(p.health_after) }, { "health_in_flight", health(p.health_in_flight) },
        { "health_done", p.state == "done" ? health(p.health_done) : nlohmann::ordered_json(nullptr) }, { "eta_ms", p.eta_ms },
        { "created_ms", p.created_ms }, { "expires_ms", p.expires_ms }, { "required_approvals", p.required_approvals },
        { "approvers", p.approvers }, { "reason", p.reason }, { "transfer", p.transfer }, { "steps", steps } };
}

struct Opened {
    Session session;
    JournaledState& state() { return *session.state; }
};

std::optional<Opened> open(const std::map<std::string, std::string>& options, int& exitCode)
{
    if (!options.count("--db")) {
        exitCode = usage("needs --db FILE (a journal that holds a run: clearmesh-cli run --db FILE)");
        return std::nullopt;
    }
    SessionOptions so;
    so.path = options.at("--db");
    auto opened = openSession(so);
    if (!opened) {
        exitCode = usage(opened.error().message);
        return std::nullopt;
    }
    if (!opened.value().info.read_only_reason.empty()) {
        exitCode = refused(so.path + " is read-only: " + opened.value().info.read_only_reason);
        return std::nullopt;
    }
    return Opened { std::move(opened).value() };
}

// The acting operator, signed in with the passphrase.
std::optional<Signer> signIn(const ClearingState& state, const std::string& name, int& exitCode)
{
    const Operator* op = state.agent().findOperator(name);
    if (!op) {
        exitCode = refused("no operator named '" + name + "'");
        return std::nullopt;
    }
    const auto pass = passphrase("CLEARMESH_PASSPHRASE");
    if (!pass) {
        exitCode = usage("the passphrase of " + name + " comes from CLEARMESH_PASSPHRASE or the first line of standard input");
        return std::nullopt;
    }
    auto key = unsealKey(op->sealed, op->public_key, *pass);
    if (!key) {
        exitCode = refused(key.error().message + " for operator " + name);
        return std::nullopt;
    }
    return Signer { name, key.value() };
}

// Applies the command's event, audits it signed, and waits until it is durable.
std::string decide(Opened& o, const StateEvent& event, const Signer* signer, const std::string& operatorName)
{
    const std::string refusal = o.state().apply(event);
    // The command's own arguments (never a key or a passphrase), then the outcome.
    nlohmann::json details = nlohmann::json::parse(event.payload, nullptr, false);
    if (!details.is_object())
        details = nlohmann::json::object();
    details.erase("sealed_key");
    details.erase("public_key");
    if (!refusal.empty())
        details["refused"] = refusal;
    details["via"] = "clearmesh-cli";
    o.state().audit(event.type, details.dump(), operatorName, signer);
    o.state().auditNotes(operatorName, signer);
    o.session.journal->flush();
    return refusal;
}

std::string need(const std::map<std::string, std::string>& options, const char* key, std::string& missing)
{
    const auto it = options.find(key);
    if (it == options.end()) {
        if (missing.empty())
            missing = key;
        return {};
    }
    return it->second;
}

} // namespace

int runOperatorAdd(const std::map<std::string, std::string>& options)
{
    std::string missing;
    const std::string name = need(options, "--name", missing);
    const std::string role = need(options, "--role", missing);
    if (!missing.empty())
        return usage("operator add needs " + missing);
    if (parseRole(role) == AccountRole::Invalid)
        return usage("--role: unknown role '" + role + "' (viewer, trader, treasury, risk_officer or admin)");
    int rc = 0;
    auto o = open(options, rc);
    if (!o)
        return rc;
    // The new operator's passphrase first (CLEARMESH_NEW_PASSPHRASE or the first line of standard
    // input), then the admin's (CLEARMESH_PASSPHRASE or the next line).
    const auto pass = passphrase("CLEARMESH_NEW_PASSPHRASE");
    if (!pass)
        return usage("the new operator's passphrase comes from CLEARMESH_NEW_PASSPHRASE or the first line of standard input");
    std::optional<Signer> by;
    if (options.count("--by")) {
        by = signIn(o->state().state(), options.at("--by"), rc);
        if (!by)
            return rc;
    }
    if (pass->size() < 8)
        return refused("a passphrase has at least 8 characters");
    const SigningKey key = SigningKey::generate();
    Operator op;
    op.name = name;
    op.role = parseRole(role);
    op.public_key = key.publicKey();
    op.sealed = sealKey(key, *pass);
    // The first admin signs its own entry with the key it has just been given.
    const Signer self { name, key };
    const Signer* signer = by ? &*by : &self;
    const std::string refusal = decide(*o, operatorAddEvent(by ? by->name : std::string(), op), signer, signer->name);
    if (!refusal.empty())
        return refused(refusal);
    std::cout << nlohmann::ordered_json { { "operator", name }, { "role", role },
                                          { "public_key", toHex(op.public_key.data(), op.public_key.size()) },
                                          { "added_by", by ? nlohmann::ordered_json(by->name) : nlohmann::ordered_json(nullptr) } }
                     .dump()
              << "\n";
    return 0;
}

int runPropose(const std::map<std::string, std::string>& options)
{
    std::string missing;
    const std::string name = need(options, "--operator", missing);
    const std::string account = need(options, "--account", missing);
    const std::string asset = need(options, "--asset", missing);
    const std::string from = need(options, "--from", missing);
    const std::string to = need(options, "--to", missing);
    const std::string amount = need(options, "--amount", missing);
    if (!missing.empty())
        return usage("propose needs " + missing);
    int rc = 0;
    auto o = open(options, rc);
    if (!o)
        return rc;
    const World& w = o->state().state().world();
    auto q = o->state().state().moveRequest(account, asset, from, to, amount);
    if (!q)
        return usage(q.error().message);
    auto signer = signIn(o->state().state(), name, rc);
    if (!signer)
        return rc;
    const std::uint64_t id = o->state().state().agent().next_id;
    const std::string refusal = decide(*o, proposeEvent(w, name, q.value()), &*signer, name);
    if (!refusal.empty())
        return refused(refusal);
    const Proposal* p = o->state().state().agent().find(id);
    std::cout << proposalJson(o->state().state().proposalRow(*p)).dump() << "\n";
    return 0;
}

int runProposalDecision(const std::string& action, const std::map<std::string, std::string>& options)
{
    std::string missing;
    const std::string name = need(options, "--operator", missing);
    const std::string idText = need(options, "--proposal", missing);
    const std::string reason = action == "reject" ? need(options, "--reason", missing) : std::string();
    if (!missing.empty())
        return usage(action + " needs " + missing);
    char* end = nullptr;
    const unsigned long long id = std::strtoull(idText.c_str(), &end, 10);
    if (idText.empty() || *end != '\0' || id == 0)
        return usage("--proposal: bad proposal id '" + idText + "'");
    int rc = 0;
    auto o = open(options, rc);
    if (!o)
        return rc;
    auto signer = signIn(o->state().state(), name, rc);
    if (!signer)
        return rc;
    const std::string refusal = decide(*o, proposalDecisionEvent("proposal_" + action, name, id, reason), &*signer, name);
    if (!refusal.empty())
        return refused(refusal);
    std::cout << proposalJson(o->state().state().proposalRow(*o->state().state().agent().find(id))).dump() << "\n";
    return 0;
}

int runAgentNow(const std::map<std::string, std::string>& options)
{
    std::string missing;
    const std::string name = need(options, "--operator", missing);
    if (!missing.empty())
        return usage("agent-run needs " + missing);
    int rc = 0;
    auto o = open(options, rc);
    if (!o)
        return rc;
    auto signer = signIn(o->state().state(), name, rc);
    if (!signer)
        return rc;
    const std::uint64_t first = o->state().state().agent().next_id;
    const std::string refusal = decide(*o, agentRunEvent(name), &*signer, name);
    if (!refusal.empty())
        return refused(refusal);
    nlohmann::ordered_json opened = nlohmann::ordered_json::array();
    for (const Proposal& p : o->state().state().agent().proposals)
        if (p.id >= first)
            opened.push_back(proposalJson(o->state().state().proposalRow(p)));
    std::cout << nlohmann::ordered_json { { "proposals", opened } }.dump() << "\n";
    return 0;
}

int runProposals(const std::map<std::string, std::string>& options, bool pretty)
{
    if (!options.count("--db"))
        return usage("proposals needs --db FILE");
    auto journal = Journal::open(options.at("--db"), Journal::Access::ReadOnly);
    if (!journal)
        return usage(journal.error().message);
    auto recovered = recoverState(*journal.value(), true);
    if (!recovered)
        return usage(recovered.error().message);
    const ClearingState& state = *recovered.value().state;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Proposal& p : state.agent().proposals)
        list.push_back(proposalJson(state.proposalRow(p)));
    nlohmann::ordered_json ops = nlohmann::ordered_json::array();
    for (const Operator& op : state.agent().operators)
        ops.push_back({ { "name", op.name }, { "role", toString(op.role) }, { "added_by", op.added_by } });
    nlohmann::ordered_json doc { { "sim_time_ms", state.simTimeMs() }, { "proposals", list }, { "operators", ops },
        { "policy", nlohmann::ordered_json::parse(formatAgentPolicy(state.agent().policy, state.world())) } };
    std::cout << (pretty ? doc.dump(2) : doc.dump()) << "\n";
    return 0;
}

} // namespace cm::cli
