// SPDX-License-Identifier: GPL-3.0-or-later
// The risk screen (core/risk/risk_screen.h): its cover and requirement agree with the exact
// Int128 margin within its tolerance on every world and after shocks; where it decides, it
// decides as the exact margin does; the liquidation queue from its candidates is the queue of
// a check of every account; a margin input moving without a price move re-margins.
#include "core/domain/world_loader.h"
#include "core/money/money_math.h"
#include "core/runtime/clearing_state.h"
#include "core/sim/synthetic_book.h"
#include "test_worlds.h"

#include <QtTest/QtTest>

#include <random>
#include <set>

namespace {

double usd(cm::Int128 e8) { return cm::toDouble(e8) / 1e8; }

cm::World worldFile(const QString& path)
{
    auto r = cm::loadWorldFile(path.toStdString());
    if (!r.ok())
        qFatal("%s", r.error().message.c_str());
    return std::move(r).value();
}

//! Every account: the screen within its tolerance of the exact margin; where it decides, the
//! same decision. Returns how many accounts the screen decided.
std::size_t checkAgainstExact(const cm::ClearingState& state)
{
    const cm::MarginCalculator fresh(state.world(), state.market());
    const cm::RiskScreen& screen = state.screen();
    std::size_t decided = 0;
    for (std::uint32_t i = 0; i < state.world().accounts.size(); ++i) {
        const cm::AccountMetrics exact = fresh.compute(state.world().accounts[i]);
        const double cover = usd(exact.adjusted_e8 + exact.upnl_e8);
        const double req = usd(exact.requirement_e8);
        if (!screen.exactOnly(i)) {
            const double gapError = std::fabs((screen.cover(i) - screen.requirement(i)) - (cover - req));
            if (gapError > screen.tolerance(i))
                qFatal("account %s: screen gap %.9f, exact %.9f, tolerance %.9f", state.world().accounts[i].id.c_str(),
                       screen.cover(i) - screen.requirement(i), cover - req, screen.tolerance(i));
        }
        if (screen.decided(i)) {
            ++decided;
            if ((screen.cover(i) < screen.requirement(i)) != exact.liquidatable)
                qFatal("account %s: the screen decided otherwise", state.world().accounts[i].id.c_str());
        }
        // The exact margin the state hands out is current.
        const cm::AccountMetrics handed = state.accountMetrics(i);
        if (handed.adjusted_e8 != exact.adjusted_e8 || handed.requirement_e8 != exact.requirement_e8)
            qFatal("account %s: stale exact margin", state.world().accounts[i].id.c_str());
    }
    return decided;
}

void shock(cm::ClearingState& state, std::uint64_t seed, int moves)
{
    std::mt19937_64 rng(seed);
    for (int k = 0; k < moves; ++k) {
        const auto asset = static_cast<cm::AssetIndex>(rng() % state.world().assets.size());
        const cm::Int128 p = state.market().price_e8[asset];
        state.setPrice(asset, std::max<cm::Int128>(1, p * static_cast<cm::Int128>(55 + rng() % 70) / 100));
    }
}

} // namespace

