// SPDX-License-Identifier: GPL-3.0-or-later
// The clearing state's canonical encoding: journal snapshots, their restore, the state hash.
#include "core/runtime/clearing_state.h"

#include "core/common/bytes.h"
#include "core/crypto/sha256.h"

namespace cm {

namespace {

constexpr const char* kStateMagic = "clearmesh-state";
constexpr std::uint32_t kStateVersion = 5; // 2: the interop layer; 3: liquidations; 4: positions, deleveraging, holds; 5: operators and proposals

template <typename T, typename F>
void writeVector(ByteWriter& out, const std::vector<T>& v, F each)
{
    out.u64(v.size());
    for (const T& x : v)
        each(x);
}
template <typename T, typename F>
void writeVector(ByteWriter& out, std::span<const T> v, F each)
{
    out.u64(v.size());
    for (const T& x : v)
        each(x);
}

// Reads a per-chain, per-asset or per-route vector, which must have the world's length.
template <typename T, typename F>
void readVector(ByteReader& in, std::vector<T>& v, const char* what, F each)
{
    const std::size_t n = in.count(what, 1);
    if (n != v.size())
        in.fail(what, "has " + std::to_string(n) + " entries, the world " + std::to_string(v.size()));
    for (std::size_t i = 0; i < n; ++i)
        v[i] = each();
}

} // namespace

std::string ClearingState::saveState() const
{
    ByteWriter out;
    out.str(kStateMagic);
    out.u32(kStateVersion);
    out.u64(m_steps);
    out.i64(m_simTimeMs);
    out.u64(m_nextScheduled);
    writeVector(out, m_market.price_e8, [&](Int128 x) { out.i128(x); });
    writeVector(out, m_market.volatility, [&](double x) { out.f64(x); });
    writeVector(out, m_market.divergence, [&](double x) { out.f64(x); });
    writeVector(out, m_market.stale_s, [&](double x) { out.f64(x); });
    writeVector(out, m_market.chain_status, [&](ChainStatus x) { out.u8(static_cast<std::uint8_t>(x)); });
    writeVector(out, m_market.chain_finality_ms, [&](std::int64_t x) { out.i64(x); });
    writeVector(out, m_market.route_latency_p99_ms, [&](std::int64_t x) { out.i64(x); });
    writeVector(out, m_market.route_locked, [&](Int128 x) { out.i128(x); });
    writeVector(out, m_market.route_minted, [&](Int128 x) { out.i128(x); });
    writeVector(out, m_market.route_frozen, [&](bool x) { out.boolean(x); });
    writeVector(out, m_truePrice, [&](Int128 x) { out.i128(x); });
    writeVector(out, m_fedExternally, [&](bool x) { out.boolean(x); });
    writeVector(out, m_ewma, [&](const EwmaVolatility& x) { x.save(out); });
    m_walk.save(out);
    m_oracles.save(out);
    m_chainSim.save(out);
    m_interop.save(out);
    m_liq.save(out);
    out.i64(m_nextScanMs);
    out.boolean(m_replay != nullptr);
    if (m_replay) {
        out.str(m_replay->name);
        out.str(m_replay->title);
        out.i64(m_replay->from_s);
        out.i64(m_replay->to_s);
        out.str(m_replay->notes);
        writeVector(out, m_replay->series, [&](const ReplayScenario::Series& s) {
            out.str(s.asset);
            writeVector(out, s.closes, [&](const std::pair<std::int64_t, double>& c) {
                out.i64(c.first);
                out.f64(c.second);
            });
        });
        out.i64(m_replayStartMs);
        writeVector(out, m_replayBase, [&](Int128 x) { out.i128(x); });
    }
    writeVector(out, m_world.accounts, [&](const Account& a) {
        out.str(a.id);
        out.str(a.owner());
        out.u8(static_cast<std::uint8_t>(a.role));
        out.i64(a.emode);
        writeVector(out, a.holdings(), [&](const Holding& h) {
            out.u32(h.chain);
            out.u32(h.asset);
            out.u32(h.route);
            out.i128(h.amount);
        });
        writeVector(out, a.debts(), [&](const Debt& d) {
            out.u32(d.chain);
            out.u32(d.asset);
            out.i128(d.amount);
        });
        writeVector(out, a.positions(), [&](const Position& p) {
            out.str(m_world.venueName(p.venue));
            out.u32(p.chain);
            out.u32(p.market);
            out.i128(p.size);
            out.i128(p.entry_price_e8);
        });
    });
    m_agent.save(out);
    return out.take();
}

Result<bool> ClearingState::loadState(std::string_view bytes)
{
    try {
        ByteReader in(bytes);
        if (in.str("magic") != kStateMagic)
            in.fail("magic", "not a Clearmesh state");
        if (const auto v = in.u32("version"); v != kStateVersion)
            in.fail("version", "state version " + std::to_string(v) + ", this build reads " + std::to_string(kStateVersion));
        m_steps = in.u64("steps");
        m_simTimeMs = in.i64("clock");
        m_nextScheduled = in.u64("schedule position");
        if (m_nextScheduled > m_world.schedule.size())
            in.fail("schedule position", "past the schedule");
        readVector(in, m_market.price_e8, "prices", [&] { return in.i128("price"); });
        readVector(in, m_market.volatility, "volatilities", [&] { return in.f64("volatility"); });
        readVector(in, m_market.divergence, "divergences", [&] { return in.f64("divergence"); });
        readVector(in, m_market.stale_s, "staleness", [&] { return in.f64("staleness"); });
        readVector(in, m_market.chain_status, "chain statuses", [&] {
            const auto s = static_cast<ChainStatus>(in.u8("chain status"));
            if (s != ChainStatus::Live && s != ChainStatus::Degraded && s != ChainStatus::Halted)
                in.fail("chain status", "unknown status");
            return s;
        });
        readVector(in, m_market.chain_finality_ms, "finality", [&] { return in.i64("finality"); });
        readVector(in, m_market.route_latency_p99_ms, "route latency", [&] { return in.i64("route latency"); });
        readVector(in, m_market.route_locked, "route locked", [&] { return in.i128("route locked"); });
        readVector(in, m_market.route_minted, "route minted", [&] { return in.i128("route minted"); });
        std::vector<bool> frozen(m_market.route_frozen.size());
        readVector(in, frozen, "route frozen", [&] { return in.boolean("route frozen"); });
        m_market.route_frozen = frozen;
        readVector(in, m_truePrice, "true prices", [&] { return in.i128("true price"); });
        std::vector<bool> fed(m_fedExternally.size());
        readVector(in, fed, "fed assets", [&] { return in.boolean("fed asset"); });
        m_fedExternally = fed;
        if (in.count("ewma", 32) != m_ewma.size())
            in.fail("ewma", "the world has " + std::to_string(m_ewma.size()) + " assets");
        for (EwmaVolatility& e : m_ewma)
            e.load(in);
        m_walk.load(in);
        m_oracles.load(in);
        m_chainSim.load(in);
        m_interop.load(in);
        m_liq.load(in);
        m_nextScanMs = in.i64("next scan");
        m_replay.reset();
        m_replayAssets.clear();
        if (in.boolean("replay flag")) {
            auto scenario = std::make_shared<ReplayScenario>();
            scenario->name = in.str("replay name");
            scenario->title = in.str("replay title");
            scenario->from_s = in.i64("replay from");
            scenario->to_s = in.i64("replay to");
            scenario->notes = in.str("replay notes");
            scenario->series.resize(in.count("replay series", 16));
            for (auto& s : scenario->series) {
                s.asset = in.str("series asset");
                s.closes.resize(in.count("series closes", 16));
                for (auto& c : s.closes) {
                    c.first = in.i64("close time");
                    c.second = in.f64("close");
                }
                if (s.closes.empty())
                    in.fail("series closes", "empty series");
            }
            const std::int64_t startMs = in.i64("replay start");
            std::vector<Int128> base(m_truePrice.size());
            readVector(in, base, "replay base", [&] { return in.i128("replay base"); });
            const std::vector<Int128> truePrice = m_truePrice;
            startReplay(std::move(scenario));
            m_replayStartMs = startMs;
            m_replayBase = std::move(base);
            m_truePrice = truePrice;
        }
        std::vector<Account> accounts(in.count("accounts", 40));
        for (Account& a : accounts) {
            a.id = in.str("account id");
            a.setOwner(in.str("account owner"));
            a.role = static_cast<AccountRole>(in.u8("account role"));
            if (a.role < AccountRole::Viewer || a.role > AccountRole::Admin)
                in.fail("account role", "unknown role");
            a.emode = static_cast<int>(in.i64("account e-mode"));
            auto chainOf = [&](const char* what) {
                const auto c = in.u32(what);
                if (c >= m_world.chains.size())
                    in.fail(what, "no such chain");
                return static_cast<ChainIndex>(c);
            };
            auto assetOf = [&](const char* what) {
                const auto x = in.u32(what);
                if (x >= m_world.assets.size())
                    in.fail(what, "no such asset");
                return static_cast<AssetIndex>(x);
            };
            a.holdings().resize(in.count("holdings", 28));
            for (Holding& h : a.holdings()) {
                h.chain = chainOf("holding chain");
                h.asset = assetOf("holding asset");
                h.route = static_cast<RouteIndex>(in.u32("holding route"));
                if (h.route != kNoRoute && h.route >= m_world.routes.size())
                    in.fail("holding route", "no such route");
                h.amount = in.i128("holding amount");
            }
            a.debts().resize(in.count("debts", 24));
            for (Debt& d : a.debts()) {
                d.chain = chainOf("debt chain");
                d.asset = assetOf("debt asset");
                d.amount = in.i128("debt amount");
            }
            a.positions().resize(in.count("positions", 48));
            for (Position& p : a.positions()) {
                const auto venue = m_world.venueIndex(in.str("position venue"));
                if (!venue)
                    in.fail("position venue", "too many venues (at most " + std::to_string(kMaxAssets + 1) + ")");
                p.venue = static_cast<std::uint16_t>(*venue);
                p.chain = chainOf("position chain");
                p.market = assetOf("position market");
                p.size = in.i128("position size");
                p.entry_price_e8 = in.i128("position entry price");
            }
        }
        AgentBook agent;
        agent.load(in, m_world);
        if (!in.atEnd())
            in.fail("end", std::to_string(in.remaining()) + " trailing bytes");
        m_world.accounts = std::move(accounts);
        m_agent = std::move(agent);
    } catch (const DecodeError& e) {
        return Error { std::string("state snapshot: ") + e.what() };
    }
    // Derived: indexes and margin.
    m_accountIds.rebuild();
    m_free.assign(m_world.accounts.size(), 0);
    m_isCandidate.assign(m_world.accounts.size(), 0);
    m_candidates.clear();
    m_screen.clearAccounts();
    for (std::uint32_t i = 0; i < m_world.accounts.size(); ++i)
        m_screen.encode(i, m_world.accounts[i]);
    m_seenInputs = m_market;
    m_openProposals.clear();
    for (const Proposal& p : m_agent.proposals)
        if (isOpen(p.state))
            m_openProposals.push_back(p.id);
    revalueAll();
    ++m_structureVersion;
    return true;
}

std::string ClearingState::stateHash() const
{
    const std::vector<AccountMetrics> all = metrics();
    const std::string state = saveState();
    Sha256 h;
    h.updateString("clearmesh-state-hash-v2");
    h.updateString(state);
    for (const AccountMetrics& m : all) {
        h.updateI128(m.adjusted_e8);
        h.updateI128(m.requirement_e8);
    }
    return toHex(h.finish());
}

} // namespace cm
