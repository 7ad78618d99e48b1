// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-cli bridge: runs a script of transfers and attacks against the interop layer.
#include "app/cli_bridge.h"

#include "core/domain/json_reader.h"
#include "core/domain/world_loader.h"
#include "core/interop/interop.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/runtime/clearing_state.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace cm::cli {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr int kExitUsage = 2;
constexpr std::int64_t kStepMs = 250;

int fail(const std::string& message)
{
    std::cerr << "clearmesh-cli: " << message << "\n";
    return kExitUsage;
}

// The attacker's side of a script: keys stolen from validator sets, messages it built or saw.
struct Attacker {
    std::map<RouteIndex, std::vector<std::uint32_t>> stolen; // route -> member indices whose keys it holds
};

struct Delivery {
    Message message;
    Attestation attestation;
    MerkleProof proof;
};

// A message no source block committed: the attacker builds a one-leaf outbox of its own (or the
// zero root), as a forger would.
Delivery forgeMessage(const ClearingState& s, RouteIndex route, bool unlock, Int128 amount, const std::string& account, bool zeroRoot)
{
    const Route& r = s.world().routes[route];
    Delivery d;
    d.message.route = r.id;
    d.message.nonce = s.interop().lastNonce(route, unlock) + 1;
    d.message.kind = unlock ? MessageKind::Unlock : MessageKind::Mint;
    d.message.account = account;
    d.message.asset = s.world().assets[r.asset].symbol;
    d.message.amount = amount;
    d.message.source_height = 1;
    if (!zeroRoot)
        d.message.source_root = MerkleTree::leafHash(d.message.id()); // the id without a root: a tree of one
    return d;
}

} // namespace

