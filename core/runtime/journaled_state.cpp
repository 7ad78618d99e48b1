// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/journaled_state.h"

#include "core/common/require.h"
#include "core/domain/world_loader.h"
#include "core/crypto/sha256.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace cm {
namespace {

using nlohmann::json;

constexpr std::size_t kReadBatch = 8192;

std::int64_t wallMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// A field of a journaled event, or an error naming it.
class EventReader {
public:
    EventReader(std::string_view type, std::string_view payload) : m_type(type)
    {
        m_doc = json::parse(payload, nullptr, false);
        if (m_doc.is_discarded() || !m_doc.is_object())
            throw Error { std::string(type) + " event: the payload is not a JSON object" };
    }
    const json& at(const char* key) const
    {
        if (!m_doc.contains(key))
            throw Error { m_type + " event: missing " + key };
        return m_doc.at(key);
    }
    std::string string(const char* key) const
    {
        const json& v = at(key);
        if (!v.is_string())
            throw Error { m_type + " event: " + key + " is not a string" };
        return v.get<std::string>();
    }
    std::int64_t integer(const char* key) const
    {
        const json& v = at(key);
        if (!v.is_number_integer())
            throw Error { m_type + " event: " + key + " is not an integer" };
        return v.get<std::int64_t>();
    }
    double number(const char* key) const
    {
        const json& v = at(key);
        if (!v.is_number())
            throw Error { m_type + " event: " + key + " is not a number" };
        return v.get<double>();
    }
    AssetIndex asset(const World& w, const char* key) const
    {
        const int a = w.findAsset(string(key));
        if (a < 0)
            throw Error { m_type + " event: unknown asset '" + string(key) + "'" };
        return static_cast<AssetIndex>(a);
    }
    ChainIndex chain(const World& w, const char* key) const
    {
        const int c = w.findChain(string(key));
        if (c < 0)
            throw Error { m_type + " event: unknown chain '" + string(key) + "'" };
        return static_cast<ChainIndex>(c);
    }
    const json& doc() const { return m_doc; }

private:
    std::string m_type;
    json m_doc;
};

} // namespace

StateEvent genesisEvent(std::string_view worldJson, std::uint64_t seed, std::int64_t step_ms)
{
    return { "genesis",
        json { { "format", 1 }, { "world", json::parse(worldJson) }, { "seed", seed }, { "step_ms", step_ms } }.dump() };
}

Result<std::string> canonicalWorldJson(std::string_view text)
{
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded())
        return Error { "not valid JSON" };
    return doc.dump();
}

Result<Genesis> parseGenesis(std::string_view payload)
{
    try {
        EventReader r("genesis", payload);
        if (r.integer("format") != 1)
            return Error { "genesis event: unknown format " + std::to_string(r.integer("format")) };
        Genesis g;
        g.world_json = r.at("world").dump();
        const std::int64_t seed = r.integer("seed");
        g.step_ms = r.integer("step_ms");
        if (seed <= 0 || g.step_ms <= 0)
            return Error { "genesis event: seed and step_ms must be positive" };
        g.seed = static_cast<std::uint64_t>(seed);
        return g;
    } catch (const Error& e) {
        return e;
    }
}

StateEvent advanceEvent(std::uint64_t steps) { return { "advance", json { { "steps", steps } }.dump() }; }

StateEvent setPriceEvent(const World& world, AssetIndex asset, Int128 priceE8)
{
    return { "set_price",
        json { { "asset", world.assets[asset].symbol }, { "price", formatDecimal(priceE8, kUsdDecimals) } }.dump() };
}

StateEvent oraclePriceEvent(const World& world, AssetIndex asset, const std::string& source, ChainIndex chain,
                            double priceUsd, std::int64_t time_ms)
{
    return { "oracle_price",
        json { { "asset", world.assets[asset].symbol }, { "source", source }, { "chain", world.chains[chain].id },
            { "price", priceUsd }, { "time_ms", time_ms } }
            .dump() };
}

StateEvent chainStatusEvent(const World& world, ChainIndex chain, ChainStatus status)
{
    return { "chain_status", json { { "chain", world.chains[chain].id }, { "status", toString(status) } }.dump() };
}

StateEvent replayEvent(const ReplayScenario* scenario)
{
    if (!scenario)
        return { "replay_stop", "{}" };
    return { "replay_start", json { { "scenario", json::parse(formatReplayScenario(*scenario)) } }.dump() };
}

