// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/merkle.h"

#include "core/common/require.h"

#include <algorithm>

namespace cm {

Digest MerkleTree::leafHash(const Digest& leaf)
{
    Sha256 h;
    const std::uint8_t prefix = 0x00;
    h.update(&prefix, 1);
    h.update(leaf.data(), leaf.size());
    return h.finish();
}

Digest MerkleTree::nodeHash(const Digest& left, const Digest& right)
{
    Sha256 h;
    const std::uint8_t prefix = 0x01;
    h.update(&prefix, 1);
    h.update(left.data(), left.size());
    h.update(right.data(), right.size());
    return h.finish();
}

bool MerkleTree::isZero(const Digest& d)
{
    return std::all_of(d.begin(), d.end(), [](std::uint8_t b) { return b == 0; });
}

MerkleTree::MerkleTree(std::vector<Digest> leaves) : m_leaves(leaves.size())
{
    if (leaves.empty()) {
        m_levels.push_back({Digest{}}); // the zero root
        return;
    }
    std::vector<Digest> level;
    level.reserve(leaves.size());
    for (const Digest& l : leaves)
        level.push_back(leafHash(l));
    m_levels.push_back(std::move(level));
    while (m_levels.back().size() > 1) {
        const auto& below = m_levels.back();
        std::vector<Digest> up;
        up.reserve((below.size() + 1) / 2);
        for (std::size_t i = 0; i < below.size(); i += 2)
            up.push_back(i + 1 < below.size() ? nodeHash(below[i], below[i + 1]) : below[i]);
        m_levels.push_back(std::move(up));
    }
}

MerkleProof MerkleTree::prove(std::size_t index) const
{
    CM_REQUIRE(index < m_leaves, "a leaf of the tree");
    MerkleProof proof;
    for (std::size_t level = 0; level + 1 < m_levels.size(); ++level) {
        const auto& nodes = m_levels[level];
        const std::size_t sibling = index ^ 1U;
        if (sibling < nodes.size())
            proof.push_back({nodes[sibling], sibling < index});
        index /= 2;
    }
    return proof;
}

bool MerkleTree::verify(const Digest& leaf, const MerkleProof& proof, const Digest& root)
{
    if (isZero(root))
        return false;
    Digest node = leafHash(leaf);
    for (const MerkleStep& step : proof)
        node = step.left ? nodeHash(step.sibling, node) : nodeHash(node, step.sibling);
    return node == root;
}

} // namespace cm
