// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/operators.h"

#include "core/common/require.h"
#include "core/crypto/sha256.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>

namespace cm {
namespace {

// Argon2id with libsodium's interactive limits: about 64 MiB and a tenth of a second a try.
bool deriveKey(std::array<std::uint8_t, crypto_secretbox_KEYBYTES>& key, std::string_view passphrase,
               const std::array<std::uint8_t, 16>& salt)
{
    static_assert(crypto_pwhash_SALTBYTES == 16);
    return crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), salt.data(),
                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

int nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

template <std::size_t N>
bool readHex(std::string_view hex, std::size_t& pos, std::array<std::uint8_t, N>& out)
{
    for (std::size_t i = 0; i < N; ++i, pos += 2) {
        const int hi = nibble(hex[pos]);
        const int lo = nibble(hex[pos + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return true;
}

} // namespace

std::string SealedKey::toHex() const
{
    return cm::toHex(salt.data(), salt.size()) + cm::toHex(nonce.data(), nonce.size()) + cm::toHex(box.data(), box.size());
}

Result<SealedKey> SealedKey::fromHex(std::string_view hex)
{
    SealedKey s;
    if (hex.size() != 2 * (s.salt.size() + s.nonce.size() + s.box.size()))
        return Error { "a sealed key is " + std::to_string(2 * (s.salt.size() + s.nonce.size() + s.box.size()))
                       + " hex digits, not " + std::to_string(hex.size()) };
    std::size_t pos = 0;
    if (!readHex(hex, pos, s.salt) || !readHex(hex, pos, s.nonce) || !readHex(hex, pos, s.box))
        return Error { "a sealed key is not lower-case hex" };
    return s;
}

SealedKey sealKey(const SigningKey& key, std::string_view passphrase)
{
    CM_REQUIRE(sodium_init() >= 0, "libsodium failed to initialise");
    SealedKey s;
    randombytes_buf(s.salt.data(), s.salt.size());
    randombytes_buf(s.nonce.data(), s.nonce.size());
    std::array<std::uint8_t, crypto_secretbox_KEYBYTES> k {};
    CM_REQUIRE(deriveKey(k, passphrase, s.salt), "crypto_pwhash ran out of memory");
    KeySeed seed = key.seed();
    crypto_secretbox_easy(s.box.data(), seed.data(), seed.size(), s.nonce.data(), k.data());
    sodium_memzero(seed.data(), seed.size());
    sodium_memzero(k.data(), k.size());
    return s;
}

Result<SigningKey> unsealKey(const SealedKey& sealed, const PublicKey& expected, std::string_view passphrase)
{
    CM_REQUIRE(sodium_init() >= 0, "libsodium failed to initialise");
    std::array<std::uint8_t, crypto_secretbox_KEYBYTES> k {};
    if (!deriveKey(k, passphrase, sealed.salt))
        return Error { "the passphrase could not be hashed (out of memory)" };
    KeySeed seed {};
    const bool opened = crypto_secretbox_open_easy(seed.data(), sealed.box.data(), sealed.box.size(), sealed.nonce.data(), k.data()) == 0;
    sodium_memzero(k.data(), k.size());
    if (!opened)
        return Error { "wrong passphrase" };
    SigningKey key = SigningKey::fromSeed(seed);
    sodium_memzero(seed.data(), seed.size());
    if (key.publicKey() != expected)
        return Error { "the sealed key is not the operator's registered key" };
    return key;
}

AccountRole parseRole(std::string_view text)
{
    for (auto r : {AccountRole::Viewer, AccountRole::Trader, AccountRole::Treasury, AccountRole::RiskOfficer, AccountRole::Admin})
        if (text == toString(r))
            return r;
    return AccountRole::Invalid;
}

bool validOperatorName(std::string_view name)
{
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '@';
    });
}

const char* describe(Action action)
{
    switch (action) {
    case Action::SetPrice: return "override prices";
    case Action::ChainStatus: return "change a chain's status";
    case Action::Replay: return "replay history on the live book";
    case Action::Transfer: return "transfer collateral";
    case Action::RouteDecision: return "freeze, unfreeze or rotate routes";
    case Action::QueuedTransfer: return "release or drop queued transfers";
    case Action::LiquidationDecision: return "approve or cancel liquidations";
    case Action::Propose: return "propose collateral moves";
    case Action::Approve: return "approve or reject proposals";
    case Action::RunAgent: return "run the clearing agent";
    case Action::EditPolicy: return "edit the approval policy";
    case Action::AddOperator: return "add operators";
    }
    return "do that";
}

bool permits(AccountRole role, Action action)
{
    switch (role) {
    case AccountRole::Admin:
        return true;
    case AccountRole::RiskOfficer:
        return action != Action::EditPolicy && action != Action::AddOperator && action != Action::Transfer;
    case AccountRole::Treasury:
        return action == Action::Transfer || action == Action::Propose;
    case AccountRole::Trader:
    case AccountRole::Viewer:
    case AccountRole::Invalid:
        return false;
    }
    return false;
}

std::string roleRefusal(const std::string& operatorName, AccountRole role, Action action)
{
    if (permits(role, action))
        return {};
    return "operator " + operatorName + " (" + (role == AccountRole::Invalid ? "no role" : toString(role)) + ") may not "
        + describe(action);
}

} // namespace cm
