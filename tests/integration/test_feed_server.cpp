// SPDX-License-Identifier: GPL-3.0-or-later
// The feed protocol (DESIGN §10) against the real server on 127.0.0.1, feeding a real engine.
#include <utility>

#include "core/api/engine.h"
#include "core/net/feed_server.h"
#include "tests/core/test_worlds.h"
#include "tests/integration/feed_bad_lines.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <nlohmann/json.hpp>

#include <QTest>

#include <chrono>
#include <memory>
#include <thread>

using boost::asio::ip::tcp;
using nlohmann::json;

namespace {

//! A blocking client: sends lines, reads reply lines.
class Client {
public:
    explicit Client(std::uint16_t port) : m_socket(m_io)
    {
        m_socket.connect(tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port));
    }
    void send(const std::string& line) { boost::asio::write(m_socket, boost::asio::buffer(line + "\n")); }
    void sendRaw(const std::string& bytes) { boost::asio::write(m_socket, boost::asio::buffer(bytes)); }
    json reply()
    {
        boost::asio::read_until(m_socket, m_buf, '\n');
        std::istream in(&m_buf);
        std::string line;
        std::getline(in, line);
        return json::parse(line);
    }
    //! True when the server has closed the connection (reads hit end of file).
    bool closedByServer()
    {
        boost::system::error_code ec;
        for (int i = 0; i < 100000 && !ec; ++i)
            boost::asio::read_until(m_socket, m_buf, '\n', ec), m_buf.consume(m_buf.size());
        return ec == boost::asio::error::eof || ec == boost::asio::error::connection_reset;
    }
    void close() { m_socket.close(); }
    void shutdownSend() { m_socket.shutdown(tcp::socket::shutdown_send); }

private:
    boost::asio::io_context m_io;
    tcp::socket m_socket;
    boost::asio::streambuf m_buf;
};

struct Rig {
    explicit Rig(cm::FeedServerOptions options = {})
        : engine(cm::test::smallWorld(), [] {
              cm::EngineOptions o;
              o.start_paused = true;
              o.publish_interval_ms = 10;
              return o;
          }()),
          server_(engine.makeFeedServer(std::move(options))),
          server(*server_)
    {
        engine.start();
        const auto port = server.start();
        if (!port)
            qFatal("%s", port.error().message.c_str());
    }
    ~Rig()
    {
        server.stop();
        engine.stop();
    }
    cm::Engine engine;
    std::unique_ptr<cm::FeedServer> server_;
    cm::FeedServer& server;
};

QString text(const json& j) { return QString::fromStdString(j.dump()); }
QString ack(int n) { return text(json{{"ok", n}}); }
int okOf(const json& j) { return j.contains("ok") ? j["ok"].get<int>() : -1; }

std::string price(double p, const std::string& source = "chainlink") { return json{{"type", "price"}, {"asset", "ETH"}, {"source", source}, {"chain", "ethereum"}, {"price", std::to_string(p)}}.dump(); }

} // namespace

class TestFeedServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodLinesAreAppliedThenAcknowledged()
    {
        Rig rig;
        Client c(rig.server.port());
        c.send(price(2010.5));
        QCOMPARE(text(c.reply()), ack(1));
        c.send(json{{"type", "price"}, {"asset", "ETH"}, {"source", "pyth"}, {"chain", "arbitrum"}, {"price", 2011.25}}.dump()); // a JSON number
        QCOMPARE(text(c.reply()), ack(2));
        c.send(json{{"type", "chain_status"}, {"chain", "arbitrum"}, {"status", "halted"}}.dump());
        QCOMPARE(text(c.reply()), ack(3));
        c.send(json{{"type", "holding"}, {"account", "alice"}, {"chain", "ethereum"}, {"asset", "ETH"}, {"amount", "12.5"}}.dump());
        QCOMPARE(text(c.reply()), ack(4));
        c.send(json{{"type", "debt"}, {"account", "alice"}, {"chain", "ethereum"}, {"asset", "USDC"}, {"amount", "0"}}.dump()); // zero removes it
        QCOMPARE(text(c.reply()), ack(5));
        c.send(json{{"type", "position"}, {"account", "new-desk"}, {"venue", "perp-arb"}, {"chain", "arbitrum"}, {"market", "ETH"}, {"size", "-2"}, {"entry_price", "2050"}}.dump());
        QCOMPARE(text(c.reply()), ack(6));
        c.send(json{{"type", "holding"}, {"account", "new-desk"}, {"chain", "arbitrum"}, {"asset", "USDC"}, {"route", "eth-arb-USDC"}, {"amount", "5000"}}.dump());
        QCOMPARE(text(c.reply()), ack(7));

        // Acknowledged means applied: the next snapshot shows all of it.
        QTRY_VERIFY_WITH_TIMEOUT(engine(rig)->accounts.size() == 6, 5000);
        const auto snap = engine(rig);
        QCOMPARE(snap->chains[1].status, cm::ChainStatus::Halted);
        QCOMPARE(snap->assets[0].sources.size(), std::size_t{3});  // world (retired) + chainlink + pyth
        QCOMPARE(snap->assets[0].fresh_sources, 2u);
        QCOMPARE(snap->accounts[0].debt_e8, cm::Int128{0});          // alice owes nothing now
        // 12.5 ETH at 2,010.875: the median of the two feed sources; the simulated source
        // stood aside when the first external price came in.
        QCOMPARE(snap->accounts[0].collateral_e8, cm::Int128{2513593750000});
        QCOMPARE(snap->accounts[5].id, std::string("new-desk"));
        QVERIFY(snap->structure_version > 1);
        QCOMPARE(rig.server.stats().lines_accepted, std::uint64_t{7});
    }

    void badLinesGetAnErrorWithTheLineNumber_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("error");
        for (const auto& bad : cm::test::badFeedLines())
            QTest::newRow(bad.name) << QString::fromStdString(bad.line) << QString::fromLatin1(bad.error);
    }
    void badLinesGetAnErrorWithTheLineNumber()
    {
        QFETCH(QString, line);
        QFETCH(QString, error);
        Rig rig;
        Client c(rig.server.port());
        c.send(price(2001));
        QCOMPARE(okOf(c.reply()), 1);
        c.send(line.toStdString());
        const json r = c.reply();
        QCOMPARE(r.value("line", 0), 2);
        QVERIFY2(QString::fromStdString(r["error"].get<std::string>()).contains(error), r.dump().c_str());
        // The connection goes on, and nothing else changed.
        c.send(price(2002));
        QCOMPARE(okOf(c.reply()), 3);
        QCOMPARE(rig.server.stats().lines_bad, std::uint64_t{1});
    }

    void domainRefusalIsReportedNotDropped()
    {
        Rig rig;
        Client c(rig.server.port());
        c.send(price(3500)); // +75 % from the aggregate: the oracle refuses it
        const json r = c.reply();
        QVERIFY(r.value("refused", false));
        QVERIFY(r["error"].get<std::string>().find("jumps") != std::string::npos);
        QCOMPARE(rig.server.stats().lines_refused, std::uint64_t{1});
    }

    void oversizedLineIsRefusedAndSkipped()
    {
        Rig rig;
        Client c(rig.server.port());
        c.send(std::string(70000, 'x'));
        const json r = c.reply();
        QCOMPARE(r.value("line", 0), 1);
        QVERIFY(r["error"].get<std::string>().find("longer than 65536 bytes") != std::string::npos);
        c.send(price(2003));
        QCOMPARE(text(c.reply()), ack(2));
    }

    void everyLineIsAnsweredBeforeTheServerCloses()
    {
        Rig rig;
        rig.engine.post(cm::SetSpeedCommand{600});
        rig.engine.post(cm::ResumeCommand{}); // a busy engine: verdicts come back after the client is done
        Client c(rig.server.port());
        std::string burst;
        for (int i = 0; i < 5000; ++i)
            burst += price(2000 + (i % 10) * 0.5) + "\n";
        c.sendRaw(burst);
        c.shutdownSend(); // the client is done talking
        int acked = 0;
        for (int i = 0; i < 5000; ++i)
            acked += okOf(c.reply()) > 0;
        QCOMPARE(acked, 5000);
        QVERIFY(c.closedByServer());
    }

    void abruptDisconnectsHarmNobody()
    {
        Rig rig;
        {
            Client gone(rig.server.port());
            gone.sendRaw(std::string("{\"type\":\"price\",\"asset\":\"ETH\",\"sou")); // half a line, then gone
            gone.close();
        }
        Client c(rig.server.port());
        c.send(price(2004));
        QCOMPARE(okOf(c.reply()), 1);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.stats().open_connections, std::uint64_t{1}, 5000);
    }

    void fiftyClientsAtOnce()
    {
        Rig rig;
        constexpr int kClients = 50;
        constexpr int kLines = 100;
        std::vector<std::thread> threads;
        std::atomic<int> acknowledged{0};
        for (int i = 0; i < kClients; ++i) {
            threads.emplace_back([&, i] {
                Client c(rig.server.port());
                for (int k = 0; k < kLines; ++k)
                    c.send(json{{"type", "holding"}, {"account", "client-" + std::to_string(i)}, {"chain", "ethereum"},
                                {"asset", "USDC"}, {"amount", std::to_string(k + 1)}}.dump());
                for (int k = 0; k < kLines; ++k)
                    if (c.reply().contains("ok"))
                        ++acknowledged;
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(acknowledged.load(), kClients * kLines);
        QCOMPARE(rig.server.stats().lines_accepted, std::uint64_t{kClients * kLines});
        // Every client's last word holds: 100 USDC each, 50 new accounts.
        QTRY_VERIFY_WITH_TIMEOUT(engine(rig)->accounts.size() == 5 + kClients, 5000);
        QVERIFY(engine(rig)->accounts[5 + 7].collateral_e8 == cm::Int128{100} * 100000000);
    }

    void aFastClientThatReadsIsNeverDropped()
    {
        // Acknowledgements are coalesced into large writes: a client pushing lines flat out
        // while it reads its answers is not mistaken for a slow reader. (The rate limit, tested
        // on its own, is lifted here.)
        cm::FeedServerOptions options;
        options.rate_lines_per_s = 1e9;
        options.rate_burst = 1e9;
        Rig rig(options);
        Client c(rig.server.port());
        constexpr int kLines = 50000;
        std::string batch;
        for (int i = 0; i < 1000; ++i)
            batch += price(2000 + (i % 10) * 0.25) + "\n";
        std::thread writer([&] {
            for (int sent = 0; sent < kLines; sent += 1000)
                c.sendRaw(batch);
        });
        int acked = 0;
        for (int i = 0; i < kLines; ++i)
            acked += okOf(c.reply()) > 0;
        writer.join();
        QCOMPARE(acked, kLines);
        QCOMPARE(rig.server.stats().clients_dropped, std::uint64_t{0});
    }

    void persistentlyBadClientIsDropped()
    {
        cm::FeedServerOptions options;
        options.max_bad_lines = 10;
        Rig rig(options);
        Client good(rig.server.port());
        Client bad(rig.server.port());
        for (int i = 0; i < 20; ++i)
            bad.send("garbage");
        QVERIFY(bad.closedByServer());
        QCOMPARE(rig.server.stats().clients_dropped, std::uint64_t{1});
        good.send(price(2005));
        QCOMPARE(okOf(good.reply()), 1);
    }

    void slowReaderIsDropped()
    {
        cm::FeedServerOptions options;
        options.max_unsent_bytes = 4096;
        Rig rig(options);
        Client slow(rig.server.port());
        // Thousands of lines whose replies it never reads: the kernel buffers fill, the
        // server's queue passes 4 KiB, and the server lets it go.
        std::string batch;
        for (int i = 0; i < 200; ++i)
            batch += "x\n";
        for (int i = 0; i < 5000 && rig.server.stats().clients_dropped == 0; ++i) {
            try {
                slow.sendRaw(batch);
            } catch (const boost::system::system_error&) {
                break; // reset by the server
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.stats().clients_dropped >= 1, 10000);
        Client other(rig.server.port());
        other.send(price(2006));
        QCOMPARE(okOf(other.reply()), 1);
    }

    void rateLimitRefusesTheExcess()
    {
        cm::FeedServerOptions options;
        options.rate_lines_per_s = 10;
        options.rate_burst = 5;
        options.max_bad_lines = 1000;
        Rig rig(options);
        Client c(rig.server.port());
        for (int i = 0; i < 20; ++i)
            c.send(price(2000 + i * 0.01));
        int ok = 0, limited = 0;
        for (int i = 0; i < 20; ++i) {
            const json r = c.reply();
            if (r.contains("ok"))
                ++ok;
            else if (r["error"].get<std::string>().find("rate limit") != std::string::npos)
                ++limited;
        }
        QVERIFY2(ok >= 5 && ok <= 7, qPrintable(QString::number(ok)));
        QCOMPARE(ok + limited, 20);
    }

    void listenAddressErrorsNameTheProblem()
    {
        QVERIFY(!cm::parseHostPort("localhost").ok());
        QVERIFY(!cm::parseHostPort("127.0.0.1:99999").ok());
        QCOMPARE(cm::parseHostPort("127.0.0.1:9000").value().second, std::uint16_t{9000});
        cm::Engine engine(cm::test::smallWorld());
        cm::FeedServerOptions options;
        options.host = "not-an-ip";
        cm::FeedServer server(engine.world(), [](cm::FeedUpdate, cm::FeedServer::Done) {}, options);
        const auto r = server.start();
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("bad address") != std::string::npos);
    }

private:
    static cm::SnapshotPtr engine(Rig& rig) { return rig.engine.latest(); }
};

QTEST_GUILESS_MAIN(TestFeedServer)
#include "test_feed_server.moc"
