// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runtime/clearing_state.h"

#include <map>
#include <memory>
#include <string>

namespace cm::cli {

//! The book a read-only command works on: --world FILE as the file has it, or --db FILE, a
//! journaled session as it stands now (opened read-only). Null, with `error` naming what is wrong,
//! when it cannot be had; `command` names the command in the message.
std::unique_ptr<ClearingState> openBook(const std::map<std::string, std::string>& options, const std::string& command,
                                        std::string& error);

} // namespace cm::cli
