// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/ed25519.h"
#include "core/money/int128.h"
#include "core/sim/replay_scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace cm {

struct SetSpeedCommand { double speed = 1.0; };
struct PauseCommand {};
struct ResumeCommand {};
//! Runs n simulation steps at once, whatever the speed (tests, headless runs).
struct StepCommand { std::uint64_t steps = 1; };
//! An operator's price override: every oracle source of the asset takes this price.
struct SetPriceCommand { std::string asset; Int128 price_e8 = 0; };
//! One oracle source reports a price (validated: finite, positive, no outlier jump, fresh).
struct OraclePriceCommand {
    std::string asset;
    std::string source;
    std::string chain;
    double price_usd = 0.0;
    std::int64_t time_ms = 0;   //!< 0: now on the engine's clock
};

//! Halts, degrades or resumes a chain ("live", "degraded", "halted").
struct ChainStatusCommand {
    std::string chain;
    std::string status;
};

//! Starts a historical replay (or stops it, with a null scenario).
struct ReplayCommand {
    ReplayScenarioPtr scenario;
};

//! A treasury desk's move along a route: forward (lock native, mint the claim) or back (burn
//! the claim, unlock native). amount in token units as a decimal string.
struct TransferCommand {
    std::string route;
    bool back = false;
    std::string account;
    std::string amount;
};

//! A risk officer's decision on a route: "freeze", "unfreeze" or "rotate" (its validator set).
struct RouteCommand {
    std::string route;
    std::string action;
    std::string reason;
};

//! A risk officer's decision on a transfer the governor queued: "release" or "drop".
struct QueuedTransferCommand {
    std::uint64_t transfer = 0;
    std::string action;
};

//! A risk officer's decision on a waiting liquidation: "approve" (a blocked one) or "cancel".
struct LiquidationCommand {
    std::uint64_t item = 0;
    std::string action;
    std::string reason;
};

//! Who decides from now on: operator decisions are audited under this name and, with a key,
//! signed by it.
struct OperatorCommand {
    std::string name;
    std::optional<SigningKey> key;
};

//! Signs an operator in: the core opens the operator's sealed key with the passphrase.
struct LoginCommand {
    std::string name;
    std::string passphrase;
};

//! An admin adds an operator profile (the first one, an admin, needs nobody); the core makes
//! the key and seals it with the new operator's passphrase.
struct AddOperatorCommand {
    std::string name;
    std::string role;
    std::string passphrase;
};

//! A collateral move for approval (DESIGN §8): amount in token units as a decimal string.
struct ProposeCommand {
    std::string account;
    std::string asset;
    std::string from;
    std::string to;
    std::string amount;
};

//! A risk officer's decision on a proposal: "approve" or "reject" (with a reason).
struct ProposalCommand {
    std::uint64_t proposal = 0;
    std::string action;
    std::string reason;
};

//! Runs the clearing agent now.
struct AgentRunCommand {};

//! An admin's new policy: the JSON of a world's `agent` object (keys left out keep their values).
struct AgentPolicyCommand {
    std::string policy_json;
};

using Command = std::variant<SetSpeedCommand, PauseCommand, ResumeCommand, StepCommand, SetPriceCommand,
                             OraclePriceCommand, ChainStatusCommand, ReplayCommand, OperatorCommand, TransferCommand,
                             RouteCommand, QueuedTransferCommand, LiquidationCommand, LoginCommand, AddOperatorCommand,
                             ProposeCommand, ProposalCommand, AgentRunCommand, AgentPolicyCommand>;

} // namespace cm