StateEvent feedEvent(const FeedUpdate& update, const World& world) { return { "feed", formatFeedLine(update, world) }; }

namespace {

template <typename Bytes>
bool fromHex(const std::string& hex, Bytes& out)
{
    if (hex.size() != 2 * out.size())
        return false;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = nibble(hex[2 * i]);
        const int lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return true;
}

} // namespace

StateEvent transferEvent(const World& world, RouteIndex route, bool back, const std::string& account, Int128 amount)
{
    const Route& r = world.routes[route];
    return { "transfer",
        json { { "route", r.id }, { "direction", back ? "back" : "forward" }, { "account", account },
            { "amount", formatDecimal(amount, world.assets[r.asset].decimals) } }
            .dump() };
}

StateEvent deliverEvent(const Message& message, const Attestation& attestation, const MerkleProof& proof)
{
    const std::string bytes = message.encode();
    json sigs = json::array();
    for (const auto& [i, sig] : attestation.signatures)
        sigs.push_back({ i, toHex(sig.data(), sig.size()) });
    json steps = json::array();
    for (const MerkleStep& s : proof)
        steps.push_back({ toHex(s.sibling.data(), s.sibling.size()), s.left });
    return { "deliver",
        json { { "message", toHex(bytes.data(), bytes.size()) },
            { "set_version", attestation.set_version }, { "signatures", sigs }, { "proof", steps } }
            .dump() };
}

StateEvent routeEvent(const std::string& type, const World& world, RouteIndex route, const std::string& why)
{
    json doc { { "route", world.routes[route].id } };
    if (!why.empty())
        doc["reason"] = why;
    return { type, doc.dump() };
}

StateEvent transferCommandEvent(const std::string& type, std::uint64_t transfer)
{
    return { type, json { { "transfer", transfer } }.dump() };
}

StateEvent liquidationEvent(const std::string& type, std::uint64_t item, const std::string& why)
{
    json doc { { "liquidation", item } };
    if (!why.empty())
        doc["reason"] = why;
    return { type, doc.dump() };
}

StateEvent operatorAddEvent(const std::string& by, const Operator& op)
{
    json doc { { "name", op.name }, { "role", toString(op.role) },
        { "public_key", toHex(op.public_key.data(), op.public_key.size()) }, { "sealed_key", op.sealed.toHex() } };
    if (!by.empty())
        doc["by"] = by;
    return { "operator_add", doc.dump() };
}

StateEvent proposeEvent(const World& world, const std::string& operatorName, const ClearingState::MoveRequest& q)
{
    return { "proposal",
        json { { "operator", operatorName }, { "account", q.account }, { "asset", world.assets[q.asset].symbol },
            { "from", world.chains[q.from].id }, { "to", world.chains[q.to].id },
            { "amount", formatDecimal(q.amount, world.assets[q.asset].decimals) } }
            .dump() };
}

StateEvent proposalDecisionEvent(const std::string& type, const std::string& operatorName, std::uint64_t proposal,
                                 const std::string& why)
{
    json doc { { "operator", operatorName }, { "proposal", proposal } };
    if (!why.empty())
        doc["reason"] = why;
    return { type, doc.dump() };
}

StateEvent agentRunEvent(const std::string& operatorName)
{
    return { "agent_run", json { { "operator", operatorName } }.dump() };
}

StateEvent agentPolicyEvent(const World& world, const std::string& operatorName, const AgentPolicy& policy)
{
    return { "agent_policy", json { { "operator", operatorName }, { "policy", json::parse(formatAgentPolicy(policy, world)) } }.dump() };
}

