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
        QCOMPARE(v.checked, std::uint64_t{1000});
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
        QCOMPARE(v.first_broken.value(), std::uint64_t(broken));
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
