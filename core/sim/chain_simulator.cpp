// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/chain_simulator.h"

#include <algorithm>

namespace cm {

ChainSimulator::ChainSimulator(const World& world, std::int64_t start_ms) : m_world(world)
{
    for (ChainIndex c = 0; c < world.chains.size(); ++c) {
        State s;
        s.status = world.chains[c].status;
        s.next_block_ms = start_ms + world.chains[c].block_time_ms;
        s.halted_since_ms = start_ms;
        m_chains.push_back(s);
    }
}

std::int64_t ChainSimulator::intervalMs(ChainIndex c) const
{
    const std::int64_t bt = m_world.chains[c].block_time_ms;
    return m_chains[c].status == ChainStatus::Degraded ? 2 * bt : bt;
}

void ChainSimulator::advanceTo(std::int64_t now_ms)
{
    for (ChainIndex c = 0; c < m_chains.size(); ++c) {
        State& s = m_chains[c];
        if (s.status == ChainStatus::Halted || now_ms < s.next_block_ms)
            continue;
        const std::int64_t interval = intervalMs(c);
        const std::int64_t blocks = (now_ms - s.next_block_ms) / interval + 1;
        s.height += static_cast<std::uint64_t>(blocks);
        s.next_block_ms += blocks * interval;
    }
}

void ChainSimulator::setStatus(ChainIndex c, ChainStatus status, std::int64_t now_ms)
{
    State& s = m_chains[c];
    if (s.status == status)
        return;
    advanceTo(now_ms);
    if (status == ChainStatus::Halted)
        s.halted_since_ms = now_ms;
    const bool resuming = s.status == ChainStatus::Halted;
    s.status = status;
    if (resuming)
        s.next_block_ms = now_ms + intervalMs(c);
}

std::int64_t ChainSimulator::finalityLagMs(ChainIndex c, std::int64_t now_ms) const
{
    const State& s = m_chains[c];
    const std::int64_t finality = m_world.chains[c].finality_ms;
    switch (s.status) {
    case ChainStatus::Degraded: return 2 * finality;
    case ChainStatus::Halted: return finality + std::max<std::int64_t>(0, now_ms - s.halted_since_ms);
    case ChainStatus::Live:
    case ChainStatus::Invalid: break;
    }
    return finality;
}

std::uint64_t ChainSimulator::finalizedHeight(ChainIndex c, std::int64_t now_ms) const
{
    const State& s = m_chains[c];
    const std::int64_t behind = finalityLagMs(c, now_ms) / std::max<std::int64_t>(1, intervalMs(c));
    const auto blocksBehind = static_cast<std::uint64_t>(std::max<std::int64_t>(0, behind));
    return s.height > blocksBehind ? s.height - blocksBehind : 0;
}

void ChainSimulator::save(ByteWriter& out) const
{
    out.u64(m_chains.size());
    for (const State& s : m_chains) {
        out.u8(static_cast<std::uint8_t>(s.status));
        out.u64(s.height);
        out.i64(s.next_block_ms);
        out.i64(s.halted_since_ms);
    }
}

void ChainSimulator::load(ByteReader& in)
{
    if (in.count("chains", 25) != m_chains.size())
        in.fail("chains", "the world has " + std::to_string(m_chains.size()));
    for (State& s : m_chains) {
        const auto status = static_cast<ChainStatus>(in.u8("chain status"));
        if (status != ChainStatus::Live && status != ChainStatus::Degraded && status != ChainStatus::Halted)
            in.fail("chain status", "unknown status");
        s.status = status;
        s.height = in.u64("chain height");
        s.next_block_ms = in.i64("chain next block");
        s.halted_since_ms = in.i64("chain halted since");
    }
}

} // namespace cm