Result<std::string> applyEvent(ClearingState& state, std::string_view type, std::string_view payload)
{
    const World& w = state.world();
    try {
        if (type == "feed") {
            auto update = parseFeedLine(payload, w);
            if (!update)
                return Error { "feed event: " + update.error().message };
            return state.applyFeed(update.value());
        }
        EventReader r(type, payload);
        if (type == "advance") {
            const std::int64_t steps = r.integer("steps");
            if (steps < 0)
                return Error { "advance event: negative steps" };
            state.advance(static_cast<std::uint64_t>(steps));
            return std::string();
        }
        if (type == "set_price") {
            const AssetIndex asset = r.asset(w, "asset");
            const auto price = parseDecimal(r.string("price"), kUsdDecimals);
            if (!price || price.value() <= 0)
                return Error { "set_price event: bad price '" + r.string("price") + "'" };
            state.setPrice(asset, price.value());
            return std::string();
        }
        if (type == "oracle_price") {
            const auto update = state.oracleUpdate(
                r.asset(w, "asset"), r.string("source"), r.chain(w, "chain"), r.number("price"), r.integer("time_ms"));
            return update.accepted ? std::string() : update.reason;
        }
        if (type == "chain_status") {
            const ChainIndex chain = r.chain(w, "chain");
            const ChainStatus status = parseChainStatus(r.string("status"));
            if (status == ChainStatus::Invalid)
                return Error { "chain_status event: unknown status '" + r.string("status") + "'" };
            state.setChainStatus(chain, status);
            return std::string();
        }
        if (type == "replay_start") {
            auto scenario = parseReplayScenario(r.at("scenario").dump());
            if (!scenario)
                return Error { "replay_start event: " + scenario.error().message };
            state.startReplay(scenario.value());
            return std::string();
        }
        auto route = [&](const char* key) {
            const std::string id = r.string(key);
            for (RouteIndex i = 0; i < w.routes.size(); ++i)
                if (w.routes[i].id == id)
                    return i;
            throw Error { std::string(type) + " event: unknown route '" + id + "'" };
        };
        if (type == "transfer") {
            const RouteIndex rt = route("route");
            const std::string direction = r.string("direction");
            if (direction != "forward" && direction != "back")
                return Error { "transfer event: direction must be forward or back" };
            const auto amount = parseDecimal(r.string("amount"), w.assets[w.routes[rt].asset].decimals);
            if (!amount)
                return Error { "transfer event: bad amount '" + r.string("amount") + "'" };
            const auto result = state.transfer(rt, direction == "back", r.string("account"), amount.value());
            return result.outcome == Outcome::Refused ? result.reason : std::string();
        }
        if (type == "deliver") {
            std::string bytes;
            const std::string hex = r.string("message");
            std::vector<std::uint8_t> raw(hex.size() / 2);
            if (hex.size() % 2 != 0 || !fromHex(hex, raw))
                return Error { "deliver event: message is not hex" };
            bytes.assign(raw.begin(), raw.end());
            auto message = Message::decode(bytes);
            if (!message)
                return Error { "deliver event: " + message.error().message };
            Attestation attestation;
            attestation.set_version = static_cast<std::uint32_t>(r.integer("set_version"));
            for (const json& s : r.at("signatures")) {
                Signature sig {};
                if (!s.is_array() || s.size() != 2 || !s[0].is_number_unsigned() || !s[1].is_string()
                    || !fromHex(s[1].get<std::string>(), sig))
                    return Error { "deliver event: a signature is not [member, hex]" };
                attestation.signatures.emplace_back(s[0].get<std::uint32_t>(), sig);
            }
            MerkleProof proof;
            for (const json& s : r.at("proof")) {
                MerkleStep step;
                if (!s.is_array() || s.size() != 2 || !s[0].is_string() || !s[1].is_boolean()
                    || !fromHex(s[0].get<std::string>(), step.sibling))
                    return Error { "deliver event: a proof step is not [hex, left]" };
                step.left = s[1].get<bool>();
                proof.push_back(step);
            }
            const auto result = state.deliverMessage(message.value(), attestation, proof);
            return result.outcome == Outcome::Refused ? result.reason : std::string();
        }
        if (type == "liquidation_approve" || type == "liquidation_cancel") {
            const std::int64_t id = r.integer("liquidation");
            if (id <= 0)
                return Error { std::string(type) + " event: bad liquidation id" };
            return type == "liquidation_approve" ? state.approveLiquidation(static_cast<std::uint64_t>(id))
                                                 : state.cancelLiquidation(static_cast<std::uint64_t>(id),
                                                                           r.doc().value("reason", std::string()));
        }
        if (type == "route_freeze")
            return state.freezeRoute(route("route"), r.doc().value("reason", std::string()));
        if (type == "route_unfreeze")
            return state.unfreezeRoute(route("route"));
        if (type == "rotate_validators")
            return state.rotateValidators(route("route"));
        if (type == "transfer_release" || type == "transfer_drop") {
            const std::int64_t id = r.integer("transfer");
            if (id <= 0)
                return Error { std::string(type) + " event: bad transfer id" };
            return type == "transfer_release" ? state.releaseTransfer(static_cast<std::uint64_t>(id))
                                              : state.dropTransfer(static_cast<std::uint64_t>(id));
        }
        if (type == "operator_add") {
            Operator op;
            op.name = r.string("name");
            op.role = parseRole(r.string("role"));
            if (!fromHex(r.string("public_key"), op.public_key))
                return Error { "operator_add event: public_key is not 64 hex digits" };
            auto sealed = SealedKey::fromHex(r.string("sealed_key"));
            if (!sealed)
                return Error { "operator_add event: " + sealed.error().message };
            op.sealed = sealed.value();
            return state.addOperator(r.doc().value("by", std::string()), std::move(op));
        }
        if (type == "proposal") {
            ClearingState::MoveRequest q;
            q.account = r.string("account");
            q.asset = r.asset(w, "asset");
            q.from = r.chain(w, "from");
            q.to = r.chain(w, "to");
            const auto amount = parseDecimal(r.string("amount"), w.assets[q.asset].decimals);
            if (!amount)
                return Error { "proposal event: bad amount '" + r.string("amount") + "'" };
            q.amount = amount.value();
            auto id = state.propose(r.string("operator"), q);
            return id ? std::string() : id.error().message;
        }
        if (type == "proposal_approve" || type == "proposal_reject") {
            const std::int64_t id = r.integer("proposal");
            if (id <= 0)
                return Error { std::string(type) + " event: bad proposal id" };
            return type == "proposal_approve"
                ? state.approveProposal(r.string("operator"), static_cast<std::uint64_t>(id))
                : state.rejectProposal(r.string("operator"), static_cast<std::uint64_t>(id), r.doc().value("reason", std::string()));
        }
        if (type == "agent_run")
            return state.runAgent(r.string("operator"));
        if (type == "agent_policy") {
            auto policy = parseAgentPolicy(r.at("policy").dump(), w, AgentPolicy {});
            if (!policy)
                return Error { "agent_policy event: " + policy.error().message };
            return state.setAgentPolicy(r.string("operator"), policy.value());
        }
        if (type == "replay_stop") {
            state.stopReplay();
            return std::string();
        }
        if (type == "genesis")
            return Error { "a second genesis event" };
        return Error { "unknown event type '" + std::string(type) + "'" };
    } catch (const Error& e) {
        return e;
    }
}

