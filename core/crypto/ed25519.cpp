// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/ed25519.h"

#include "core/common/require.h"

#include <sodium.h>

namespace cm {
namespace {

void initSodium() { CM_REQUIRE(sodium_init() >= 0, "libsodium failed to initialise"); }

} // namespace

SigningKey SigningKey::generate()
{
    initSodium();
    SigningKey k;
    crypto_sign_keypair(k.m_public.data(), k.m_secret.data());
    return k;
}

SigningKey SigningKey::fromSeed(const KeySeed& seed)
{
    initSodium();
    SigningKey k;
    crypto_sign_seed_keypair(k.m_public.data(), k.m_secret.data(), seed.data());
    return k;
}

SigningKey::~SigningKey() { sodium_memzero(m_secret.data(), m_secret.size()); }
SigningKey::SigningKey(const SigningKey& other) = default;
SigningKey& SigningKey::operator=(const SigningKey& other) = default;

KeySeed SigningKey::seed() const
{
    KeySeed s{};
    crypto_sign_ed25519_sk_to_seed(s.data(), m_secret.data());
    return s;
}

Signature SigningKey::sign(const void* message, std::size_t size) const
{
    Signature sig{};
    crypto_sign_detached(sig.data(), nullptr, static_cast<const unsigned char*>(message), size, m_secret.data());
    return sig;
}

bool verifySignature(const PublicKey& key, const void* message, std::size_t size, const Signature& signature)
{
    initSodium();
    return crypto_sign_verify_detached(signature.data(), static_cast<const unsigned char*>(message), size, key.data()) == 0;
}

} // namespace cm
