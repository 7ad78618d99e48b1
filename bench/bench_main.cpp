// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-bench: prints figures as one JSON document. Medians (and p99 where latency
// matters) over repeated runs on this machine.
//   clearmesh-bench [--quick] [--world FILE]
#include "bench/baselines.h"
#include "bench/probe.h"
#include "bench/bench_util.h"
#include "core/sim/synthetic_book.h"
#include <utility>

#include "core/api/engine.h"
#include "core/domain/world_loader.h"
#include "core/api/session.h"
#include "core/interop/merkle.h"
#include "core/interop/message.h"
#include "core/interop/validator_set.h"
#include "core/journal/journal.h"
#include "core/money/money_math.h"
#include "core/runtime/journaled_state.h"
#include "core/net/feed_server.h"
#include "core/runtime/clearing_state.h"
#include "core/stress/stress_run.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <nlohmann/json.hpp>

#include <optional>

#include <algorithm>
#include <array>
#include <cstdio>
#include <chrono>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using cm::bench::currentRssKb;
using cm::bench::memscan;
using cm::bench::sqlHealthMs;

using cm::bench::Clock;
using cm::bench::cpuModel;
using cm::bench::medianMs;
using cm::bench::peakRssKb;
using cm::bench::quantile;
using cm::bench::samplesMs;

