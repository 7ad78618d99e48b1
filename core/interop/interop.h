// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/bytes.h"
#include "core/domain/world.h"
#include "core/interop/merkle.h"
#include "core/interop/message.h"
#include "core/interop/validator_set.h"
#include "core/risk/market_state.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace cm {

enum class TransferState : std::uint8_t { Queued = 1, Locked, Attested, Relayed, Verified, Minted, Refused, Dropped };
const char* toString(TransferState s);
//! Minted, refused or dropped: nothing more happens to it.
bool isSettled(TransferState s);

enum class Outcome : std::uint8_t { Accepted = 1, Queued, Refused };
const char* toString(Outcome o);

//! A transfer along a route: forward (native locked in the source vault, claim minted on the
//! destination) or back (claim burned on the destination, native unlocked from the vault); or a
//! message delivered from outside (an attacker's), which has no request behind it.
struct Transfer {
    std::uint64_t id = 0;
    RouteIndex route = 0;
    bool back = false;
    bool external = false;          //!< delivered from outside: nothing was locked or burned for it
    std::string account;
    Int128 amount = 0;
    Int128 usd_e8 = 0;              //!< at the oracle price when requested
    TransferState state = TransferState::Queued;
    std::string reason;             //!< why it is queued, waiting or refused
    std::int64_t requested_ms = 0;
    std::int64_t locked_ms = 0;     //!< locked (forward) or burned (back)
    std::int64_t committed_ms = 0;  //!< the source block with its outbox root
    std::int64_t attested_ms = 0;
    std::int64_t relayed_ms = 0;
    std::int64_t done_ms = 0;       //!< verified and minted or unlocked, refused or dropped
    std::int64_t release_ms = 0;    //!< a queued transfer's automatic release
    Message message;
    MerkleProof proof;
    Attestation attestation;
};

//! A critical or warning alert for the desk (an accountant violation freezes a route).
struct InteropAlert {
    std::int64_t time_ms = 0;
    bool critical = false;
    std::string route;
    std::string text;
};

//! The interop layer of DESIGN §6 for one world: vault and claim ledger per route, messages
//! committed per source block in a Merkle outbox, attested by the route's validator set and
//! verified at the destination (root, proof, signatures, replay, nonce), Wormhole's governor
//! per emitting chain, CCIP's token buckets per route and direction, and the accountant
//! (minted ≤ locked, always). Single-threaded; it moves holdings through `Ledger`.
class Interop {
public:
    //! Moves an account's holding: delta > 0 credits, < 0 debits (false if it does not hold
    //! enough). The clearing state re-margins what changed.
    using Ledger = std::function<bool(const std::string& account, ChainIndex chain, AssetIndex asset, RouteIndex route, Int128 delta)>;

    Interop(const World& world, MarketState& market, Ledger ledger);

    struct Result {
        Outcome outcome = Outcome::Refused;
        std::string reason;
        std::uint64_t transfer = 0;  //!< the transfer's id (0 when refused before one exists)
    };
    //! A desk's transfer request. Refused with the reason (frozen route, insufficient holding, a
    //! rate-limit wait), queued by the governor, or accepted: locked (or burned) now and carried
    //! through the timeline by advanceTo().
    Result transfer(RouteIndex route, bool back, const std::string& account, Int128 amount, std::int64_t now_ms);
    //! A message delivered at the destination from outside, with its attestation and proof:
    //! verified exactly as a relayed one.
    Result deliver(const Message& message, const Attestation& attestation, const MerkleProof& proof, std::int64_t now_ms);
    //! Carries transfers through the timeline: commits outboxes of source blocks produced since
    //! (`heights`: each chain's height now), attests at finality, relays with the route's
    //! latency, verifies and credits; releases governor queues after 24 h.
    void advanceTo(std::int64_t now_ms, const std::vector<std::uint64_t>& heights);

    //! Why the route's rate limit would refuse a transfer of `usd` now, with the wait; empty when it would not.
    std::string rateLimitRefusal(RouteIndex route, bool back, Int128 usd, std::int64_t now_ms) const;
    //! Why the governor would queue a transfer of `usd` now; nullopt when it would not.
    std::optional<std::string> governorWait(RouteIndex route, bool back, Int128 usd, std::int64_t now_ms) const;
    //! A transfer's USD value at the oracle price now.
    Int128 usdValue(RouteIndex route, Int128 amount) const { return usdOf(route, amount); }

