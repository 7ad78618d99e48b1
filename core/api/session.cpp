// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/session.h"

#include "core/domain/world_loader.h"
#include "core/runtime/journaled_state.h"

#include <chrono>

namespace cm {

Session::Session() = default;
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;
Session::~Session() = default;

Result<Session> openSession(const SessionOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    auto opened = Journal::open(options.path);
    if (!opened)
        return opened.error();
    std::shared_ptr<Journal> journal = std::move(opened).value();
    Session s;
    s.info.path = options.path;

    std::string canonical;
    if (!options.world_json.empty()) {
        auto c = canonicalWorldJson(options.world_json);
        if (!c)
            return Error { "the world: " + c.error().message };
        canonical = std::move(c).value();
    }

    if (journal->lastSeq() == 0) {
        if (canonical.empty())
            return Error { options.path + ": the journal holds no run, and no world was given to start one" };
        auto world = loadWorldJson(canonical);
        if (!world)
            return world.error();
        const std::uint64_t seed = options.seed != 0 ? options.seed : world.value().seed;
        // The genesis is not applied (the state is built from it); it is journaled, durably, first.
        const StateEvent genesis = genesisEvent(canonical, seed, options.step_ms);
        journal->append(0, genesis.type, genesis.payload);
        journal->flush();
        if (!journal->failure().empty())
            return Error { options.path + ": " + journal->failure() };
        auto state = std::make_unique<ClearingState>(std::move(world).value(), seed, options.step_ms);
        s.state = std::make_unique<JournaledState>(std::move(state), journal, options.snapshot_every);
        s.info.seed = seed;
        s.info.step_ms = options.step_ms;
        s.info.events = 1;
        s.info.state_hash = s.state->state().stateHash();
        s.journal = std::move(journal);
        return s;
    }

    s.info.resumed = true;
    s.info.verification = journal->verify();
    std::uint64_t stopBefore = 0;
    if (!s.info.verification.ok) {
        if (s.info.verification.first_broken_event == 1)
            return Error { options.path + ": event 1 (the genesis) is broken: " + s.info.verification.reason };
        s.info.read_only_reason = "the journal's chain is broken at " + s.info.verification.first_broken + ": "
            + s.info.verification.reason;
        stopBefore = s.info.verification.first_broken_event;
    }
    auto recovered = recoverState(*journal, true, stopBefore);
    if (!recovered)
        return recovered.error();
    Recovered& r = recovered.value();
    if (!canonical.empty()) {
        const std::uint64_t seed = options.seed != 0 ? options.seed : [&] {
            auto w = loadWorldJson(canonical);
            return w ? w.value().seed : 0;
        }();
        if (r.genesis.world_json != canonical)
            return Error { options.path + ": " + kOtherRun + ": of another world; give it its own --db, or start a new session" };
        if (r.genesis.seed != seed)
            return Error { options.path + ": " + kOtherRun + ": with seed " + std::to_string(r.genesis.seed) + ", not "
                + std::to_string(seed) };
    }
    s.info.events = journal->lastSeq();
    s.info.seed = r.genesis.seed;
    s.info.step_ms = r.genesis.step_ms;
    s.info.snapshot_seq = r.snapshot_seq;
    s.info.replayed = r.replayed;
    s.info.skipped_snapshots = r.skipped_snapshots;
    if (!s.info.read_only_reason.empty()) {
        // Never write to a broken journal: reopen it read-only.
        journal.reset();
        auto ro = Journal::open(options.path, Journal::Access::ReadOnly);
        if (!ro)
            return ro.error();
        journal = std::move(ro).value();
    }
    s.state = std::make_unique<JournaledState>(std::move(r.state), journal, options.snapshot_every);
    s.state->setEventsSinceSnapshot(r.replayed);
    s.info.state_hash = s.state->state().stateHash();
    s.info.recovery_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    s.journal = std::move(journal);
    return s;
}

} // namespace cm
