// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger's account (core/domain/world.h): its lists in one allocation.
#include "core/domain/world.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>

namespace cm {

static_assert(std::is_trivially_copyable_v<Holding> && std::is_trivially_copyable_v<Debt>
                  && std::is_trivially_copyable_v<Position>,
              "an account's block is moved with memcpy");
static_assert(sizeof(Account) == 64, "an account is one cache line (clearing_state_margin.cpp prefetches it as one)");
static_assert(sizeof(Holding) % 8 == 0 && sizeof(Debt) % 8 == 0 && sizeof(Position) % 8 == 0,
              "each section starts 8-aligned");

namespace {

void construct(int section, unsigned char* at, std::size_t n)
{
    for (std::size_t k = 0; k < n; ++k)
        switch (section) {
        case 0: new (at + k * sizeof(Holding)) Holding(); break;
        case 1: new (at + k * sizeof(Debt)) Debt(); break;
        case 2: new (at + k * sizeof(Position)) Position(); break;
        default: at[k] = 0; break;
        }
}

} // namespace

Account::Account(const Account& other) : id(other.id), role(other.role), emode(other.emode)
{
    std::memcpy(m_count, other.m_count, sizeof m_count);
    const std::size_t total = offset(4);
    if (total > 0) {
        m_block = static_cast<unsigned char*>(std::malloc(total));
        if (!m_block)
            throw std::bad_alloc();
        std::memcpy(m_block, other.m_block, total);
    }
}

Account::Account(Account&& other) noexcept
    : id(std::move(other.id)), role(other.role), emode(other.emode), m_block(other.m_block)
{
    std::memcpy(m_count, other.m_count, sizeof m_count);
    other.m_block = nullptr;
    std::memset(other.m_count, 0, sizeof other.m_count);
}

Account& Account::operator=(const Account& other)
{
    if (this != &other) {
        Account copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Account& Account::operator=(Account&& other) noexcept
{
    if (this != &other) {
        std::free(m_block);
        id = std::move(other.id);
        role = other.role;
        emode = other.emode;
        m_block = other.m_block;
        std::memcpy(m_count, other.m_count, sizeof m_count);
        other.m_block = nullptr;
        std::memset(other.m_count, 0, sizeof other.m_count);
    }
    return *this;
}

Account::~Account() { std::free(m_block); }

void Account::open(int section, std::size_t at, std::size_t n)
{
    if (m_count[section] + n > kMaxItems)
        throw std::length_error("an account's list is past 2^32 entries");
    const std::size_t total = offset(4);
    const std::size_t cut = offset(section) + at * kSize[section];
    const std::size_t add = n * kSize[section];
    auto* block = static_cast<unsigned char*>(std::realloc(m_block, total + add));
    if (!block)
        throw std::bad_alloc();
    std::memmove(block + cut + add, block + cut, total - cut);
    m_block = block;
    m_count[section] = static_cast<std::uint32_t>(m_count[section] + n);
    construct(section, block + cut, n);
}

void Account::close(int section, std::size_t at, std::size_t n)
{
    const std::size_t total = offset(4);
    const std::size_t cut = offset(section) + at * kSize[section];
    const std::size_t del = n * kSize[section];
    std::memmove(m_block + cut, m_block + cut + del, total - cut - del);
    m_count[section] = static_cast<std::uint32_t>(m_count[section] - n);
    if (total == del) {
        std::free(m_block);
        m_block = nullptr;
    } else if (auto* block = static_cast<unsigned char*>(std::realloc(m_block, total - del))) {
        m_block = block; // a shrink; where it fails the block stays as large
    }
}

void Account::resize(int section, std::size_t n)
{
    if (n > m_count[section])
        open(section, m_count[section], n - m_count[section]);
    else if (n < m_count[section])
        close(section, n, m_count[section] - n);
}

std::string_view Account::owner() const
{
    if (m_count[3] == 0)
        return id;
    return {reinterpret_cast<const char*>(m_block + offset(3)), m_count[3]};
}

void Account::setOwner(std::string_view owner)
{
    if (owner == id) {
        resize(3, 0);
        return;
    }
    const std::string copy(owner); // it may be our own characters
    resize(3, copy.size());
    if (!copy.empty())
        std::memcpy(m_block + offset(3), copy.data(), copy.size());
}

} // namespace cm
