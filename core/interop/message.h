// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/crypto/sha256.h"
#include "core/money/int128.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace cm {

enum class MessageKind : std::uint8_t { Lock = 1, Mint, Burn, Unlock, MarginUpdate, Liquidation };
const char* toString(MessageKind kind);

//! A cross-chain message (DESIGN §6). Its canonical encoding is versioned binary: fixed-width
//! little-endian integers and length-prefixed strings, so that every message has exactly one
//! encoding and its id, SHA-256 of it, is what validators sign.
struct Message {
    static constexpr std::uint8_t kVersion = 1;
    static constexpr std::size_t kMaxEncodedBytes = 512;
    static constexpr std::size_t kMaxIdBytes = 64; //!< route, account and asset ids

    std::uint8_t version = kVersion;
    std::string route;
    std::uint64_t nonce = 0;          //!< per route, strictly increasing
    MessageKind kind = MessageKind::Mint;
    std::string account;
    std::string asset;
    Int128 amount = 0;                //!< base units, positive
    std::uint64_t source_height = 0;  //!< the source block whose outbox holds it
    Digest source_root{};             //!< that block's outbox Merkle root

    std::string encode() const;
    //! Refuses truncated, oversized, unknown-version, malformed and trailing-byte input,
    //! naming what is wrong and where.
    static Result<Message> decode(std::string_view bytes);
    Digest id() const;

    bool operator==(const Message&) const = default;
};

} // namespace cm
