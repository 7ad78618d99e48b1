// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/world.h"
#include "core/money/int128.h"

#include <string>
#include <string_view>

namespace cm {

//! Parses and validates a world (DESIGN §12). Every error names the JSON path of the offending
//! value and what is wrong with it, e.g. "accounts[3].holdings[0].amount: bad number 'x'".
Result<World> loadWorldJson(std::string_view text);

//! Reads a file and loads it; errors are prefixed with the file name.
Result<World> loadWorldFile(const std::string& path);

//! An agent policy (DESIGN §8) as JSON: the keys of a world's `agent` object; keys left out keep
//! `base`'s values. Errors name the key ("auto_approve_usd: bad number 'x'").
Result<AgentPolicy> parseAgentPolicy(std::string_view text, const World& world, const AgentPolicy& base = {});
//! Every key of the policy, canonical.
std::string formatAgentPolicy(const AgentPolicy& policy, const World& world);

//! Limits the loader enforces so that ledger arithmetic can never overflow.
inline constexpr int kMaxDecimals = 18;
inline constexpr std::size_t kMaxChains = 64; // chain sets are 64-bit masks
inline constexpr int kMaxTokenDigits = 15; //!< at most 1e15 tokens in one amount
inline constexpr int kMaxPriceDigits = 9;  //!< at most $1e9 for one unit

//! The largest amount in base units the ledger accepts for an asset with these decimals.
Int128 maxTokenUnits(int decimals);

} // namespace cm
