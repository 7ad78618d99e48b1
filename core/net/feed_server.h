// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/feed_protocol.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace cm {

struct FeedServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;                   //!< 0: any free port (see FeedServer::port)
    std::size_t max_line_bytes = kMaxFeedLineBytes;
    double rate_lines_per_s = 20000;          //!< per connection, token bucket
    double rate_burst = 40000;
    std::uint32_t max_bad_lines = 50;         //!< a client past this many bad lines is dropped
    std::size_t max_unsent_bytes = 1 << 20;   //!< a client that reads slower than this is dropped
};

struct FeedServerStats {
    std::uint64_t connections = 0;
    std::uint64_t open_connections = 0;
    std::uint64_t lines_accepted = 0;   //!< applied by the engine and acknowledged
    std::uint64_t lines_refused = 0;    //!< valid lines the domain refused (an oracle outlier...)
    std::uint64_t lines_bad = 0;        //!< malformed, oversized or rate-limited
    std::uint64_t clients_dropped = 0;
};

//! The feed server of DESIGN §10: TCP, newline-delimited JSON, its own thread and
//! io_context. Each line is validated here; a valid update goes to `apply`, which hands it to
//! the engine and calls `done` with the domain's verdict once applied (and, with a journal, durable) — only then is the line
//! acknowledged ({"ok": N}). A bad line gets {"error": "...", "line": N} back.
class FeedServer {
public:
    using Done = std::function<void(std::string refusal)>;
    using Apply = std::function<void(FeedUpdate update, Done done)>;

    FeedServer(const World& world, Apply apply, FeedServerOptions options = {});
    ~FeedServer();
    FeedServer(const FeedServer&) = delete;
    FeedServer& operator=(const FeedServer&) = delete;

    //! Binds and starts accepting; an error names the address and the reason.
    Result<std::uint16_t> start();
    void stop();
    std::uint16_t port() const;
    FeedServerStats stats() const;

    struct Impl;

private:
    std::shared_ptr<Impl> m_impl;
};

//! "127.0.0.1:9000" → host and port; errors name the problem.
Result<std::pair<std::string, std::uint16_t>> parseHostPort(const std::string& text);

} // namespace cm
