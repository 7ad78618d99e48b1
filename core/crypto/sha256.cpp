// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/sha256.h"

#include "core/common/require.h"

#include <sodium.h>

namespace cm {

struct Sha256::State {
    crypto_hash_sha256_state st;
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    CM_REQUIRE(sodium_init() >= 0, "libsodium failed to initialise");
    crypto_hash_sha256_init(&m_state->st);
}

Sha256::~Sha256() = default;

void Sha256::update(const void* data, std::size_t size)
{
    crypto_hash_sha256_update(&m_state->st, static_cast<const unsigned char*>(data), size);
}

void Sha256::updateString(std::string_view text)
{
    updateU64(text.size());
    update(text.data(), text.size());
}

void Sha256::updateU64(std::uint64_t v)
{
    unsigned char b[8];
    for (int i = 0; i < 8; ++i)
        b[i] = static_cast<unsigned char>(v >> (8 * i));
    update(b, sizeof b);
}

void Sha256::updateI128(Int128 v)
{
    const auto u = static_cast<UInt128>(v);
    updateU64(static_cast<std::uint64_t>(u));
    updateU64(static_cast<std::uint64_t>(u >> 64));
}

Digest Sha256::finish()
{
    Digest d{};
    crypto_hash_sha256_final(&m_state->st, d.data());
    return d;
}

std::string toHex(const void* data, std::size_t size)
{
    static const char* kHex = "0123456789abcdef";
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    std::string s;
    s.reserve(2 * size);
    for (std::size_t i = 0; i < size; ++i) {
        s.push_back(kHex[bytes[i] >> 4]);
        s.push_back(kHex[bytes[i] & 15]);
    }
    return s;
}

std::string toHex(const Digest& digest) { return toHex(digest.data(), digest.size()); }

} // namespace cm
