// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger's compact records (docs/performance.md, "Bytes per account"): an account's lists in
// one block, packed amounts, the id index. What a desk relies on: no balance is lost or moved to
// another account's line by the packing, whatever the order of changes.
#include "core/domain/world.h"
#include "core/runtime/account_index.h"
#include "core/runtime/clearing_state.h"
#include "core/sim/synthetic_book.h"
#include "tests/core/test_worlds.h"

#include <QTest>

#include <random>

namespace {

cm::Int128 big(int sign) { return static_cast<cm::Int128>(sign) * (cm::kInt128Max / 3); }

} // namespace

class TestLedger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void packedAmountsKeepEvery128BitValue()
    {
        for (const cm::Int128 v : {cm::Int128 {0}, cm::Int128 {1}, cm::Int128 {-1}, big(1), big(-1), cm::kInt128Max, -cm::kInt128Max - 1,
                                   static_cast<cm::Int128>(1) << 64, -(static_cast<cm::Int128>(1) << 64) + 7}) {
            cm::Holding h(3, 7, cm::kNoRoute, v);
            QVERIFY(h.amount == v);
            if (v < cm::kInt128Max - 5) {
                h.amount += 5;
                QVERIFY(h.amount == v + 5);
                h.amount -= 5;
            }
            QVERIFY(h.amount == v && h.chain == 3 && h.asset == 7);
        }
        QCOMPARE(sizeof(cm::Holding), std::size_t {24});
        QCOMPARE(sizeof(cm::Position), std::size_t {40});
    }

    // Random inserts and erases in every list of an account, checked against plain vectors: the
    // other lists (sharing the block) are untouched, and copies are independent.
    void oneBlockBehavesAsThreeVectors()
    {
        std::mt19937_64 rng(11);
        cm::Account a;
        a.id = "desk-1";
        std::vector<cm::Holding> hs;
        std::vector<cm::Debt> ds;
        std::vector<cm::Position> ps;
        const auto same = [&](const cm::Account& x) {
            if (x.holdings().size() != hs.size() || x.debts().size() != ds.size() || x.positions().size() != ps.size())
                return false;
            for (std::size_t k = 0; k < hs.size(); ++k)
                if (x.holdings()[k].amount != hs[k].amount || x.holdings()[k].asset != hs[k].asset || x.holdings()[k].route != hs[k].route)
                    return false;
            for (std::size_t k = 0; k < ds.size(); ++k)
                if (x.debts()[k].amount != ds[k].amount || x.debts()[k].chain != ds[k].chain)
                    return false;
            for (std::size_t k = 0; k < ps.size(); ++k)
                if (x.positions()[k].size != ps[k].size || x.positions()[k].entry_price_e8 != ps[k].entry_price_e8
                    || x.positions()[k].venue != ps[k].venue)
                    return false;
            return true;
        };
        cm::Account snapshot;
        std::vector<cm::Holding> snapHs;
        for (int step = 0; step < 3000; ++step) {
            const auto amount = static_cast<cm::Int128>(rng() % 1000000) * (static_cast<cm::Int128>(1) << 70) + step;
            switch (rng() % 7) {
            case 0: {
                const cm::Holding h(static_cast<cm::ChainIndex>(rng() % 4), static_cast<cm::AssetIndex>(rng() % 9), rng() % 2 ? cm::kNoRoute : 2, amount);
                const std::size_t at = hs.empty() ? 0 : rng() % (hs.size() + 1);
                a.holdings().insert(a.holdings().begin() + at, h);
                hs.insert(hs.begin() + static_cast<std::ptrdiff_t>(at), h);
                break;
            }
            case 1:
                if (!hs.empty()) {
                    const std::size_t at = rng() % hs.size();
                    a.holdings().erase(a.holdings().begin() + at);
                    hs.erase(hs.begin() + static_cast<std::ptrdiff_t>(at));
                }
                break;
            case 2:
                a.debts().push_back({static_cast<cm::ChainIndex>(rng() % 4), 5, amount});
                ds.push_back({static_cast<cm::ChainIndex>(a.debts().back().chain), 5, amount});
                break;
            case 3:
                if (!ds.empty()) {
                    a.debts().erase(a.debts().begin());
                    ds.erase(ds.begin());
                }
                break;
            case 4:
                a.positions().push_back({static_cast<cm::VenueIndex>(rng() % 3), 1, 2, -amount, amount / 7});
                ps.push_back(a.positions().back());
                break;
            case 5:
                if (!ps.empty()) {
                    a.positions().erase(a.positions().end() - 1);
                    ps.pop_back();
                }
                break;
            default:
                if (!hs.empty())
                    a.holdings()[rng() % hs.size()].amount += 0; // a read-modify-write in place
                snapshot = a;
                snapHs = hs;
                break;
            }
            QVERIFY2(same(a), qPrintable(QString::number(step)));
        }
        // The copy kept its own block: what changed since is not in it.
        QCOMPARE(snapshot.holdings().size(), snapHs.size());
        for (std::size_t k = 0; k < snapHs.size(); ++k)
            QVERIFY(snapshot.holdings()[k].amount == snapHs[k].amount);
        cm::Account moved = std::move(a);
        QVERIFY(same(moved));
        QVERIFY(a.holdings().empty() && a.debts().empty() && a.positions().empty());
    }

    void ownerIsTheIdUnlessSet()
    {
        cm::Account a;
        a.id = "desk-7";
        QCOMPARE(std::string(a.owner()), std::string("desk-7"));
        a.holdings().push_back({0, 0, cm::kNoRoute, 5});
        a.setOwner("Treasury Ltd");
        a.positions().push_back({0, 0, 1, 9, 1});
        QCOMPARE(std::string(a.owner()), std::string("Treasury Ltd")); // its characters follow the lists
        QVERIFY(a.holdings()[0].amount == 5 && a.positions()[0].size == 9);
        a.setOwner("desk-7");
        QCOMPARE(std::string(a.owner()), std::string("desk-7"));
    }

    // Past what 16 bits count: 70,000 holdings in one account keep every amount, and the state
    // margins it as the calculator does (the screen leaves such an account to the exact margin).
    void aLargeAccountKeepsEveryLine()
    {
        cm::World w = cm::test::smallWorld();
        std::vector<cm::Holding> lines;
        for (int k = 0; k < 70000; ++k)
            lines.push_back({0, 0, cm::kNoRoute, static_cast<cm::Int128>(k + 1) * 1000000000});
        w.accounts[0].holdings().assign(lines.data(), lines.data() + lines.size());
        QCOMPARE(w.accounts[0].holdings().size(), std::size_t {70000});
        QVERIFY(w.accounts[0].holdings()[69999].amount == static_cast<cm::Int128>(70000) * 1000000000);
        const cm::Account copy = w.accounts[0];
        QVERIFY(copy.holdings()[12345].amount == static_cast<cm::Int128>(12346) * 1000000000);
        cm::ClearingState s(w, 1, 250);
        const cm::MarginCalculator calc(s.world(), s.market());
        const cm::AccountMetrics direct = calc.compute(s.world().accounts[0]);
        const cm::AccountMetrics state = s.accountMetrics(0);
        QVERIFY(direct.adjusted_e8 == state.adjusted_e8 && direct.requirement_e8 == state.requirement_e8);
        QVERIFY(state.collateral_e8 > 0);
    }

    void idIndexFindsEveryAccount()
    {
        const cm::World w = cm::syntheticBook(cm::test::demoWorld(), 20000, 3);
        cm::AccountIndex index(w.accounts);
        for (std::uint32_t i = 0; i < w.accounts.size(); ++i)
            index.insert(i); // grows through every size on the way
        for (std::uint32_t i = 0; i < w.accounts.size(); ++i)
            QCOMPARE(index.find(w.accounts[i].id), i);
        QCOMPARE(index.find("no-such-account"), cm::AccountIndex::npos);
        QCOMPARE(index.find(""), cm::AccountIndex::npos);
        cm::AccountIndex rebuilt(w.accounts);
        rebuilt.rebuild();
        QCOMPARE(rebuilt.find(w.accounts.back().id), static_cast<std::uint32_t>(w.accounts.size() - 1));
    }
};

QTEST_APPLESS_MAIN(TestLedger)
#include "test_ledger.moc"
