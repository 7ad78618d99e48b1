// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/sha256.h"

#include <cstddef>
#include <vector>

namespace cm {

//! One step of an inclusion proof: the sibling hash and whether it sits on the left.
struct MerkleStep {
    Digest sibling{};
    bool left = false;
    bool operator==(const MerkleStep&) const = default;
};
using MerkleProof = std::vector<MerkleStep>;

//! A block's outbox as a SHA-256 Merkle tree. Leaves and inner nodes are hashed with different
//! prefixes (0x00, 0x01), so an inner node can never pass for a leaf; an odd node is promoted
//! unchanged. An empty outbox has the zero root, which is never acceptable (Nomad 2022).
class MerkleTree {
public:
    explicit MerkleTree(std::vector<Digest> leaves);

    const Digest& root() const { return m_levels.back().front(); }
    std::size_t size() const { return m_leaves; }
    MerkleProof prove(std::size_t index) const;

    static Digest leafHash(const Digest& leaf);
    static Digest nodeHash(const Digest& left, const Digest& right);
    static bool isZero(const Digest& d);
    //! True when `proof` takes `leaf` to `root` and the root is not the zero root.
    static bool verify(const Digest& leaf, const MerkleProof& proof, const Digest& root);

private:
    std::size_t m_leaves = 0;
    std::vector<std::vector<Digest>> m_levels; // [0] leaf hashes ... [last] the root
};

} // namespace cm
