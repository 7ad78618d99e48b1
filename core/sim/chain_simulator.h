// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"

#include "core/common/bytes.h"

#include <cstdint>
#include <vector>

namespace cm {

//! Block production on the engine's clock: each live chain makes a block every block
//! interval (every two while degraded), a halted one makes none. Finality trails the head by
//! the chain's finality time (twice it while degraded), and a halt adds its whole length.
class ChainSimulator {
public:
    ChainSimulator(const World& world, std::int64_t start_ms);

    void advanceTo(std::int64_t now_ms);
    void setStatus(ChainIndex chain, ChainStatus status, std::int64_t now_ms);

    ChainStatus status(ChainIndex c) const { return m_chains[c].status; }
    std::uint64_t height(ChainIndex c) const { return m_chains[c].height; }
    std::uint64_t finalizedHeight(ChainIndex c, std::int64_t now_ms) const;
    //! How far behind the head finality is, in time; grows while the chain is halted.
    std::int64_t finalityLagMs(ChainIndex c, std::int64_t now_ms) const;

    //! Its dynamic state in the canonical encoding of a journal snapshot (load() expects the
    //! same world; DecodeError on bad input).
    void save(ByteWriter& out) const;
    void load(ByteReader& in);

private:
    struct State {
        ChainStatus status = ChainStatus::Live;
        std::uint64_t height = 0;
        std::int64_t next_block_ms = 0;
        std::int64_t halted_since_ms = 0;
    };
    std::int64_t intervalMs(ChainIndex c) const;

    const World& m_world;
    std::vector<State> m_chains;
};

} // namespace cm
