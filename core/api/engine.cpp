// SPDX-License-Identifier: GPL-3.0-or-later
#include <utility>

#include "core/api/engine.h"

#include "core/stress/stress_run.h"

#include "core/common/require.h"
#include "core/net/feed_server.h"
#include "core/runtime/clearing_state.h"
#include "core/runtime/journaled_state.h"
#include "core/domain/world_loader.h"
#include "core/money/decimal.h"

#include <nlohmann/json.hpp>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <algorithm>
#include <chrono>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace cm {
namespace {

constexpr auto kTickInterval = std::chrono::milliseconds(20);
// A tick never owes more than this many steps: a backlog past it (a stalled machine, a huge
// speed) is dropped, so the simulation slows down instead of freezing the core thread.
constexpr std::uint64_t kMaxStepsPerTick = 200000;

} // namespace

struct Engine::Impl {
    Impl(std::unique_ptr<JournaledState> js, EngineOptions opts, std::string readOnly)
        : options(opts),
          journaled(std::move(js)),
          state(journaled->state()),
          structure(structureOf(state.world())),
          timer(io),
          speed(opts.speed),
          running(!opts.start_paused && readOnly.empty()),
          readOnlyReason(std::move(readOnly))
    {
    }

    bool writable() const { return readOnlyReason.empty(); }

    // A journal that stopped writing (a full disk) stops the engine: nothing unjournaled moves.
    void checkJournal()
    {
        if (Journal* j = journaled->journal(); j && writable() && !j->failure().empty()) {
            readOnlyReason = "the journal stopped writing: " + j->failure();
            running = false;
            dirty = true;
        }
    }

    // An operator decision: the event, then its signed audit entry, then what it caused (an
    // approval that executed a proposal). Returns the domain's refusal.
    std::string decide(const StateEvent& event, const std::string& details)
    {
        if (!writable())
            return "read-only: " + readOnlyReason;
        const std::string refusal = journaled->apply(event);
        std::string entry = details;
        if (!refusal.empty()) {
            nlohmann::json d = nlohmann::json::parse(details.empty() ? "{}" : details, nullptr, false);
            if (!d.is_object())
                d = nlohmann::json::object();
            d["refused"] = refusal;
            entry = d.dump();
        }
        journaled->audit(event.type, entry, operatorName, signer ? &*signer : nullptr);
        journaled->auditNotes(operatorName, signer ? &*signer : nullptr);
        checkJournal();
        return refusal;
    }

    // The core checks the acting operator's role for every command (DESIGN §8); a refusal is
    // an audit entry too.
    std::string gate(Action action, const char* command)
    {
        std::string refusal = state.checkRole(operatorName, action);
        if (!refusal.empty() && writable()) {
            journaled->audit(command, nlohmann::json { { "refused", refusal } }.dump(), operatorName, signer ? &*signer : nullptr);
            checkJournal();
        }
        return refusal;
    }

    std::string roleName() const
    {
        const AccountRole r = state.operatorRole(operatorName);
        return r == AccountRole::Invalid ? std::string("none") : std::string(toString(r));
    }

    void tick()
    {
        const auto now = std::chrono::steady_clock::now();
        checkJournal();
        if (running && writable()) {
            const double wallMs = std::chrono::duration<double, std::milli>(now - lastTick).count();
            pendingSimMs += wallMs * speed;
            const auto owed = static_cast<std::uint64_t>(pendingSimMs / static_cast<double>(options.step_ms));
            std::uint64_t steps = std::min(owed, kMaxStepsPerTick);
            if (options.stop_at_steps > 0) {
                steps = std::min(steps, options.stop_at_steps - std::min(options.stop_at_steps, state.steps()));
                if (state.steps() + steps >= options.stop_at_steps)
                    running = false;
            }
            if (steps > 0) {
                journaled->advance(steps); // journaled with the next second's steps (flushSteps)
                dirty = true;
            }
            pendingSimMs = owed > kMaxStepsPerTick ? 0.0 : pendingSimMs - static_cast<double>(steps * options.step_ms);
        }
        if (journaled->pendingSteps() > 0 && now - lastStepFlush >= std::chrono::seconds(1)) {
            journaled->flushSteps();
            lastStepFlush = now;
        }
        lastTick = now;
        if (dirty && now - lastPublish >= std::chrono::milliseconds(options.publish_interval_ms))
            publish();
        timer.expires_after(kTickInterval);
        // Raw `this`: the Engine joins the thread before Impl dies, and a shared_ptr here would
        // keep Impl alive through its own io_context after stop().
        timer.async_wait([this](const boost::system::error_code& ec) {
            if (!ec)
                tick();
        });
    }

