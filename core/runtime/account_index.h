// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace cm {

//! Account id -> index in the world's account list: an open-addressed table of indexes (the
//! ids themselves stay in the accounts), about 8 bytes an account where a node-based map of
//! strings costs ~70. Accounts are only ever added; a load rebuilds the table.
class AccountIndex {
public:
    static constexpr std::uint32_t npos = 0xffffffffu;

    explicit AccountIndex(const std::vector<Account>& accounts) : m_accounts(&accounts) {}

    //! The account's index, or npos.
    std::uint32_t find(std::string_view id) const;
    bool contains(std::string_view id) const { return find(id) != npos; }
    //! Indexes accounts[i] (its id not yet indexed).
    void insert(std::uint32_t i);
    //! Indexes every account afresh.
    void rebuild();

private:
    static std::uint64_t hash(std::string_view id);
    void grow(std::size_t slots);

    const std::vector<Account>* m_accounts;
    std::vector<std::uint32_t> m_slots; //!< npos: empty; a power of two, at most half full
    std::size_t m_count = 0;
};

} // namespace cm
