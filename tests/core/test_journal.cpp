// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/journal.h"
#include "core/journal/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <iterator>
#include <mutex>
#include <set>
#include <thread>

namespace {

std::string bytesOf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

} // namespace

class TestJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendsAreDurableChainedAndGroupCommitted()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        std::mutex m;
        std::vector<std::uint64_t> acked;
        {
            auto j = cm::Journal::open(path);
            QVERIFY2(j.ok(), j.ok() ? "" : j.error().message.c_str());
            std::vector<std::thread> writers;
            for (int t = 0; t < 4; ++t)
                writers.emplace_back([&, t] {
                    for (int i = 0; i < 250; ++i)
                        j.value()->append(1000 + i, "price", "{\"writer\":" + std::to_string(t) + ",\"i\":" + std::to_string(i) + "}",
                                          [&](std::uint64_t seq) {
                                              std::lock_guard lock(m);
                                              acked.push_back(seq);
                                          });
                });
            for (auto& w : writers)
                w.join();
            j.value()->flush();
            QCOMPARE(acked.size(), std::size_t{1000});
            // Acknowledged in order, each once.
            for (std::size_t i = 0; i < acked.size(); ++i)
                QCOMPARE(acked[i], std::uint64_t(i + 1));
            // Events that queued while a commit synced went in together.
            const auto stats = j.value()->stats();
            QCOMPARE(stats.events, std::uint64_t{1000});
            QVERIFY2(stats.commits < 1000, qPrintable(QString::number(stats.commits)));
        }
        // Reopened, it holds everything and the chain verifies.
        auto again = cm::Journal::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->lastSeq(), std::uint64_t{1000});
        const auto v = again.value()->verify();
        QVERIFY2(v.ok, v.reason.c_str());
        QCOMPARE(v.events, std::uint64_t{1000});
        // New events continue the chain.
        again.value()->append(5000, "price", "{}");
        again.value()->flush();
        QCOMPARE(again.value()->lastSeq(), std::uint64_t{1001});
        QVERIFY(again.value()->verify().ok);
        const auto events = again.value()->read(1000, 10);
        QCOMPARE(events.size(), std::size_t{2});
        QVERIFY(events[1].prev_hash == events[0].hash);
    }

    void theFirstBrokenEventIsNamed_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qulonglong>("broken");
        QTest::addColumn<QString>("reason");
        QTest::newRow("payload changed") << "UPDATE events SET payload = '{\"price\":1}' WHERE seq = 4" << 4ull << "content does not match";
        QTest::newRow("event removed") << "DELETE FROM events WHERE seq = 6" << 7ull << "sequence jumps from 5 to 7";
        QTest::newRow("hash rewritten") << "UPDATE events SET hash = zeroblob(32) WHERE seq = 8" << 8ull << "content does not match";
    }
    void theFirstBrokenEventIsNamed()
    {
        QFETCH(QString, tamper);
        QFETCH(qulonglong, broken);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        {
            auto j = cm::Journal::open(path);
            for (int i = 0; i < 10; ++i)
                j.value()->append(i, "price", "{\"i\":" + std::to_string(i) + "}");
            j.value()->flush();
        }
        {
            cm::SqliteDb raw(path, cm::SqliteDb::Mode::OpenExisting);
            raw.exec(tamper.toStdString());
        }
        auto j = cm::Journal::open(path);
        QVERIFY(j.ok());
        const auto v = j.value()->verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.first_broken_event, std::uint64_t(broken));
        QCOMPARE(v.first_broken, "event " + std::to_string(broken));
        QVERIFY2(QString::fromStdString(v.reason).contains(reason), v.reason.c_str());
    }

    void filesThatAreNotOursAreRefusedAndLeftAlone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("error");
        QTest::newRow("text file") << "text" << "not a SQLite database";
        QTest::newRow("another application's database") << "foreign" << "another application";
        QTest::newRow("a newer Clearmesh") << "newer" << "written by a newer Clearmesh (journal schema 7";
    }
    void filesThatAreNotOursAreRefusedAndLeftAlone()
    {
        QFETCH(QString, kind);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("x.db")).toStdString();
        if (kind == QLatin1String("text")) {
            std::ofstream(path) << "these are my notes, not a journal\n";
        } else {
            cm::SqliteDb db(path, cm::SqliteDb::Mode::CreateNew);
            db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'a')");
            if (kind == QLatin1String("newer"))
                db.exec("PRAGMA user_version = 7");
        }
        const std::string before = bytesOf(path);
        const auto j = cm::Journal::open(path);
        QVERIFY(!j.ok());
        QVERIFY2(QString::fromStdString(j.error().message).contains(error), j.error().message.c_str());
        QVERIFY(QString::fromStdString(j.error().message).contains(QStringLiteral("left untouched")));
        QCOMPARE(bytesOf(path), before);
    }

    void auditEntriesAreChainedAndSigned()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.db")).toStdString();
        const cm::Signer alice{"alice", cm::SigningKey::fromSeed(cm::KeySeed{1})};
        {
            auto j = cm::Journal::open(path);
            QVERIFY(j.ok());
            j.value()->append(1, "advance", "{\"steps\":1}");
            QCOMPARE(j.value()->appendAudit(10, "", "{\"action\":\"set_price\"}", &alice), std::uint64_t{1});
            QCOMPARE(j.value()->appendAudit(11, "cli", "{\"action\":\"replay_start\"}"), std::uint64_t{2});
            QCOMPARE(j.value()->appendAudit(12, "", "{\"action\":\"chain_status\"}", &alice), std::uint64_t{3});
            j.value()->flush();
        }
        auto j = cm::Journal::open(path, cm::Journal::Access::ReadOnly);
        QVERIFY(j.ok());
        const auto v = j.value()->verify();
        QVERIFY2(v.ok, v.reason.c_str());
        QCOMPARE(v.audit_entries, std::uint64_t{3});
        QCOMPARE(v.signatures, std::uint64_t{2});
        QCOMPARE(v.unsigned_entries, std::uint64_t{1});
        const auto entries = j.value()->readAudit(1, 10);
        QCOMPARE(entries.size(), std::size_t{3});
        QCOMPARE(entries[0].operator_name, std::string("alice"));
        QVERIFY(entries[0].public_key == alice.key.publicKey());
        QVERIFY(entries[2].prev_hash == entries[1].hash);
        QVERIFY(!entries[1].signature);
    }

    void aForgedAuditEntryIsNamed_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("broken");
        QTest::addColumn<QString>("reason");
        QTest::newRow("decision rewritten") << "UPDATE audit SET entry = '{\"action\":\"freeze\"}' WHERE seq = 2"
                                            << "audit entry 2" << "content does not match";
        QTest::newRow("signature replaced") << "UPDATE audit SET signature = zeroblob(64) WHERE seq = 1" << "audit entry 1"
                                            << "signature of alice does not verify";
        QTest::newRow("signature stripped") << "UPDATE audit SET signature = NULL WHERE seq = 2" << "audit entry 2"
                                            << "signature is missing";
        QTest::newRow("key and signature stripped")
            << "UPDATE audit SET signature = NULL, public_key = NULL WHERE seq = 1" << "audit entry 1"
            << "content does not match";
        QTest::newRow("operator renamed") << "UPDATE audit SET operator = 'mallory' WHERE seq = 2" << "audit entry 2"
                                          << "content does not match";
    }
    void aForgedAuditEntryIsNamed()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, broken);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.db")).toStdString();
        const cm::Signer alice{"alice", cm::SigningKey::fromSeed(cm::KeySeed{7})};
        {
            auto j = cm::Journal::open(path);
            for (int i = 0; i < 3; ++i)
                j.value()->appendAudit(i, "", "{\"action\":\"set_price\",\"i\":" + std::to_string(i) + "}", &alice);
            j.value()->flush();
        }
        {
            cm::SqliteDb raw(path, cm::SqliteDb::Mode::OpenExisting);
            raw.exec(tamper.toStdString());
        }
        auto j = cm::Journal::open(path, cm::Journal::Access::ReadOnly);
        QVERIFY(j.ok());
        const auto v = j.value()->verify();
        QVERIFY(!v.ok);
        QCOMPARE(QString::fromStdString(v.first_broken), broken);
        QVERIFY2(QString::fromStdString(v.reason).contains(reason), v.reason.c_str());
        QCOMPARE(v.first_broken_event, std::uint64_t{0}); // the events hold
    }

    void aSchemaOneFileIsMigrated()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("old.db")).toStdString();
        {
            // A journal as the first release wrote it: no public_key column.
            cm::SqliteDb db(path, cm::SqliteDb::Mode::CreateNew);
            db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                    "CREATE TABLE events (seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, type TEXT NOT NULL,"
                    " payload TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL);"
                    "CREATE TABLE snapshots (seq INTEGER PRIMARY KEY, state BLOB NOT NULL, state_hash TEXT NOT NULL);"
                    "CREATE TABLE audit (seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, operator TEXT NOT NULL,"
                    " entry TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL, signature BLOB);"
                    "CREATE TABLE processed_ids (id BLOB PRIMARY KEY, seq INTEGER NOT NULL);"
                    "INSERT INTO meta (key, value) VALUES ('app', 'clearmesh'); PRAGMA user_version = 1;");
        }
        {
            auto ro = cm::Journal::open(path, cm::Journal::Access::ReadOnly);
            QVERIFY(ro.ok());
            QVERIFY(ro.value()->readAudit(1, 10).empty()); // read without the new column
        }
        auto j = cm::Journal::open(path);
        QVERIFY2(j.ok(), j.ok() ? "" : j.error().message.c_str());
        const cm::Signer bob{"bob", cm::SigningKey::fromSeed(cm::KeySeed{2})};
        j.value()->appendAudit(1, "", "{}", &bob);
        j.value()->flush();
        QCOMPARE(cm::SqliteDb(path, cm::SqliteDb::Mode::ReadOnly).queryInt("PRAGMA user_version"),
                 std::int64_t{cm::Journal::kSchemaVersion});
        QCOMPARE(j.value()->verify().signatures, std::uint64_t{1});
    }

    void snapshotsAreStoredWithTheirEvent()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("s.db")).toStdString();
        auto j = cm::Journal::open(path);
        for (int i = 0; i < 10; ++i) {
            const auto seq = j.value()->append(i, "advance", "{}");
            if (seq % 2 == 0)
                j.value()->appendSnapshot(seq, std::string("state\0bytes", 11) + std::to_string(seq), "hash" + std::to_string(seq));
        }
        j.value()->flush();
        // The newest three are kept; older ones are deleted as new ones land.
        QCOMPARE(j.value()->snapshotSeqs(100), (std::vector<std::uint64_t>{10, 8, 6}));
        QCOMPARE(j.value()->snapshotSeqs(7), (std::vector<std::uint64_t>{6}));
        const auto snap = j.value()->readSnapshot(8);
        QVERIFY(snap);
        QCOMPARE(snap->state, std::string("state\0bytes8", 12));
        QCOMPARE(snap->state_hash, std::string("hash8"));
        QVERIFY(!j.value()->readSnapshot(7));
        QVERIFY(!j.value()->readSnapshot(4));
    }

    void aReadOnlyJournalNeverWrites()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("r.db")).toStdString();
        {
            auto j = cm::Journal::open(path);
            j.value()->append(1, "advance", "{}");
            j.value()->flush();
        }
        const std::string before = bytesOf(path);
        auto j = cm::Journal::open(path, cm::Journal::Access::ReadOnly);
        QVERIFY(j.ok());
        QCOMPARE(j.value()->append(2, "advance", "{}"), std::uint64_t{0});
        QCOMPARE(j.value()->appendAudit(2, "x", "{}"), std::uint64_t{0});
        QCOMPARE(j.value()->lastSeq(), std::uint64_t{1});
        QCOMPARE(bytesOf(path), before);
        QVERIFY(!cm::Journal::open(dir.filePath(QStringLiteral("missing.db")).toStdString(), cm::Journal::Access::ReadOnly).ok());
    }

    void aDamagedDatabaseIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("d.db")).toStdString();
        {
            auto j = cm::Journal::open(path);
            for (int i = 0; i < 2000; ++i)
                j.value()->append(i, "feed", std::string(200, 'x'));
            j.value()->flush();
        }
        // Overwrite a page in the middle with garbage, keeping SQLite's header.
        std::string bytes = bytesOf(path);
        QVERIFY(bytes.size() > 64 * 1024);
        for (std::size_t i = 40000; i < 48000; ++i)
            bytes[i] = static_cast<char>(i * 7);
        std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
        const auto j = cm::Journal::open(path);
        QVERIFY(!j.ok());
        QVERIFY2(QString::fromStdString(j.error().message).contains(QStringLiteral("left untouched")), j.error().message.c_str());
        QCOMPARE(bytesOf(path), bytes);
    }

    void anUnwritablePathIsAClearError()
    {
        const auto j = cm::Journal::open("/nonexistent-dir/j.db");
        QVERIFY(!j.ok());
        QVERIFY2(QString::fromStdString(j.error().message).startsWith(QStringLiteral("/nonexistent-dir/j.db: ")),
                 j.error().message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestJournal)
#include "test_journal.moc"
