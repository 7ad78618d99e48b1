// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/world.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace cm {

//! One source's price. `time_ms` 0: the engine's now.
struct FeedPrice {
    AssetIndex asset = 0;
    std::string source;
    ChainIndex chain = 0;
    double price_usd = 0.0;
    std::int64_t time_ms = 0;
};
struct FeedChainStatus {
    ChainIndex chain = 0;
    ChainStatus status = ChainStatus::Invalid;
};
//! Account updates set the amount for their key (a new key adds a line, zero removes it);
//! an account id the world does not have yet is created.
struct FeedHolding {
    std::string account;
    ChainIndex chain = 0;
    AssetIndex asset = 0;
    RouteIndex route = kNoRoute;
    Int128 amount = 0;
};
struct FeedDebt {
    std::string account;
    ChainIndex chain = 0;
    AssetIndex asset = 0;
    Int128 amount = 0;
};
struct FeedPosition {
    std::string account;
    std::string venue;
    ChainIndex chain = 0;
    AssetIndex market = 0;
    Int128 size = 0;
    Int128 entry_price_e8 = 0;
};

using FeedUpdate = std::variant<FeedPrice, FeedChainStatus, FeedHolding, FeedDebt, FeedPosition>;

inline constexpr std::size_t kMaxFeedLineBytes = 64 * 1024;

//! Validates one newline-delimited JSON line of the feed protocol (DESIGN §10) against the
//! world's chains, assets and routes. Types: price, chain_status, holding, debt, position.
//! Errors name the field and the problem ("amount: bad number 'x'").
Result<FeedUpdate> parseFeedLine(std::string_view line, const World& world);

//! The canonical line of an update: parseFeedLine(formatFeedLine(u)) gives u back exactly
//! (prices as shortest round-trip numbers, amounts as exact decimals). The journal stores it.
std::string formatFeedLine(const FeedUpdate& update, const World& world);

} // namespace cm