    std::string apply(const Command& command)
    {
        std::string refusal = std::visit([this](const auto& c) { return applyOne(c); }, command);
        dirty = true;
        return refusal;
    }

    std::string applyOne(const SetSpeedCommand& c)
    {
        speed = c.speed > 0 ? c.speed : speed;
        return {};
    }
    std::string applyOne(const PauseCommand&)
    {
        running = false;
        return {};
    }
    std::string applyOne(const ResumeCommand&)
    {
        running = writable();
        pendingSimMs = 0;
        return {};
    }
    std::string applyOne(const StepCommand& c)
    {
        if (writable() && c.steps > 0)
            journaled->apply(advanceEvent(c.steps));
        return {};
    }
    std::string applyOne(const SetPriceCommand& c)
    {
        const int asset = state.world().findAsset(c.asset);
        if (asset < 0 || c.price_e8 <= 0)
            return "unknown asset or a price that is not positive";
        if (auto refused = gate(Action::SetPrice, "set_price"); !refused.empty())
            return refused;
        return decide(setPriceEvent(state.world(), static_cast<AssetIndex>(asset), c.price_e8), {});
    }

    std::string applyOne(const OraclePriceCommand& c)
    {
        const int asset = state.world().findAsset(c.asset);
        const int chain = state.world().findChain(c.chain);
        if (asset < 0 || chain < 0)
            return "unknown asset or chain";
        if (auto refused = gate(Action::SetPrice, "oracle_price"); !refused.empty())
            return refused;
        return decide(oraclePriceEvent(state.world(), static_cast<AssetIndex>(asset), c.source, static_cast<ChainIndex>(chain),
                                       c.price_usd, c.time_ms == 0 ? state.simTimeMs() : c.time_ms),
                      {});
    }

    std::string applyOne(const ChainStatusCommand& c)
    {
        const int chain = state.world().findChain(c.chain);
        const ChainStatus status = parseChainStatus(c.status);
        if (chain < 0 || status == ChainStatus::Invalid)
            return "unknown chain or status";
        if (auto refused = gate(Action::ChainStatus, "chain_status"); !refused.empty())
            return refused;
        return decide(chainStatusEvent(state.world(), static_cast<ChainIndex>(chain), status), {});
    }

    std::string applyOne(const ReplayCommand& c)
    {
        if (auto refused = gate(Action::Replay, "replay"); !refused.empty())
            return refused;
        const std::string details
            = c.scenario ? nlohmann::json { { "scenario", c.scenario->name } }.dump() : std::string("{}");
        return decide(replayEvent(c.scenario.get()), details);
    }

    int routeIndex(const std::string& id) const { return state.world().findRoute(id); }

    std::string applyOne(const TransferCommand& c)
    {
        const int route = routeIndex(c.route);
        if (route < 0)
            return "unknown route '" + c.route + "'";
        const auto amount = parseDecimal(c.amount, state.world().assets[state.world().routes[route].asset].decimals);
        if (!amount || amount.value() <= 0)
            return "bad amount '" + c.amount + "'";
        if (auto refused = gate(Action::Transfer, "transfer"); !refused.empty())
            return refused;
        return decide(transferEvent(state.world(), static_cast<RouteIndex>(route), c.back, c.account, amount.value()), {});
    }

    std::string applyOne(const RouteCommand& c)
    {
        const int route = routeIndex(c.route);
        const std::string type = c.action == "freeze" ? "route_freeze" : c.action == "unfreeze" ? "route_unfreeze"
                               : c.action == "rotate"   ? "rotate_validators" : "";
        if (route < 0 || type.empty())
            return "unknown route or action";
        if (auto refused = gate(Action::RouteDecision, type.c_str()); !refused.empty())
            return refused;
        return decide(routeEvent(type, state.world(), static_cast<RouteIndex>(route), c.reason), {});
    }

