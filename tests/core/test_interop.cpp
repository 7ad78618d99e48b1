// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN §6: messages, proofs, validator sets, and transfers through the clearing state.
#include "core/domain/world_loader.h"
#include "core/interop/merkle.h"
#include "core/interop/message.h"
#include "core/interop/validator_set.h"
#include "core/money/decimal.h"
#include "core/runtime/clearing_state.h"
#include "core/runtime/journaled_state.h"
#include "core/journal/journal.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

namespace QTest {
template <>
char* toString(const cm::TransferState& s)
{
    return qstrdup(cm::toString(s));
}
template <>
char* toString(const cm::Outcome& o)
{
    return qstrdup(cm::toString(o));
}
} // namespace QTest

namespace {

cm::World bridgesWorld()
{
    auto w = cm::loadWorldFile(CM_SOURCE_DIR "/resources/worlds/bridges.json");
    if (!w)
        qFatal("%s", w.error().message.c_str());
    return std::move(w).value();
}

cm::Message sampleMessage()
{
    cm::Message m;
    m.route = "eth-arb-ETH";
    m.nonce = 7;
    m.kind = cm::MessageKind::Mint;
    m.account = "desk-1";
    m.asset = "ETH";
    m.amount = cm::parseDecimal("12.5", 18).value();
    m.source_height = 19000000;
    m.source_root[0] = 0xab;
    return m;
}

cm::Int128 units(const char* text, int decimals) { return cm::parseDecimal(text, decimals).value(); }

cm::RouteIndex routeOf(const cm::ClearingState& s, const std::string& id)
{
    for (cm::RouteIndex r = 0; r < s.world().routes.size(); ++r)
        if (s.world().routes[r].id == id)
            return r;
    qFatal("no route %s", id.c_str());
}

cm::Int128 holding(const cm::ClearingState& s, const std::string& account, const std::string& chain, cm::RouteIndex route,
                   const std::string& asset = {})
{
    const auto d = s.accountDetail(account);
    if (!d)
        return 0;
    const std::string routeId = route == cm::kNoRoute ? "" : s.world().routes[route].id;
    for (const auto& h : d->holdings)
        if (h.chain == chain && h.route == routeId && (asset.empty() || h.asset == asset))
            return h.amount;
    return 0;
}

// Advances until the transfer settles (or the time runs out); returns its state.
cm::TransferState settle(cm::ClearingState& s, std::uint64_t id, std::int64_t maxSeconds = 3600)
{
    for (std::int64_t t = 0; t < maxSeconds; t += 10) {
        const auto* x = s.interop().find(id);
        if (x->state == cm::TransferState::Minted || x->state == cm::TransferState::Refused)
            break;
        s.advance(40);
    }
    return s.interop().find(id)->state;
}

} // namespace

