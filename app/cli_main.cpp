// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-cli: the headless face of the clearing core (DESIGN §12). No Qt here.
#include "app/cli_agent.h"
#include "app/cli_check.h"
#include "app/cli_stress.h"
#include "app/cli_bridge.h"
#include "app/cli_feed.h"
#include "app/cli_replay_prices.h"
#include "app/cli_run.h"
#include "core/api/report.h"
#include "core/domain/world_loader.h"
#include "core/journal/journal.h"
#include "core/money/decimal.h"
#include "core/risk/aave/aave_profile.h"
#include "core/risk/market_state.h"
#include "core/runtime/journaled_state.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <cstring>
#include <optional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitRefused = 3;

const char* kUsage = R"(usage: clearmesh-cli COMMAND [OPTIONS]

commands:
  report --world FILE [--detail] [--pretty]
        margin of every account as JSON (DESIGN §12); --detail adds equity, free collateral,
        the dominant asset's liquidation price and each holding with its haircut components
  liquidate --world FILE --account ID --collateral SYM --debt SYM --debt-to-cover AMOUNT|max [--pretty]
        Aave v3.3's liquidation call on the account (DESIGN §5a), planned, nothing moved:
        actual_debt_to_liquidate, collateral_to_liquidator, protocol_fee, collateral_seized
        (base units), close_factor_bps, and the account after (Aave's account data, the
        remaining balances and any deficit written off); a refusal prints
        {"error": "<Aave's error name>"} and exits 3
  run --world FILE [--db FILE] [--seed N] [--duration D] [--speed X|max]
      [--listen HOST:PORT] [--scenario NAME|FILE] [--snapshot-every N]
        the engine without a window for D of simulated time (90s, 10m, 2h, 1d; default 1h),
        as fast as it goes (max, the default) or X simulated seconds per second; prints the
        final report with steps, sim_time_ms and state_hash when it ends or on SIGTERM.
        --listen serves the feed protocol (DESIGN §10) on HOST:PORT (loopback by default).
        --scenario replays history on the book from the start: black_thursday_2020,
        luna_ust_2022, ftx_2022, usdc_depeg_2023 (the window's length unless --duration).
        The same world, seed and duration give the same state hash.
        --db journals the run (DESIGN §9): every step batch, feed line and decision is an
        event, feed lines are acknowledged once durable, a snapshot every N events (10000);
        a journal that already holds a run of this world continues it, and --duration is
        then the simulated time to add.
  feed --connect HOST:PORT --csv FILE [--speed X|max] [--asset SYM] [--source NAME]
       [--chain ID] [--from TIME] [--to TIME] [--rebase PRICE]
        streams an hourly candle CSV (shared/data/market/hourly formats) into a console or a
        run started with --listen: one price line per candle close, X simulated seconds per
        second (default 3600: a candle a second); --rebase scales the series to start at
        PRICE, keeping its moves. Prints {"sent", "ok", "refused", "errors"}.
  verify --db FILE [--pretty]
        checks the journal's event chain, its audit chain and every audit signature; prints
        the counts as JSON and exits 1 at the first broken entry, naming it ("event 17",
        "audit entry 3") and why. A file that is not a Clearmesh journal is refused (exit 2),
        untouched; the journal is opened read-only.
  replay --db FILE [--pretty]
        rebuilds the journal's state twice, from its genesis and from its newest good
        snapshot plus the later events, and prints the state hash of each; exits 1 if they
        differ or the chain is broken (then it replays up to the break)
  bridge --world FILE --script FILE [--pretty]
        runs a script of transfers and attacks against the interop layer (DESIGN §6) and
        prints each step's outcome (accepted, queued or refused) and reason, every transfer
        with its state, each route's locked, minted, backing_ratio, frozen and trust add-on,
        and the alerts. Steps (README): transfer, forge, compromise, mint_unbacked,
        unlock_unbacked, zero_root, replay, advance, freeze, unfreeze, release, drop, rotate.
        resources/bridge/ holds the five exploits of shared/data/exploits, run on
        resources/worlds/bridges.json.
  replay-prices --world FILE --prices CSV --from TIME --to TIME [--asset SYM] [--use-low]
        drives the world's asset with real hourly candles (shared/data/market/hourly formats;
        each candle's close, or its low with --use-low), moved as they moved from its price
        now, with the liquidation engine on; prints {"hours": [{"time", "price",
        "liquidatable", "liquidated_usd", "bad_debt_usd", "insurance_fund_usd",
        "deleveraged_usd", "socialized_usd", "held_accounts"}]}; liquidated_usd is the debt
        repaid and the position notional closed in the hour
  operator add --db FILE --name N --role R [--by ADMIN]
        adds an operator profile to the journal (DESIGN §8): role viewer, trader, treasury,
        risk_officer or admin; an Ed25519 key sealed with the new operator's passphrase
        (CLEARMESH_NEW_PASSPHRASE, or the first line of standard input). The first operator of
        a journal must be an admin and needs no --by; every later one is added --by an admin,
        whose passphrase comes from CLEARMESH_PASSPHRASE or the next line of standard input
  propose --db FILE --operator N --account A --asset S --from C --to C --amount X
        proposes moving X of S within account A from chain C to chain C over the cheapest
        one-hop route; prints the proposal: health before, after and in flight, cost, ETA,
        expiry and state (auto-approved and executing below the policy's auto_approve_usd on a
        healthy route, else pending). A move that would leave the source side below its
        initial requirement while it travels is refused
  check --world FILE|--db FILE --account A --asset S --from C --to C --amount X [--pretty]
        the pre-trade check: may X of S leave account A's holding on chain C for chain C now,
        by the account's free collateral while it travels (it counts on neither chain)?
        Prints {"ok", "reason", "free_collateral_usd", "free_in_flight_usd", "movable"} —
        movable is the most of the holding that may leave now; exits 1 when the move would
        not pass. A journal (--db) is read as it stands now, read-only
  proposals --db FILE [--pretty]
        every proposal with its steps and approvers, the operators and the policy, as JSON
  approve --db FILE --operator N --proposal ID
  reject --db FILE --operator N --proposal ID --reason TEXT
        a risk officer's decision; the proposer may not approve its own proposal, and at or
        above the policy's big_tx_usd two distinct approvers are needed. The last approval
        executes it through the interop layer
  agent-run --db FILE --operator N
        runs the clearing agent now; prints the proposals it opened
        The acting operator's passphrase comes from CLEARMESH_PASSPHRASE or the first line of
        standard input, never from an argument; a refusal (wrong passphrase, a role that may
        not, maker-checker) prints {"error": ...} and exits 3.
  stress --world FILE|--db FILE --scenario FILE|NAME [--paths N] [--threads N] [--step S] [--cap USD]
  stress --list
        a stress scenario (DESIGN §11, README) on the world's book, or a journal's as it stands
        now (--db, read-only), on forks that leave the book untouched: the shocks, then the horizon with prices held where they put them;
        prints before and after (accounts by health bucket), liquidations (count, volume),
        bad_debt_usd, the insurance fund before and after, loss by chain and route, the 20
        most affected accounts and blast_radius (every route and chain failing, with each
        route's isolation cap beside what it costs). --paths N adds N Monte Carlo paths of
        the calibrated market on every core: var95_usd, var99_usd (bad debt) and lar95_usd
        (liquidations). Built-in names: black_thursday_2020, luna_ust_2022, ftx_2022,
        usdc_depeg_2023, crash_30, stablecoin_depeg, biggest_route_compromise,
        eth_finality_stall (--list). --step is the forks' step in seconds (10); --cap prices
        an isolation cap of USD per account on every route the world does not cap
  help  this text

exit codes: 0 ok, 2 bad usage or bad input (the message on stderr names what and where),
            3 the domain refused (the reason is in the JSON)
)";

struct Args {
    std::string command;
    std::map<std::string, std::string> options;
    std::vector<std::string> flags;
};

// Options take one value ("--world FILE"); flags take none. Anything else is a usage error.
bool parseArgs(int argc, char** argv, const std::vector<std::string>& withValue,
               const std::vector<std::string>& flags, Args& out, std::string& error, int first = 2)
{
    for (int i = first; i < argc; ++i) {
        const std::string a = argv[i];
        if (std::find(flags.begin(), flags.end(), a) != flags.end()) {
            out.flags.push_back(a);
        } else if (std::find(withValue.begin(), withValue.end(), a) != withValue.end()) {
            if (i + 1 >= argc) {
                error = a + " needs a value";
                return false;
            }
            out.options[a] = argv[++i];
        } else {
            error = "unknown argument '" + a + "'";
            return false;
        }
    }
    return true;
}

bool hasFlag(const Args& a, const std::string& f)
{
    return std::find(a.flags.begin(), a.flags.end(), f) != a.flags.end();
}

int usageError(const std::string& message)
{
    std::cerr << "clearmesh-cli: " << message << "\n\n" << kUsage;
    return kExitUsage;
}

int inputError(const std::string& message)
{
    std::cerr << "clearmesh-cli: " << message << "\n";
    return kExitUsage;
}

std::optional<cm::World> loadWorld(const Args& args, const std::string& command, int& exitCode)
{
    const auto it = args.options.find("--world");
    if (it == args.options.end()) {
        exitCode = usageError(command + " needs --world FILE");
        return std::nullopt;
    }
    auto world = cm::loadWorldFile(it->second);
    if (!world) {
        exitCode = inputError(world.error().message);
        return std::nullopt;
    }
    return std::move(world).value();
}

void print(const nlohmann::ordered_json& doc, const Args& args)
{
    std::cout << doc.dump(hasFlag(args, "--pretty") ? 2 : -1) << "\n";
}

int runReport(const Args& args)
{
    int exitCode = kExitOk;
    const auto world = loadWorld(args, "report", exitCode);
    if (!world)
        return exitCode;
    const auto market = cm::MarketState::fromWorld(*world);
    print(cm::buildReport(*world, market, {hasFlag(args, "--detail")}), args);
    return kExitOk;
}

int runLiquidate(const Args& args)
{
    for (const char* required : {"--account", "--collateral", "--debt", "--debt-to-cover"})
        if (!args.options.count(required))
            return usageError(std::string("liquidate needs ") + required);
    int exitCode = kExitOk;
    const auto world = loadWorld(args, "liquidate", exitCode);
    if (!world)
        return exitCode;
    const int account = [&] {
        for (std::size_t i = 0; i < world->accounts.size(); ++i)
            if (world->accounts[i].id == args.options.at("--account"))
                return static_cast<int>(i);
        return -1;
    }();
    if (account < 0)
        return inputError("--account: no account '" + args.options.at("--account") + "' in the world");
    const int collateral = world->findAsset(args.options.at("--collateral"));
    if (collateral < 0)
        return inputError("--collateral: no asset '" + args.options.at("--collateral") + "' in the world");
    const int debt = world->findAsset(args.options.at("--debt"));
    if (debt < 0)
        return inputError("--debt: no asset '" + args.options.at("--debt") + "' in the world");

    const std::string& coverText = args.options.at("--debt-to-cover");
    cm::aave::U256 cover = cm::aave::maxU256();
    if (coverText != "max") {
        const auto parsed = cm::parseDecimal(coverText, world->assets[debt].decimals);
        if (!parsed)
            return inputError("--debt-to-cover: " + parsed.error().message);
        cover = cm::aave::toU256(parsed.value());
    }

    const auto market = cm::MarketState::fromWorld(*world);
    const auto& acc = world->accounts[account];
    const auto plan = cm::aave::liquidationCall(*world, market, acc, static_cast<cm::AssetIndex>(collateral),
                                                static_cast<cm::AssetIndex>(debt), cover);
    if (!plan) {
        print({{"error", plan.error().message}}, args);
        return kExitRefused;
    }
    const auto& p = plan.value();
    // Exactly the fields of DESIGN §12; what the call writes off stays with the account after.
    nlohmann::ordered_json doc;
    doc["actual_debt_to_liquidate"] = cm::aave::toString(p.actual_debt_to_liquidate);
    doc["collateral_to_liquidator"] = cm::aave::toString(p.collateral_to_liquidator);
    doc["protocol_fee"] = cm::aave::toString(p.protocol_fee);
    doc["collateral_seized"] = cm::aave::toString(p.collateral_seized);
    doc["close_factor_bps"] = p.close_factor_bps;
    auto after = cm::aaveAccountDataJson(p.after);
    after["collateral_balance"] = cm::aave::toString(p.position_after.collateral[collateral]);
    after["debt_balance"] = cm::aave::toString(p.position_after.debt[debt]);
    nlohmann::ordered_json deficit = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < p.deficit.size(); ++i)
        if (p.deficit[i] != 0)
            deficit[world->assets[i].symbol] = cm::aave::toString(p.deficit[i]);
    after["deficit"] = deficit;
    doc["after"] = after;
    print(doc, args);
    return kExitOk;
}

