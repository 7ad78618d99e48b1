// SPDX-License-Identifier: GPL-3.0-or-later
#include <utility>

#include "core/api/engine.h"

#include "core/common/require.h"
#include "core/net/feed_server.h"
#include "core/runtime/clearing_state.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <algorithm>
#include <chrono>
#include <future>
#include <map>
#include <mutex>
#include <thread>

namespace cm {
namespace {

constexpr auto kTickInterval = std::chrono::milliseconds(20);
// A tick never owes more than this many steps: a backlog past it (a stalled machine, a huge
// speed) is dropped, so the simulation slows down instead of freezing the core thread.
constexpr std::uint64_t kMaxStepsPerTick = 200000;

} // namespace

struct Engine::Impl {
    Impl(World world, EngineOptions opts)
        : options(opts),
          structure(structureOf(world)),
          state(std::move(world), opts.seed, opts.step_ms),
          timer(io),
          speed(opts.speed),
          running(!opts.start_paused)
    {
    }

    void tick()
    {
        const auto now = std::chrono::steady_clock::now();
        if (running) {
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
                state.advance(steps);
                dirty = true;
            }
            pendingSimMs = owed > kMaxStepsPerTick ? 0.0 : pendingSimMs - static_cast<double>(steps * options.step_ms);
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

    void apply(const Command& command)
    {
        std::visit([this](const auto& c) { applyOne(c); }, command);
        dirty = true;
    }

    void applyOne(const SetSpeedCommand& c) { speed = c.speed > 0 ? c.speed : speed; }
    void applyOne(const PauseCommand&) { running = false; }
    void applyOne(const ResumeCommand&) { running = true; pendingSimMs = 0; }
    void applyOne(const StepCommand& c) { state.advance(c.steps); }
    void applyOne(const SetPriceCommand& c)
    {
        const int asset = state.world().findAsset(c.asset);
        if (asset >= 0 && c.price_e8 > 0)
            state.setPrice(static_cast<AssetIndex>(asset), c.price_e8);
    }

    void applyOne(const OraclePriceCommand& c)
    {
        const int asset = state.world().findAsset(c.asset);
        const int chain = state.world().findChain(c.chain);
        if (asset < 0 || chain < 0)
            return;
        state.oracleUpdate(static_cast<AssetIndex>(asset), c.source, static_cast<ChainIndex>(chain), c.price_usd,
                           c.time_ms == 0 ? state.simTimeMs() : c.time_ms);
    }

    void applyOne(const ChainStatusCommand& c)
    {
        const int chain = state.world().findChain(c.chain);
        const ChainStatus status = parseChainStatus(c.status);
        if (chain >= 0 && status != ChainStatus::Invalid)
            state.setChainStatus(static_cast<ChainIndex>(chain), status);
    }

    void applyOne(const ReplayCommand& c)
    {
        if (c.scenario)
            state.startReplay(c.scenario);
        else
            state.stopReplay();
    }

    void publish()
    {
        auto snap = std::make_shared<Snapshot>(state.snapshot());
        snap->seq = ++seq;
        snap->speed = speed;
        snap->running = running;
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
    World structure;
    boost::asio::io_context io;
    ClearingState state;
    boost::asio::steady_timer timer;
    std::thread thread;
    double speed;
    bool running;
    bool dirty = true;
    double pendingSimMs = 0.0;
    std::uint64_t seq = 0;
    std::chrono::steady_clock::time_point lastTick{};
    std::chrono::steady_clock::time_point lastPublish{};

    mutable std::mutex latestMutex;
    SnapshotPtr latest;
    std::mutex subscribersMutex;
    std::map<std::uint64_t, std::function<void(SnapshotPtr)>> subscribers;
    std::uint64_t nextSubscriber = 1;
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
    m_impl = std::make_shared<Impl>(std::move(world), options);
    m_impl->publish(); // a first snapshot exists before the thread starts
}

Engine::~Engine() { stop(); }

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

void Engine::post(Command command)
{
    boost::asio::post(m_impl->io, [impl = m_impl.get(), command = std::move(command)] {
        impl->apply(command);
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
        std::string refusal = impl->state.applyFeed(update);
        impl->dirty = true;
        done(std::move(refusal));
    });
}

const World& Engine::world() const { return m_impl->structure; }

std::unique_ptr<FeedServer> Engine::makeFeedServer(FeedServerOptions options)
{
    return std::make_unique<FeedServer>(
        world(), [this](FeedUpdate u, FeedServer::Done done) { submitFeed(std::move(u), std::move(done)); }, std::move(options));
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
