// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/ed25519.h"
#include "core/crypto/sha256.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cm {

//! A route's validator set (DESIGN §6): n Ed25519 keys, a threshold k, a version that rotation
//! increases, and who operates each key (several keys under one operator count as one
//! compromise: Ronin 2022, Multichain 2023).
struct ValidatorSet {
    std::uint32_t version = 1;
    std::uint32_t threshold = 0;
    std::vector<PublicKey> members;
    std::vector<std::string> operators; //!< one per member

    //! The simulated validators' keys: derived from the world seed, the route and the version,
    //! so that the same world gives the same keys and a rotation gives new ones.
    static std::vector<SigningKey> simulatedKeys(std::uint64_t worldSeed, const std::string& route, std::uint32_t version,
                                                 std::size_t n);
};

struct Attestation {
    std::uint32_t set_version = 0;
    std::vector<std::pair<std::uint32_t, Signature>> signatures; //!< (member index, signature of the id)
};

struct AttestationCheck {
    bool ok = false;
    std::uint32_t valid = 0;        //!< valid signatures by distinct current members
    std::string reason;             //!< why it fails
};

//! Passes only with at least `threshold` valid signatures of the id by distinct members of the
//! current set; duplicates, unknown members and bad signatures do not count.
AttestationCheck verifyAttestation(const ValidatorSet& set, const Digest& id, const Attestation& attestation);

//! Many attestations checked on `threads` worker threads (Ed25519 verification dominates);
//! the results are in order and equal to checking each alone.
std::vector<AttestationCheck> verifyAttestations(const ValidatorSet& set, const std::vector<Digest>& ids,
                                                 const std::vector<Attestation>& attestations, unsigned threads);

//! Signs the id with the given members' keys (what honest validators, or an attacker holding
//! stolen keys, produce).
Attestation attest(const Digest& id, std::uint32_t setVersion, const std::vector<std::pair<std::uint32_t, const SigningKey*>>& signers);

//! How much a validator set can be trusted: an honest supermajority is two thirds of the keys,
//! held by as many operators. `colluding` is the fewest operators whose keys reach the
//! threshold. A set is weak when the threshold is below two thirds or fewer operators than a
//! supermajority can sign alone; its claims take `addon` = 1 − (colluding − 1) / (supermajority − 1)
//! on top of the route's own add-on: 0 for Wormhole's 13 of 19, 1 for a single operator.
struct TrustAssessment {
    bool weak = false;
    std::uint32_t colluding = 0;
    std::uint32_t supermajority = 0;
    double addon = 0.0;
    std::string reason;
};
TrustAssessment assessTrust(std::uint32_t validators, std::uint32_t threshold, const std::vector<std::string>& operators);
inline TrustAssessment assessTrust(const ValidatorSet& set)
{
    return assessTrust(static_cast<std::uint32_t>(set.members.size()), set.threshold, set.operators);
}

} // namespace cm