class TestInterop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aMessageHasOneEncodingAndItsIdIsItsHash()
    {
        const cm::Message m = sampleMessage();
        const std::string bytes = m.encode();
        const auto back = cm::Message::decode(bytes);
        QVERIFY(back.ok());
        QVERIFY(back.value() == m);
        QCOMPARE(back.value().encode(), bytes);
        QVERIFY(m.id() == back.value().id());
        cm::Message other = m;
        other.nonce = 8;
        QVERIFY(other.id() != m.id());
    }

    void aBadEncodingIsRefusedWithWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const std::string good = sampleMessage().encode();
        QTest::newRow("truncated") << QByteArray::fromStdString(good.substr(0, good.size() - 1)) << "truncated";
        QTest::newRow("empty") << QByteArray() << "version at byte 0: truncated";
        QTest::newRow("trailing byte") << QByteArray::fromStdString(good + "x") << "1 trailing bytes";
        std::string v2 = good;
        v2[0] = 2;
        QTest::newRow("unknown version") << QByteArray::fromStdString(v2) << "unknown version 2";
        QTest::newRow("oversized") << QByteArray(513, 'a') << "more than the 512";
        cm::Message zero = sampleMessage();
        zero.amount = 0;
        QTest::newRow("zero amount") << QByteArray::fromStdString(zero.encode()) << "amount";
        cm::Message kind = sampleMessage();
        std::string k = kind.encode();
        k[1 + 8 + kind.route.size() + 8] = 9; // the kind byte
        QTest::newRow("unknown kind") << QByteArray::fromStdString(k) << "unknown kind 9";
    }
    void aBadEncodingIsRefusedWithWhatIsWrong()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const auto m = cm::Message::decode(bytes.toStdString());
        QVERIFY(!m.ok());
        QVERIFY2(QString::fromStdString(m.error().message).contains(error), m.error().message.c_str());
    }

    void everyLeafProvesItsInclusion()
    {
        for (std::size_t n = 1; n <= 17; ++n) {
            std::vector<cm::Digest> leaves(n);
            for (std::size_t i = 0; i < n; ++i)
                leaves[i][0] = static_cast<std::uint8_t>(i + 1);
            const cm::MerkleTree tree(leaves);
            QVERIFY(!cm::MerkleTree::isZero(tree.root()));
            for (std::size_t i = 0; i < n; ++i) {
                const auto proof = tree.prove(i);
                QVERIFY(cm::MerkleTree::verify(leaves[i], proof, tree.root()));
                QVERIFY(!cm::MerkleTree::verify(leaves[(i + 1) % n], proof, tree.root()) || n == 1);
                if (!proof.empty()) {
                    auto bad = proof;
                    bad[0].sibling[5] ^= 1;
                    QVERIFY(!cm::MerkleTree::verify(leaves[i], bad, tree.root()));
                    bad = proof;
                    bad[0].left = !bad[0].left;
                    QVERIFY(!cm::MerkleTree::verify(leaves[i], bad, tree.root()));
                }
            }
        }
    }

    void theZeroRootIsNeverAcceptable()
    {
        const cm::MerkleTree empty({});
        QVERIFY(cm::MerkleTree::isZero(empty.root()));
        QVERIFY(!cm::MerkleTree::verify(cm::Digest {}, {}, cm::Digest {}));
        // An inner node does not pass for a leaf (domain separation).
        std::vector<cm::Digest> leaves(4);
        for (std::size_t i = 0; i < 4; ++i)
            leaves[i][0] = static_cast<std::uint8_t>(i + 1);
        const cm::MerkleTree tree(leaves);
        const cm::Digest inner = cm::MerkleTree::nodeHash(cm::MerkleTree::leafHash(leaves[0]), cm::MerkleTree::leafHash(leaves[1]));
        QVERIFY(!cm::MerkleTree::verify(inner, {tree.prove(2)[1]}, tree.root()));
    }

    void anAttestationNeedsKDistinctCurrentMembers()
    {
        const auto keys = cm::ValidatorSet::simulatedKeys(1, "r", 1, 19);
        cm::ValidatorSet set;
        set.threshold = 13;
        for (const auto& k : keys)
            set.members.push_back(k.publicKey());
        const cm::Digest id = sampleMessage().id();
        auto signedBy = [&](std::vector<std::uint32_t> members) {
            std::vector<std::pair<std::uint32_t, const cm::SigningKey*>> s;
            for (auto m : members)
                s.emplace_back(m, &keys[m]);
            return cm::attest(id, 1, s);
        };
        std::vector<std::uint32_t> thirteen;
        for (std::uint32_t i = 0; i < 13; ++i)
            thirteen.push_back(i + 3);
        QVERIFY(cm::verifyAttestation(set, id, signedBy(thirteen)).ok);
        auto twelve = thirteen;
        twelve.pop_back();
        const auto short12 = cm::verifyAttestation(set, id, signedBy(twelve));
        QVERIFY(!short12.ok);
        QCOMPARE(short12.valid, 12u);
        // The same member thirteen times is one signature.
        const auto repeated = cm::verifyAttestation(set, id, signedBy(std::vector<std::uint32_t>(13, 4)));
        QVERIFY(!repeated.ok);
        QVERIFY(QString::fromStdString(repeated.reason).contains(QStringLiteral("12 repeated")));
        // Signatures of another message do not count.
        auto wrong = signedBy(thirteen);
        wrong.signatures[0].second[0] ^= 1;
        QVERIFY(!cm::verifyAttestation(set, id, wrong).ok);
        // Members that do not exist do not count.
        auto outside = signedBy(twelve);
        outside.signatures.emplace_back(40, keys[0].sign(id.data(), id.size()));
        QVERIFY(QString::fromStdString(cm::verifyAttestation(set, id, outside).reason).contains(QStringLiteral("by no member")));
        // On worker threads, the same verdicts in the same order.
        std::vector<cm::Digest> ids(9, id);
        std::vector<cm::Attestation> many;
        for (int i = 0; i < 9; ++i)
            many.push_back(i % 3 == 0 ? signedBy(twelve) : signedBy(thirteen));
        const auto checks = cm::verifyAttestations(set, ids, many, 2);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(checks[static_cast<std::size_t>(i)].ok, i % 3 != 0);
        // After a rotation, the old set's attestation is refused.
        set.version = 2;
        QVERIFY(QString::fromStdString(cm::verifyAttestation(set, id, signedBy(thirteen)).reason)
                    .contains(QStringLiteral("version 1; the current set is version 2")));
    }

    void weakSetsAreFlaggedAndHaircut_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        QTest::addColumn<QStringList>("operators");
        QTest::addColumn<bool>("weak");
        QTest::addColumn<double>("addon");
        QTest::newRow("Wormhole 13 of 19") << 19 << 13 << QStringList() << false << 0.0;
        QTest::newRow("Harmony 2 of 5") << 5 << 2 << QStringList() << true << 1.0 - 1.0 / 3.0;
        const QStringList ronin{QStringLiteral("sky-mavis"), QStringLiteral("sky-mavis"), QStringLiteral("sky-mavis"),
                                QStringLiteral("sky-mavis"), QStringLiteral("axie-dao"), QStringLiteral("v6"),
                                QStringLiteral("v7"), QStringLiteral("v8"), QStringLiteral("v9")};
        QTest::newRow("Ronin 5 of 9, four under one operator") << 9 << 5 << ronin << true << 0.8;
        QTest::newRow("Multichain, one operator") << 3 << 2
                                                  << QStringList{QStringLiteral("m"), QStringLiteral("m"), QStringLiteral("m")}
                                                  << true << 1.0;
        QStringList one(19, QStringLiteral("one"));
        QTest::newRow("13 of 19 under one operator") << 19 << 13 << one << true << 1.0;
    }
    void weakSetsAreFlaggedAndHaircut()
    {
        QFETCH(int, n);
        QFETCH(int, k);
        QFETCH(QStringList, operators);
        QFETCH(bool, weak);
        QFETCH(double, addon);
        std::vector<std::string> ops;
        for (const QString& o : operators)
            ops.push_back(o.toStdString());
        const auto t = cm::assessTrust(static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(k), ops);
        QCOMPARE(t.weak, weak);
        QVERIFY2(std::abs(t.addon - addon) < 1e-12, qPrintable(QString::number(t.addon)));
        QCOMPARE(t.reason.empty(), !weak);
    }

    void aTransferLocksMintsBurnsAndUnlocksExactly()
    {
        cm::ClearingState s(bridgesWorld(), 5, 250);
        const cm::RouteIndex r = routeOf(s, "wormhole-eth-sol-ETH");
        const cm::Int128 amount = units("1234.567890123456789", 18);
        const cm::Int128 nativeBefore = holding(s, "treasury", "ethereum", cm::kNoRoute);
        const cm::Int128 lockedBefore = s.market().route_locked[r];
        const auto start = s.simTimeMs();
        const auto out = s.transfer(r, false, "treasury", amount);
        QCOMPARE(out.outcome, cm::Outcome::Accepted);
        QCOMPARE(holding(s, "treasury", "ethereum", cm::kNoRoute), nativeBefore - amount);
        QCOMPARE(s.market().route_locked[r], lockedBefore + amount);
        QCOMPARE(settle(s, out.transfer), cm::TransferState::Minted);
        const cm::Transfer& t = *s.interop().find(out.transfer);
        // The timeline: a block commits the outbox, finality, then the route's latency.
        QVERIFY(t.committed_ms > start && t.committed_ms <= start + 12000 + 10000);
        QVERIFY(t.attested_ms >= t.committed_ms + 768000);
        QVERIFY(t.relayed_ms >= t.locked_ms + s.world().routes[r].latency_ms);
        QVERIFY(!cm::MerkleTree::isZero(t.message.source_root));
        QCOMPARE(holding(s, "treasury", "solana", r), amount);
        QCOMPARE(s.market().route_minted[r], lockedBefore + amount);
        // And back: the claim burns, the vault unlocks, to the base unit.
        const auto back = s.transfer(r, true, "treasury", amount);
        QCOMPARE(back.outcome, cm::Outcome::Accepted);
        QCOMPARE(holding(s, "treasury", "solana", r), cm::Int128 {0});
        QCOMPARE(settle(s, back.transfer), cm::TransferState::Minted);
        QCOMPARE(holding(s, "treasury", "ethereum", cm::kNoRoute), nativeBefore);
        QCOMPARE(s.market().route_locked[r], lockedBefore);
        QCOMPARE(s.market().route_minted[r], lockedBefore);
        QCOMPARE(s.interop().lastNonce(r, false), std::uint64_t {1});
        QCOMPARE(s.interop().lastNonce(r, true), std::uint64_t {1});
    }

    void aGenuineMessageIsProcessedOnce()
    {
        cm::ClearingState s(bridgesWorld(), 5, 250);
        const cm::RouteIndex r = routeOf(s, "wormhole-eth-sol-ETH");
        const auto out = s.transfer(r, false, "treasury", units("10", 18));
        QCOMPARE(settle(s, out.transfer), cm::TransferState::Minted);
        const cm::Transfer t = *s.interop().find(out.transfer);
        QVERIFY(s.interop().processed(t.message.id()));
        const auto again = s.deliverMessage(t.message, t.attestation, t.proof);
        QCOMPARE(again.outcome, cm::Outcome::Refused);
        QVERIFY(QString::fromStdString(again.reason).startsWith(QStringLiteral("already processed")));
        QCOMPARE(s.market().route_minted[r], s.market().route_locked[r]);
    }

    void aNonceMustRise()
    {
        cm::ClearingState s(bridgesWorld(), 5, 250);
        const cm::RouteIndex r = routeOf(s, "wormhole-eth-sol-ETH");
        const auto out = s.transfer(r, false, "treasury", units("10", 18));
        QCOMPARE(settle(s, out.transfer), cm::TransferState::Minted);
        QCOMPARE(s.interop().lastNonce(r, false), std::uint64_t {1});
        // Even a fully signed, proven message with a used nonce is refused.
        cm::Message m = s.interop().find(out.transfer)->message;
        m.amount = units("1", 18);
        m.source_root = cm::Digest {};
        m.source_root = cm::MerkleTree::leafHash(m.id());
        std::vector<std::pair<std::uint32_t, const cm::SigningKey*>> all;
        for (std::uint32_t i = 0; i < s.interop().validatorKeys(r).size(); ++i)
            all.emplace_back(i, &s.interop().validatorKeys(r)[i]);
        const auto stale = s.deliverMessage(m, cm::attest(m.id(), 1, all), {});
        QCOMPARE(stale.outcome, cm::Outcome::Refused);
        QVERIFY2(QString::fromStdString(stale.reason).contains(QStringLiteral("nonce 1 is not above the last processed 1")),
                 stale.reason.c_str());
    }

    void theRateLimitRefusesWithTheWait()
    {
        cm::World w = bridgesWorld();
        for (auto& route : w.routes)
            route.rate_capacity_usd_e8 = units("5000000", 8);
        cm::ClearingState s(std::move(w), 5, 250);
        const cm::RouteIndex r = routeOf(s, "nomad-eth-avax-USDC");
        // Capacity $5M; refill: the governor's $50M a day.
        QVERIFY(s.transfer(r, false, "treasury", units("4000000", 6)).outcome == cm::Outcome::Accepted);
        const auto refused = s.transfer(r, false, "treasury", units("3000000", 6));
        QCOMPARE(refused.outcome, cm::Outcome::Refused);
        QVERIFY2(QString::fromStdString(refused.reason).contains(QStringLiteral("retry in")), refused.reason.c_str());
        const auto [tokens, capacity] = s.interop().bucket(r, false, s.simTimeMs());
        QVERIFY(tokens < capacity);
        // $2M short at $578.70 a second: about an hour.
        s.advance(4 * 3500);
        QCOMPARE(s.transfer(r, false, "treasury", units("3000000", 6)).outcome, cm::Outcome::Accepted);
        const auto tooBig = s.transfer(r, false, "treasury", units("6000000", 6));
        QVERIFY(QString::fromStdString(tooBig.reason).contains(QStringLiteral("capacity")));
    }

    void theGovernorQueuesReleasesAndDrops()
    {
        cm::World w = bridgesWorld();
        for (auto& route : w.routes)
            route.rate_capacity_usd_e8 = 0; // the bucket off: the governor alone
        cm::ClearingState s(std::move(w), 5, 250);
        const cm::RouteIndex r = routeOf(s, "nomad-eth-avax-USDC");
        // Ethereum: $50M a day, $5M and up waits 24 h.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(s.transfer(r, false, "treasury", units("4900000", 6)).outcome, cm::Outcome::Accepted);
        const auto g = s.interop().governor(0, s.simTimeMs());
        QVERIFY(g.headroom_usd_e8 < units("1100000", 8));
        const auto past = s.transfer(r, false, "treasury", units("2000000", 6));
        QCOMPARE(past.outcome, cm::Outcome::Queued);
        QVERIFY(QString::fromStdString(past.reason).contains(QStringLiteral("headroom")));
        const auto big = s.transfer(r, false, "treasury", units("5100000", 6));
        QCOMPARE(big.outcome, cm::Outcome::Queued);
        QVERIFY(QString::fromStdString(big.reason).contains(QStringLiteral("big-transaction")));
        const auto dropMe = s.transfer(r, false, "treasury", units("6000000", 6));
        QCOMPARE(s.interop().governor(0, s.simTimeMs()).queued, 3u);
        QVERIFY(s.interop().governor(0, s.simTimeMs()).next_release_ms == s.simTimeMs() + 86400000);
        // A risk officer drops one: the holding comes back.
        const cm::Int128 before = holding(s, "treasury", "ethereum", cm::kNoRoute, "USDC");
        QCOMPARE(s.dropTransfer(dropMe.transfer), std::string());
        QCOMPARE(holding(s, "treasury", "ethereum", cm::kNoRoute, "USDC"), before + units("6000000", 6));
        // ... releases another early ...
        QCOMPARE(s.releaseTransfer(past.transfer), std::string());
        QCOMPARE(s.interop().find(past.transfer)->state, cm::TransferState::Locked);
        // ... and the last goes by itself after 24 h.
        s.advance(4 * 86400);
        QVERIFY(s.interop().find(big.transfer)->state != cm::TransferState::Queued);
        QCOMPARE(settle(s, big.transfer), cm::TransferState::Minted);
        QVERIFY(!s.releaseTransfer(big.transfer).empty());
    }

    void aFrozenRouteRefusesAndItsClaimsLoseTheirValue()
    {
        cm::ClearingState s(bridgesWorld(), 5, 250);
        const cm::RouteIndex r = routeOf(s, "wormhole-eth-sol-ETH");
        const auto before = s.accountDetail("lp-solana")->metrics.health;
        QCOMPARE(s.freezeRoute(r, "a test"), std::string());
        QVERIFY(s.accountDetail("lp-solana")->metrics.health < 0.5 * before);
        QVERIFY(QString::fromStdString(s.transfer(r, false, "treasury", units("1", 18)).reason).contains(QStringLiteral("frozen")));
        QCOMPARE(s.unfreezeRoute(r), std::string());
        QVERIFY(std::abs(s.accountDetail("lp-solana")->metrics.health - before) < 1e-9);
        QCOMPARE(s.interop().alerts().size(), std::size_t {2});
    }

    void transfersInFlightSurviveASnapshotAndAJournal()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("j.db")).toStdString();
        const cm::World w = bridgesWorld();
        std::string live;
        {
            auto journal = cm::Journal::open(path);
            QVERIFY(journal.ok());
            std::shared_ptr<cm::Journal> j = std::move(journal).value();
            std::ifstream in(CM_SOURCE_DIR "/resources/worlds/bridges.json");
            std::stringstream text;
            text << in.rdbuf();
            const auto genesis = cm::genesisEvent(text.str(), w.seed, 250);
            j->append(0, genesis.type, genesis.payload);
            cm::JournaledState js(std::make_unique<cm::ClearingState>(w, w.seed, 250), j, 3);
            const cm::RouteIndex r = routeOf(js.state(), "wormhole-eth-sol-ETH");
            const cm::RouteIndex n = routeOf(js.state(), "nomad-eth-avax-USDC");
            js.apply(cm::transferEvent(w, r, false, "treasury", units("50", 18)));
            js.apply(cm::advanceEvent(100));
            js.apply(cm::transferEvent(w, n, false, "treasury", units("6000000", 6))); // queued
            js.apply(cm::transferEvent(w, r, false, "treasury", units("25", 18)));
            js.apply(cm::routeEvent("rotate_validators", w, n));
            js.apply(cm::advanceEvent(2000));
            js.apply(cm::transferCommandEvent("transfer_release", 2));
            js.apply(cm::advanceEvent(8000));
            j->flush();
            live = js.state().stateHash();
            // The ids it processed are in the journal's table too.
            const auto& first = *js.state().interop().find(1);
            QCOMPARE(first.state, cm::TransferState::Minted);
            QVERIFY(j->isProcessed(first.message.id()));
            QVERIFY(!j->isProcessed(cm::Digest {}));
            QVERIFY(js.state().interop().transfers().size() == 3);
        }
        auto j = cm::Journal::open(path, cm::Journal::Access::ReadOnly);
        auto full = cm::recoverState(*j.value(), false);
        auto fast = cm::recoverState(*j.value(), true);
        QVERIFY(full.ok() && fast.ok());
        QVERIFY2(fast.value().snapshot_seq > 1, fast.value().skipped_snapshots.c_str());
        QCOMPARE(full.value().state->stateHash(), live);
        QCOMPARE(fast.value().state->stateHash(), live);
        // And both carry the transfers on identically.
        full.value().state->advance(20000);
        fast.value().state->advance(20000);
        QCOMPARE(fast.value().state->stateHash(), full.value().state->stateHash());
        QCOMPARE(fast.value().state->interop().find(1)->state, cm::TransferState::Minted);
    }
};

QTEST_APPLESS_MAIN(TestInterop)
#include "test_interop.moc"