    std::string applyOne(const QueuedTransferCommand& c)
    {
        if (c.transfer == 0 || (c.action != "release" && c.action != "drop"))
            return "unknown transfer or action";
        if (auto refused = gate(Action::QueuedTransfer, "transfer_decision"); !refused.empty())
            return refused;
        return decide(transferCommandEvent("transfer_" + c.action, c.transfer), {});
    }

    std::string applyOne(const LiquidationCommand& c)
    {
        if (c.item == 0 || (c.action != "approve" && c.action != "cancel"))
            return "unknown liquidation or action";
        if (auto refused = gate(Action::LiquidationDecision, "liquidation_decision"); !refused.empty())
            return refused;
        return decide(liquidationEvent("liquidation_" + c.action, c.item, c.reason), {});
    }

    std::string applyOne(const OperatorCommand& c)
    {
        // A registered name signs in only with its registered key.
        if (const Operator* op = state.agent().findOperator(c.name); op && (!c.key || c.key->publicKey() != op->public_key))
            return "operator " + c.name + "'s key does not match the registered one";
        operatorName = c.name;
        signer.reset();
        if (c.key)
            signer = Signer { c.name, *c.key };
        return {};
    }

    std::string applyOne(const LoginCommand& c)
    {
        const Operator* op = state.agent().findOperator(c.name);
        if (!op)
            return "no operator named '" + c.name + "'";
        auto key = unsealKey(op->sealed, op->public_key, c.passphrase);
        if (!key)
            return key.error().message + " for " + c.name;
        operatorName = c.name;
        signer = Signer { c.name, key.value() };
        if (writable()) {
            journaled->audit("sign_in", "{}", operatorName, &*signer);
            checkJournal();
        }
        return {};
    }

    std::string applyOne(const AddOperatorCommand& c)
    {
        if (c.passphrase.size() < 8)
            return "a passphrase has at least 8 characters";
        Operator op;
        op.name = c.name;
        op.role = parseRole(c.role);
        const SigningKey key = SigningKey::generate();
        op.public_key = key.publicKey();
        op.sealed = sealKey(key, c.passphrase);
        const bool first = state.agent().operators.empty();
        const std::string refusal
            = decide(operatorAddEvent(first ? std::string() : operatorName, op), nlohmann::json { { "name", c.name }, { "role", c.role } }.dump());
        if (refusal.empty() && first) {
            // The first admin signs in at once: from now on roles hold.
            operatorName = op.name;
            signer = Signer { op.name, key };
        }
        return refusal;
    }

    std::string applyOne(const ProposeCommand& c)
    {
        auto request = moveRequest(c);
        if (!request)
            return request.error().message;
        return decide(proposeEvent(state.world(), operatorName, request.value()),
                      nlohmann::json { { "account", c.account }, { "asset", c.asset }, { "from", c.from }, { "to", c.to },
                          { "amount", c.amount } }
                          .dump());
    }

    std::string applyOne(const ProposalCommand& c)
    {
        if (c.proposal == 0 || (c.action != "approve" && c.action != "reject"))
            return "unknown proposal or action";
        nlohmann::json details { { "proposal", c.proposal } };
        if (!c.reason.empty())
            details["reason"] = c.reason;
        return decide(proposalDecisionEvent("proposal_" + c.action, operatorName, c.proposal, c.reason), details.dump());
    }

    std::string applyOne(const AgentRunCommand&) { return decide(agentRunEvent(operatorName), {}); }

    std::string applyOne(const AgentPolicyCommand& c)
    {
        auto policy = parseAgentPolicy(c.policy_json, state.world(), state.agent().policy);
        if (!policy)
            return policy.error().message;
        return decide(agentPolicyEvent(state.world(), operatorName, policy.value()), {});
    }

    Result<ClearingState::MoveRequest> moveRequest(const ProposeCommand& c) const
    {
        return state.moveRequest(c.account, c.asset, c.from, c.to, c.amount);
    }

    void publish()
    {
        auto snap = std::make_shared<Snapshot>(state.snapshot());
        snap->seq = ++seq;
        snap->speed = speed;
        snap->running = running;
        snap->read_only_reason = readOnlyReason;
        snap->operator_name = operatorName;
        snap->operator_role = roleName();
        if (const Journal* j = journaled->journal()) {
            snap->journal_path = j->path();
            snap->journal_events = j->lastSeq();
            snap->audit_entries = j->lastAuditSeq();
        }
        SnapshotPtr ptr = std::move(snap);
        {
            std::lock_guard lock(latestMutex);
            latest = ptr;
        }
        std::lock_guard lock(subscribersMutex);
        for (auto& [id, callback] : subscribers)
            callback(ptr);
        lastPublish = std::chrono::steady_clock::now();
        dirty = false;
    }

