// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/crypto/ed25519.h"
#include "core/domain/world.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cm {

//! An operator's Ed25519 key sealed with a passphrase: Argon2id (libsodium's crypto_pwhash,
//! interactive limits) derives the secretbox key from the passphrase and the salt; the box holds
//! the key's 32-byte seed. Nothing in it is secret without the passphrase.
struct SealedKey {
    std::array<std::uint8_t, 16> salt {};
    std::array<std::uint8_t, 24> nonce {};
    std::array<std::uint8_t, 48> box {}; //!< seed (32) + MAC (16)
    std::string toHex() const;
    static Result<SealedKey> fromHex(std::string_view hex);
};

SealedKey sealKey(const SigningKey& key, std::string_view passphrase);
//! The key, if the passphrase opens the box and the key is the one registered; else "wrong passphrase".
Result<SigningKey> unsealKey(const SealedKey& sealed, const PublicKey& expected, std::string_view passphrase);

//! A local operator profile (DESIGN §8): who may do what, and the key that signs it.
struct Operator {
    std::string name;
    AccountRole role = AccountRole::Viewer;
    PublicKey public_key {};
    SealedKey sealed;
    std::string added_by;   //!< the admin who added it; empty for the first
    std::int64_t added_ms = 0;
};

//! "viewer", "trader", "treasury", "risk_officer" or "admin"; Invalid for anything else.
AccountRole parseRole(std::string_view text);
//! An operator name: 1 to 64 letters, digits, '.', '_', '-' or '@'.
bool validOperatorName(std::string_view name);

//! What an operator may ask of the core. The core checks every command against this table.
enum class Action {
    SetPrice,            //!< an operator's price override or oracle price
    ChainStatus,         //!< halt, degrade or resume a chain
    Replay,              //!< start or stop a historical replay on the live book
    Transfer,            //!< a direct transfer along a route
    RouteDecision,       //!< freeze, unfreeze, rotate validators
    QueuedTransfer,      //!< release or drop a transfer the governor queued
    LiquidationDecision, //!< approve a blocked liquidation, cancel one
    Propose,             //!< a collateral move for approval
    Approve,             //!< approve or reject a proposal
    RunAgent,            //!< run the clearing agent now
    EditPolicy,          //!< the approval policy
    AddOperator,         //!< operator profiles
};
const char* describe(Action action); //!< "approve or reject proposals"

//! viewer: nothing; trader: nothing that moves collateral (what-ifs only); treasury: transfers
//! and proposals; risk_officer: approvals, overrides and the risk commands, proposals too;
//! admin: everything, and the policy and the operators.
bool permits(AccountRole role, Action action);
//! Empty when the role permits the action; else the refusal naming the operator, role and action.
std::string roleRefusal(const std::string& operatorName, AccountRole role, Action action);

} // namespace cm
