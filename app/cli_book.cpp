// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli_book.h"

#include "core/domain/world_loader.h"
#include "core/journal/journal.h"
#include "core/runtime/journaled_state.h"

namespace cm::cli {

std::unique_ptr<ClearingState> openBook(const std::map<std::string, std::string>& options, const std::string& command,
                                        std::string& error)
{
    constexpr std::int64_t kStepMs = 250; // the live run's step
    const bool fromJournal = options.count("--db") > 0;
    if (fromJournal == (options.count("--world") > 0)) {
        error = command + " needs --world FILE or --db FILE (one of them)";
        return nullptr;
    }
    if (fromJournal) {
        auto journal = Journal::open(options.at("--db"), Journal::Access::ReadOnly);
        if (!journal) {
            error = journal.error().message;
            return nullptr;
        }
        auto recovered = recoverState(*journal.value(), true);
        if (!recovered) {
            error = recovered.error().message;
            return nullptr;
        }
        return std::move(recovered.value().state);
    }
    auto world = loadWorldFile(options.at("--world"));
    if (!world) {
        error = world.error().message;
        return nullptr;
    }
    const std::uint64_t seed = world.value().seed;
    return std::make_unique<ClearingState>(std::move(world).value(), seed, kStepMs);
}

} // namespace cm::cli
