// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/int128.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace cm {

using Digest = std::array<std::uint8_t, 32>;

//! Incremental SHA-256 (libsodium), used for state hashes and, later, message ids.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, std::size_t size);
    //! A length-prefixed string, so that concatenations cannot collide.
    void updateString(std::string_view text);
    //! Fixed-width little-endian integers, so the hash does not depend on the host.
    void updateU64(std::uint64_t v);
    void updateI128(Int128 v);
    Digest finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

std::string toHex(const Digest& digest);
//! Lower-case hex of any bytes (signatures, encoded messages).
std::string toHex(const void* data, std::size_t size);

} // namespace cm
