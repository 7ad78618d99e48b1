// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"
#include "core/net/feed_protocol.h"
#include "core/runtime/clearing_state.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace cm {

//! One state change as the journal stores it: a type and a canonical JSON payload. Live and
//! replayed changes go through the same applyEvent, so a replay cannot take another path.
struct StateEvent {
    std::string type;
    std::string payload;
};

//! The first event of every journal: the world (canonical JSON), the seed and the step, so a
//! journal replays without anything else.
StateEvent genesisEvent(std::string_view worldJson, std::uint64_t seed, std::int64_t step_ms);
StateEvent advanceEvent(std::uint64_t steps);
StateEvent setPriceEvent(const World& world, AssetIndex asset, Int128 priceE8);
StateEvent oraclePriceEvent(const World& world, AssetIndex asset, const std::string& source, ChainIndex chain,
                            double priceUsd, std::int64_t time_ms);
StateEvent chainStatusEvent(const World& world, ChainIndex chain, ChainStatus status);
//! Starts a historical replay; a null scenario stops it.
StateEvent replayEvent(const ReplayScenario* scenario);
StateEvent feedEvent(const FeedUpdate& update, const World& world);
// The interop layer (DESIGN §6).
StateEvent transferEvent(const World& world, RouteIndex route, bool back, const std::string& account, Int128 amount);
StateEvent deliverEvent(const Message& message, const Attestation& attestation, const MerkleProof& proof);
StateEvent routeEvent(const std::string& type, const World& world, RouteIndex route, const std::string& why = {});
StateEvent transferCommandEvent(const std::string& type, std::uint64_t transfer);
//! A risk officer's decision on a blocked liquidation: liquidation_approve or liquidation_cancel.
StateEvent liquidationEvent(const std::string& type, std::uint64_t item, const std::string& why = {});

// Operators, proposals and the agent (DESIGN §8). Each names its operator; the state checks the role.
StateEvent operatorAddEvent(const std::string& by, const Operator& op);
StateEvent proposeEvent(const World& world, const std::string& operatorName, const ClearingState::MoveRequest& request);
//! proposal_approve, or proposal_reject with its reason.
StateEvent proposalDecisionEvent(const std::string& type, const std::string& operatorName, std::uint64_t proposal,
                                 const std::string& why = {});
StateEvent agentRunEvent(const std::string& operatorName);
StateEvent agentPolicyEvent(const World& world, const std::string& operatorName, const AgentPolicy& policy);

struct Genesis {
    std::string world_json; //!< canonical
    std::uint64_t seed = 0;
    std::int64_t step_ms = 0;
};
Result<Genesis> parseGenesis(std::string_view payload);
//! The canonical form of a world file's text (what a genesis event holds).
Result<std::string> canonicalWorldJson(std::string_view text);

//! Applies one journaled event. The value is the domain's refusal ("" when it applied; a
//! refused oracle price still counts as seen); the error names a malformed event.
Result<std::string> applyEvent(ClearingState& state, std::string_view type, std::string_view payload);

//! A clearing state whose every change is journaled before it is acknowledged, with a snapshot
//! every `snapshotEvery` events. Without a journal it only applies. Single-threaded, like the
//! state it owns.
class JournaledState {
public:
    JournaledState(std::unique_ptr<ClearingState> state, std::shared_ptr<Journal> journal = {},
                   std::uint64_t snapshotEvery = 10000);

    ClearingState& state() { return *m_state; }
    const ClearingState& state() const { return *m_state; }
    Journal* journal() const { return m_journal.get(); }

    //! Runs with the event's refusal ("" when it applied) once the event is on disk.
    using Acknowledge = std::function<void(const std::string& refusal)>;
    //! Applies the event and journals it. `ack` runs once it is on disk (on the journal
    //! thread), at once without a journal, never if the journal has failed. Returns the refusal.
    std::string apply(const StateEvent& event, Acknowledge ack = {});
    //! Simulation steps, applied now and journaled as one event with the steps that follow
    //! until anything else happens or flushSteps() (a running engine journals a second of ticks
    //! as one event, not fifty). advance(n) then advance(m) is advance(n + m) exactly, so the
    //! journal replays to the same state.
    void advance(std::uint64_t steps);
    //! Journals the steps advance() holds back.
    void flushSteps();
    std::uint64_t pendingSteps() const { return m_pendingSteps; }
    //! Records an operator decision about the last event (signed when there is a signer).
    void audit(const std::string& action, const std::string& details, const std::string& operatorName,
               const Signer* signer);
    //! Records what the state did as a consequence of the last command (an approval that
    //! executed a proposal...) as audit entries of that operator, signed when there is a signer.
    void auditNotes(const std::string& operatorName, const Signer* signer);
    std::uint64_t lastSeq() const { return m_lastSeq; }
    //! Journals a snapshot of the state now, if anything happened since the last one.
    void snapshotNow();
    //! Recovery replayed this many events past the last snapshot: the next snapshot is due sooner.
    void setEventsSinceSnapshot(std::uint64_t n) { m_sinceSnapshot = n; }

private:
    std::unique_ptr<ClearingState> m_state;
    std::shared_ptr<Journal> m_journal;
    std::uint64_t m_snapshotEvery;
    std::uint64_t m_sinceSnapshot = 0;
    std::uint64_t m_lastSeq = 0;
    std::uint64_t m_pendingSteps = 0;
};

//! The state a journal holds, rebuilt.
struct Recovered {
    std::unique_ptr<ClearingState> state;
    Genesis genesis;
    std::uint64_t last_seq = 0;     //!< the last event applied
    std::uint64_t snapshot_seq = 0; //!< the snapshot it started from (0: from genesis)
    std::uint64_t replayed = 0;     //!< events applied after it
    std::string skipped_snapshots;  //!< snapshots refused (a hash that does not check out), and why
};

//! Rebuilds a journal's state: from the newest snapshot whose state hash checks out (unless
//! `useSnapshots` is false), then every later event, up to but excluding `stopBefore` (0: all).
Result<Recovered> recoverState(const Journal& journal, bool useSnapshots, std::uint64_t stopBefore = 0);

} // namespace cm