class TestRiskScreen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheExactMargin_data()
    {
        QTest::addColumn<QString>("world");
        QTest::addColumn<int>("synthetic");
        const QString data = CM_TEST_DATA_DIR "/worlds/";
        for (const char* name : {"small", "aave", "perps", "liquidation", "agent"})
            QTest::newRow(name) << data + name + ".json" << 0;
        QTest::newRow("demo") << CM_SOURCE_DIR "/resources/worlds/demo.json" << 0;
        QTest::newRow("bridges") << CM_SOURCE_DIR "/resources/worlds/bridges.json" << 0;
        QTest::newRow("synthetic 4000") << CM_SOURCE_DIR "/resources/worlds/demo.json" << 4000;
    }
    void agreesWithTheExactMargin()
    {
        QFETCH(QString, world);
        QFETCH(int, synthetic);
        cm::World w = worldFile(world);
        if (synthetic > 0)
            w = cm::syntheticBook(w, static_cast<std::size_t>(synthetic), 3);
        cm::ClearingState state(std::move(w), 5, 250);
        const std::size_t accounts = state.world().accounts.size();
        QVERIFY(accounts > 0);
        // The screen decides all but a sliver of the book: it is the fast path, not a detour.
        QVERIFY(checkAgainstExact(state) * 100 >= accounts * 95);
        for (std::uint64_t round = 1; round <= 3; ++round) {
            shock(state, round, 12);
            state.advance(40);
            checkAgainstExact(state);
        }
    }

    void cappedRoutesAreScreenedExactly()
    {
        cm::World w = cm::syntheticBook(cm::test::demoWorld(), 1500, 4);
        w.routes[0].isolation_cap_usd_e8 = 2000 * cm::kUsdOne;
        cm::ClearingState state(std::move(w), 5, 250);
        std::size_t capped = 0;
        for (std::uint32_t i = 0; i < state.world().accounts.size(); ++i) {
            bool holds = false;
            for (const cm::Holding& h : state.world().accounts[i].holdings())
                holds = holds || h.route == 0;
            QCOMPARE(state.screen().exactOnly(i), holds);
            capped += holds ? 1 : 0;
        }
        QVERIFY(capped > 0);
        shock(state, 9, 10);
        checkAgainstExact(state);
    }

    // The queue from the screen's candidates and the watched items is the queue a check of every
    // account's exact margin makes: every liquidatable account has its item, no other is queued.
    void queueIsTheFullChecksQueue()
    {
        cm::World w = cm::syntheticBook(cm::test::demoWorld(), 3000, 6);
        w.liquidation.enabled = true;
        cm::ClearingState state(std::move(w), 5, 250);
        for (std::uint64_t round = 1; round <= 4; ++round) {
            shock(state, 100 + round, 8);
            state.runLiquidations();
            const auto& metrics = state.metrics();
            std::set<std::uint32_t> liquidatable;
            for (std::uint32_t i = 0; i < metrics.size(); ++i)
                if (metrics[i].liquidatable)
                    liquidatable.insert(i);
            const auto candidates = state.liquidationCandidates();
            QCOMPARE(std::set<std::uint32_t>(candidates.begin(), candidates.end()), liquidatable);
            std::set<std::uint32_t> queued;
            for (const cm::LiquidationItem& item : state.liquidations().items())
                if (item.state == cm::LiquidationState::Queued || item.state == cm::LiquidationState::Blocked)
                    queued.insert(item.account_index);
            for (const std::uint32_t i : queued)
                QVERIFY2(liquidatable.count(i), "a queued account that is not liquidatable");
            for (const std::uint32_t i : liquidatable)
                QVERIFY2(queued.count(i) || state.liquidations().hasOpenItem(i), "a liquidatable account without an item");
            // Each queued item carries its account's shortfall now, as a check of every account would set it.
            for (const cm::LiquidationItem& item : state.liquidations().items())
                if (item.state == cm::LiquidationState::Queued || item.state == cm::LiquidationState::Blocked) {
                    const cm::AccountMetrics& m = metrics[item.account_index];
                    QVERIFY(item.shortfall_e8 == m.requirement_e8 - (m.adjusted_e8 + m.upnl_e8));
                }
            QVERIFY(round < 2 || !liquidatable.empty());
        }
    }

    // The state is a function of its inputs, not of when it was read: a run stepped one by one
    // with snapshots taken in between (as the console reads it) ends where a run stepped in long
    // advances ends (as a recovery replays it), liquidations and the agent included.
    void readsDoNotChangeTheOutcome_data()
    {
        QTest::addColumn<int>("synthetic");
        QTest::newRow("demo") << 0;
        QTest::newRow("synthetic 3000") << 3000;
    }
    void readsDoNotChangeTheOutcome()
    {
        QFETCH(int, synthetic);
        cm::World w = cm::test::demoWorld();
        if (synthetic > 0) {
            w = cm::syntheticBook(w, static_cast<std::size_t>(synthetic), 2);
            w.liquidation.enabled = true;
        }
        cm::ClearingState read(w, 1, 250), replayed(w, 1, 250);
        for (int i = 0; i < 1500; ++i) {
            read.advance(1);
            if (i % 7 == 0)
                (void)read.snapshot();
            if (i % 11 == 0)
                (void)read.liquidationCandidates();
        }
        for (int i = 0; i < 1500; i += 500)
            replayed.advance(500);
        QVERIFY(!read.liquidations().items().empty());
        QCOMPARE(read.liquidations().items().size(), replayed.liquidations().items().size());
        QCOMPARE(read.stateHash(), replayed.stateHash());
    }

    // The pre-trade check equals the exact margin of the account without the amount (what
    // planMove's in-flight health is computed from), on plain and capped claims; the most it
    // says may leave does, and one base unit more does not; a move it refuses, the plan refuses.
    void theCheckIsTheExactMarginWithoutTheAmount_data()
    {
        QTest::addColumn<bool>("capped");
        QTest::newRow("plain") << false;
        QTest::newRow("capped route") << true;
    }
    void theCheckIsTheExactMarginWithoutTheAmount()
    {
        QFETCH(bool, capped);
        cm::World w = cm::syntheticBook(cm::test::demoWorld(), 1200, 8);
        if (capped)
            for (cm::Route& r : w.routes)
                r.isolation_cap_usd_e8 = 20000 * cm::kUsdOne;
        cm::ClearingState state(std::move(w), 5, 250);
        shock(state, 3, 6);
        const cm::MarginCalculator fresh(state.world(), state.market());
        std::size_t checked = 0, refused = 0, partial = 0;
        for (std::uint32_t i = 0; i < state.world().accounts.size(); i += 3) {
            const cm::Account& acc = state.world().accounts[i];
            for (std::size_t k = 0; k < acc.holdings().size(); ++k) {
                const cm::Holding& h = acc.holdings()[k];
                const cm::ChainIndex to = h.route == cm::kNoRoute ? cm::ChainIndex {1} : state.world().routes[h.route].from;
                const auto first = std::find_if(acc.holdings().begin(), acc.holdings().end(), [&](const cm::Holding& x) {
                    return x.chain == h.chain && x.asset == h.asset && x.route == h.route;
                });
                if (to == h.chain || first != acc.holdings().begin() + static_cast<std::ptrdiff_t>(k))
                    continue; // the check, like the plan, moves the first of equal holdings
                for (const int percent : {10, 60, 100}) {
                    const cm::Int128 amount = std::max<cm::Int128>(1, h.amount * percent / 100);
                    const cm::ClearingState::MoveRequest q {acc.id, h.asset, h.chain, to, amount};
                    const auto c = state.checkMove(q, true);
                    if (c.why.find("no route") != std::string::npos)
                        continue;
                    cm::Account copy = acc;
                    copy.holdings()[k].amount -= amount;
                    QVERIFY(c.free_in_flight_e8 == fresh.compute(copy).free_collateral_e8());
                    QVERIFY(c.free_e8 == fresh.compute(acc).free_collateral_e8());
                    QCOMPARE(c.ok, c.free_in_flight_e8 >= 0);
                    ++checked;
                    if (!c.ok) {
                        ++refused;
                        QVERIFY(!state.planMove(q).ok());
                    }
                    if (capped)
                        continue;
                    if (c.movable < h.amount) {
                        ++partial;
                        if (c.movable > 0) {
                            auto most = q;
                            most.amount = c.movable;
                            QVERIFY(state.checkMove(most).free_in_flight_e8 >= 0);
                        }
                        auto more = q;
                        more.amount = c.movable + 1;
                        QVERIFY(state.checkMove(more).free_in_flight_e8 < 0);
                    } else {
                        QVERIFY(c.free_e8 >= 0);
                    }
                }
            }
        }
        QVERIFY(checked > 500);
        QVERIFY(refused > 0);
        QVERIFY(capped || partial > 0);
        // What the check refuses outright, with the reason a desk reads.
        const auto unknown = state.checkMove({"nobody", 0, 0, 1, 1});
        QVERIFY(!unknown.ok && unknown.why.find("unknown account") != std::string::npos);
        const auto& acc = state.world().accounts[0];
        const auto same = state.checkMove({acc.id, acc.holdings()[0].asset, acc.holdings()[0].chain, acc.holdings()[0].chain, 1});
        QVERIFY(!same.ok && same.why.find("same") != std::string::npos);
    }

    // Volatility scaled in the margin's estimate alone (no price moves): haircuts widen, and the
    // exact margin and the screen both follow at once.
    void aMovedInputWithoutAPriceMoveRemargins()
    {
        cm::ClearingState state(cm::test::demoWorld(), 5, 250);
        const auto eth = static_cast<cm::AssetIndex>(state.world().findAsset("ETH"));
        std::uint32_t holder = 0;
        for (std::uint32_t i = 0; i < state.world().accounts.size(); ++i)
            if (!state.world().accounts[i].holdings().empty() && state.world().accounts[i].holdings()[0].asset == eth
                && state.accountMetrics(i).requirement_e8 > 0) {
                holder = i;
                break;
            }
        const double before = state.accountMetrics(holder).health;
        const double screenBefore = state.screen().health(holder);
        state.scaleVolatility(eth, 4.0, false);
        QVERIFY(state.accountMetrics(holder).health < before);
        QVERIFY(state.screen().health(holder) < screenBefore);
        checkAgainstExact(state);
    }
};

QTEST_APPLESS_MAIN(TestRiskScreen)
#include "test_risk_screen.moc"