nlohmann::ordered_json verificationJson(const cm::Journal::Verification& v)
{
    nlohmann::ordered_json doc{{"ok", v.ok}, {"events_checked", v.events}, {"audit_entries_checked", v.audit_entries},
                               {"signatures_valid", v.signatures}, {"unsigned_entries", v.unsigned_entries}};
    if (!v.ok) {
        doc["first_broken"] = v.first_broken;
        if (v.first_broken_event > 0)
            doc["first_broken_event"] = v.first_broken_event;
        doc["reason"] = v.reason;
    }
    return doc;
}

// Replays the whole journal from its genesis, and again from its newest good snapshot: both
// must give the same state hash.
int runReplay(const Args& args)
{
    auto opened = cm::Journal::open(args.options.at("--db"), cm::Journal::Access::ReadOnly);
    if (!opened)
        return inputError(opened.error().message);
    const cm::Journal& journal = *opened.value();
    const auto v = journal.verify();
    const std::uint64_t stopBefore = v.ok ? 0 : v.first_broken_event;
    if (!v.ok && stopBefore == 1)
        return inputError(journal.path() + ": event 1 (the genesis) is broken: " + v.reason);
    const auto started = std::chrono::steady_clock::now();
    auto full = cm::recoverState(journal, false, stopBefore);
    if (!full)
        return inputError(full.error().message);
    const double fullMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    const std::string hash = full.value().state->stateHash();
    full.value().state.reset();
    const auto again = std::chrono::steady_clock::now();
    auto fromSnapshot = cm::recoverState(journal, true, stopBefore);
    if (!fromSnapshot)
        return inputError(fromSnapshot.error().message);
    const double snapMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - again).count();
    const std::string snapHash = fromSnapshot.value().state->stateHash();
    nlohmann::ordered_json doc;
    doc["events"] = full.value().last_seq;
    doc["steps"] = fromSnapshot.value().state->steps();
    doc["sim_time_ms"] = fromSnapshot.value().state->simTimeMs();
    doc["state_hash"] = hash;
    doc["replay_ms"] = std::round(fullMs * 10) / 10;
    doc["recovery"] = {{"snapshot_seq", fromSnapshot.value().snapshot_seq}, {"events_after", fromSnapshot.value().replayed},
                       {"state_hash", snapHash}, {"matches", snapHash == hash}, {"ms", std::round(snapMs * 10) / 10}};
    if (!fromSnapshot.value().skipped_snapshots.empty())
        doc["recovery"]["skipped_snapshots"] = fromSnapshot.value().skipped_snapshots;
    doc["verification"] = verificationJson(v);
    print(doc, args);
    return v.ok && snapHash == hash ? kExitOk : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
        return usageError("no command given");
    Args args;
    args.command = argv[1];
    std::string error;
    if (args.command == "help" || args.command == "--help" || args.command == "-h") {
        std::cout << kUsage;
        return kExitOk;
    }
    if (args.command == "report") {
        if (!parseArgs(argc, argv, {"--world"}, {"--pretty", "--detail"}, args, error))
            return usageError(error);
        return runReport(args);
    }
    if (args.command == "run") {
        if (!parseArgs(argc, argv, {"--world", "--db", "--seed", "--duration", "--speed", "--listen", "--scenario", "--snapshot-every"}, {}, args, error))
            return usageError(error);
        return cm::cli::runHeadless(args.options);
    }
    if (args.command == "feed") {
        if (!parseArgs(argc, argv, {"--connect", "--csv", "--speed", "--asset", "--source", "--chain", "--from", "--to", "--rebase"},
                       {}, args, error))
            return usageError(error);
        return cm::cli::runFeed(args.options);
    }
    if (args.command == "verify") {
        if (!parseArgs(argc, argv, {"--db"}, {"--pretty"}, args, error))
            return usageError(error);
        if (!args.options.count("--db"))
            return usageError("verify needs --db FILE");
        auto journal = cm::Journal::open(args.options.at("--db"), cm::Journal::Access::ReadOnly);
        if (!journal)
            return inputError(journal.error().message);
        const auto v = journal.value()->verify();
        print(verificationJson(v), args);
        return v.ok ? kExitOk : 1;
    }
    if (args.command == "replay-prices") {
        if (!parseArgs(argc, argv, {"--world", "--prices", "--from", "--to", "--asset"}, {"--use-low"}, args, error))
            return usageError(error);
        return cm::cli::runReplayPrices(args.options, args.flags);
    }
    if (args.command == "bridge") {
        if (!parseArgs(argc, argv, {"--world", "--script"}, {"--pretty"}, args, error))
            return usageError(error);
        return cm::cli::runBridge(args.options, std::find(args.flags.begin(), args.flags.end(), "--pretty") != args.flags.end());
    }
    if (args.command == "replay") {
        if (!parseArgs(argc, argv, {"--db"}, {"--pretty"}, args, error))
            return usageError(error);
        if (!args.options.count("--db"))
            return usageError("replay needs --db FILE");
        return runReplay(args);
    }
    if (args.command == "liquidate") {
        if (!parseArgs(argc, argv, {"--world", "--account", "--collateral", "--debt", "--debt-to-cover"}, {"--pretty"},
                       args, error))
            return usageError(error);
        return runLiquidate(args);
    }
    if (args.command == "operator") {
        if (argc < 3 || std::string(argv[2]) != "add")
            return usageError("operator needs a subcommand: operator add");
        if (!parseArgs(argc, argv, {"--db", "--name", "--role", "--by"}, {}, args, error, 3))
            return usageError(error);
        return cm::cli::runOperatorAdd(args.options);
    }
    if (args.command == "propose") {
        if (!parseArgs(argc, argv, {"--db", "--operator", "--account", "--asset", "--from", "--to", "--amount"}, {}, args, error))
            return usageError(error);
        return cm::cli::runPropose(args.options);
    }
    if (args.command == "check") {
        if (!parseArgs(argc, argv, {"--world", "--db", "--account", "--asset", "--from", "--to", "--amount"}, {"--pretty"}, args, error))
            return usageError(error);
        return cm::cli::runCheck(args.options, hasFlag(args, "--pretty"));
    }
    if (args.command == "approve" || args.command == "reject") {
        std::vector<std::string> keys {"--db", "--operator", "--proposal"};
        if (args.command == "reject")
            keys.push_back("--reason");
        if (!parseArgs(argc, argv, keys, {}, args, error))
            return usageError(error);
        return cm::cli::runProposalDecision(args.command, args.options);
    }
    if (args.command == "agent-run") {
        if (!parseArgs(argc, argv, {"--db", "--operator"}, {}, args, error))
            return usageError(error);
        return cm::cli::runAgentNow(args.options);
    }
    if (args.command == "stress") {
        if (!parseArgs(argc, argv, {"--world", "--db", "--scenario", "--paths", "--threads", "--step", "--cap"}, {"--list"}, args, error))
            return usageError(error);
        return cm::cli::runStressCommand(args.options, hasFlag(args, "--list"));
    }
    if (args.command == "proposals") {
        if (!parseArgs(argc, argv, {"--db"}, {"--pretty"}, args, error))
            return usageError(error);
        return cm::cli::runProposals(args.options, hasFlag(args, "--pretty"));
    }
    return usageError("unknown command '" + args.command + "'");
}
