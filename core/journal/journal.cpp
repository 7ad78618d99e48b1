// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/journal.h"

#include "core/journal/sqlite.h"

#include <cstring>
#include <optional>
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

// Migrations, one per schema version after the first: migration[i] takes a file from i + 1 to i + 2.
constexpr const char* kMigrations[] = {
    // 2: audit entries carry the operator's public key next to the signature.
    "ALTER TABLE audit ADD COLUMN public_key BLOB;",
};
static_assert(std::size(kMigrations) == Journal::kSchemaVersion - 1);

template <typename Array>
Array arrayOf(const std::vector<std::uint8_t>& bytes)
{
    Array a {};
    if (bytes.size() == a.size())
        std::memcpy(a.data(), bytes.data(), a.size());
    return a;
}

Digest digestOf(const std::vector<std::uint8_t>& bytes) { return arrayOf<Digest>(bytes); }

template <typename Array>
std::optional<Array> optionalOf(const std::vector<std::uint8_t>& bytes)
{
    if (bytes.size() != Array {}.size())
        return std::nullopt;
    return arrayOf<Array>(bytes);
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

Digest Journal::auditHashOf(const Digest& prev, std::uint64_t seq, std::int64_t time_ms, const std::string& operatorName,
                            const std::optional<PublicKey>& key, const std::string& entry)
{
    Sha256 h;
    h.updateString("clearmesh-audit-v1");
    h.update(prev.data(), prev.size());
    h.updateU64(seq);
    h.updateU64(static_cast<std::uint64_t>(time_ms));
    h.updateString(operatorName);
    // Whether the entry is signed is part of what is hashed: stripping a key breaks the chain.
    h.updateU64(key ? 1 : 0);
    if (key)
        h.update(key->data(), key->size());
    h.updateString(entry);
    return h.finish();
}

Journal::Journal(std::string path, Access access)
    : m_path(std::move(path)),
      m_access(access)
{
}

Result<std::unique_ptr<Journal>> Journal::open(const std::string& path, Access access)
{
    std::unique_ptr<Journal> j(new Journal(path, access));
    const bool exists = std::filesystem::exists(path);
    if (!exists && access == Access::ReadOnly)
        return Error { path + ": no such journal" };
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
                auto check = probe.prepare("PRAGMA quick_check");
                if (!check.step() || check.text(0) != "ok")
                    return untouched(path, "the database is damaged (SQLite quick_check: " + check.text(0) + ")");
            }
            if (access == Access::ReadOnly && version == 0)
                return Error { path + ": an empty file, not a journal" };
        }
        j->m_db = std::make_unique<SqliteDb>(path,
            access == Access::ReadOnly ? SqliteDb::Mode::ReadOnly
            : exists                   ? SqliteDb::Mode::OpenExisting
                                       : SqliteDb::Mode::CreateNew);
        SqliteDb& db = *j->m_db;
        if (access == Access::ReadWrite) {
            // WAL with synchronous=FULL: each commit syncs the log, so an acknowledged event
            // survives kill -9 and a power cut (NORMAL would survive kill -9 but could lose the
            // last commits to a power cut). Checkpoints run on the journal thread between commits.
            db.exec("PRAGMA journal_mode = WAL");
            db.exec("PRAGMA synchronous = FULL");
            db.exec("PRAGMA wal_autocheckpoint = 0");
            if (db.queryInt("PRAGMA user_version") == 0) {
                db.exec("BEGIN");
                db.exec(kSchemaV1);
                db.exec("PRAGMA user_version = 1");
                db.exec("COMMIT");
            }
            for (auto v = db.queryInt("PRAGMA user_version"); v < kSchemaVersion; ++v) {
                db.exec("BEGIN");
                db.exec(kMigrations[v - 1]);
                db.exec("PRAGMA user_version = " + std::to_string(v + 1));
                db.exec("COMMIT");
            }
        }
        auto last = db.prepare("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            j->m_lastSeq = static_cast<std::uint64_t>(last.integer(0));
            j->m_lastHash = digestOf(last.blob(1));
        }
        j->m_schema = static_cast<int>(db.queryInt("PRAGMA user_version"));
        auto lastAudit = db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (lastAudit.step()) {
            j->m_lastAuditSeq = static_cast<std::uint64_t>(lastAudit.integer(0));
            j->m_lastAuditHash = digestOf(lastAudit.blob(1));
        }
    } catch (const SqliteError& e) {
        return Error { path + ": " + e.what() };
    } catch (const std::filesystem::filesystem_error& e) {
        return Error { path + ": " + e.what() };
    }
    if (access == Access::ReadWrite)
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

std::uint64_t Journal::append(std::int64_t time_ms, std::string type, std::string payload, Durable durable)
{
    std::uint64_t seq = 0;
    {
        std::lock_guard lock(m_mutex);
        if (!m_failure.empty() || m_access == Access::ReadOnly)
            return 0; // never acknowledged: the caller still holds it as unacknowledged
        Pending p;
        p.seq = seq = ++m_lastSeq;
        p.time_ms = time_ms;
        p.prev = m_lastHash;
        p.hash = m_lastHash = hashOf(p.prev, p.seq, time_ms, type, payload);
        p.type = std::move(type);
        p.payload = std::move(payload);
        p.durable = std::move(durable);
        m_queue.push_back(std::move(p));
    }
    m_wake.notify_one();
    return seq;
}

