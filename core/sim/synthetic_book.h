// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"

#include <cstdint>

namespace cm {

//! For benchmarks and property tests: a world of `accounts` accounts with 8 items each (5 holdings, 1 debt, 2 perp positions)
//! on the chains, assets and routes of `base`, plus two probe assets: P10 held by exactly
//! 10 % of the accounts and P50 by exactly 50 %, so that a price tick on them touches a
//! known share of the book.
World syntheticBook(const World& base, std::size_t accounts, std::uint64_t seed);

} // namespace cm
