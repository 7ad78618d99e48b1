// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace cm {

using PublicKey = std::array<std::uint8_t, 32>;
using Signature = std::array<std::uint8_t, 64>;
using KeySeed = std::array<std::uint8_t, 32>;

//! An Ed25519 key pair (libsodium). The secret half is wiped when the key is destroyed.
class SigningKey {
public:
    static SigningKey generate();
    //! The key pair a 32-byte seed determines (a stored key, a test's fixed key).
    static SigningKey fromSeed(const KeySeed& seed);
    ~SigningKey();
    SigningKey(const SigningKey& other);
    SigningKey& operator=(const SigningKey& other);

    const PublicKey& publicKey() const { return m_public; }
    KeySeed seed() const;
    Signature sign(const void* message, std::size_t size) const;

private:
    SigningKey() = default;
    PublicKey m_public{};
    std::array<std::uint8_t, 64> m_secret{};
};

//! True when `signature` is `key`'s signature of the message.
bool verifySignature(const PublicKey& key, const void* message, std::size_t size, const Signature& signature);

//! Who signs an operator decision: a name and a key (DESIGN §8's operators).
struct Signer {
    std::string name;
    SigningKey key;
};

} // namespace cm
