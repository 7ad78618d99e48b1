// SPDX-License-Identifier: GPL-3.0-or-later
// Figures measured in a process of their own: the suite runs a program and merges its JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

namespace cm::bench {

//! This executable's path (in a shell started by popen, /proc/self/exe names the shell).
std::string selfPath();
//! Runs the shell command and parses the JSON document it prints; null when there is none.
nlohmann::json runJson(const std::string& command);
//! `clearmesh-bench --memory-probe N`: the core state per account of an N-account synthetic
//! book, printed as JSON. In a process of its own, since in the suite's the heap reuses what
//! earlier benchmarks freed and hides part of it: the peak of the resident set while the book is
//! built (the world made, moved into the state, indexed, screened), fully revalued and scanned
//! for liquidations, over what was resident before; and what stays resident after.
int probeMemory(const std::string& worldFile, std::size_t accounts);

} // namespace cm::bench
