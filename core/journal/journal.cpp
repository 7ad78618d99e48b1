// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/journal.h"

#include "core/journal/sqlite.h"

#include <cstring>
#include <filesystem>
#include <fstream>

namespace cm {
namespace {

constexpr const char* kSchemaV1 = R"(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE events (seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, type TEXT NOT NULL,
                     payload TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL);
CREATE TABLE snapshots (seq INTEGER PRIMARY KEY, state BLOB NOT NULL, state_hash TEXT NOT NULL);
CREATE TABLE audit (seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, operator TEXT NOT NULL,
                    entry TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL, signature BLOB);
CREATE TABLE processed_ids (id BLOB PRIMARY KEY, seq INTEGER NOT NULL);
INSERT INTO meta (key, value) VALUES ('app', 'clearmesh');
)";

Digest digestOf(const std::vector<std::uint8_t>& bytes)
{
    Digest d {};
    if (bytes.size() == d.size())
        std::memcpy(d.data(), bytes.data(), d.size());
    return d;
}

// A refusal that leaves the file exactly as it was.
Error untouched(const std::string& path, const std::string& why)
{
    return Error { path + ": " + why + "; the file was left untouched" };
}

} // namespace

Digest Journal::hashOf(
    const Digest& prev, std::uint64_t seq, std::int64_t time_ms, const std::string& type, const std::string& payload)
{
    Sha256 h;
    h.update(prev.data(), prev.size());
    h.updateU64(seq);
    h.updateU64(static_cast<std::uint64_t>(time_ms));
    h.updateString(type);
    h.updateString(payload);
    return h.finish();
}

Journal::Journal(std::string path)
    : m_path(std::move(path))
{
}

Result<std::unique_ptr<Journal>> Journal::open(const std::string& path)
{
    std::unique_ptr<Journal> j(new Journal(path));
    const bool exists = std::filesystem::exists(path);
    try {
        if (exists) {
            // Look before SQLite does: a file that is not a database is never opened for writing.
            char header[16] = {};
            std::ifstream(path, std::ios::binary).read(header, sizeof header);
            if (std::filesystem::file_size(path) > 0 && std::memcmp(header, "SQLite format 3", 16) != 0)
                return untouched(path, "not a SQLite database (corrupt, or another kind of file)");
            SqliteDb probe(path, SqliteDb::Mode::ReadOnly);
            const auto version = probe.queryInt("PRAGMA user_version");
            if (version > kSchemaVersion)
                return untouched(path,
                    "written by a newer Clearmesh (journal schema " + std::to_string(version)
                        + "; this build reads up to " + std::to_string(kSchemaVersion) + ")");
            const auto tables = probe.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
            if (version == 0 && tables > 0)
                return untouched(
                    path, "a SQLite database of another application (" + std::to_string(tables) + " tables)");
            if (version > 0) {
                auto app = probe.prepare("SELECT value FROM meta WHERE key = 'app'");
                if (!app.step() || app.text(0) != "clearmesh")
                    return untouched(path, "a SQLite database of another application");
            }
        }
        j->m_db = std::make_unique<SqliteDb>(path, exists ? SqliteDb::Mode::OpenExisting : SqliteDb::Mode::CreateNew);
        SqliteDb& db = *j->m_db;
        // WAL with synchronous=FULL: each commit syncs the log, so an acknowledged event survives
        // kill -9 and a power cut. Checkpoints are run by the journal thread between commits.
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA wal_autocheckpoint = 0");
        if (db.queryInt("PRAGMA user_version") == 0) {
            db.exec("BEGIN");
            db.exec(kSchemaV1);
            db.exec("PRAGMA user_version = 1");
            db.exec("COMMIT");
        }
        auto last = db.prepare("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            j->m_lastSeq = static_cast<std::uint64_t>(last.integer(0));
            j->m_lastHash = digestOf(last.blob(1));
        }
    } catch (const SqliteError& e) {
        return Error { path + ": " + e.what() };
    } catch (const std::filesystem::filesystem_error& e) {
        return Error { path + ": " + e.what() };
    }
    j->m_thread = std::thread([raw = j.get()] { raw->run(); });
    return j;
}

