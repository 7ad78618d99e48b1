// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
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

//! The event store of DESIGN §9: a SQLite file in WAL mode with synchronous=FULL, so that an
//! event is on disk — past a crash or a power cut — when it is acknowledged. Writes happen on
//! the journal's own thread, which commits whatever has queued up as one transaction (group
//! commit) and only then runs the events' `durable` callbacks. Every event carries the hash
//! of the one before. A file that is not a Clearmesh journal, or is from a newer build, is
//! refused with a clear error and never written to.
class Journal {
public:
    static constexpr int kSchemaVersion = 1;

    static Result<std::unique_ptr<Journal>> open(const std::string& path);
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    using Durable = std::function<void(std::uint64_t seq)>;
    //! Queues an event; `durable` runs on the journal thread once it is committed.
    void append(std::int64_t time_ms, std::string type, std::string payload, Durable durable = {});
    //! Waits until everything appended so far is durable.
    void flush();

    std::uint64_t lastSeq() const;
    //! Why the journal stopped writing (a full disk...), empty while it works. After a failure
    //! nothing more is acknowledged.
    std::string failure() const;
    struct Stats {
        std::uint64_t events = 0;
        std::uint64_t commits = 0;
    };
    Stats stats() const;

    //! Events with seq >= from, at most max of them, from a separate read connection.
    std::vector<JournalEvent> read(std::uint64_t from, std::size_t max) const;

    struct Verification {
        bool ok = true;
        std::uint64_t checked = 0;
        std::optional<std::uint64_t> first_broken;
        std::string reason;
    };
    //! Recomputes the whole chain; names the first event that does not hold.
    Verification verify() const;

    static Digest hashOf(const Digest& prev, std::uint64_t seq, std::int64_t time_ms, const std::string& type,
                         const std::string& payload);

private:
    struct Pending {
        std::int64_t time_ms;
        std::string type;
        std::string payload;
        Durable durable;
    };
    explicit Journal(std::string path);
    void run();

    std::string m_path;
    std::unique_ptr<SqliteDb> m_db; // journal thread only, after open()
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_drained;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    bool m_busy = false;
    std::string m_failure;
    std::uint64_t m_lastSeq = 0;
    Digest m_lastHash{};
    Stats m_stats;
    std::thread m_thread;
};

} // namespace cm
