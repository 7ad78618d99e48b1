// SPDX-License-Identifier: GPL-3.0-or-later
// The interop layer's part of a journal snapshot.
#include "core/interop/interop.h"

namespace cm {
namespace {

// A queued transfer has no message yet: an empty string.
void saveMessage(ByteWriter& out, const Message& m) { out.str(m.route.empty() ? std::string() : m.encode()); }

Message loadMessage(ByteReader& in)
{
    const std::string bytes = in.str("message");
    if (bytes.empty())
        return Message {};
    auto m = Message::decode(bytes);
    if (!m)
        in.fail("message", m.error().message);
    return m.value();
}

} // namespace

void Interop::save(ByteWriter& out) const
{
    out.u64(m_routes.size());
    for (const RouteState& rs : m_routes) {
        out.u32(rs.set.version);
        for (int d = 0; d < 2; ++d) {
            out.u64(rs.nextNonce[d]);
            out.u64(rs.lastNonce[d]);
            out.i128(rs.buckets[d].tokens);
            out.i64(rs.buckets[d].updated_ms);
        }
    }
    out.u64(m_outboxes.size());
    for (std::size_t c = 0; c < m_outboxes.size(); ++c) {
        const Outbox& b = m_outboxes[c];
        out.u64(b.height);
        out.u64(b.pending.size());
        for (std::uint64_t id : b.pending)
            out.u64(id);
        out.u64(b.roots.size());
        for (const auto& [h, root] : b.roots) {
            out.u64(h);
            out.raw(root.data(), root.size());
        }
        out.u64(m_outflows[c].size());
        for (const Outflow& o : m_outflows[c]) {
            out.i64(o.time_ms);
            out.i128(o.usd_e8);
        }
    }
    out.u64(m_transfers.size());
    for (const Transfer& t : m_transfers) {
        out.u64(t.id);
        out.u32(t.route);
        out.boolean(t.back);
        out.boolean(t.external);
        out.str(t.account);
        out.i128(t.amount);
        out.i128(t.usd_e8);
        out.u8(static_cast<std::uint8_t>(t.state));
        out.str(t.reason);
        for (std::int64_t ms : {t.requested_ms, t.locked_ms, t.committed_ms, t.attested_ms, t.relayed_ms, t.done_ms, t.release_ms})
            out.i64(ms);
        saveMessage(out, t.message);
        out.u64(t.proof.size());
        for (const MerkleStep& s : t.proof) {
            out.raw(s.sibling.data(), s.sibling.size());
            out.boolean(s.left);
        }
        out.u32(t.attestation.set_version);
        out.u64(t.attestation.signatures.size());
        for (const auto& [i, sig] : t.attestation.signatures) {
            out.u32(i);
            out.raw(sig.data(), sig.size());
        }
    }
    out.u64(m_processed.size());
    for (const Digest& d : m_processed)
        out.raw(d.data(), d.size());
    out.u64(m_alerts.size());
    for (const InteropAlert& a : m_alerts) {
        out.i64(a.time_ms);
        out.boolean(a.critical);
        out.str(a.route);
        out.str(a.text);
    }
    out.u64(m_nextTransfer);
}

void Interop::load(ByteReader& in)
{
    if (in.count("interop routes", 68) != m_routes.size())
        in.fail("interop routes", "the world has " + std::to_string(m_routes.size()));
    for (RouteIndex r = 0; r < m_routes.size(); ++r) {
        RouteState& rs = m_routes[r];
        const std::uint32_t version = in.u32("validator set version");
        if (version == 0)
            in.fail("validator set version", "must be positive");
        if (version != rs.set.version) {
            rs.set.version = version - 1;
            rotate(r, 0);
            m_alerts.clear(); // the saved alerts follow
        }
        for (int d = 0; d < 2; ++d) {
            rs.nextNonce[d] = in.u64("next nonce");
            rs.lastNonce[d] = in.u64("last nonce");
            rs.buckets[d].tokens = in.i128("bucket tokens");
            rs.buckets[d].updated_ms = in.i64("bucket time");
        }
    }
    if (in.count("outboxes", 32) != m_outboxes.size())
        in.fail("outboxes", "the world has " + std::to_string(m_outboxes.size()) + " chains");
    for (std::size_t c = 0; c < m_outboxes.size(); ++c) {
        Outbox& b = m_outboxes[c];
        b.height = in.u64("outbox height");
        b.pending.resize(in.count("outbox pending", 8));
        for (std::uint64_t& id : b.pending)
            id = in.u64("outbox transfer");
        b.roots.resize(in.count("outbox roots", 40));
        for (auto& [h, root] : b.roots) {
            h = in.u64("root height");
            in.raw(root.data(), root.size(), "root");
        }
        m_outflows[c].resize(in.count("outflows", 24));
        for (Outflow& o : m_outflows[c]) {
            o.time_ms = in.i64("outflow time");
            o.usd_e8 = in.i128("outflow usd");
        }
    }
    m_transfers.resize(in.count("transfers", 64));
    for (Transfer& t : m_transfers) {
        t.id = in.u64("transfer id");
        t.route = static_cast<RouteIndex>(in.u32("transfer route"));
        if (t.route >= m_world.routes.size())
            in.fail("transfer route", "no such route");
        t.back = in.boolean("transfer direction");
        t.external = in.boolean("transfer external");
        t.account = in.str("transfer account");
        t.amount = in.i128("transfer amount");
        t.usd_e8 = in.i128("transfer usd");
        const auto state = in.u8("transfer state");
        if (state < static_cast<std::uint8_t>(TransferState::Queued) || state > static_cast<std::uint8_t>(TransferState::Dropped))
            in.fail("transfer state", "unknown state");
        t.state = static_cast<TransferState>(state);
        t.reason = in.str("transfer reason");
        for (std::int64_t* ms : {&t.requested_ms, &t.locked_ms, &t.committed_ms, &t.attested_ms, &t.relayed_ms, &t.done_ms, &t.release_ms})
            *ms = in.i64("transfer time");
        t.message = loadMessage(in);
        t.proof.resize(in.count("proof", 33));
        for (MerkleStep& s : t.proof) {
            in.raw(s.sibling.data(), s.sibling.size(), "proof sibling");
            s.left = in.boolean("proof side");
        }
        t.attestation.set_version = in.u32("attestation version");
        t.attestation.signatures.resize(in.count("signatures", 68));
        for (auto& [i, sig] : t.attestation.signatures) {
            i = in.u32("signer");
            in.raw(sig.data(), sig.size(), "signature");
        }
    }
    m_processed.clear();
    for (std::size_t n = in.count("processed ids", 32); n > 0; --n) {
        Digest d {};
        in.raw(d.data(), d.size(), "processed id");
        m_processed.insert(d);
    }
    m_alerts.resize(in.count("alerts", 26));
    for (InteropAlert& a : m_alerts) {
        a.time_ms = in.i64("alert time");
        a.critical = in.boolean("alert severity");
        a.route = in.str("alert route");
        a.text = in.str("alert text");
    }
    m_nextTransfer = in.u64("next transfer");
    m_firstOpen = 0;
    for (RouteIndex r = 0; r < m_routes.size(); ++r)
        reassess(r);
}

} // namespace cm
