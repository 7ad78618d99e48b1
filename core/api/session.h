// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"

#include <cstdint>
#include <memory>
#include <string>

namespace cm {

class JournaledState;

struct SessionOptions {
    std::string path;               //!< the journal file
    //! The world file's text for a new journal; for one that holds a run, it must be the same
    //! world (and seed), or the open is refused. Empty: the journal must already hold a run.
    std::string world_json;
    std::uint64_t seed = 0;         //!< 0: the world's
    std::int64_t step_ms = 250;
    std::uint64_t snapshot_every = 10000; //!< events between snapshots
};

//! What opening a journal found and did.
struct SessionInfo {
    std::string path;
    bool resumed = false;           //!< the journal held a run, now restored
    std::uint64_t events = 0;       //!< events in the journal
    std::uint64_t snapshot_seq = 0; //!< recovery started from this snapshot (0: from genesis)
    std::uint64_t replayed = 0;     //!< events applied after it
    double recovery_ms = 0.0;
    std::string skipped_snapshots;
    Journal::Verification verification;
    //! Non-empty when the session must not change anything: the chain is broken at the named
    //! entry, and the state is the one before it.
    std::string read_only_reason;
    std::string state_hash;
    std::uint64_t seed = 0;         //!< of the run (the genesis event's)
    std::int64_t step_ms = 0;
};

//! A journaled clearing state, recovered or new, ready to hand to an Engine.
struct Session {
    std::unique_ptr<JournaledState> state;
    std::shared_ptr<Journal> journal;
    SessionInfo info;

    Session();
    Session(Session&&) noexcept;
    Session& operator=(Session&&) noexcept;
    ~Session();
};

//! The words of the refusal to continue a journal that holds another world's or seed's run.
inline constexpr const char* kOtherRun = "holds another run";

//! Opens or creates the journal at options.path (DESIGN §9): a new one starts with the world
//! as its genesis event; one that holds a run is verified and restored (latest good snapshot
//! plus the later events). A broken chain opens read-only, restored up to the break. A file
//! that is not a journal, is newer, or holds another world is refused, untouched.
Result<Session> openSession(const SessionOptions& options);

} // namespace cm