void Journal::appendSnapshot(std::uint64_t seq, std::string state, std::string stateHash)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_failure.empty() || m_access == Access::ReadOnly)
            return;
        Pending p;
        p.kind = Pending::Kind::Snapshot;
        p.seq = seq;
        p.payload = std::move(state);
        p.extra = std::move(stateHash);
        m_queue.push_back(std::move(p));
    }
    m_wake.notify_one();
}

std::uint64_t Journal::appendAudit(
    std::int64_t time_ms, const std::string& operatorName, std::string entry, const Signer* signer)
{
    std::uint64_t seq = 0;
    {
        std::lock_guard lock(m_mutex);
        if (!m_failure.empty() || m_access == Access::ReadOnly)
            return 0;
        Pending p;
        p.kind = Pending::Kind::Audit;
        p.seq = seq = ++m_lastAuditSeq;
        p.time_ms = time_ms;
        p.type = signer ? signer->name : operatorName;
        if (signer)
            p.key = signer->key.publicKey();
        p.prev = m_lastAuditHash;
        p.hash = m_lastAuditHash = auditHashOf(p.prev, p.seq, time_ms, p.type, p.key, entry);
        if (signer)
            p.signature = signer->key.sign(p.hash.data(), p.hash.size());
        p.payload = std::move(entry);
        m_queue.push_back(std::move(p));
    }
    m_wake.notify_one();
    return seq;
}

void Journal::appendProcessed(const Digest& id, std::uint64_t seq)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_failure.empty() || m_access == Access::ReadOnly)
            return;
        Pending p;
        p.kind = Pending::Kind::Processed;
        p.seq = seq;
        p.hash = id;
        m_queue.push_back(std::move(p));
    }
    m_wake.notify_one();
}