    // Chains, assets and routes only: they never change, so other threads may read them.
    static World structureOf(const World& w)
    {
        World s;
        s.profile = w.profile;
        s.chains = w.chains;
        s.assets = w.assets;
        s.routes = w.routes;
        s.emode_categories = w.emode_categories;
        return s;
    }

    EngineOptions options;
    std::unique_ptr<JournaledState> journaled;
    ClearingState& state;
    World structure;
    boost::asio::io_context io;
    boost::asio::steady_timer timer;
    std::thread thread;
    double speed;
    bool running;
    bool dirty = true;
    double pendingSimMs = 0.0;
    std::uint64_t seq = 0;
    std::chrono::steady_clock::time_point lastTick{};
    std::chrono::steady_clock::time_point lastPublish{};
    std::chrono::steady_clock::time_point lastStepFlush{};

    mutable std::mutex latestMutex;
    SnapshotPtr latest;
    std::mutex subscribersMutex;
    std::map<std::uint64_t, std::function<void(SnapshotPtr)>> subscribers;
    std::uint64_t nextSubscriber = 1;

    std::string readOnlyReason;
    std::string operatorName = "local";
    std::optional<Signer> signer;
    SessionInfo session;
};

struct Subscription::Link {
    std::weak_ptr<Engine::Impl> impl;
    std::uint64_t id = 0;
};

Subscription::Subscription(std::shared_ptr<Link> link) : m_link(std::move(link)) {}
Subscription::Subscription(Subscription&& other) noexcept : m_link(std::move(other.m_link)) {}
Subscription& Subscription::operator=(Subscription&& other) noexcept
{
    if (this != &other) {
        reset();
        m_link = std::move(other.m_link);
    }
    return *this;
}
Subscription::~Subscription() { reset(); }

void Subscription::reset()
{
    if (!m_link)
        return;
    if (auto impl = m_link->impl.lock()) {
        std::lock_guard lock(impl->subscribersMutex);
        impl->subscribers.erase(m_link->id);
    }
    m_link.reset();
}

Engine::Engine(World world, EngineOptions options)
{
    if (options.seed == 0)
        options.seed = world.seed;
    CM_REQUIRE(options.step_ms > 0, "step_ms must be positive");
    auto state = std::make_unique<ClearingState>(std::move(world), options.seed, options.step_ms);
    m_impl = std::make_shared<Impl>(std::make_unique<JournaledState>(std::move(state)), options, std::string());
    m_impl->publish(); // a first snapshot exists before the thread starts
}

Engine::Engine(Session session, EngineOptions options)
{
    CM_REQUIRE(session.state != nullptr, "an opened session");
    options.seed = session.info.seed;
    options.step_ms = session.info.step_ms;
    const std::string readOnly = session.info.read_only_reason;
    m_impl = std::make_shared<Impl>(std::move(session.state), options, readOnly);
    m_impl->session = std::move(session.info);
    m_impl->publish();
}

Engine::~Engine()
{
    stop();
    // A clean exit leaves a snapshot of the final state, so the next start replays nothing.
    if (m_impl && m_impl->writable()) {
        m_impl->journaled->snapshotNow();
        if (Journal* j = m_impl->journaled->journal())
            j->flush();
    }
}

const SessionInfo& Engine::sessionInfo() const { return m_impl->session; }

Journal* Engine::journal() const { return m_impl->journaled->journal(); }

void Engine::start()
{
    if (m_impl->thread.joinable())
        return;
    m_impl->io.restart();
    boost::asio::post(m_impl->io, [impl = m_impl.get()] {
        impl->lastTick = std::chrono::steady_clock::now();
        impl->tick();
    });
    m_impl->thread = std::thread([impl = m_impl] {
        auto guard = boost::asio::make_work_guard(impl->io);
        impl->io.run();
    });
}

void Engine::stop()
{
    if (!m_impl || !m_impl->thread.joinable())
        return;
    boost::asio::post(m_impl->io, [impl = m_impl.get()] {
        impl->timer.cancel();
        impl->io.stop();
    });
    m_impl->thread.join();
}

