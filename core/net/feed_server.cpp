// SPDX-License-Identifier: GPL-3.0-or-later
#include <utility>

#include "core/net/feed_server.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <mutex>
#include <thread>

namespace cm {

using boost::asio::ip::tcp;

namespace {
class Session;
} // namespace

//! Where the engine thread hands verdicts back; closed when the server stops, so a verdict
//! that comes later is dropped instead of posted into a dead io_context.
struct Gate {
    std::mutex mutex;
    boost::asio::io_context* io = nullptr;
};

struct FeedServer::Impl {
    Impl(const World& w, Apply a, FeedServerOptions o)
        : world(w), apply(std::move(a)), options(std::move(o)), acceptor(io), gate(std::make_shared<Gate>())
    {
        gate->io = &io;
    }

    void accept();

    const World& world;
    Apply apply;
    FeedServerOptions options;
    boost::asio::io_context io;
    tcp::acceptor acceptor;
    std::thread thread;
    std::atomic<std::uint16_t> port{0};
    std::shared_ptr<Gate> gate;
    std::vector<std::weak_ptr<Session>> sessions; // server thread only

    mutable std::mutex statsMutex;
    FeedServerStats stats;
    template <typename F>
    void count(F&& f)
    {
        std::lock_guard lock(statsMutex);
        f(stats);
    }
};

namespace {

//! One client. All its handlers run on the server thread; the engine's verdicts are posted
//! back to it, so no state is shared across threads.
class Session : public std::enable_shared_from_this<Session> {
public:
    // A raw pointer to the server: its thread is joined before it dies, and a shared one
    // would be a cycle through the handlers its io_context holds.
    Session(tcp::socket socket, FeedServer::Impl* server)
        : m_socket(std::move(socket)), m_server(server),
          m_tokens(m_server->options.rate_burst), m_refill(std::chrono::steady_clock::now())
    {
    }

    void start() { read(); }
    void abort() { close(false); }

private:
    void read()
    {
        m_socket.async_read_some(boost::asio::buffer(m_buffer), [self = shared_from_this()](const boost::system::error_code& ec,
                                                                                             std::size_t n) {
            if (ec == boost::asio::error::eof) {
                // The client has said all it will: answer every line still with the engine,
                // then close. No read is pending now, so the session holds itself until then
                // (released by close(), which stop() reaches through abort()).
                self->m_eof = true;
                self->m_keepAlive = self;
                self->maybeFinish();
                return;
            }
            if (ec) {
                self->close(false);
                return;
            }
            self->consume(std::string_view(self->m_buffer.data(), n));
            if (self->m_open)
                self->read();
        });
    }

    void consume(std::string_view data)
    {
        for (char c : data) {
            if (c != '\n') {
                if (m_discarding)
                    continue;
                if (m_pending.size() >= m_server->options.max_line_bytes) {
                    // Refuse once, then skip to the end of the line.
                    ++m_line;
                    bad("line longer than " + std::to_string(m_server->options.max_line_bytes) + " bytes");
                    m_discarding = true;
                    m_pending.clear();
                    continue;
                }
                m_pending.push_back(c);
                continue;
            }
            if (m_discarding) {
                m_discarding = false;
                continue;
            }
            if (!m_pending.empty() && m_pending.back() == '\r')
                m_pending.pop_back();
            ++m_line;
            handleLine(m_pending);
            m_pending.clear();
            if (!m_open)
                return;
        }
    }