bool Journal::isProcessed(const Digest& id) const
{
    SqliteDb db(m_path, SqliteDb::Mode::ReadOnly);
    auto st = db.prepare("SELECT count(*) FROM processed_ids WHERE id = ?");
    st.bindBlob(1, id.data(), id.size());
    return st.step() && st.integer(0) > 0;
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

std::uint64_t Journal::lastAuditSeq() const
{
    std::lock_guard lock(m_mutex);
    return m_lastAuditSeq;
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
    auto insertSnapshot = m_db->prepare("INSERT OR REPLACE INTO snapshots (seq, state, state_hash) VALUES (?, ?, ?)");
    auto insertProcessed = m_db->prepare("INSERT OR IGNORE INTO processed_ids (id, seq) VALUES (?, ?)");
    // Recovery needs the newest snapshot that checks out; a few older ones stand by.
    auto pruneSnapshots = m_db->prepare("DELETE FROM snapshots WHERE seq NOT IN "
                                        "(SELECT seq FROM snapshots ORDER BY seq DESC LIMIT ?)");
    auto insertAudit = m_db->prepare("INSERT INTO audit (seq, time_ms, operator, public_key, entry, prev_hash, hash, "
                                     "signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
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
        std::vector<std::pair<Durable, std::uint64_t>> acks;
        std::uint64_t events = 0;
        std::uint64_t snapshots = 0;
        try {
            m_db->exec("BEGIN IMMEDIATE");
            for (Pending& p : batch) {
                switch (p.kind) {
                case Pending::Kind::Event:
                    insert.bind(1, static_cast<std::int64_t>(p.seq)).bind(2, p.time_ms).bind(3, p.type).bind(4, p.payload);
                    insert.bindBlob(5, p.prev.data(), p.prev.size()).bindBlob(6, p.hash.data(), p.hash.size());
                    insert.step();
                    insert.reset();
                    ++events;
                    if (p.durable)
                        acks.emplace_back(std::move(p.durable), p.seq);
                    break;
                case Pending::Kind::Snapshot:
                    insertSnapshot.bind(1, static_cast<std::int64_t>(p.seq));
                    insertSnapshot.bindBlob(2, p.payload.data(), p.payload.size()).bind(3, p.extra);
                    insertSnapshot.step();
                    insertSnapshot.reset();
                    ++snapshots;
                    break;
                case Pending::Kind::Processed:
                    insertProcessed.bindBlob(1, p.hash.data(), p.hash.size()).bind(2, static_cast<std::int64_t>(p.seq));
                    insertProcessed.step();
                    insertProcessed.reset();
                    break;
                case Pending::Kind::Audit:
                    insertAudit.bind(1, static_cast<std::int64_t>(p.seq)).bind(2, p.time_ms).bind(3, p.type);
                    insertAudit.bindBlob(4, p.key ? p.key->data() : nullptr, p.key ? p.key->size() : 0);
                    insertAudit.bind(5, p.payload);
                    insertAudit.bindBlob(6, p.prev.data(), p.prev.size()).bindBlob(7, p.hash.data(), p.hash.size());
                    insertAudit.bindBlob(8, p.signature ? p.signature->data() : nullptr, p.signature ? p.signature->size() : 0);
                    insertAudit.step();
                    insertAudit.reset();
                    break;
                }
            }
            if (snapshots > 0) {
                pruneSnapshots.bind(1, static_cast<std::int64_t>(kSnapshotsKept));
                pruneSnapshots.step();
                pruneSnapshots.reset();
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
            m_stats.events += events;
            m_stats.snapshots += snapshots;
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

std::vector<AuditEntry> Journal::readAudit(std::uint64_t from, std::size_t max) const
{
    SqliteDb db(m_path, SqliteDb::Mode::ReadOnly);
    // A file of schema 1 (opened read-only, so not migrated) has no keys: all its entries are unsigned.
    auto st = db.prepare(std::string("SELECT seq, time_ms, operator, ")
        + (m_schema >= 2 ? "public_key" : "NULL") + ", entry, prev_hash, hash, signature FROM audit "
        + "WHERE seq >= ? ORDER BY seq LIMIT ?");
    st.bind(1, static_cast<std::int64_t>(from)).bind(2, static_cast<std::int64_t>(max));
    std::vector<AuditEntry> out;
    while (st.step()) {
        AuditEntry e;
        e.seq = static_cast<std::uint64_t>(st.integer(0));
        e.time_ms = st.integer(1);
        e.operator_name = st.text(2);
        e.public_key = optionalOf<PublicKey>(st.blob(3));
        e.entry = st.text(4);
        e.prev_hash = digestOf(st.blob(5));
        e.hash = digestOf(st.blob(6));
        e.signature = optionalOf<Signature>(st.blob(7));
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<std::uint64_t> Journal::snapshotSeqs(std::uint64_t maxSeq) const
{
    SqliteDb db(m_path, SqliteDb::Mode::ReadOnly);
    auto st = db.prepare("SELECT seq FROM snapshots WHERE seq <= ? ORDER BY seq DESC");
    st.bind(1, static_cast<std::int64_t>(maxSeq));
    std::vector<std::uint64_t> out;
    while (st.step())
        out.push_back(static_cast<std::uint64_t>(st.integer(0)));
    return out;
}

std::optional<JournalSnapshot> Journal::readSnapshot(std::uint64_t seq) const
{
    SqliteDb db(m_path, SqliteDb::Mode::ReadOnly);
    auto st = db.prepare("SELECT state, state_hash FROM snapshots WHERE seq = ?");
    st.bind(1, static_cast<std::int64_t>(seq));
    if (!st.step())
        return std::nullopt;
    const auto bytes = st.blob(0);
    return JournalSnapshot { seq, std::string(bytes.begin(), bytes.end()), st.text(1) };
}

Journal::Verification Journal::verify() const
{
    Verification v;
    auto broken = [&](const std::string& what, const std::string& why) {
        v.ok = false;
        v.first_broken = what;
        v.reason = why;
    };
    Digest prev {};
    std::uint64_t expected = 1;
    for (std::uint64_t from = 1; v.ok;) {
        const auto events = read(from, 4096);
        if (events.empty())
            break;
        for (const JournalEvent& e : events) {
            const std::string name = "event " + std::to_string(e.seq);
            if (e.seq != expected)
                broken(name, "sequence jumps from " + std::to_string(expected - 1) + " to " + std::to_string(e.seq));
            else if (e.prev_hash != prev)
                broken(name, "does not chain to the event before it");
            else if (e.hash != hashOf(prev, e.seq, e.time_ms, e.type, e.payload))
                broken(name, "its content does not match its hash");
            if (!v.ok) {
                v.first_broken_event = e.seq;
                break;
            }
            prev = e.hash;
            ++expected;
            ++v.events;
        }
        from = events.back().seq + 1;
    }
    if (!v.ok)
        return v;
    prev = {};
    expected = 1;
    for (std::uint64_t from = 1;;) {
        const auto entries = readAudit(from, 4096);
        if (entries.empty())
            break;
        for (const AuditEntry& e : entries) {
            const std::string name = "audit entry " + std::to_string(e.seq);
            if (e.seq != expected)
                broken(name, "sequence jumps from " + std::to_string(expected - 1) + " to " + std::to_string(e.seq));
            else if (e.prev_hash != prev)
                broken(name, "does not chain to the entry before it");
            else if (e.hash != auditHashOf(prev, e.seq, e.time_ms, e.operator_name, e.public_key, e.entry))
                broken(name, "its content does not match its hash");
            else if (e.public_key && !e.signature)
                broken(name, "signed by " + e.operator_name + " but the signature is missing");
            else if (e.public_key && !verifySignature(*e.public_key, e.hash.data(), e.hash.size(), *e.signature))
                broken(name, "the signature of " + e.operator_name + " does not verify");
            if (!v.ok)
                return v;
            if (e.public_key)
                ++v.signatures;
            else
                ++v.unsigned_entries;
            prev = e.hash;
            ++expected;
            ++v.audit_entries;
        }
        from = entries.back().seq + 1;
    }
    return v;
}

} // namespace cm
