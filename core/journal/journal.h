// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/sha256.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace cm {

class SqliteDb;

struct JournalEvent {
    std::uint64_t seq = 0;
    std::int64_t time_ms = 0;
    std::string type;
    std::string payload;   //!< canonical JSON
    Digest prev_hash{};
    Digest hash{};         //!< SHA-256(prev_hash, seq, time, type, payload)
};

//! An operator decision. Entries form their own hash chain; a signed entry carries the
//! operator's public key and an Ed25519 signature of its hash.
struct AuditEntry {
    std::uint64_t seq = 0;
    std::int64_t time_ms = 0;
    std::string operator_name;
    std::optional<PublicKey> public_key;
    std::string entry;     //!< canonical JSON: the action, its arguments, the event it caused
    Digest prev_hash{};
    Digest hash{};         //!< SHA-256(prev_hash, seq, time, operator, key, entry)
    std::optional<Signature> signature;
};

//! A state snapshot taken after event `seq` (ClearingState::saveState) with its state hash.
struct JournalSnapshot {
    std::uint64_t seq = 0;
    std::string state;
    std::string state_hash;
};

//! The event store of DESIGN §9: a SQLite file in WAL mode with synchronous=FULL, so that an
//! event is on disk — past a crash or a power cut — when it is acknowledged. Writes happen on
//! the journal's own thread, which commits whatever has queued up as one transaction (group
//! commit), only then runs the events' `durable` callbacks, and checkpoints the WAL when
//! nothing waits. Every event carries the hash of the one before, and so does every audit
//! entry. A file that is not a Clearmesh journal, is from a newer build, or does not open
//! cleanly is refused with a clear error and never written to.
class Journal {
public:
    static constexpr int kSchemaVersion = 2;
    static constexpr int kSnapshotsKept = 3; //!< older snapshots are deleted as new ones land
    enum class Access { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Journal>> open(const std::string& path, Access access = Access::ReadWrite);
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    using Durable = std::function<void(std::uint64_t seq)>;
    //! Queues an event and returns its sequence number (0 once the journal has failed: then
    //! nothing is queued and nothing will be acknowledged). `durable` runs on the journal
    //! thread once the event is committed.
    std::uint64_t append(std::int64_t time_ms, std::string type, std::string payload, Durable durable = {});
    //! Queues a snapshot of the state after event `seq`, written in order with the events.
    void appendSnapshot(std::uint64_t seq, std::string state, std::string stateHash);
    //! Queues an operator decision; signed with the signer's key, or unsigned (a headless run
    //! has no operator) under `operatorName`. Returns its audit sequence number (0 on failure).
    std::uint64_t appendAudit(std::int64_t time_ms, const std::string& operatorName, std::string entry,
                              const Signer* signer = nullptr);
    //! Records a processed message id (DESIGN §6's replay protection) with the event that
    //! processed it, written in order with the events.
    void appendProcessed(const Digest& id, std::uint64_t seq);
    bool isProcessed(const Digest& id) const;
    //! Waits until everything appended so far is durable.
    void flush();

    const std::string& path() const { return m_path; }
    bool readOnly() const { return m_access == Access::ReadOnly; }
    std::uint64_t lastSeq() const;
    std::uint64_t lastAuditSeq() const;
    //! Why the journal stopped writing (a full disk...), empty while it works. After a failure
    //! nothing more is acknowledged.
    std::string failure() const;
    struct Stats {
        std::uint64_t events = 0;
        std::uint64_t commits = 0;
        std::uint64_t snapshots = 0;
    };
    Stats stats() const;

    //! Events with seq >= from, at most max of them, from a separate read connection.
    std::vector<JournalEvent> read(std::uint64_t from, std::size_t max) const;
    std::vector<AuditEntry> readAudit(std::uint64_t from, std::size_t max) const;
    //! Sequence numbers of the stored snapshots at or before `maxSeq`, newest first.
    std::vector<std::uint64_t> snapshotSeqs(std::uint64_t maxSeq) const;
    std::optional<JournalSnapshot> readSnapshot(std::uint64_t seq) const;

    struct Verification {
        bool ok = true;
        std::uint64_t events = 0;          //!< events that hold
        std::uint64_t audit_entries = 0;   //!< audit entries that hold
        std::uint64_t signatures = 0;      //!< valid signatures among them
        std::uint64_t unsigned_entries = 0;
        std::string first_broken;          //!< "event 17" or "audit entry 3"
        std::uint64_t first_broken_event = 0; //!< the broken event's seq (0: events hold)
        std::string reason;
    };
    //! Recomputes both chains and checks every signature; names the first entry that does not hold.
    Verification verify() const;

    static Digest hashOf(const Digest& prev, std::uint64_t seq, std::int64_t time_ms, const std::string& type,
                         const std::string& payload);
    static Digest auditHashOf(const Digest& prev, std::uint64_t seq, std::int64_t time_ms, const std::string& operatorName,
                              const std::optional<PublicKey>& key, const std::string& entry);

private:
    struct Pending {
        enum class Kind { Event, Snapshot, Audit, Processed } kind = Kind::Event;
        std::uint64_t seq = 0;
        std::int64_t time_ms = 0;
        std::string type;      //!< event type, or the audit operator
        std::string payload;   //!< event payload, snapshot state or audit entry
        std::string extra;     //!< snapshot state hash
        Digest prev{};
        Digest hash{};
        std::optional<PublicKey> key;
        std::optional<Signature> signature;
        Durable durable;
    };
    Journal(std::string path, Access access);
    void run();

    std::string m_path;
    Access m_access;
    int m_schema = kSchemaVersion;
    std::unique_ptr<SqliteDb> m_db; // journal thread only, after open()
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_drained;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    bool m_busy = false;
    std::string m_failure;
    std::uint64_t m_lastSeq = 0;       //!< assigned (queued or written)
    Digest m_lastHash{};
    std::uint64_t m_lastAuditSeq = 0;
    Digest m_lastAuditHash{};
    Stats m_stats;
    std::thread m_thread;
};

} // namespace cm
