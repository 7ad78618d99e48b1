// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money/int128.h"

#include <cstdint>
#include <string>
#include <variant>

namespace cm {

struct SetSpeedCommand { double speed = 1.0; };
struct PauseCommand {};
struct ResumeCommand {};
//! Runs n simulation steps at once, whatever the speed (tests, headless runs).
struct StepCommand { std::uint64_t steps = 1; };
//! Sets an asset's price directly, as an oracle update would.
struct SetPriceCommand { std::string asset; Int128 price_e8 = 0; };

using Command = std::variant<SetSpeedCommand, PauseCommand, ResumeCommand, StepCommand, SetPriceCommand>;

} // namespace cm