Journal::~Journal()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Journal::append(std::int64_t time_ms, std::string type, std::string payload, Durable durable)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_failure.empty())
            return; // never acknowledged: the caller still holds it as unacknowledged
        m_queue.push_back({ time_ms, std::move(type), std::move(payload), std::move(durable) });
    }
    m_wake.notify_one();
}

void Journal::flush()
{
    std::unique_lock lock(m_mutex);
    m_drained.wait(lock, [&] { return m_queue.empty() && !m_busy; });
}

std::string Journal::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

std::uint64_t Journal::lastSeq() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSeq;
}

Journal::Stats Journal::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void Journal::run()
{
    auto insert
        = m_db->prepare("INSERT INTO events (seq, time_ms, type, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)");
    for (;;) {
        std::deque<Pending> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                break;
            batch.swap(m_queue); // everything that queued while the last commit synced: one transaction
            m_busy = true;
        }
        std::uint64_t seq = m_lastSeq;
        Digest prev = m_lastHash;
        std::vector<std::pair<Durable, std::uint64_t>> acks;
        try {
            m_db->exec("BEGIN IMMEDIATE");
            for (Pending& p : batch) {
                ++seq;
                const Digest hash = hashOf(prev, seq, p.time_ms, p.type, p.payload);
                insert.bind(1, static_cast<std::int64_t>(seq)).bind(2, p.time_ms).bind(3, p.type).bind(4, p.payload);
                insert.bindBlob(5, prev.data(), prev.size()).bindBlob(6, hash.data(), hash.size());
                insert.step();
                insert.reset();
                prev = hash;
                if (p.durable)
                    acks.emplace_back(std::move(p.durable), seq);
            }
            m_db->exec("COMMIT");
        } catch (const SqliteError& e) {
            // Nothing of this batch is acknowledged; the journal stops taking events.
            try {
                m_db->exec("ROLLBACK");
            } catch (const SqliteError&) {
            }
            std::lock_guard lock(m_mutex);
            m_failure = e.what();
            m_queue.clear();
            m_busy = false;
            m_drained.notify_all();
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_lastSeq = seq;
            m_lastHash = prev;
            m_stats.events += batch.size();
            ++m_stats.commits;
        }
        for (auto& [durable, s] : acks) // durable now: acknowledge
            durable(s);
        bool idle = false;
        {
            std::lock_guard lock(m_mutex);
            idle = m_queue.empty();
            m_busy = false;
        }
        if (idle) {
            m_db->exec("PRAGMA wal_checkpoint(PASSIVE)"); // off the commit path: nothing is waiting
            m_drained.notify_all();
        }
    }
}

std::vector<JournalEvent> Journal::read(std::uint64_t from, std::size_t max) const
{
    SqliteDb db(m_path, SqliteDb::Mode::ReadOnly);
    auto st = db.prepare(
        "SELECT seq, time_ms, type, payload, prev_hash, hash FROM events WHERE seq >= ? ORDER BY seq LIMIT ?");
    st.bind(1, static_cast<std::int64_t>(from)).bind(2, static_cast<std::int64_t>(max));
    std::vector<JournalEvent> out;
    while (st.step())
        out.push_back({ static_cast<std::uint64_t>(st.integer(0)), st.integer(1), st.text(2), st.text(3),
            digestOf(st.blob(4)), digestOf(st.blob(5)) });
    return out;
}

Journal::Verification Journal::verify() const
{
    Verification v;
    Digest prev {};
    std::uint64_t expected = 1;
    for (std::uint64_t from = 1;;) {
        const auto events = read(from, 4096);
        if (events.empty())
            break;
        for (const JournalEvent& e : events) {
            auto broken = [&](const std::string& why) {
                v.ok = false;
                v.first_broken = e.seq;
                v.reason = why;
            };
            if (e.seq != expected)
                broken("sequence jumps from " + std::to_string(expected - 1) + " to " + std::to_string(e.seq));
            else if (e.prev_hash != prev)
                broken("does not chain to the event before it");
            else if (e.hash != hashOf(prev, e.seq, e.time_ms, e.type, e.payload))
                broken("its content does not match its hash");
            if (!v.ok)
                return v;
            prev = e.hash;
            ++expected;
            ++v.checked;
        }
        from = events.back().seq + 1;
    }
    return v;
}

} // namespace cm
