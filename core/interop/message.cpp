// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/message.h"

#include "core/common/bytes.h"

namespace cm {

const char* toString(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Lock: return "lock";
    case MessageKind::Mint: return "mint";
    case MessageKind::Burn: return "burn";
    case MessageKind::Unlock: return "unlock";
    case MessageKind::MarginUpdate: return "margin_update";
    case MessageKind::Liquidation: return "liquidation";
    }
    return "unknown";
}

std::string Message::encode() const
{
    ByteWriter out;
    out.u8(version);
    out.str(route);
    out.u64(nonce);
    out.u8(static_cast<std::uint8_t>(kind));
    out.str(account);
    out.str(asset);
    out.i128(amount);
    out.u64(source_height);
    out.raw(source_root.data(), source_root.size());
    return out.take();
}

Result<Message> Message::decode(std::string_view bytes)
{
    if (bytes.size() > kMaxEncodedBytes)
        return Error { "message: " + std::to_string(bytes.size()) + " bytes, more than the " + std::to_string(kMaxEncodedBytes)
                       + " a message may have" };
    try {
        ByteReader in(bytes);
        Message m;
        m.version = in.u8("version");
        if (m.version != kVersion)
            in.fail("version", "unknown version " + std::to_string(m.version) + " (this build reads " + std::to_string(kVersion) + ")");
        auto id = [&](const char* what) {
            std::string s = in.str(what);
            if (s.empty() || s.size() > kMaxIdBytes)
                in.fail(what, "must have 1 to " + std::to_string(kMaxIdBytes) + " bytes");
            return s;
        };
        m.route = id("route");
        m.nonce = in.u64("nonce");
        const auto kind = in.u8("kind");
        if (kind < static_cast<std::uint8_t>(MessageKind::Lock) || kind > static_cast<std::uint8_t>(MessageKind::Liquidation))
            in.fail("kind", "unknown kind " + std::to_string(kind));
        m.kind = static_cast<MessageKind>(kind);
        m.account = id("account");
        m.asset = id("asset");
        m.amount = in.i128("amount");
        if (m.amount <= 0)
            in.fail("amount", "must be positive");
        m.source_height = in.u64("source height");
        in.raw(m.source_root.data(), m.source_root.size(), "source root");
        if (!in.atEnd())
            in.fail("end", std::to_string(in.remaining()) + " trailing bytes");
        return m;
    } catch (const DecodeError& e) {
        return Error { std::string("message: ") + e.what() };
    }
}

Digest Message::id() const
{
    Sha256 h;
    const std::string bytes = encode();
    h.update(bytes.data(), bytes.size());
    return h.finish();
}

} // namespace cm
