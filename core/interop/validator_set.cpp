// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/validator_set.h"

#include <algorithm>
#include <map>
#include <thread>

namespace cm {

std::vector<SigningKey> ValidatorSet::simulatedKeys(std::uint64_t worldSeed, const std::string& route, std::uint32_t version,
                                                    std::size_t n)
{
    std::vector<SigningKey> keys;
    keys.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        Sha256 h;
        h.updateString("clearmesh-validator");
        h.updateU64(worldSeed);
        h.updateString(route);
        h.updateU64(version);
        h.updateU64(i);
        keys.push_back(SigningKey::fromSeed(h.finish()));
    }
    return keys;
}

AttestationCheck verifyAttestation(const ValidatorSet& set, const Digest& id, const Attestation& attestation)
{
    AttestationCheck c;
    if (attestation.set_version != set.version) {
        c.reason = "signed for validator set version " + std::to_string(attestation.set_version) + "; the current set is version "
                   + std::to_string(set.version);
        return c;
    }
    std::vector<bool> counted(set.members.size(), false);
    std::uint32_t unknown = 0;
    std::uint32_t invalid = 0;
    std::uint32_t duplicates = 0;
    for (const auto& [index, signature] : attestation.signatures) {
        if (index >= set.members.size()) {
            ++unknown;
            continue;
        }
        if (counted[index]) {
            ++duplicates;
            continue;
        }
        if (!verifySignature(set.members[index], id.data(), id.size(), signature)) {
            ++invalid;
            continue;
        }
        counted[index] = true;
        ++c.valid;
    }
    c.ok = c.valid >= set.threshold && set.threshold > 0;
    if (!c.ok) {
        c.reason = std::to_string(c.valid) + " valid signatures by distinct members, " + std::to_string(set.threshold) + " of "
                   + std::to_string(set.members.size()) + " needed";
        if (invalid > 0)
            c.reason += "; " + std::to_string(invalid) + " do not verify";
        if (unknown > 0)
            c.reason += "; " + std::to_string(unknown) + " by no member";
        if (duplicates > 0)
            c.reason += "; " + std::to_string(duplicates) + " repeated";
    }
    return c;
}

std::vector<AttestationCheck> verifyAttestations(const ValidatorSet& set, const std::vector<Digest>& ids,
                                                 const std::vector<Attestation>& attestations, unsigned threads)
{
    std::vector<AttestationCheck> out(attestations.size());
    threads = std::max(1U, std::min<unsigned>(threads, static_cast<unsigned>(attestations.size())));
    auto work = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            out[i] = verifyAttestation(set, ids[i], attestations[i]);
    };
    std::vector<std::thread> pool;
    const std::size_t chunk = (attestations.size() + threads - 1) / threads;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work, std::min(attestations.size(), t * chunk), std::min(attestations.size(), (t + 1) * chunk));
    work(0, std::min(attestations.size(), chunk));
    for (auto& th : pool)
        th.join();
    return out;
}

Attestation attest(const Digest& id, std::uint32_t setVersion, const std::vector<std::pair<std::uint32_t, const SigningKey*>>& signers)
{
    Attestation a;
    a.set_version = setVersion;
    for (const auto& [index, key] : signers)
        a.signatures.emplace_back(index, key->sign(id.data(), id.size()));
    return a;
}

TrustAssessment assessTrust(std::uint32_t n, std::uint32_t threshold, const std::vector<std::string>& operators)
{
    TrustAssessment t;
    t.supermajority = (2 * n + 2) / 3;
    std::map<std::string, std::uint32_t> keysPerOperator;
    for (std::size_t i = 0; i < n; ++i)
        ++keysPerOperator[i < operators.size() ? operators[i] : "validator-" + std::to_string(i)];
    std::vector<std::uint32_t> counts;
    for (const auto& [op, k] : keysPerOperator)
        counts.push_back(k);
    std::sort(counts.rbegin(), counts.rend());
    std::uint32_t keys = 0;
    for (std::uint32_t k : counts) {
        if (keys >= threshold)
            break;
        keys += k;
        ++t.colluding;
    }
    const bool lowThreshold = 3 * threshold < 2 * n;
    t.weak = lowThreshold || t.colluding < t.supermajority;
    if (!t.weak)
        return t;
    t.addon = t.supermajority <= 1 ? 1.0
                                   : std::clamp(1.0 - static_cast<double>(t.colluding - 1) / static_cast<double>(t.supermajority - 1),
                                                0.0, 1.0);
    if (t.colluding == 1)
        t.reason = "one operator holds enough keys to sign alone";
    else if (lowThreshold)
        t.reason = "threshold " + std::to_string(threshold) + " of " + std::to_string(n) + " is below two thirds";
    else
        t.reason = std::to_string(t.colluding) + " operators can sign together, fewer than a two-thirds supermajority of "
                   + std::to_string(t.supermajority);
    if (lowThreshold && t.colluding > 1 && t.colluding < threshold)
        t.reason += "; " + std::to_string(t.colluding) + " operators hold enough keys";
    return t;
}

} // namespace cm
