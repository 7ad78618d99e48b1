// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/interop.h"

#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <algorithm>

namespace cm {
namespace {

constexpr std::int64_t kGovernorWindowMs = 24LL * 3600 * 1000;
constexpr std::size_t kRootsKept = 4096; // per chain: far longer than any relay takes

std::string usdText(Int128 e8) { return formatUsdText(e8); }

std::string secondsText(std::int64_t ms)
{
    const std::int64_t s = (ms + 999) / 1000;
    if (s >= 3600)
        return std::to_string(s / 3600) + " h " + std::to_string(s % 3600 / 60) + " min";
    if (s >= 60)
        return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
    return std::to_string(s) + " s";
}

} // namespace

const char* toString(TransferState s)
{
    switch (s) {
    case TransferState::Queued: return "queued";
    case TransferState::Locked: return "locked";
    case TransferState::Attested: return "attested";
    case TransferState::Relayed: return "relayed";
    case TransferState::Verified: return "verified";
    case TransferState::Minted: return "minted";
    case TransferState::Refused: return "refused";
    case TransferState::Dropped: return "dropped";
    }
    return "unknown";
}

bool isSettled(TransferState s)
{
    return s == TransferState::Minted || s == TransferState::Refused || s == TransferState::Dropped;
}

const char* toString(Outcome o)
{
    switch (o) {
    case Outcome::Accepted: return "accepted";
    case Outcome::Queued: return "queued";
    case Outcome::Refused: return "refused";
    }
    return "unknown";
}

Interop::Interop(const World& world, MarketState& market, Ledger ledger)
    : m_world(world),
      m_market(market),
      m_ledger(std::move(ledger)),
      m_outboxes(world.chains.size()),
      m_outflows(world.chains.size())
{
    for (RouteIndex r = 0; r < world.routes.size(); ++r) {
        const Route& route = world.routes[r];
        RouteState s;
        s.set.threshold = static_cast<std::uint32_t>(route.threshold);
        s.keys = ValidatorSet::simulatedKeys(world.seed, route.id, 1, static_cast<std::size_t>(route.validators));
        for (const SigningKey& k : s.keys)
            s.set.members.push_back(k.publicKey());
        s.set.operators = route.operators;
        for (Bucket& b : s.buckets)
            b.tokens = route.rate_capacity_usd_e8;
        m_routes.push_back(std::move(s));
        reassess(r);
    }
}

void Interop::reassess(RouteIndex r)
{
    m_routes[r].trust = assessTrust(m_routes[r].set);
    // A weak set's claims carry its add-on beside the route's own (§5's route component).
    const double own = m_world.routes[r].trust_addon_bps / 10000.0;
    m_market.route_trust_addon[r] = std::max(own, m_routes[r].trust.addon);
}

Int128 Interop::usdOf(RouteIndex route, Int128 amount) const
{
    const AssetIndex a = m_world.routes[route].asset;
    return valueE8(amount, m_world.assets[a].decimals, m_market.price_e8[a]);
}

Int128 Interop::refill(RouteIndex route, bool back, std::int64_t now_ms) const
{
    const Route& r = m_world.routes[route];
    const Bucket& b = m_routes[route].buckets[back ? 1 : 0];
    const std::int64_t dt = std::max<std::int64_t>(0, now_ms - b.updated_ms);
    // tokens = min(capacity, tokens + Δt·rate), in whole USD e8 (exact integers)
    return std::min(r.rate_capacity_usd_e8, b.tokens + r.rate_refill_usd_e8_per_s * dt / 1000);
}

std::pair<Int128, Int128> Interop::bucket(RouteIndex route, bool back, std::int64_t now_ms) const
{
    return {refill(route, back, now_ms), m_world.routes[route].rate_capacity_usd_e8};
}

Int128 Interop::governorUsed(ChainIndex chain, std::int64_t now_ms) const
{
    Int128 used = 0;
    for (const Outflow& o : m_outflows[chain])
        if (o.time_ms > now_ms - kGovernorWindowMs)
            used += o.usd_e8;
    return used;
}

Interop::GovernorView Interop::governor(ChainIndex chain, std::int64_t now_ms) const
{
    GovernorView v;
    for (const Route& r : m_world.routes)
        if (r.from == chain || r.to == chain) {
            v.limit_usd_e8 = std::max(v.limit_usd_e8, r.daily_limit_usd_e8);
            v.big_tx_usd_e8 = std::max(v.big_tx_usd_e8, r.big_tx_usd_e8);
        }
    v.used_usd_e8 = governorUsed(chain, now_ms);
    v.headroom_usd_e8 = std::max<Int128>(0, v.limit_usd_e8 - v.used_usd_e8);
    for (const Transfer& t : m_transfers)
        if (t.state == TransferState::Queued && emittingChain(m_world.routes[t.route], t.back) == chain) {
            ++v.queued;
            v.next_release_ms = v.next_release_ms == 0 ? t.release_ms : std::min(v.next_release_ms, t.release_ms);
        }
    return v;
}

std::optional<std::string> Interop::governorHold(ChainIndex chain, Int128 usd, std::int64_t now_ms) const
{
    const GovernorView g = governor(chain, now_ms);
    if (g.limit_usd_e8 <= 0)
        return std::nullopt; // no governor configured for this chain
    const std::string& name = m_world.chains[chain].id;
    if (g.big_tx_usd_e8 > 0 && usd >= g.big_tx_usd_e8)
        return "governor: " + usdText(usd) + " is at or above " + name + "'s big-transaction size " + usdText(g.big_tx_usd_e8)
               + "; it waits 24 h";
    if (usd > g.headroom_usd_e8)
        return "governor: " + usdText(usd) + " exceeds " + name + "'s headroom of " + usdText(g.headroom_usd_e8) + " (daily limit "
               + usdText(g.limit_usd_e8) + "); it waits up to 24 h";
    return std::nullopt;
}

std::string Interop::rateLimitRefusal(RouteIndex route, bool back, Int128 usd, std::int64_t now_ms) const
{
    const Route& r = m_world.routes[route];
    const Int128 tokens = refill(route, back, now_ms);
    if (r.rate_capacity_usd_e8 > 0 && usd > r.rate_capacity_usd_e8)
        return "rate limit: " + usdText(usd) + " exceeds the bucket's capacity of " + usdText(r.rate_capacity_usd_e8) + " on " + r.id
            + (back ? " (back)" : "");
    if (r.rate_capacity_usd_e8 > 0 && usd > tokens) {
        const Int128 rate = r.rate_refill_usd_e8_per_s;
        const std::int64_t waitMs = rate > 0 ? static_cast<std::int64_t>(((usd - tokens) * 1000 + rate - 1) / rate) : -1;
        return "rate limit: " + usdText(tokens) + " available of " + usdText(usd) + " on " + r.id + (back ? " (back)" : "")
            + (waitMs >= 0 ? "; retry in " + secondsText(waitMs) : "; the bucket does not refill");
    }
    return {};
}

std::optional<std::string> Interop::governorWait(RouteIndex route, bool back, Int128 usd, std::int64_t now_ms) const
{
    return governorHold(emittingChain(m_world.routes[route], back), usd, now_ms);
}

Interop::Result Interop::transfer(RouteIndex route, bool back, const std::string& account, Int128 amount, std::int64_t now_ms)
{
    const Route& r = m_world.routes[route];
    if (amount <= 0)
        return {Outcome::Refused, "the amount must be positive", 0};
    if (m_market.route_frozen[route])
        return {Outcome::Refused, "route " + r.id + " is frozen", 0};
    const Int128 usd = usdOf(route, amount);
    // Rate limit (CCIP): refused with the wait, nothing taken.
    if (std::string limited = rateLimitRefusal(route, back, usd, now_ms); !limited.empty())
        return {Outcome::Refused, std::move(limited), 0};
    const Int128 tokens = refill(route, back, now_ms);
    Transfer t;
    t.id = m_nextTransfer++;
    t.route = route;
    t.back = back;
    t.account = account;
    t.amount = amount;
    t.usd_e8 = usd;
    t.requested_ms = now_ms;
    // The holding must be there now, even if the governor holds the transfer.
    const ChainIndex from = back ? r.to : r.from;
    if (!m_ledger(account, from, r.asset, back ? route : kNoRoute, -amount))
        return {Outcome::Refused,
                account + " does not hold " + formatDecimal(amount, m_world.assets[r.asset].decimals) + " "
                    + m_world.assets[r.asset].symbol + (back ? " claims" : "") + " on " + m_world.chains[from].id,
                0};
    Bucket& b = m_routes[route].buckets[back ? 1 : 0];
    b.tokens = tokens - usd;
    b.updated_ms = now_ms;
    if (auto hold = governorHold(emittingChain(r, back), usd, now_ms)) {
        t.state = TransferState::Queued;
        t.reason = *hold;
        t.release_ms = now_ms + kGovernorWindowMs;
        m_transfers.push_back(std::move(t));
        return {Outcome::Queued, m_transfers.back().reason, m_transfers.back().id};
    }
    m_transfers.push_back(std::move(t));
    return startTransfer(m_transfers.back(), now_ms);
}

Interop::Result Interop::startTransfer(Transfer& t, std::int64_t now_ms)
{
    // The holding was debited at the request; now it is locked in the vault or burned.
    const Route& r = m_world.routes[t.route];
    if (t.back)
        m_market.route_minted[t.route] -= t.amount;
    else
        m_market.route_locked[t.route] += t.amount;
    m_outflows[emittingChain(r, t.back)].push_back({now_ms, t.usd_e8});
    RouteState& rs = m_routes[t.route];
    Message& m = t.message;
    m.route = r.id;
    m.nonce = ++rs.nextNonce[t.back ? 1 : 0];
    m.kind = t.back ? MessageKind::Unlock : MessageKind::Mint;
    m.account = t.account;
    m.asset = m_world.assets[r.asset].symbol;
    m.amount = t.amount;
    const ChainIndex source = emittingChain(r, t.back);
    m.source_height = m_outboxes[source].height + 1; // the block being built
    t.state = TransferState::Locked;
    t.reason.clear();
    t.locked_ms = now_ms;
    m_outboxes[source].pending.push_back(t.id);
    return {Outcome::Accepted, {}, t.id};
}

Digest Interop::committedRoot(ChainIndex chain, std::uint64_t height) const
{
    for (auto it = m_outboxes[chain].roots.rbegin(); it != m_outboxes[chain].roots.rend(); ++it)
        if (it->first == height)
            return it->second;
    return Digest {};
}

void Interop::advanceTo(std::int64_t now_ms, const std::vector<std::uint64_t>& heights)
{
    // Source blocks: each commits its outbox as a Merkle root; the messages get their proofs.
    for (ChainIndex c = 0; c < m_outboxes.size() && c < heights.size(); ++c) {
        Outbox& box = m_outboxes[c];
        if (heights[c] <= box.height)
            continue;
        if (!box.pending.empty()) {
            std::vector<Transfer*> in;
            std::vector<Digest> leaves;
            for (std::uint64_t id : box.pending)
                if (Transfer* t = findMutable(id)) {
                    t->message.source_height = box.height + 1;
                    in.push_back(t);
                }
            // The root goes into each message before its id is taken, so the leaves are the
            // ids of the messages without it: (route, nonce, ... , height) identify them.
            for (Transfer* t : in) {
                Message m = t->message;
                m.source_root = Digest {};
                leaves.push_back(m.id());
            }
            const MerkleTree tree(leaves);
            for (std::size_t i = 0; i < in.size(); ++i) {
                in[i]->message.source_root = tree.root();
                in[i]->proof = tree.prove(i);
                in[i]->committed_ms = now_ms;
            }
            box.roots.emplace_back(box.height + 1, tree.root());
            if (box.roots.size() > kRootsKept)
                box.roots.erase(box.roots.begin());
            box.pending.clear();
        }
        box.height = heights[c];
    }
    for (auto& flows : m_outflows)
        while (!flows.empty() && flows.front().time_ms <= now_ms - kGovernorWindowMs)
            flows.erase(flows.begin());
    // Transfers before the first open one are settled for good: skip them.
    while (m_firstOpen < m_transfers.size() && isSettled(m_transfers[m_firstOpen].state))
        ++m_firstOpen;
    for (std::size_t i = m_firstOpen; i < m_transfers.size(); ++i) {
        Transfer& t = m_transfers[i];
        if (t.state == TransferState::Queued && !t.external && t.release_ms <= now_ms) {
            startTransfer(t, now_ms); // Wormhole's governor releases after 24 h
            continue;
        }
        if (t.state == TransferState::Queued && t.external && t.release_ms <= now_ms) {
            verifyAndCredit(t, now_ms);
            continue;
        }
        const Route& r = m_world.routes[t.route];
        const ChainIndex source = emittingChain(r, t.back);
        if (t.state == TransferState::Locked && t.committed_ms > 0
            && now_ms >= t.committed_ms + m_market.chain_finality_ms[source]) {
            // Final on the source: the honest validators sign it.
            std::vector<std::pair<std::uint32_t, const SigningKey*>> signers;
            const auto& keys = m_routes[t.route].keys;
            for (std::uint32_t i = 0; i < keys.size(); ++i)
                signers.emplace_back(i, &keys[i]);
            t.attestation = attest(t.message.id(), m_routes[t.route].set.version, signers);
            t.state = TransferState::Attested;
            t.attested_ms = now_ms;
        }
        if (t.state == TransferState::Attested && now_ms >= std::max(t.attested_ms, t.locked_ms + r.latency_ms)) {
            t.state = TransferState::Relayed;
            t.relayed_ms = now_ms;
        }
        if (t.state == TransferState::Relayed)
            verifyAndCredit(t, now_ms);
    }
}

Interop::Result Interop::deliver(const Message& message, const Attestation& attestation, const MerkleProof& proof, std::int64_t now_ms)
{
    Transfer t;
    t.id = m_nextTransfer++;
    t.external = true;
    t.message = message;
    t.attestation = attestation;
    t.proof = proof;
    t.account = message.account;
    t.amount = message.amount;
    t.back = message.kind == MessageKind::Unlock;
    t.requested_ms = now_ms;
    t.relayed_ms = now_ms;
    t.state = TransferState::Relayed;
    const auto route = std::find_if(m_world.routes.begin(), m_world.routes.end(), [&](const Route& r) { return r.id == message.route; });
    if (route == m_world.routes.end() || (message.kind != MessageKind::Mint && message.kind != MessageKind::Unlock)
        || m_world.assets[route->asset].symbol != message.asset) {
        // Nothing to credit: recorded as refused, on no route.
        t.state = TransferState::Refused;
        t.reason = route == m_world.routes.end() ? "unknown route '" + message.route + "'"
                   : m_world.assets[route->asset].symbol != message.asset
                       ? "route " + route->id + " does not carry " + message.asset
                       : std::string("a ") + toString(message.kind) + " message is not a transfer";
        t.done_ms = now_ms;
        m_transfers.push_back(std::move(t));
        return {Outcome::Refused, m_transfers.back().reason, m_transfers.back().id};
    }
    t.route = static_cast<RouteIndex>(route - m_world.routes.begin());
    t.usd_e8 = usdOf(t.route, t.amount);
    m_transfers.push_back(std::move(t));
    return verifyAndCredit(m_transfers.back(), now_ms);
}

void Interop::refuse(Transfer& t, std::string reason, std::int64_t now_ms)
{
    t.state = TransferState::Refused;
    t.reason = std::move(reason);
    t.done_ms = now_ms;
}

void Interop::alert(std::int64_t now_ms, bool critical, RouteIndex route, std::string text)
{
    m_alerts.push_back({now_ms, critical, m_world.routes[route].id, std::move(text)});
}

Interop::Result Interop::verifyAndCredit(Transfer& t, std::int64_t now_ms)
{
    const Route& r = m_world.routes[t.route];
    RouteState& rs = m_routes[t.route];
    const Message& m = t.message;
    const Digest id = m.id();
    auto refused = [&](std::string why) {
        refuse(t, std::move(why), now_ms);
        return Result {Outcome::Refused, t.reason, t.id};
    };
    if (m_market.route_frozen[t.route]) {
        if (!t.external) {
            t.reason = "waiting: route " + r.id + " is frozen";
            return {Outcome::Queued, t.reason, t.id};
        }
        return refused("route " + r.id + " is frozen");
    }
    // The root: never the zero (or empty) root (Nomad 2022), and the message must be in it.
    if (MerkleTree::isZero(m.source_root))
        return refused("the source root is zero: never acceptable");
    // The outbox's leaf is the id of the message without its root.
    Message bare = m;
    bare.source_root = Digest {};
    const Digest leaf = bare.id();
    if (!MerkleTree::verify(leaf, t.proof, m.source_root))
        return refused(t.proof.empty() ? "no inclusion proof" : "the inclusion proof does not lead to the source root");
    // The validators vouch for the message, and with it for its root (Wormhole 2022).
    if (!t.external && t.attestation.set_version != rs.set.version) {
        // A rotation while it was in flight: the honest network re-signs with the new set.
        std::vector<std::pair<std::uint32_t, const SigningKey*>> signers;
        for (std::uint32_t i = 0; i < rs.keys.size(); ++i)
            signers.emplace_back(i, &rs.keys[i]);
        t.attestation = attest(id, rs.set.version, signers);
    }
    const AttestationCheck check = verifyAttestation(rs.set, id, t.attestation);
    if (!check.ok)
        return refused("attestation: " + check.reason);
    if (m_processed.count(id) > 0)
        return refused("already processed: message " + toHex(id).substr(0, 16) + " is refused forever");
    const int dir = t.back ? 1 : 0;
    if (m.nonce <= rs.lastNonce[dir])
        return refused("nonce " + std::to_string(m.nonce) + " is not above the last processed " + std::to_string(rs.lastNonce[dir]));
    // A message nobody locked or burned for passes the governor of its emitting chain here:
    // an unlock pays out of the vault, so a large one waits (Ronin 2022) before the accountant
    // looks at it; a mint meets the accountant first.
    auto governed = [&]() -> std::optional<Result> {
        if (!t.external || t.state == TransferState::Queued)
            return std::nullopt;
        if (auto hold = governorHold(emittingChain(r, t.back), t.usd_e8, now_ms)) {
            t.state = TransferState::Queued;
            t.reason = *hold;
            t.release_ms = now_ms + kGovernorWindowMs;
            return Result {Outcome::Queued, t.reason, t.id};
        }
        return std::nullopt;
    };
    if (t.back)
        if (auto held = governed())
            return *held;
    // The accountant (Wormhole): minted ≤ locked on the route, always — even when every
    // signature is valid.
    const Int128 locked = m_market.route_locked[t.route];
    const Int128 minted = m_market.route_minted[t.route];
    const bool breaks = t.back ? locked - t.amount < minted : minted + t.amount > locked;
    if (breaks) {
        const int decimals = m_world.assets[r.asset].decimals;
        const std::string why = std::string("accountant: ") + (t.back ? "unlocking " : "minting ") + formatDecimal(t.amount, decimals)
                                + " " + m.asset + " would leave " + formatDecimal(t.back ? minted : minted + t.amount, decimals)
                                + " minted against " + formatDecimal(t.back ? locked - t.amount : locked, decimals)
                                + " locked; route " + r.id + " frozen";
        m_market.route_frozen[t.route] = true;
        alert(now_ms, true, t.route, why);
        return refused(why);
    }
    if (!t.back)
        if (auto held = governed())
            return *held;
    m_processed.insert(id);
    m_newlyProcessed.push_back(id);
    rs.lastNonce[dir] = m.nonce;
    if (t.external)
        m_outflows[emittingChain(r, t.back)].push_back({now_ms, t.usd_e8});
    if (t.back) {
        m_market.route_locked[t.route] -= t.amount;
        m_ledger(t.account, r.from, r.asset, kNoRoute, t.amount);
    } else {
        m_market.route_minted[t.route] += t.amount;
        m_ledger(t.account, r.to, r.asset, t.route, t.amount);
    }
    t.state = TransferState::Minted;
    t.reason.clear();
    t.done_ms = now_ms;
    return {Outcome::Accepted, {}, t.id};
}

Transfer* Interop::findMutable(std::uint64_t id)
{
    // Ids increase with the position: binary search.
    auto it = std::lower_bound(m_transfers.begin(), m_transfers.end(), id, [](const Transfer& t, std::uint64_t v) { return t.id < v; });
    return it != m_transfers.end() && it->id == id ? &*it : nullptr;
}

const Transfer* Interop::find(std::uint64_t id) const { return const_cast<Interop*>(this)->findMutable(id); }

std::string Interop::freeze(RouteIndex route, std::int64_t now_ms, const std::string& why)
{
    if (m_market.route_frozen[route])
        return "route " + m_world.routes[route].id + " is already frozen";
    m_market.route_frozen[route] = true;
    alert(now_ms, false, route, "frozen by a risk officer" + (why.empty() ? std::string() : ": " + why));
    return {};
}

std::string Interop::unfreeze(RouteIndex route, std::int64_t now_ms)
{
    if (!m_market.route_frozen[route])
        return "route " + m_world.routes[route].id + " is not frozen";
    m_market.route_frozen[route] = false;
    alert(now_ms, false, route, "unfrozen by a risk officer");
    // What waited on the route carries on.
    for (Transfer& t : m_transfers)
        if (t.route == route && t.state == TransferState::Relayed && !t.external)
            verifyAndCredit(t, now_ms);
    return {};
}

std::string Interop::release(std::uint64_t id, std::int64_t now_ms)
{
    Transfer* t = findMutable(id);
    if (!t || t->state != TransferState::Queued)
        return "transfer " + std::to_string(id) + " is not queued";
    if (t->external) {
        t->release_ms = now_ms;
        verifyAndCredit(*t, now_ms);
    } else {
        startTransfer(*t, now_ms);
    }
    return {};
}

std::string Interop::drop(std::uint64_t id, std::int64_t now_ms)
{
    Transfer* t = findMutable(id);
    if (!t || t->state != TransferState::Queued)
        return "transfer " + std::to_string(id) + " is not queued";
    if (!t->external) {
        // Nothing left the account yet: the holding comes back.
        const Route& r = m_world.routes[t->route];
        m_ledger(t->account, t->back ? r.to : r.from, r.asset, t->back ? t->route : kNoRoute, t->amount);
    }
    t->state = TransferState::Dropped;
    t->reason = "dropped by a risk officer";
    t->done_ms = now_ms;
    return {};
}

std::string Interop::rotate(RouteIndex route, std::int64_t now_ms)
{
    RouteState& rs = m_routes[route];
    const Route& r = m_world.routes[route];
    rs.set.version += 1;
    rs.keys = ValidatorSet::simulatedKeys(m_world.seed, r.id, rs.set.version, static_cast<std::size_t>(r.validators));
    rs.set.members.clear();
    for (const SigningKey& k : rs.keys)
        rs.set.members.push_back(k.publicKey());
    reassess(route);
    alert(now_ms, false, route, "validator set rotated to version " + std::to_string(rs.set.version));
    return {};
}

} // namespace cm