    // Risk officer's commands.
    std::string freeze(RouteIndex route, std::int64_t now_ms, const std::string& why);
    std::string unfreeze(RouteIndex route, std::int64_t now_ms);
    std::string release(std::uint64_t transfer, std::int64_t now_ms);
    std::string drop(std::uint64_t transfer, std::int64_t now_ms);
    //! A new validator set for the route (new keys, version + 1).
    std::string rotate(RouteIndex route, std::int64_t now_ms);

    const std::vector<Transfer>& transfers() const { return m_transfers; }
    const Transfer* find(std::uint64_t id) const;
    const std::vector<InteropAlert>& alerts() const { return m_alerts; }
    const ValidatorSet& validators(RouteIndex r) const { return m_routes[r].set; }
    const TrustAssessment& trust(RouteIndex r) const { return m_routes[r].trust; }
    //! The simulated validators' keys of the current set (a test's or an attacker script's
    //! "stolen keys" come from here).
    const std::vector<SigningKey>& validatorKeys(RouteIndex r) const { return m_routes[r].keys; }
    std::uint64_t lastNonce(RouteIndex r, bool back) const { return m_routes[r].lastNonce[back ? 1 : 0]; }
    bool processed(const Digest& id) const { return m_processed.count(id) > 0; }
    //! Ids processed since the last call (the journal records them beside the events).
    std::vector<Digest> takeNewlyProcessed() { return std::exchange(m_newlyProcessed, {}); }
    //! The outbox root a chain committed at a height (zero if none).
    Digest committedRoot(ChainIndex chain, std::uint64_t height) const;

    struct GovernorView {
        Int128 limit_usd_e8 = 0;
        Int128 used_usd_e8 = 0;       //!< released in the last 24 h
        Int128 headroom_usd_e8 = 0;
        Int128 big_tx_usd_e8 = 0;
        std::uint32_t queued = 0;
        std::int64_t next_release_ms = 0; //!< 0: nothing queued
    };
    GovernorView governor(ChainIndex chain, std::int64_t now_ms) const;
    //! The bucket's tokens now (USD e8) and its capacity.
    std::pair<Int128, Int128> bucket(RouteIndex route, bool back, std::int64_t now_ms) const;

    void save(ByteWriter& out) const;
    void load(ByteReader& in);

private:
    struct Bucket {
        Int128 tokens = 0;
        std::int64_t updated_ms = 0;
    };
    struct RouteState {
        ValidatorSet set;
        std::vector<SigningKey> keys;
        TrustAssessment trust;
        std::uint64_t nextNonce[2] = {0, 0};
        std::uint64_t lastNonce[2] = {0, 0};
        Bucket buckets[2];
    };
    struct Outflow {
        std::int64_t time_ms = 0;
        Int128 usd_e8 = 0;
    };
    struct Outbox {
        std::uint64_t height = 0;           //!< the height committed last
        std::vector<std::uint64_t> pending; //!< transfers locked since
        std::vector<std::pair<std::uint64_t, Digest>> roots; //!< recent (height, root)
    };

    ChainIndex emittingChain(const Route& r, bool back) const { return back ? r.to : r.from; }
    Int128 usdOf(RouteIndex route, Int128 amount) const;
    Int128 refill(RouteIndex route, bool back, std::int64_t now_ms) const;
    Int128 governorUsed(ChainIndex chain, std::int64_t now_ms) const;
    //! Governor: nothing, or why the transfer must wait (and until when).
    std::optional<std::string> governorHold(ChainIndex chain, Int128 usd, std::int64_t now_ms) const;
    Result startTransfer(Transfer& t, std::int64_t now_ms);
    Result verifyAndCredit(Transfer& t, std::int64_t now_ms);
    void refuse(Transfer& t, std::string reason, std::int64_t now_ms);
    void alert(std::int64_t now_ms, bool critical, RouteIndex route, std::string text);
    void reassess(RouteIndex route);
    Transfer* findMutable(std::uint64_t id);

    const World& m_world;
    MarketState& m_market;
    Ledger m_ledger;
    std::vector<RouteState> m_routes;
    std::vector<Outbox> m_outboxes;                 //!< per chain
    std::vector<std::vector<Outflow>> m_outflows;   //!< per chain, the last 24 h
    std::vector<Transfer> m_transfers;
    std::set<Digest> m_processed;
    std::vector<Digest> m_newlyProcessed;
    std::vector<InteropAlert> m_alerts;
    std::uint64_t m_nextTransfer = 1;
    std::size_t m_firstOpen = 0; //!< transfers before it are minted, refused or dropped
};

} // namespace cm