    bool takeToken()
    {
        const auto now = std::chrono::steady_clock::now();
        const double dt = std::chrono::duration<double>(now - m_refill).count();
        m_refill = now;
        m_tokens = std::min(m_server->options.rate_burst, m_tokens + dt * m_server->options.rate_lines_per_s);
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

    void handleLine(const std::string& line)
    {
        if (line.empty())
            return; // blank lines are keep-alives
        if (!takeToken()) {
            bad("rate limit: at most " + std::to_string(static_cast<long>(m_server->options.rate_lines_per_s))
                + " lines a second");
            return;
        }
        auto parsed = parseFeedLine(line, m_server->world);
        if (!parsed) {
            bad(parsed.error().message);
            return;
        }
        const std::uint64_t n = m_line;
        ++m_inflight;
        std::weak_ptr<Session> weak = shared_from_this();
        m_server->apply(std::move(parsed).value(), [weak, gate = m_server->gate, n](std::string refusal) {
            // Engine thread: hand the verdict back to the server thread, if it still runs.
            std::lock_guard lock(gate->mutex);
            if (!gate->io)
                return;
            boost::asio::post(*gate->io, [weak, n, refusal = std::move(refusal)] {
                auto self = weak.lock();
                if (!self)
                    return;
                --self->m_inflight;
                if (refusal.empty()) {
                    self->m_server->count([](FeedServerStats& s) { ++s.lines_accepted; });
                    self->send(nlohmann::json{{"ok", n}}.dump());
                } else {
                    self->m_server->count([](FeedServerStats& s) { ++s.lines_refused; });
                    self->send(nlohmann::json{{"error", refusal}, {"line", n}, {"refused", true}}.dump());
                }
                self->maybeFinish();
            });
        });
    }

    void maybeFinish()
    {
        if (m_eof && m_inflight == 0 && m_outbox.empty() && m_writing.empty())
            close(false);
    }

    void bad(const std::string& why)
    {
        m_server->count([](FeedServerStats& s) { ++s.lines_bad; });
        send(nlohmann::json{{"error", why}, {"line", m_line}}.dump());
        if (++m_badLines > m_server->options.max_bad_lines) {
            send(nlohmann::json{{"error", "too many bad lines: disconnecting"}}.dump());
            close(true);
        }
    }

    void send(std::string line)
    {
        if (!m_open && !m_closing)
            return;
        line.push_back('\n');
        m_unsent += line.size();
        if (m_unsent > m_server->options.max_unsent_bytes) {
            close(true); // it does not read what it is sent
            return;
        }
        m_outbox.push_back(std::move(line));
        if (m_writing.empty())
            write();
    }

    // Everything queued goes out in one write: one small write per acknowledgement would let
    // the queue outgrow a client that reads perfectly well.
    void write()
    {
        for (std::string& line : m_outbox)
            m_writing += line;
        m_outbox.clear();
        boost::asio::async_write(m_socket, boost::asio::buffer(m_writing),
                                 [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) {
                                     self->m_unsent -= std::min(n, self->m_unsent);
                                     self->m_writing.clear();
                                     if (ec) {
                                         self->close(false);
                                         return;
                                     }
                                     if (!self->m_outbox.empty())
                                         self->write();
                                     else if (self->m_closing)
                                         self->shutdown();
                                     else
                                         self->maybeFinish();
                                 });
    }

    //! dropped: the server ends it (flushes what is queued first); otherwise the peer left.
    void close(bool dropped)
    {
        const auto keep = std::move(m_keepAlive); // this outlives the call even if that was the last owner
        if (!m_open)
            return;
        m_open = false;
        m_server->count([dropped](FeedServerStats& s) {
            --s.open_connections;
            if (dropped)
                ++s.clients_dropped;
        });
        if (dropped && (!m_outbox.empty() || !m_writing.empty()) && m_unsent <= m_server->options.max_unsent_bytes) {
            m_closing = true;
            return;
        }
        shutdown();
    }

    void shutdown()
    {
        m_closing = false;
        boost::system::error_code ignored;
        m_socket.shutdown(tcp::socket::shutdown_both, ignored);
        m_socket.close(ignored);
    }

    tcp::socket m_socket;
    FeedServer::Impl* m_server;
    std::array<char, 16384> m_buffer{};
    std::string m_pending;
    bool m_discarding = false;
    bool m_open = true;
    bool m_closing = false;
    bool m_eof = false;
    std::shared_ptr<Session> m_keepAlive;
    std::uint64_t m_inflight = 0; //!< lines with the engine, not yet answered
    std::uint64_t m_line = 0;
    std::uint32_t m_badLines = 0;
    double m_tokens;
    std::chrono::steady_clock::time_point m_refill;
    std::deque<std::string> m_outbox;
    std::string m_writing;        //!< what the write in progress sends
    std::size_t m_unsent = 0;
};

} // namespace

void FeedServer::Impl::accept()
{
    acceptor.async_accept([this](const boost::system::error_code& ec, tcp::socket socket) {
        if (ec)
            return; // closed by stop()
        boost::system::error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);
        count([](FeedServerStats& s) {
            ++s.connections;
            ++s.open_connections;
        });
        auto session = std::make_shared<Session>(std::move(socket), this);
        std::erase_if(sessions, [](const std::weak_ptr<Session>& w) { return w.expired(); });
        sessions.push_back(session);
        session->start();
        accept();
    });
}

FeedServer::FeedServer(const World& world, Apply apply, FeedServerOptions options)
    : m_impl(std::make_shared<Impl>(world, std::move(apply), std::move(options)))
{
}

FeedServer::~FeedServer() { stop(); }

Result<std::uint16_t> FeedServer::start()
{
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(m_impl->options.host, ec);
    if (ec)
        return Error{"--listen: bad address '" + m_impl->options.host + "'"};
    const tcp::endpoint endpoint(address, m_impl->options.port);
    const std::string where = m_impl->options.host + ":" + std::to_string(m_impl->options.port);
    m_impl->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        m_impl->acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec)
        m_impl->acceptor.bind(endpoint, ec);
    if (!ec)
        m_impl->acceptor.listen(boost::asio::socket_base::max_listen_connections, ec);
    if (ec)
        return Error{"cannot listen on " + where + ": " + ec.message()};
    m_impl->port = m_impl->acceptor.local_endpoint().port();
    m_impl->accept();
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->io.run(); });
    return m_impl->port.load();
}

void FeedServer::stop()
{
    if (!m_impl || !m_impl->thread.joinable())
        return;
    {
        std::lock_guard lock(m_impl->gate->mutex);
        m_impl->gate->io = nullptr;
    }
    boost::asio::post(m_impl->io, [impl = m_impl.get()] {
        boost::system::error_code ignored;
        impl->acceptor.close(ignored);
        for (auto& weak : impl->sessions)
            if (auto session = weak.lock())
                session->abort();
        impl->io.stop();
    });
    m_impl->thread.join();
}

std::uint16_t FeedServer::port() const { return m_impl->port; }

FeedServerStats FeedServer::stats() const
{
    std::lock_guard lock(m_impl->statsMutex);
    return m_impl->stats;
}

Result<std::pair<std::string, std::uint16_t>> parseHostPort(const std::string& text)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        return Error{"expected HOST:PORT, got '" + text + "'"};
    const std::string portText = text.substr(colon + 1);
    if (portText.size() > 5 || portText.find_first_not_of("0123456789") != std::string::npos)
        return Error{"bad port '" + portText + "'"};
    const int port = std::stoi(portText);
    if (port > 65535)
        return Error{"bad port '" + portText + "'"};
    std::string host = text.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    return std::make_pair(host, static_cast<std::uint16_t>(port));
}

} // namespace cm
