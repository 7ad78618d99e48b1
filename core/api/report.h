// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"
#include "core/risk/market_state.h"

#include <nlohmann/json_fwd.hpp>

namespace cm {

//! The `clearmesh-cli report` document (DESIGN §12): {"world", "profile", "accounts": [...]}.
//! USD amounts are decimal strings with 2 places; health is null when infinite.
nlohmann::ordered_json buildReport(const World& world, const MarketState& market);

} // namespace cm
