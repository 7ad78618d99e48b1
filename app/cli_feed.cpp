// SPDX-License-Identifier: GPL-3.0-or-later
#include <utility>

#include "app/cli_feed.h"

#include "core/net/feed_server.h"
#include "core/sim/candles.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>
#include <thread>

namespace cm::cli {
namespace {

constexpr int kExitUsage = 2;

int fail(const std::string& message)
{
    std::cerr << "clearmesh-cli: " << message << "\n";
    return kExitUsage;
}

std::string opt(const std::map<std::string, std::string>& o, const std::string& key, const std::string& fallback)
{
    const auto it = o.find(key);
    return it == o.end() ? fallback : it->second;
}

} // namespace

int runFeed(const std::map<std::string, std::string>& options)
{
    using boost::asio::ip::tcp;
    if (!options.count("--connect") || !options.count("--csv"))
        return fail("feed needs --connect HOST:PORT and --csv FILE");
    const auto address = parseHostPort(options.at("--connect"));
    if (!address)
        return fail("--connect: " + address.error().message);
    auto series = loadCandles(options.at("--csv"));
    if (!series)
        return fail(series.error().message);

    double speed = 3600; // an hourly candle a second
    const std::string speedText = opt(options, "--speed", "3600");
    if (speedText == "max") {
        speed = 0;
    } else {
        char* end = nullptr;
        speed = std::strtod(speedText.c_str(), &end);
        if (end != speedText.c_str() + speedText.size() || !(speed > 0))
            return fail("--speed: expected max or a positive number, got '" + speedText + "'");
    }
    std::int64_t from = std::numeric_limits<std::int64_t>::min();
    std::int64_t to = std::numeric_limits<std::int64_t>::max();
    for (auto [key, bound] : {std::pair{"--from", &from}, std::pair{"--to", &to}}) {
        if (!options.count(key))
            continue;
        const auto t = parseUtcTime(options.at(key));
        if (!t)
            return fail(std::string(key) + ": " + t.error().message);
        *bound = t.value();
    }
    std::vector<Candle> candles;
    for (const Candle& c : series.value().candles)
        if (c.time_s >= from && c.time_s <= to)
            candles.push_back(c);
    if (candles.empty())
        return fail("--csv: no candles between --from and --to");
    double scale = 1.0;
    if (options.count("--rebase")) {
        char* end = nullptr;
        const double rebase = std::strtod(options.at("--rebase").c_str(), &end);
        if (!(rebase > 0))
            return fail("--rebase: expected a positive price");
        scale = rebase / candles.front().close;
    }
    const std::string asset = opt(options, "--asset", assetOfTicker(series.value().ticker));
    const std::string source = opt(options, "--source", "replay");
    const std::string chain = opt(options, "--chain", "ethereum");

    boost::asio::io_context io;
    tcp::socket socket(io);
    boost::system::error_code ec;
    tcp::resolver resolver(io);
    const auto endpoints = resolver.resolve(address.value().first, std::to_string(address.value().second), ec);
    if (!ec)
        boost::asio::connect(socket, endpoints, ec);
    if (ec)
        return fail("--connect: cannot reach " + options.at("--connect") + ": " + ec.message());

    // One thread: write a line, take the replies already waiting; after the last line,
    // half-close and read the rest until the server closes (it answers every line first).
    std::uint64_t ok = 0, refused = 0, errors = 0, replies = 0;
    std::string firstError;
    boost::asio::streambuf buf;
    auto readReply = [&]() -> bool {
        boost::system::error_code rec;
        boost::asio::read_until(socket, buf, '\n', rec);
        if (rec)
            return false;
        std::istream in(&buf);
        std::string line;
        std::getline(in, line);
        const auto reply = nlohmann::json::parse(line, nullptr, false);
        ++replies;
        if (reply.contains("ok"))
            ++ok;
        else if (reply.value("refused", false))
            ++refused;
        else
            ++errors;
        if (!reply.contains("ok") && firstError.empty())
            firstError = reply.dump();
        return true;
    };
    const auto interval = std::chrono::duration<double>(speed > 0 ? 3600.0 / speed : 0.0);
    auto next = std::chrono::steady_clock::now();
    std::uint64_t sent = 0;
    for (const Candle& c : candles) {
        const std::string line = nlohmann::json{{"type", "price"}, {"asset", asset}, {"source", source}, {"chain", chain},
                                                {"price", c.close * scale}}.dump() + "\n";
        boost::asio::write(socket, boost::asio::buffer(line), ec);
        if (ec)
            break;
        ++sent;
        while (socket.available(ec) > 0 && !ec && readReply()) {
        }
        if (speed > 0) {
            next += std::chrono::duration_cast<std::chrono::steady_clock::duration>(interval);
            std::this_thread::sleep_until(next);
        }
    }
    socket.shutdown(tcp::socket::shutdown_send, ec);
    while (replies < sent && readReply()) {
    }
    nlohmann::ordered_json summary{{"sent", sent}, {"ok", ok}, {"refused", refused}, {"errors", errors}, {"asset", asset}, {"from", candles.front().time_s},
                                   {"to", candles.back().time_s}};
    if (!firstError.empty())
        summary["first_error"] = firstError;
    std::cout << summary.dump() << "\n";
    return 0;
}

} // namespace cm::cli
