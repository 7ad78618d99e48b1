// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/account_index.h"

namespace cm {

std::uint64_t AccountIndex::hash(std::string_view id)
{
    // FNV-1a, then a final mix so the low bits (the slot) depend on every byte.
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : id)
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

std::uint32_t AccountIndex::find(std::string_view id) const
{
    if (m_slots.empty())
        return npos;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t s = hash(id) & mask;; s = (s + 1) & mask) {
        const std::uint32_t i = m_slots[s];
        if (i == npos)
            return npos;
        if ((*m_accounts)[i].id == id)
            return i;
    }
}

void AccountIndex::insert(std::uint32_t i)
{
    if (2 * (m_count + 1) > m_slots.size())
        grow(std::max<std::size_t>(16, 2 * m_slots.size()));
    const std::size_t mask = m_slots.size() - 1;
    std::size_t s = hash((*m_accounts)[i].id) & mask;
    while (m_slots[s] != npos)
        s = (s + 1) & mask;
    m_slots[s] = i;
    ++m_count;
}

void AccountIndex::grow(std::size_t slots)
{
    std::vector<std::uint32_t> old = std::move(m_slots);
    m_slots.assign(slots, npos);
    m_count = 0;
    for (const std::uint32_t i : old)
        if (i != npos)
            insert(i);
}

void AccountIndex::rebuild()
{
    std::size_t slots = 16;
    while (slots < 2 * m_accounts->size())
        slots *= 2;
    m_slots.assign(slots, npos);
    m_count = 0;
    for (std::uint32_t i = 0; i < m_accounts->size(); ++i)
        insert(i);
}

} // namespace cm