JournaledState::JournaledState(
    std::unique_ptr<ClearingState> state, std::shared_ptr<Journal> journal, std::uint64_t snapshotEvery)
    : m_state(std::move(state)),
      m_journal(std::move(journal)),
      m_snapshotEvery(snapshotEvery)
{
    if (m_journal)
        m_lastSeq = m_journal->lastSeq();
}

void JournaledState::advance(std::uint64_t steps)
{
    if (steps == 0)
        return;
    if (!m_journal) {
        m_state->advance(steps);
        m_state->takeAgentNotes();
        return;
    }
    m_state->advance(steps);
    m_pendingSteps += steps;
    // What the agent and the proposals did on their own clock: audited as the agent's, after
    // the steps that caused it.
    auto notes = m_state->takeAgentNotes();
    if (!notes.empty()) {
        flushSteps();
        for (const auto& [action, details] : notes)
            audit(action, details, "agent", nullptr);
    }
}

void JournaledState::flushSteps()
{
    if (m_pendingSteps == 0)
        return;
    const StateEvent e = advanceEvent(m_pendingSteps);
    m_pendingSteps = 0;
    const std::uint64_t seq = m_journal->append(wallMs(), e.type, e.payload);
    if (seq == 0)
        return;
    m_lastSeq = seq;
    if (m_snapshotEvery > 0 && ++m_sinceSnapshot >= m_snapshotEvery)
        snapshotNow();
}

