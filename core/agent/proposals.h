// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agent/operators.h"
#include "core/common/bytes.h"
#include "core/domain/world.h"
#include "core/money/int128.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace cm {

//! pending → approved → executing → done | failed; pending → rejected | expired. An approved
//! proposal starts executing at once; the interop transfer carries it.
enum class ProposalState : std::uint8_t { Pending = 1, Approved, Executing, Done, Rejected, Expired, Failed };
const char* toString(ProposalState s);
bool isOpen(ProposalState s); //!< pending, approved or executing

//! Who asked for the move: the agent for an account under the warning health, the agent for a
//! desk's liquidity buffer on a chain, or an operator by hand.
enum class ProposalKind : std::uint8_t { Rebalance = 1, Buffer, Manual };
const char* toString(ProposalKind k);
//! A health for people: "1.067", "inf" when nothing is required.
std::string healthText(double health);

struct ProposalStep {
    std::int64_t time_ms = 0;
    std::string text;
};

//! A collateral move within one account, from one chain to another along one route (DESIGN §8).
struct Proposal {
    std::uint64_t id = 0;
    ProposalKind kind = ProposalKind::Manual;
    std::string proposer;           //!< an operator's name, or "agent"
    std::string account;
    AssetIndex asset = 0;
    ChainIndex from = 0;
    ChainIndex to = 0;
    RouteIndex route = 0;
    bool back = false;              //!< burn the claim on `from`, unlock native on `to`
    Int128 amount = 0;              //!< token base units
    Int128 usd_e8 = 0;              //!< at the price when proposed
    double health_before = 0.0;
    double health_after = 0.0;      //!< projected, once the collateral has arrived
    double health_in_flight = 0.0;  //!< projected, while it counts on neither chain
    double health_done = 0.0;       //!< measured when it arrived (done only)
    Int128 cost_usd_e8 = 0;         //!< the route's fee
    std::int64_t eta_ms = 0;        //!< expected time from execution to arrival
    std::int64_t created_ms = 0;
    std::int64_t expires_ms = 0;
    ProposalState state = ProposalState::Pending;
    int required_approvals = 1;
    std::vector<std::string> approvers;
    std::string reason;             //!< why: the rationale, a rejection's reason or a failure's
    std::uint64_t transfer = 0;     //!< the interop transfer that executes it
    std::uint8_t transfer_seen = 0; //!< the transfer state last recorded as a step
    std::vector<ProposalStep> steps;
};

//! Everything the agent and the approvals keep: part of the clearing state (saved, hashed).
struct AgentBook {
    std::vector<Operator> operators;
    AgentPolicy policy;
    std::deque<Proposal> proposals;          //!< in id order; closed ones beyond kClosedKept pruned
    std::uint64_t next_id = 1;
    std::int64_t next_run_ms = 0;
    std::vector<std::pair<std::int64_t, Int128>> executed; //!< (time, USD) within the last period

    static constexpr std::size_t kClosedKept = 2000;

    const Operator* findOperator(const std::string& name) const;
    Proposal* find(std::uint64_t id);
    const Proposal* find(std::uint64_t id) const;
    //! USD executed within the period ending now.
    Int128 executedInPeriod(std::int64_t now_ms) const;
    void save(ByteWriter& out) const;
    void load(ByteReader& in, const World& world);
};

} // namespace cm