int runBridge(const std::map<std::string, std::string>& options, bool pretty)
{
    const auto worldIt = options.find("--world");
    const auto scriptIt = options.find("--script");
    if (worldIt == options.end() || scriptIt == options.end())
        return fail("bridge needs --world FILE and --script FILE");
    auto world = loadWorldFile(worldIt->second);
    if (!world)
        return fail(world.error().message);
    std::ifstream in(scriptIt->second);
    if (!in)
        return fail(scriptIt->second + ": cannot open the script");
    std::stringstream text;
    text << in.rdbuf();
    json script = json::parse(text.str(), nullptr, false);
    if (script.is_discarded())
        return fail(scriptIt->second + ": not valid JSON");
    if (script.is_object() && script.contains("steps"))
        script = script.at("steps");
    if (!script.is_array())
        return fail(scriptIt->second + ": expected an array of steps, or {\"steps\": [...]}");

    const std::uint64_t seed = world.value().seed;
    ClearingState state(std::move(world).value(), seed, kStepMs);
    const World& w = state.world();
    Attacker attacker;
    std::vector<Delivery> delivered(script.size()); // by step: the message it delivered, if any
    std::vector<std::uint64_t> transferOf(script.size(), 0);
    ordered_json steps = ordered_json::array();
    try {
        for (std::size_t i = 0; i < script.size(); ++i) {
            const std::string path = indexPath("", i);
            JsonObjectReader step(script[i], path);
            const std::string op = step.string("op");
            auto routeRef = [&](const char* key) {
                const std::string id = step.string(key);
                for (RouteIndex r = 0; r < w.routes.size(); ++r)
                    if (w.routes[r].id == id)
                        return r;
                throw InputError(step.pathOf(key), "unknown route '" + id + "'");
            };
            auto amountOf = [&](RouteIndex r) {
                const int decimals = w.assets[w.routes[r].asset].decimals;
                const Int128 a = step.decimal("amount", decimals, Sign::NonNegative, maxTokenUnits(decimals));
                if (a == 0)
                    throw InputError(step.pathOf("amount"), "must be positive");
                return a;
            };
            ordered_json out;
            out["step"] = i + 1;
            out["op"] = op;
            Interop::Result result {Outcome::Accepted, {}, 0};
            auto deliver = [&](Delivery d) {
                result = state.deliverMessage(d.message, d.attestation, d.proof);
                delivered[i] = std::move(d);
            };
            if (op == "transfer") {
                const RouteIndex r = routeRef("route");
                const std::string direction = step.optString("direction").value_or("forward");
                if (direction != "forward" && direction != "back")
                    throw InputError(step.pathOf("direction"), "forward or back");
                result = state.transfer(r, direction == "back", step.string("account"), amountOf(r));
            } else if (op == "forge") {
                const RouteIndex r = routeRef("route");
                const auto signers = static_cast<std::uint32_t>(step.integer("signers", 0, 1000));
                const bool unknown = step.optBool("unknown", false);
                Delivery d = forgeMessage(state, r, false, amountOf(r), step.optString("account").value_or("attacker"), false);
                if (step.optBool("unproven", false)) {
                    // A root no outbox produced, and no proof to it.
                    Sha256 h;
                    h.updateString("a root nobody committed");
                    d.message.source_root = h.finish();
                }
                const auto& keys = state.interop().validatorKeys(r);
                std::vector<SigningKey> strangers;
                std::vector<std::pair<std::uint32_t, const SigningKey*>> signing;
                if (unknown) {
                    for (std::uint32_t k = 0; k < signers; ++k)
                        strangers.push_back(SigningKey::generate());
                    for (std::uint32_t k = 0; k < signers; ++k)
                        signing.emplace_back(k, &strangers[k]); // claiming to be members 0..k-1
                } else {
                    if (signers > keys.size())
                        throw InputError(step.pathOf("signers"), "the set has " + std::to_string(keys.size()) + " members");
                    for (std::uint32_t k = 0; k < signers; ++k)
                        signing.emplace_back(k, &keys[k]);
                }
                d.attestation = attest(d.message.id(), state.interop().validators(r).version, signing);
                deliver(std::move(d));
            } else if (op == "compromise") {
                const RouteIndex r = routeRef("route");
                const auto n = static_cast<std::uint32_t>(state.interop().validatorKeys(r).size());
                const auto k = static_cast<std::uint32_t>(step.integer("keys", 1, n));
                attacker.stolen[r].clear();
                for (std::uint32_t m = 0; m < k; ++m)
                    attacker.stolen[r].push_back(m);
                const TrustAssessment& t = state.interop().trust(r);
                result.reason = "holds " + std::to_string(k) + " of " + std::to_string(n) + " keys (threshold "
                                + std::to_string(state.interop().validators(r).threshold) + ")"
                                + (t.weak ? "; the set was flagged: " + t.reason : "");
            } else if (op == "mint_unbacked" || op == "unlock_unbacked" || op == "zero_root") {
                const RouteIndex r = routeRef("route");
                const bool unlock = op == "unlock_unbacked";
                Delivery d = forgeMessage(state, r, unlock, amountOf(r), step.optString("account").value_or("attacker"),
                                          op == "zero_root");
                std::vector<std::pair<std::uint32_t, const SigningKey*>> signing;
                const auto& keys = state.interop().validatorKeys(r);
                for (std::uint32_t m : attacker.stolen[r])
                    signing.emplace_back(m, &keys[m]);
                if (op != "zero_root" && signing.empty())
                    throw InputError(step.pathOf("op"), "no keys of " + w.routes[r].id + " are compromised (a compromise step first)");
                d.attestation = attest(d.message.id(), state.interop().validators(r).version, signing);
                deliver(std::move(d));
            } else if (op == "replay") {
                const auto n = static_cast<std::size_t>(step.integer("step", 1, static_cast<std::int64_t>(i)));
                Delivery d = delivered[n - 1];
                if (d.message.route.empty() && transferOf[n - 1] != 0) {
                    // A transfer's message, as the relayer delivered it.
                    const Transfer* t = state.interop().find(transferOf[n - 1]);
                    if (t)
                        d = Delivery {t->message, t->attestation, t->proof};
                }
                if (d.message.route.empty())
                    throw InputError(step.pathOf("step"), "step " + std::to_string(n) + " delivered no message");
                deliver(std::move(d));
            } else if (op == "advance") {
                const std::int64_t seconds = step.integer("seconds", 0, 30LL * 86400);
                state.advance(static_cast<std::uint64_t>(seconds * 1000 / kStepMs));
                result.reason.clear();
            } else if (op == "freeze" || op == "unfreeze") {
                const RouteIndex r = routeRef("route");
                const std::string refusal = op == "freeze" ? state.freezeRoute(r, step.optString("reason").value_or(""))
                                                           : state.unfreezeRoute(r);
                result = {refusal.empty() ? Outcome::Accepted : Outcome::Refused, refusal, 0};
            } else if (op == "release" || op == "drop") {
                // One queued transfer (by the step that made it, or its id), or every one on a route.
                std::vector<std::uint64_t> ids;
                if (step.has("route")) {
                    const RouteIndex r = routeRef("route");
                    for (const Transfer& t : state.interop().transfers())
                        if (t.route == r && t.state == TransferState::Queued)
                            ids.push_back(t.id);
                } else {
                    const auto n = static_cast<std::size_t>(step.integer("step", 1, static_cast<std::int64_t>(i)));
                    ids.push_back(transferOf[n - 1]);
                }
                std::string refusal;
                for (std::uint64_t id : ids) {
                    const std::string r = op == "release" ? state.releaseTransfer(id) : state.dropTransfer(id);
                    if (!r.empty())
                        refusal = r;
                }
                if (ids.empty())
                    refusal = "nothing is queued";
                result = {refusal.empty() ? Outcome::Accepted : Outcome::Refused, refusal, 0};
                out["transfers"] = ids;
            } else if (op == "rotate") {
                const RouteIndex r = routeRef("route");
                result = {Outcome::Accepted, state.rotateValidators(r), 0};
            } else {
                throw InputError(step.pathOf("op"), "unknown op '" + op + "' (transfer, forge, compromise, mint_unbacked, "
                                                    "unlock_unbacked, zero_root, replay, advance, freeze, unfreeze, "
                                                    "release, drop, rotate)");
            }
            step.finish();
            transferOf[i] = result.transfer;
            out["outcome"] = toString(result.outcome);
            out["reason"] = result.reason;
            if (result.transfer != 0)
                out["transfer"] = result.transfer;
            steps.push_back(std::move(out));
        }
    } catch (const InputError& e) {
        return fail(scriptIt->second + ": " + e.what());
    }

    ordered_json doc;
    doc["steps"] = std::move(steps);
    ordered_json transfers = ordered_json::array();
    for (const Transfer& t : state.interop().transfers()) {
        const Route& r = w.routes[t.route];
        transfers.push_back({{"id", t.id}, {"route", r.id}, {"direction", t.back ? "back" : "forward"},
                             {"external", t.external}, {"account", t.account},
                             {"amount", formatDecimal(t.amount, w.assets[r.asset].decimals)}, {"state", toString(t.state)},
                             {"reason", t.reason}});
    }
    doc["transfers"] = std::move(transfers);
    ordered_json routes = ordered_json::array();
    const Snapshot snap = state.snapshot();
    for (const RouteRow& r : snap.routes) {
        ordered_json row;
        row["id"] = r.id;
        row["locked"] = formatDecimal(r.locked, r.decimals);
        row["minted"] = formatDecimal(r.minted, r.decimals);
        row["backing_ratio"] = r.backing_ratio;
        row["frozen"] = r.frozen;
        row["weak"] = r.weak;
        row["trust_addon"] = r.trust_addon;
        if (!r.trust_reason.empty())
            row["trust_reason"] = r.trust_reason;
        routes.push_back(std::move(row));
    }
    doc["routes"] = std::move(routes);
    ordered_json alerts = ordered_json::array();
    for (const AlertRow& a : snap.alerts)
        alerts.push_back({{"critical", a.critical}, {"route", a.route}, {"text", a.text}});
    doc["alerts"] = std::move(alerts);
    ordered_json accounts = ordered_json::array();
    for (const AccountRow& a : snap.accounts) {
        ordered_json row;
        row["id"] = a.id;
        row["adjusted_collateral_usd"] = formatDecimalFixed(a.adjusted_e8, kUsdDecimals, 2);
        row["requirement_usd"] = formatDecimalFixed(a.requirement_e8, kUsdDecimals, 2);
        row["health"] = std::isfinite(a.health) ? ordered_json(std::round(a.health * 1e6) / 1e6) : ordered_json(nullptr);
        accounts.push_back(std::move(row));
    }
    doc["accounts"] = std::move(accounts);
    std::cout << (pretty ? doc.dump(2) : doc.dump()) << "\n";
    return 0;
}

} // namespace cm::cli