std::string JournaledState::apply(const StateEvent& event, Acknowledge ack)
{
    flushSteps(); // the steps before it come first in the journal, as they did in the state
    auditNotes("agent", nullptr); // what earlier events left unclaimed (a step event's proposals)
    auto applied = applyEvent(*m_state, event.type, event.payload);
    // Events are built by the functions above from valid arguments: one that does not apply
    // is a bug, not input.
    CM_REQUIRE(applied.ok(), applied.ok() ? "" : applied.error().message.c_str());
    if (!m_journal) {
        m_state->takeNewlyProcessed();
        if (ack)
            ack(applied.value());
        return applied.value();
    }
    Journal::Durable durable;
    if (ack)
        durable = [ack = std::move(ack), refusal = applied.value()](std::uint64_t) { ack(refusal); };
    const std::uint64_t seq = m_journal->append(wallMs(), event.type, event.payload, std::move(durable));
    if (seq == 0)
        return applied.value(); // the journal failed: nothing more is acknowledged
    m_lastSeq = seq;
    for (const Digest& id : m_state->takeNewlyProcessed())
        m_journal->appendProcessed(id, seq);
    if (m_snapshotEvery > 0 && ++m_sinceSnapshot >= m_snapshotEvery)
        snapshotNow();
    return applied.value();
}

void JournaledState::snapshotNow()
{
    if (m_journal && m_pendingSteps > 0) {
        flushSteps();
        if (m_sinceSnapshot == 0)
            return; // flushSteps took one
    }
    if (!m_journal || m_lastSeq == 0 || m_sinceSnapshot == 0)
        return;
    m_journal->appendSnapshot(m_lastSeq, m_state->saveState(), m_state->stateHash());
    m_sinceSnapshot = 0;
}

void JournaledState::audit(
    const std::string& action, const std::string& details, const std::string& operatorName, const Signer* signer)
{
    if (!m_journal)
        return;
    flushSteps();
    json entry = json::parse(details.empty() ? "{}" : details, nullptr, false);
    if (!entry.is_object())
        entry = json::object();
    entry["action"] = action;
    entry["event"] = m_lastSeq;
    m_journal->appendAudit(wallMs(), operatorName, entry.dump(), signer);
}

void JournaledState::auditNotes(const std::string& operatorName, const Signer* signer)
{
    for (const auto& [action, details] : m_state->takeAgentNotes())
        audit(action, details, operatorName, signer);
}

Result<Recovered> recoverState(const Journal& journal, bool useSnapshots, std::uint64_t stopBefore)
{
    const auto first = journal.read(1, 1);
    if (first.empty())
        return Error { journal.path() + ": the journal holds no run" };
    if (first[0].type != "genesis")
        return Error { journal.path() + ": event 1 is '" + first[0].type + "', not genesis" };
    auto genesis = parseGenesis(first[0].payload);
    if (!genesis)
        return Error { journal.path() + ": event 1: " + genesis.error().message };
    auto world = loadWorldJson(genesis.value().world_json);
    if (!world)
        return Error { journal.path() + ": event 1: the world: " + world.error().message };

    Recovered r;
    r.genesis = genesis.value();
    const std::uint64_t last = stopBefore > 0 ? stopBefore - 1 : journal.lastSeq();
    auto fresh = [&] {
        return std::make_unique<ClearingState>(world.value(), r.genesis.seed, r.genesis.step_ms);
    };
    r.state = fresh();
    r.last_seq = 1;
    if (useSnapshots) {
        for (const std::uint64_t seq : journal.snapshotSeqs(last)) {
            const auto snap = journal.readSnapshot(seq);
            if (!snap)
                continue;
            auto loaded = r.state->loadState(snap->state);
            if (loaded && r.state->stateHash() == snap->state_hash) {
                r.snapshot_seq = seq;
                r.last_seq = seq;
                break;
            }
            r.skipped_snapshots += "snapshot " + std::to_string(seq) + ": "
                + (loaded ? std::string("its state hash does not match") : loaded.error().message) + "; ";
            r.state = fresh(); // a failed load leaves the state unusable
        }
    }
    for (std::uint64_t from = r.last_seq + 1; from <= last;) {
        const auto events = journal.read(from, kReadBatch);
        if (events.empty())
            break;
        for (const JournalEvent& e : events) {
            if (e.seq > last)
                break;
            auto applied = applyEvent(*r.state, e.type, e.payload);
            if (!applied)
                return Error { journal.path() + ": event " + std::to_string(e.seq) + ": " + applied.error().message };
            r.last_seq = e.seq;
            ++r.replayed;
        }
        from = events.back().seq + 1;
    }
    r.state->takeAgentNotes(); // audited when they happened
    return r;
}

} // namespace cm
