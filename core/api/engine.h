// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/account_detail.h"
#include "core/api/commands.h"
#include "core/api/session.h"
#include "core/api/snapshot.h"
#include "core/domain/world.h"
#include "core/net/feed_protocol.h"
#include "core/net/feed_server.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace cm {

struct StressBase;

class ClearingState;

struct EngineOptions {
    double speed = 1.0;                 //!< simulated seconds per wall second
    std::int64_t step_ms = 250;         //!< simulated time of one step
    std::int64_t publish_interval_ms = 50; //!< at most 20 snapshots a second
    bool start_paused = false;
    std::uint64_t seed = 0;             //!< 0: the world's seed
    std::uint64_t stop_at_steps = 0;    //!< >0: pause exactly at this step (headless runs)
};

class Engine;

//! Keeps a snapshot callback connected; disconnects when destroyed or reset.
class Subscription {
public:
    Subscription() = default;
    Subscription(Subscription&& other) noexcept;
    Subscription& operator=(Subscription&& other) noexcept;
    ~Subscription();
    void reset();

private:
    friend class Engine;
    struct Link;
    explicit Subscription(std::shared_ptr<Link> link);
    std::shared_ptr<Link> m_link;
};

//! The clearing core on its own thread: one io_context owns all state; commands are posted to
//! it and immutable snapshots come out at a throttled rate. Thread-safe to call from any thread.
class Engine {
public:
    //! An engine without a journal: nothing survives it.
    Engine(World world, EngineOptions options = {});
    //! An engine on a journaled session (openSession): every change is journaled, feed lines
    //! are acknowledged once durable, operator decisions become signed audit entries. The run's
    //! seed and step come from the session. A read-only session refuses every change.
    Engine(Session session, EngineOptions options = {});
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    void start();
    void stop();

    //! Applies the command on the core thread; `done` (optional) runs there with the refusal, or
    //! an empty string. The core checks the acting operator's role for every command.
    void post(Command command, std::function<void(std::string)> done = {});
    //! A manual move as it would be proposed now (route, health before/after/in flight, cost,
    //! ETA), or why it cannot be; nothing changes. `done` runs on the core thread.
    void planMove(ProposeCommand request, std::function<void(std::string, std::shared_ptr<const ProposalRow>)> done);

    //! The callback runs on the core thread: it must only hand the snapshot over, never block.
    Subscription subscribe(std::function<void(SnapshotPtr)> callback);
    SnapshotPtr latest() const;

    //! A validated feed update; `done` runs on the core thread once it is applied, with the
    //! domain's refusal or an empty string. The world's structure is fixed: feed servers may
    //! validate against world() from any thread.
    void submitFeed(FeedUpdate update, std::function<void(std::string)> done);
    const World& world() const;
    //! A feed server whose valid lines go to this engine (see FeedServer); not started.
    std::unique_ptr<FeedServer> makeFeedServer(FeedServerOptions options = {});

    //! Computes an account's detail on the core thread and hands it to `done` there (null if
    //! the account is unknown); the caller never waits.
    void requestAccountDetail(std::string id, std::function<void(AccountDetailPtr)> done);

    //! The live state as a stress run's starting point (DESIGN §11), captured on the core thread;
    //! `done` runs there. The run itself works on forks of it, off the core thread.
    void captureStressBase(std::function<void(std::shared_ptr<const StressBase>)> done);

    //! SHA-256 over the canonical state; computed on the core thread, waits for it.
    std::string stateHash();
    //! The final report of a run (see ClearingState::runReport); waits for the core thread.
    std::string runReport();

    //! What opening the session found (empty for an engine without a journal).
    const SessionInfo& sessionInfo() const;
    //! The journal (null without one). Its reads and verify() are safe from any thread.
    Journal* journal() const;

    struct Impl; // opaque; public so that Subscription can name it

private:
    std::string onCore(const std::function<std::string(const ClearingState&)>& f);

    std::shared_ptr<Impl> m_impl;
};

} // namespace cm