void Engine::post(Command command, std::function<void(std::string)> done)
{
    boost::asio::post(m_impl->io, [impl = m_impl.get(), command = std::move(command), done = std::move(done)] {
        const std::string refusal = impl->apply(command);
        if (done)
            done(refusal);
        if (std::chrono::steady_clock::now() - impl->lastPublish
            >= std::chrono::milliseconds(impl->options.publish_interval_ms))
            impl->publish();
    });
}

Subscription Engine::subscribe(std::function<void(SnapshotPtr)> callback)
{
    auto link = std::make_shared<Subscription::Link>();
    link->impl = m_impl;
    {
        std::lock_guard lock(m_impl->subscribersMutex);
        link->id = m_impl->nextSubscriber++;
        m_impl->subscribers.emplace(link->id, std::move(callback));
    }
    return Subscription(link);
}

void Engine::submitFeed(FeedUpdate update, std::function<void(std::string)> done)
{
    boost::asio::post(m_impl->io, [impl = m_impl.get(), update = std::move(update), done = std::move(done)] {
        if (!impl->writable()) {
            done("read-only: " + impl->readOnlyReason);
            return;
        }
        // Acknowledged only once the line is durable in the journal.
        impl->journaled->apply(feedEvent(update, impl->state.world()),
                               [done](const std::string& refusal) { done(refusal); });
        impl->dirty = true;
        impl->checkJournal();
    });
}

const World& Engine::world() const { return m_impl->structure; }

std::unique_ptr<FeedServer> Engine::makeFeedServer(FeedServerOptions options)
{
    return std::make_unique<FeedServer>(
        world(), [this](FeedUpdate u, FeedServer::Done done) { submitFeed(std::move(u), std::move(done)); }, std::move(options));
}

void Engine::planMove(ProposeCommand request, std::function<void(std::string, std::shared_ptr<const ProposalRow>)> done)
{
    boost::asio::post(m_impl->io, [impl = m_impl.get(), request = std::move(request), done = std::move(done)] {
        auto q = impl->moveRequest(request);
        if (!q) {
            done(q.error().message, nullptr);
            return;
        }
        auto plan = impl->state.planMove(q.value());
        // The pre-trade check beside the plan: how much of the holding may leave now.
        const auto check = impl->state.checkMove(q.value(), true);
        const Asset& asset = impl->state.world().assets[q.value().asset];
        const std::string movable = formatDecimal(check.movable, asset.decimals);
        if (!plan) {
            std::string why = plan.error().message;
            if (check.movable > 0 && check.movable < q.value().amount)
                why += "; at most " + movable + " " + asset.symbol + " may leave now";
            done(why, nullptr);
            return;
        }
        auto row = std::make_shared<ProposalRow>(impl->state.proposalRow(plan.value()));
        row->movable = movable;
        done({}, std::move(row));
    });
}

void Engine::captureStressBase(std::function<void(std::shared_ptr<const StressBase>)> done)
{
    if (!m_impl->thread.joinable()) {
        done(cm::captureStressBase(m_impl->state)); // not started: nothing else touches the state
        return;
    }
    boost::asio::post(m_impl->io, [impl = m_impl.get(), done = std::move(done)] { done(cm::captureStressBase(impl->state)); });
}

void Engine::requestAccountDetail(std::string id, std::function<void(AccountDetailPtr)> done)
{
    boost::asio::post(m_impl->io, [impl = m_impl.get(), id = std::move(id), done = std::move(done)] {
        done(impl->state.accountDetail(id));
    });
}

SnapshotPtr Engine::latest() const
{
    std::lock_guard lock(m_impl->latestMutex);
    return m_impl->latest;
}

std::string Engine::stateHash()
{
    return onCore([](const ClearingState& s) { return s.stateHash(); });
}

std::string Engine::runReport()
{
    return onCore([](const ClearingState& s) { return s.runReport(); });
}

std::string Engine::onCore(const std::function<std::string(const ClearingState&)>& f)
{
    if (!m_impl->thread.joinable())
        return f(m_impl->state);
    std::promise<std::string> result;
    auto future = result.get_future();
    boost::asio::post(m_impl->io, [impl = m_impl.get(), &result, &f] { result.set_value(f(impl->state)); });
    return future.get();
}

} // namespace cm
