// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>

namespace cm::cli {

// Operator profiles and proposals on a journal (DESIGN §8). Passphrases come from
// CLEARMESH_PASSPHRASE (the acting operator) and CLEARMESH_NEW_PASSPHRASE (a new operator), or
// from lines of standard input (a new operator's first, then the acting one's), never from an
// argument. A refusal prints {"error": ...} and
// returns 3.
int runOperatorAdd(const std::map<std::string, std::string>& options);
int runPropose(const std::map<std::string, std::string>& options);
int runProposalDecision(const std::string& action, const std::map<std::string, std::string>& options);
int runAgentNow(const std::map<std::string, std::string>& options);
int runProposals(const std::map<std::string, std::string>& options, bool pretty);

} // namespace cm::cli
