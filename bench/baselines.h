// SPDX-License-Identifier: GPL-3.0-or-later
// The suite's baselines, measured in the same run as the figures they stand beside.
#pragma once

#include "core/domain/world.h"

#include <cstdint>
#include <vector>

namespace cm {
class ClearingState;
class RiskScreen;
}

namespace cm::bench {

//! The resident set now, in KiB.
long currentRssKb();
//! Reads every byte a full revaluation reads (the screen's items, offsets and constants) and
//! sums it: the memory limit of a full revaluation.
std::uint64_t memscan(const cm::RiskScreen& screen);
//! The book's health as one SQL query in SQLite (in memory, items clustered by account, haircuts
//! and MMRs given per asset): the median wall time of `runs` in ms, loading not counted.
double sqlHealthMs(const cm::ClearingState& state, int runs, std::uint64_t& sink);

} // namespace cm::bench