int main(int argc, char** argv)
{
    bool quick = false;
    std::string worldFile = CM_DEMO_WORLD;
    std::size_t memoryProbe = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            quick = true;
        else if (std::strcmp(argv[i], "--world") == 0 && i + 1 < argc)
            worldFile = argv[++i];
        else if (std::strcmp(argv[i], "--memory-probe") == 0 && i + 1 < argc)
            memoryProbe = static_cast<std::size_t>(std::stoull(argv[++i]));
        else {
            std::cerr << "usage: clearmesh-bench [--quick] [--world FILE]\n";
            return 2;
        }
    }
    if (memoryProbe > 0)
        return cm::bench::probeMemory(worldFile, memoryProbe);
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    // Each figure with its baseline where it has one (a baseline run in the same process, side by
    // side, so the machine's noise hits both) and the ratio value / baseline.
    auto add = [&](const std::string& name, double value, const std::string& unit, std::optional<double> baseline = std::nullopt) {
        nlohmann::ordered_json r{{"name", name}, {"value", value}, {"unit", unit}};
        r["baseline"] = baseline ? nlohmann::json(*baseline) : nlohmann::json(nullptr);
        r["ratio"] = baseline && *baseline != 0 ? nlohmann::json(value / *baseline) : nlohmann::json(nullptr);
        results.push_back(std::move(r));
        std::cerr << name << " = " << value << " " << unit << "\n";
    };

    // The demo world: the console's own book.
    cm::Result<cm::World> loaded = cm::Error{""};
    add("world_load_demo_ms", medianMs(5, [&] { loaded = cm::loadWorldFile(worldFile); }), "ms");
    if (!loaded) {
        std::cerr << "clearmesh-bench: " << loaded.error().message << "\n";
        return 2;
    }
    const cm::World base = loaded.value();
    {
        cm::ClearingState state(base, 1, 250);
        const double fullMs = medianMs(21, [&] { state.revalueAll(); });
        add("revalue_full_demo_ms", fullMs, "ms");
        add("sim_step_demo_ms", medianMs(21, [&] { state.step(); }), "ms");
        add("snapshot_build_demo_ms", medianMs(21, [&] { (void)state.snapshot(); }), "ms");
        add("state_hash_demo_ms", medianMs(5, [&] { (void)state.stateHash(); }), "ms");
    }

    // Simulated time per wall second on the demo book: re-margining once per simulated
    // minute (as `run --speed max` does), and at every 250 ms step.
    {
        cm::ClearingState state(base, 1, 250);
        const auto t = Clock::now();
        while (state.steps() < 4ull * 3600 * 6) // six simulated hours
            state.advance(240);
        const double wall = std::chrono::duration<double>(Clock::now() - t).count();
        add("sim_minutes_per_wall_s_demo", 360.0 / wall, "sim min/s");
        const auto t2 = Clock::now();
        for (int i = 0; i < 240; ++i) // one simulated minute, step by step
            state.advance(1);
        add("sim_minutes_per_wall_s_demo_every_step", 1.0 / std::chrono::duration<double>(Clock::now() - t2).count(), "sim min/s");
    }

    // The clearing agent (DESIGN §8) on the demo book: what it costs the simulation, one run of
    // the agent over every account under the warning health, and the pre-trade question "can
    // this account move X?" (a manual move's plan: route, health before, after and in flight).
    {
        cm::World off = base;
        off.agent.enabled = false;
        cm::ClearingState state(off, 1, 250);
        const auto t = Clock::now();
        while (state.steps() < 4ull * 3600 * 6)
            state.advance(240);
        add("sim_minutes_per_wall_s_demo_agent_off", 360.0 / std::chrono::duration<double>(Clock::now() - t).count(), "sim min/s");
    }
    {
        std::vector<double> runMs;
        std::size_t atRisk = 0;
        for (int i = 0; i < 5; ++i) {
            cm::World w = base;
            w.agent.enabled = false; // runs on demand only
            cm::ClearingState state(w, 1, 250);
            state.advance(240);
            const auto t = Clock::now();
            (void)state.runAgent("bench");
            runMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
            atRisk = 0;
            for (const auto& m : state.metrics())
                atRisk += m.health < w.agent.warning_health ? 1 : 0;
        }
        std::sort(runMs.begin(), runMs.end());
        add("agent_run_demo_ms", quantile(runMs, 0.5), "ms");
        add("agent_run_demo_accounts_under_warning", static_cast<double>(atRisk), "accounts");

        cm::ClearingState state(base, 1, 250);
        std::vector<cm::ClearingState::MoveRequest> moves;
        for (const cm::Account& a : state.world().accounts)
            for (const cm::Holding& h : a.holdings()) {
                const cm::ChainIndex to = h.route == cm::kNoRoute ? cm::ChainIndex {1} : state.world().routes[h.route].from;
                if (to != h.chain)
                    moves.push_back({a.id, h.asset, h.chain, to, std::max<cm::Int128>(1, h.amount / 10)});
            }
        // The pre-trade check "can this account move X?" (checkMove: free collateral while the
        // amount travels, O(1) in the book), and the whole plan a move's preview shows (planMove:
        // every route, health after arrival, fees, ETA).
        std::vector<double> us, planUs;
        std::size_t ok = 0;
        for (std::size_t i = 0; i < 200000; ++i) {
            const auto& q = moves[(i * 7919) % moves.size()];
            const auto t = Clock::now();
            const auto check = state.checkMove(q);
            us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t).count());
            ok += check.ok ? 1 : 0;
        }
        for (std::size_t i = 0; i < 20000; ++i) {
            const auto& q = moves[(i * 7919) % moves.size()];
            const auto t = Clock::now();
            const auto plan = state.planMove(q);
            planUs.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t).count());
        }
        std::sort(us.begin(), us.end());
        std::sort(planUs.begin(), planUs.end());
        add("margin_check_p50", quantile(us, 0.5), "us");
        add("margin_check_p99", quantile(us, 0.99), "us");
        add("margin_check_ok_share", static_cast<double>(ok) / static_cast<double>(us.size()), "share");
        add("move_plan_p50", quantile(planUs, 0.5), "us");
        add("move_plan_p99", quantile(planUs, 0.99), "us");
    }

    // Stress (DESIGN §11) on the demo book: the blast radius of every route and chain, a 30 %
    // crash run over 24 hours on a fork (prices held), and Monte Carlo paths per second of the
    // same scenario on one worker and on two.
    {
        cm::ClearingState state(base, 1, 250);
        add("blast_radius_demo_ms", medianMs(5, [&] { (void)cm::blastRadius(state); }), "ms");
        const auto stressBase = cm::captureStressBase(state);
        auto scenario = cm::builtInStressScenario("crash_30", *stressBase, "");
        // --quick: six simulated hours rather than a day (the figure's name says which).
        if (quick)
            scenario.value().horizon_s = 6 * 3600;
        const std::string horizon = quick ? "6h" : "24h";
        double wall = 0;
        const auto t = Clock::now();
        (void)cm::runStress(*stressBase, scenario.value());
        wall = std::chrono::duration<double>(Clock::now() - t).count();
        add("stress_crash30_" + horizon + "_demo_s", wall, "s");
        const int paths = quick ? 2 : 16;
        scenario.value().paths = static_cast<std::uint64_t>(paths);
        for (unsigned threads : {1u, 2u}) {
            cm::StressOptions o;
            o.threads = threads;
            const auto t2 = Clock::now();
            (void)cm::runStress(*stressBase, scenario.value(), o);
            const double s2 = std::chrono::duration<double>(Clock::now() - t2).count() - wall; // less the held-price run
            add("stress_mc_" + horizon + "_paths_per_s_demo_" + std::to_string(threads) + "t", paths / s2, "paths/s");
        }
    }

    // Feed lines per second over loopback into the engine, acknowledged (= applied).
    {
        using boost::asio::ip::tcp;
        cm::EngineOptions options;
        options.start_paused = true;
        cm::Engine engine(base, options);
        engine.start();
        cm::FeedServerOptions serverOptions;
        serverOptions.rate_lines_per_s = 1e9; // capacity, not the per-client policy (20,000/s)
        serverOptions.rate_burst = 1e9;
        const auto server = engine.makeFeedServer(serverOptions);
        const auto port = server->start();
        const int lines = quick ? 50000 : 200000;
        boost::asio::io_context io;
        tcp::socket socket(io);
        socket.connect(tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port.value()));
        std::string batch;
        for (int i = 0; i < 1000; ++i)
            batch += nlohmann::json{{"type", "price"}, {"asset", "ETH"}, {"source", "bench"}, {"chain", "ethereum"},
                                    {"price", std::to_string(3000 + (i % 20) * 0.25)}}.dump() + "\n";
        const auto t = Clock::now();
        std::thread writer([&] {
            for (int sent = 0; sent < lines; sent += 1000)
                boost::asio::write(socket, boost::asio::buffer(batch));
        });
        std::array<char, 65536> buf{};
        int acked = 0;
        while (acked < lines) {
            const std::size_t n = socket.read_some(boost::asio::buffer(buf));
            acked += static_cast<int>(std::count(buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(n), '\n'));
        }
        const double wall = std::chrono::duration<double>(Clock::now() - t).count();
        writer.join();
        add("feed_lines_per_s_loopback", lines / wall, "lines/s");
        server->stop();
        engine.stop();
    }

    // Durable events a second through the journal's group commit, and the time from append to
    // acknowledgement (= durable, synchronous=FULL), on the disk the build lives on.
    {
        const std::string path = std::string(CM_BENCH_DIR) + "/bench-journal.db";
        std::remove(path.c_str());
        std::remove((path + "-wal").c_str());
        std::remove((path + "-shm").c_str());
        auto journal = cm::Journal::open(path);
        if (!journal) {
            std::cerr << "clearmesh-bench: " << journal.error().message << "\n";
            return 2;
        }
        const int events = quick ? 20000 : 200000;
        std::vector<double> ackMs(static_cast<std::size_t>(events));
        std::vector<Clock::time_point> sent(static_cast<std::size_t>(events));
        const std::string payload = R"({"type":"price","asset":"ETH","source":"chainlink","chain":"ethereum","price":"3019.57"})";
        const auto t = Clock::now();
        for (int i = 0; i < events; ++i) {
            sent[static_cast<std::size_t>(i)] = Clock::now();
            journal.value()->append(i, "price", payload, [&, i](std::uint64_t) {
                ackMs[static_cast<std::size_t>(i)] =
                    std::chrono::duration<double, std::milli>(Clock::now() - sent[static_cast<std::size_t>(i)]).count();
            });
        }
        journal.value()->flush();
        const double wall = std::chrono::duration<double>(Clock::now() - t).count();
        std::sort(ackMs.begin(), ackMs.end());
        add("journal_events_per_s", events / wall, "events/s");
        add("journal_ack_p50_ms", quantile(ackMs, 0.5), "ms");
        add("journal_ack_p99_ms", quantile(ackMs, 0.99), "ms");
        add("journal_commits", static_cast<double>(journal.value()->stats().commits), "commits");

        // Commit latency at a steady load (a busy desk: 5,000 events a second), not a burst:
        // append to durable, per event.
        const int paced = quick ? 5000 : 20000;
        std::vector<double> pacedMs(static_cast<std::size_t>(paced));
        std::vector<Clock::time_point> pacedSent(static_cast<std::size_t>(paced));
        const auto start = Clock::now();
        for (int i = 0; i < paced; ++i) {
            std::this_thread::sleep_until(start + std::chrono::microseconds(200 * i));
            pacedSent[static_cast<std::size_t>(i)] = Clock::now();
            journal.value()->append(i, "price", payload, [&, i](std::uint64_t) {
                pacedMs[static_cast<std::size_t>(i)] =
                    std::chrono::duration<double, std::milli>(Clock::now() - pacedSent[static_cast<std::size_t>(i)]).count();
            });
        }
        journal.value()->flush();
        std::sort(pacedMs.begin(), pacedMs.end());
        add("journal_commit_paced_5k_p50_ms", quantile(pacedMs, 0.5), "ms");
        add("journal_commit_p99_ms", quantile(pacedMs, 0.99), "ms");
        journal.value().reset();
        std::remove(path.c_str());
        std::remove((path + "-wal").c_str());
        std::remove((path + "-shm").c_str());
    }

    // Recovery (DESIGN §9): a journal of 1,000,000 events on the demo world (100,000 with
    // --quick) — per ten events a second of simulation, six oracle prices, two holdings and a
    // debt from a desk's feed — rebuilt from its genesis and from its newest snapshot.
    {
        const std::string path = std::string(CM_BENCH_DIR) + "/bench-recovery.db";
        for (const char* suffix : {"", "-wal", "-shm"})
            std::remove((path + suffix).c_str());
        std::ifstream worldIn(worldFile);
        std::ostringstream worldText;
        worldText << worldIn.rdbuf();
        cm::SessionOptions so;
        so.path = path;
        so.world_json = worldText.str();
        so.snapshot_every = 10000;
        auto session = cm::openSession(so);
        if (!session) {
            std::cerr << "clearmesh-bench: " << session.error().message << "\n";
            return 2;
        }
        cm::JournaledState& js = *session.value().state;
        const cm::World& w = js.state().world();
        const int total = quick ? 100000 : 1000000;
        const char* assets[] = {"ETH", "WBTC", "SOL", "LINK", "USDC", "wstETH"};
        std::uint64_t rng = 88172645463325252ULL;
        auto next = [&] {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            return rng;
        };
        const auto t = Clock::now();
        for (int i = 1; i < total; ++i) {
            const int k = i % 10;
            if (k == 0) {
                js.apply(cm::advanceEvent(4));
            } else if (k <= 6) {
                const auto a = static_cast<cm::AssetIndex>(w.findAsset(assets[k - 1]));
                const double price = cm::toDouble(js.state().market().price_e8[a]) / 1e8 * (1.0 + (static_cast<double>(next() % 2001) - 1000.0) * 1e-6);
                cm::FeedPrice p{a, "desk", w.assets[a].home_chain, price, 0};
                js.apply(cm::feedEvent(p, w));
            } else if (k <= 8) {
                cm::FeedHolding h{"acct-" + std::to_string(next() % 20000), 0, static_cast<cm::AssetIndex>(w.findAsset("USDC")),
                                  cm::kNoRoute, static_cast<cm::Int128>(next() % 1000000) * 1000000};
                js.apply(cm::feedEvent(h, w));
            } else {
                cm::FeedDebt d{"acct-" + std::to_string(next() % 20000), 0, static_cast<cm::AssetIndex>(w.findAsset("USDC")),
                               static_cast<cm::Int128>(next() % 500000) * 1000000};
                js.apply(cm::feedEvent(d, w));
            }
        }
        session.value().journal->flush();
        const double writeS = std::chrono::duration<double>(Clock::now() - t).count();
        const std::string liveHash = js.state().stateHash();
        const std::string tag = quick ? "100k" : "1m";
        add("journaled_apply_" + tag + "_events_per_s", total / writeS, "events/s");
        session.value().state.reset();
        const cm::Journal& journal = *session.value().journal;
        const auto t1 = Clock::now();
        auto full = cm::recoverState(journal, false);
        const double fullS = std::chrono::duration<double>(Clock::now() - t1).count();
        const auto t2 = Clock::now();
        auto fast = cm::recoverState(journal, true);
        const double fastS = std::chrono::duration<double>(Clock::now() - t2).count();
        if (!full || !fast || full.value().state->stateHash() != liveHash || fast.value().state->stateHash() != liveHash) {
            std::cerr << "clearmesh-bench: recovery does not reproduce the live state\n";
            return 1;
        }
        add("journal_replay_" + tag + "_events_s", fullS, "s");
        add("journal_replay_" + tag + "_events_per_s", total / fullS, "events/s");
        add("journal_recovery_" + tag + "_from_snapshot_ms", fastS * 1000.0, "ms");
        add("journal_recovery_" + tag + "_events_after_snapshot", static_cast<double>(fast.value().replayed), "events");
        std::ifstream size(path, std::ios::binary | std::ios::ate);
        add("journal_" + tag + "_file_mb", static_cast<double>(size.tellg()) / (1024.0 * 1024.0), "MiB");
        session = cm::Error{"done"};
        for (const char* suffix : {"", "-wal", "-shm"})
            std::remove((path + suffix).c_str());
    }

    // Interop (DESIGN §6): the canonical encoding, ids, inclusion proofs, and attestations of
    // 13 of 19 Ed25519 signatures on one and two threads.
    {
        cm::Message m;
        m.route = "eth-arb-ETH";
        m.kind = cm::MessageKind::Mint;
        m.account = "desk-00017";
        m.asset = "ETH";
        m.amount = 12345678901234567;
        m.source_height = 19000000;
        m.source_root[3] = 7;
        const int n = quick ? 20000 : 200000;
        std::size_t sink = 0;
        auto rate = [&](int count, const std::function<void(int)>& f) {
            const auto t = Clock::now();
            for (int i = 0; i < count; ++i)
                f(i);
            return count / std::chrono::duration<double>(Clock::now() - t).count();
        };
        add("message_encode_per_s", rate(n, [&](int i) { m.nonce = static_cast<std::uint64_t>(i); sink += m.encode().size(); }), "messages/s");
        const std::string bytes = m.encode();
        add("message_decode_per_s", rate(n, [&](int) { sink += cm::Message::decode(bytes).ok() ? 1 : 0; }), "messages/s");
        add("message_id_per_s", rate(n, [&](int i) { m.nonce = static_cast<std::uint64_t>(i); sink += m.id()[0]; }), "messages/s");
        std::vector<cm::Digest> leaves(256);
        for (std::size_t i = 0; i < leaves.size(); ++i)
            leaves[i][0] = static_cast<std::uint8_t>(i), leaves[i][1] = static_cast<std::uint8_t>(i >> 8);
        const cm::MerkleTree tree(leaves);
        add("merkle_verify_256_per_s", rate(n, [&](int i) {
                const auto k = static_cast<std::size_t>(i) % leaves.size();
                sink += cm::MerkleTree::verify(leaves[k], tree.prove(k), tree.root()) ? 1 : 0;
            }), "proofs/s");
        const auto keys = cm::ValidatorSet::simulatedKeys(1, "bench", 1, 19);
        cm::ValidatorSet set;
        set.threshold = 13;
        for (const auto& k : keys)
            set.members.push_back(k.publicKey());
        const cm::Digest id = m.id();
        const cm::Signature sig = keys[0].sign(id.data(), id.size());
        const int verifies = quick ? 3000 : 30000;
        add("ed25519_verify_per_s_core", rate(verifies, [&](int) { sink += cm::verifySignature(keys[0].publicKey(), id.data(), id.size(), sig) ? 1 : 0; }),
            "signatures/s");
        const int atts = quick ? 400 : 4000;
        std::vector<cm::Digest> ids;
        std::vector<cm::Attestation> attestations;
        for (int i = 0; i < atts; ++i) {
            m.nonce = static_cast<std::uint64_t>(i);
            ids.push_back(m.id());
            std::vector<std::pair<std::uint32_t, const cm::SigningKey*>> signers;
            for (std::uint32_t k = 0; k < 13; ++k)
                signers.emplace_back(k, &keys[k]);
            attestations.push_back(cm::attest(ids.back(), 1, signers));
        }
        for (unsigned threads : {1U, 2U}) {
            const auto t = Clock::now();
            const auto checks = cm::verifyAttestations(set, ids, attestations, threads);
            const double s = std::chrono::duration<double>(Clock::now() - t).count();
            sink += static_cast<std::size_t>(std::count_if(checks.begin(), checks.end(), [](const auto& c) { return c.ok; }));
            add("attestations_per_s_" + std::to_string(threads) + "t", atts / s, "attestations/s (13 of 19)");
        }
        if (sink == 0)
            std::cerr << "(nothing computed)\n";
    }

    // A synthetic book: 1,000,000 accounts × 8 holdings and positions (100,000 with --quick).
    const std::size_t n = quick ? 100000 : 1000000;
    const std::string tag = quick ? "100k" : "1m";
    if (const nlohmann::json probe = cm::bench::runJson("'" + cm::bench::selfPath() + "' --memory-probe " + std::to_string(n) + " --world '" + worldFile + "'"); probe.is_object()) {
        add("bytes_per_account_" + tag, probe["peak"].get<double>(), probe["peak_reset"].get<bool>() ? "bytes (peak RSS)" : "bytes (RSS)");
        add("bytes_per_account_resident_" + tag, probe["resident"].get<double>(), "bytes (RSS after)");
    } else {
        std::cerr << "clearmesh-bench: no figures from its memory probe\n";
    }
    const auto t0 = Clock::now();
    cm::ClearingState state(cm::syntheticBook(base, n, 7), 1, 250);
    add("build_synthetic_" + tag + "_s", std::chrono::duration<double>(Clock::now() - t0).count(), "s");
    // The memory limit: a plain scan of the bytes a full revaluation reads (the risk screen's
    // items and per-account cells), summing them, in the same run.
    std::uint64_t scanSink = 0;
    const double memscanMs = medianMs(quick ? 5 : 7, [&] { scanSink += memscan(state.screen()); });
    const double fullMs = medianMs(quick ? 5 : 7, [&] { state.revalueAll(); });
    add("memscan_baseline_" + tag + "_ms", memscanMs, "ms");
    {
        // What the screen could not decide alone (the exact margin did): near health 1, capped routes.
        const cm::RiskScreen& screen = state.screen();
        std::size_t exact = 0, below = 0;
        for (std::uint32_t i = 0; i < screen.accountCount(); ++i) {
            exact += screen.decided(i) ? 0 : 1;
            below += screen.cover(i) < screen.requirement(i) ? 1 : 0;
        }
        add("screen_exact_share_" + tag, static_cast<double>(exact) / static_cast<double>(n), "share");
        add("screen_below_one_share_" + tag, static_cast<double>(below) / static_cast<double>(n), "share");
    }
    add("revalue_full_" + tag, fullMs, "ms", memscanMs);
    // What a desk would do with a database: the same health over the same items as one SQL query
    // in SQLite (in memory, the items clustered by account, haircuts and MMRs given per asset).
    {
        const double sqlMs = sqlHealthMs(state, quick ? 3 : 3, scanSink);
        add("sql_baseline_" + tag + "_ms", sqlMs, "ms");
        // value: the revaluation, baseline: the query; ratio ≤ 0.05 is 20× faster.
        add("revalue_vs_sql_" + tag, fullMs, "ms", sqlMs);
    }
    if (scanSink == 42)
        std::cerr << "(sink)\n";
    add("revalue_full_" + tag + "_accounts_per_s", static_cast<double>(n) / (fullMs / 1000.0), "accounts/s");
    add("revalue_full_" + tag + "_ns_per_item", fullMs * 1e6 / static_cast<double>(n * 8), "ns");

    const int ticks = quick ? 20 : 40;
    for (const char* probe : {"P10", "P50"}) {
        const auto asset = static_cast<cm::AssetIndex>(state.world().findAsset(probe));
        const cm::Int128 p = state.market().price_e8[asset];
        int k = 0;
        const auto ms = samplesMs(ticks, [&] { state.setPrice(asset, p + (++k % 2 ? 100000 : -100000)); });
        const std::string share = std::strcmp(probe, "P10") == 0 ? "10pct" : "50pct";
        add("tick_remargin_" + share + "_" + tag + "_p50_ms", quantile(ms, 0.5), "ms");
        add("tick_remargin_" + share + "_" + tag + "_p99_ms", quantile(ms, 0.99), "ms");
        add("tick_remargin_" + share + "_accounts", static_cast<double>(state.exposedCount(asset)), "accounts");
    }
    // 200 ticks (60 with --quick): the p99 is then not simply the slowest one.
    const int tickSamples = quick ? 60 : 200;
    // A price tick through to the liquidation queue: the screen revalues the exposed accounts,
    // the scan re-prices exactly the liquidatable and queued accounts the tick moved, queues the
    // new ones, cancels the recovered, and keepers are assigned (DESIGN §7).
    {
        const auto asset = static_cast<cm::AssetIndex>(state.world().findAsset("P10"));
        const cm::Int128 p = state.market().price_e8[asset];
        state.runLiquidations();
        int k = 0;
        const auto ms = samplesMs(tickSamples, [&] {
            state.setPrice(asset, p + (++k % 2 ? 100000 : -100000));
            state.runLiquidations();
        });
        const std::string touched = std::to_string(state.exposedCount(asset) / 1000) + "k";
        add("tick_to_queue_p50_" + touched, quantile(ms, 0.5), "ms");
        add("tick_to_queue_p99_" + touched, quantile(ms, 0.99), "ms");
        add("liquidation_queue_items_" + tag, static_cast<double>(state.liquidations().items().size()), "items");
    }
    // The same when the 100,000 accounts are a whole book (a tick of the stablecoin every account
    // owes): their cells and items are one stream, not 100,000 scattered lines of a 1M book.
    {
        cm::ClearingState dense(cm::syntheticBook(base, 100000, 7), 1, 250);
        const auto asset = static_cast<cm::AssetIndex>(dense.world().findAsset("USDC"));
        const cm::Int128 p = dense.market().price_e8[asset];
        // The same relative step as the P10 tick's (0.001 USD on ETH's price).
        const cm::Int128 probe = dense.market().price_e8[static_cast<cm::AssetIndex>(dense.world().findAsset("P10"))];
        const cm::Int128 step = std::max<cm::Int128>(1, p * 100000 / probe);
        dense.runLiquidations();
        int k = 0;
        const auto ms = samplesMs(tickSamples, [&] {
            dense.setPrice(asset, p + (++k % 2 ? step : -step));
            dense.runLiquidations();
        });
        const std::string touched = std::to_string(dense.exposedCount(asset) / 1000) + "k";
        add("tick_to_queue_p50_" + touched + "_of_100k", quantile(ms, 0.5), "ms");
        add("tick_to_queue_p99_" + touched + "_of_100k", quantile(ms, 0.99), "ms");
    }
    add("peak_rss_" + tag + "_mb", static_cast<double>(peakRssKb()) / 1024.0, "MiB");

    // The console (clearmesh-bench-ui, a Qt program of its own: this one has no Qt): the frame
    // with 100,000 live accounts and the first frame with the demo world.
    {
        const nlohmann::json ui = cm::bench::runJson(std::string(CM_BENCH_UI_PATH) + (quick ? " --quick" : ""));
        if (!ui.is_object() || !ui.contains("results")) {
            std::cerr << "clearmesh-bench: no figures from " << CM_BENCH_UI_PATH << " (built? cmake --build build --target clearmesh-bench-ui)\n";
        } else {
            for (const auto& r : ui["results"]) {
                std::string name = r["name"].get<std::string>();
                if (name == "ui_frame_ms_100k_p50")
                    name = "ui_frame_ms_100k";
                add(name, r["value"].get<double>(), r["unit"].get<std::string>());
            }
        }
    }

    nlohmann::ordered_json doc;
    doc["machine"] = {{"cpu", cpuModel()}, {"cores", std::thread::hardware_concurrency()}};
    doc["world"] = {{"file", worldFile}, {"demo_accounts", base.accounts.size()}, {"synthetic_accounts", n}};
    doc["results"] = std::move(results);
    std::cout << doc.dump(2) << "\n";
    return 0;
}
