// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN §7: how much a liquidation repays, and dYdX's per-account limits.
#include "core/clearing/liquidation_math.h"
#include "core/domain/world_loader.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/runtime/clearing_state.h"

#include <QTest>

#include <cmath>
#include <map>
#include <random>

namespace {

cm::Int128 usd(double v) { return static_cast<cm::Int128>(std::llround(v * 1e8)); }

cm::World liquidationWorld()
{
    auto w = cm::loadWorldFile(CM_TEST_DATA_DIR "/worlds/liquidation.json");
    if (!w)
        qFatal("%s", w.error().message.c_str());
    return std::move(w).value();
}

const cm::LiquidationItem* firstItemOf(const cm::ClearingState& s, const std::string& account)
{
    for (const auto& i : s.liquidations().items())
        if (i.account == account)
            return &i;
    return nullptr;
}

const cm::LiquidationItem* itemOf(const cm::ClearingState& s, const std::string& account)
{
    const cm::LiquidationItem* found = nullptr;
    for (const auto& i : s.liquidations().items())
        if (i.account == account)
            found = &i; // the latest
    return found;
}

QString stateOf(const cm::LiquidationItem* item) { return QString::fromLatin1(cm::toString(item->state)); }

cm::World perpsWorld()
{
    auto w = cm::loadWorldFile(CM_TEST_DATA_DIR "/worlds/perps.json");
    if (!w)
        qFatal("%s", w.error().message.c_str());
    return std::move(w).value();
}

cm::World aaveLiquidationWorld()
{
    auto w = cm::loadWorldFile(CM_TEST_DATA_DIR "/worlds/aave.json");
    if (!w)
        qFatal("%s", w.error().message.c_str());
    cm::World world = std::move(w).value();
    world.liquidation.enabled = true;
    world.liquidation.scan_interval_ms = 1000;
    return world;
}

double debtUsdAtStart(const cm::World& w, const std::string& id)
{
    double total = 0;
    for (const auto& a : w.accounts)
        if (a.id == id)
            for (const auto& d : a.debts())
                total += cm::toDouble(cm::valueE8(d.amount, w.assets[d.asset].decimals, w.assets[d.asset].price_e8)) / 1e8;
    return total;
}

double healthOf(const cm::ClearingState& s, const std::string& account) { return s.accountDetail(account)->metrics.health; }

// ETH at $1,800: shallow, deeper and remote fall below 1, bust is far under, safe is fine.
void crash(cm::ClearingState& s, double eth = 1800.0) { s.setPrice(0, usd(eth)); }

} // namespace



class TestLiquidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void repaysJustEnoughToReachTheTarget_data()
    {
        QTest::addColumn<double>("cover");
        QTest::addColumn<double>("requirement");
        QTest::addColumn<double>("bonus");
        QTest::addColumn<double>("haircut");
        QTest::newRow("ETH collateral, 5 % bonus") << 90.0 << 100.0 << 1.05 << 0.2;
        QTest::newRow("volatile collateral, shallow") << 95.0 << 100.0 << 1.05 << 0.3;
        QTest::newRow("deeper, high haircut") << 80000.0 << 100000.0 << 1.10 << 0.5;
        QTest::newRow("large book") << 812345678.91 << 900000000.0 << 1.075 << 0.35;
    }
    void repaysJustEnoughToReachTheTarget()
    {
        QFETCH(double, cover);
        QFETCH(double, requirement);
        QFETCH(double, bonus);
        QFETCH(double, haircut);
        const double target = 1.05;
        const auto x = cm::targetRepayE8(usd(cover), usd(requirement), target, bonus, haircut);
        QVERIFY(x.has_value());
        const double repaid = cm::toDouble(*x) / 1e8;
        // After: cover falls by the seized collateral's adjusted value, the requirement by the repayment.
        const double after = (cover - repaid * bonus * (1.0 - haircut)) / (requirement - repaid);
        QVERIFY2(after >= target - 1e-9, qPrintable(QString::number(after, 'g', 12)));
        // Just enough: a cent less does not reach it.
        const double less = (cover - (repaid - 0.01) * bonus * (1.0 - haircut)) / (requirement - (repaid - 0.01));
        QVERIFY2(less < target, qPrintable(QString::number(less, 'g', 12)));
    }

    void nothingWhenHealthyAllWhenSeizingCannotHelp()
    {
        QCOMPARE(*cm::targetRepayE8(usd(120), usd(100), 1.05, 1.05, 0.2), cm::Int128 {0});
        QCOMPARE(*cm::targetRepayE8(usd(0), usd(0), 1.05, 1.05, 0.2), cm::Int128 {0});
        // Seizing 1.10 of weight 0.97 per dollar repaid lowers health: the whole debt goes.
        QVERIFY(!cm::targetRepayE8(usd(90), usd(100), 1.05, 1.10, 0.03).has_value());
        // When repaying everything would not reach the target either: the whole debt.
        QVERIFY(!cm::targetRepayE8(usd(9999), usd(10500), 1.05, 1.045, 0.03).has_value());
    }

    void theQueueTakesTheMostUnderwaterFirst()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        crash(s);
        s.runLiquidations();
        // bust (shortfall ~$10.5k), deeper (~$9k), remote (~$1.5k), shallow (~$1k); safe never.
        QVERIFY(itemOf(s, "safe") == nullptr);
        const auto& items = s.liquidations().items();
        QCOMPARE(items.size(), std::size_t {4});
        QCOMPARE(itemOf(s, "bust")->keeper, 0);   // the fast keeper takes the worst
        QCOMPARE(itemOf(s, "deeper")->keeper, 1);
        QCOMPARE(itemOf(s, "remote")->keeper, 2);
        QCOMPARE(stateOf(itemOf(s, "shallow")), QStringLiteral("queued")); // every keeper is busy
        QVERIFY(itemOf(s, "bust")->shortfall_e8 > itemOf(s, "deeper")->shortfall_e8);
        QVERIFY(itemOf(s, "remote")->shortfall_e8 > itemOf(s, "shallow")->shortfall_e8);
        // One account is never in the queue twice.
        s.runLiquidations();
        QCOMPARE(s.liquidations().items().size(), std::size_t {4});
    }

    void aPartialLiquidationStopsAtTheTarget()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        crash(s);
        const cm::Int128 ethBefore = s.accountDetail("deeper")->holdings[0].amount;
        s.runLiquidations();
        s.advance(4 * 20); // the deep keeper acts after 12 s
        const auto* item = itemOf(s, "deeper");
        QCOMPARE(stateOf(item), QStringLiteral("settled"));
        const double h = healthOf(s, "deeper");
        QVERIFY2(h >= 1.045 && h < 1.07, qPrintable(QString::number(h)));
        // Partial: collateral remains, and the keeper seized the repayment plus the 5 % bonus.
        QVERIFY(s.accountDetail("deeper")->holdings[0].amount < ethBefore);
        QVERIFY(s.accountDetail("deeper")->holdings[0].amount > ethBefore / 4);
        const double bonus = cm::toDouble(item->seized_e8) / cm::toDouble(item->repaid_e8);
        QVERIFY2(std::abs(bonus - 1.05) < 0.001, qPrintable(QString::number(bonus, 'g', 8)));
        // The protocol's 10 % of the bonus is in the fund.
        QVERIFY(item->fee_e8 > 0);
        QVERIFY(std::abs(cm::toDouble(item->fee_e8) - 0.1 * cm::toDouble(item->seized_e8 - item->repaid_e8)) < 1e8);
    }

    void badDebtEmptiesTheFundThenIsSocializedAndNothingIsLost()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        const auto before = s.liquidations().conservedUnits(s.world().accounts);
        QCOMPARE(s.liquidations().fundUnits(1), cm::parseDecimal("5000", 6).value());
        crash(s);
        s.runLiquidations();
        s.advance(4 * 3600); // an hour: every item settles, the remote one included
        QCOMPARE(stateOf(itemOf(s, "bust")), QStringLiteral("settled"));
        QVERIFY(s.accountDetail("bust")->holdings.empty());
        QVERIFY(s.accountDetail("bust")->debts.empty());
        const auto& bad = s.liquidations().badDebt();
        QCOMPARE(bad.size(), std::size_t {1});
        QCOMPARE(bad[0].account, std::string("bust"));
        QVERIFY(bad[0].fund_units > cm::parseDecimal("5000", 6).value()); // the seed plus the fees so far
        QVERIFY(bad[0].socialized_units > 0);
        QCOMPARE(bad[0].fund_units + bad[0].socialized_units, bad[0].units);
        QVERIFY(itemOf(s, "bust")->bad_debt_e8 > usd(9000));
        // Conservation: per asset, to the base unit.
        const auto after = s.liquidations().conservedUnits(s.world().accounts);
        QVERIFY(after == before);
        QVERIFY(s.liquidations().fundHistory().size() >= 2);
    }

    void aCrossChainSeizureIsValuedWhenItArrives()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        crash(s);
        s.runLiquidations();
        s.advance(4 * 10); // the local keeper acts after 4 s
        const auto* item = itemOf(s, "remote");
        QCOMPARE(stateOf(item), QStringLiteral("in_flight"));
        QCOMPARE(item->in_flight.size(), std::size_t {1});
        QCOMPARE(item->seized_e8, cm::Int128 {0});
        const cm::Int128 units = item->in_flight[0].units;
        // It travels through the interop layer: the claim is burned on Arbitrum and the ETH
        // unlocked on Ethereum, in the account's name, along the claim's own route.
        const cm::Transfer* t = s.interop().find(item->in_flight[0].transfer);
        QVERIFY(t != nullptr);
        QCOMPARE(t->account, std::string("remote"));
        QVERIFY(t->back);
        QCOMPARE(t->amount, units);
        QVERIFY(item->eta_ms > s.simTimeMs() + 1000 * 1000); // Arbitrum's finality, the route's latency
        // The price moves while the collateral travels.
        crash(s, 2200.0);
        s.advance(4 * 600);
        QCOMPARE(stateOf(itemOf(s, "remote")), QStringLiteral("in_flight"));
        s.advance(4 * 600);
        item = itemOf(s, "remote");
        QCOMPARE(stateOf(item), QStringLiteral("settled"));
        QCOMPARE(QString::fromLatin1(cm::toString(s.interop().find(t->id)->state)), QStringLiteral("minted"));
        const double settled = cm::toDouble(item->seized_e8) / 1e8;
        const double atArrival = cm::toDouble(units) / 1e18 * cm::toDouble(s.market().price_e8[0]) / 1e8;
        QVERIFY2(std::abs(settled - atArrival) / atArrival < 0.01, qPrintable(QString::number(settled)));
        QVERIFY(settled > cm::toDouble(item->repaid_e8) / 1e8 * 1.15); // more than at $1,800
        // The route's books balance: the burned claim's ETH left the vault.
        QCOMPARE(s.market().route_minted[0], s.market().route_locked[0]);
    }

    void everyTransitionIsRecorded()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        crash(s);
        s.runLiquidations();
        s.advance(4 * 3600);
        const auto* item = itemOf(s, "remote");
        std::vector<std::string> path;
        for (const auto& t : s.liquidations().transitions())
            if (t.item == item->id)
                path.push_back(cm::toString(t.to));
        const std::vector<std::string> expected {"queued", "assigned", "in_flight", "settled"};
        QCOMPARE(path, expected);
        QVERIFY(s.liquidations().transitionCount() >= 4 * 4);
    }

    void anAccountThatRecoversLeavesTheQueue()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        crash(s);
        s.runLiquidations();
        QCOMPARE(stateOf(itemOf(s, "shallow")), QStringLiteral("queued"));
        crash(s, 2500.0);
        s.runLiquidations();
        QCOMPARE(stateOf(itemOf(s, "shallow")), QStringLiteral("cancelled"));
        QVERIFY(QString::fromStdString(itemOf(s, "shallow")->reason).startsWith(QStringLiteral("recovered")));
    }

    void aFrozenRouteBlocksUntilARiskOfficerDecides()
    {
        cm::ClearingState s(liquidationWorld(), 11, 250);
        QCOMPARE(s.freezeRoute(0, "test"), std::string());
        crash(s);
        s.runLiquidations();
        const auto* remote = itemOf(s, "remote");
        QCOMPARE(stateOf(remote), QStringLiteral("blocked"));
        QVERIFY(QString::fromStdString(remote->reason).contains(QStringLiteral("frozen")));
        s.advance(4 * 60);
        QCOMPARE(stateOf(itemOf(s, "remote")), QStringLiteral("blocked")); // it waits
        QVERIFY(!s.cancelLiquidation(itemOf(s, "deeper")->id, "x").empty()); // not waiting any more
        QCOMPARE(s.approveLiquidation(itemOf(s, "remote")->id), std::string());
        QCOMPARE(stateOf(itemOf(s, "remote")), QStringLiteral("queued"));
        QVERIFY(!s.approveLiquidation(itemOf(s, "remote")->id).empty());
        s.advance(4 * 30);
        QVERIFY(itemOf(s, "remote")->state != cm::LiquidationState::Queued);
    }

    void aLiquidationSurvivesASnapshot()
    {
        const cm::World w = liquidationWorld();
        cm::ClearingState a(w, 11, 250);
        crash(a);
        a.runLiquidations();
        a.advance(4 * 10); // remote in flight, shallow queued
        cm::ClearingState b(w, 11, 250);
        QVERIFY(b.loadState(a.saveState()).ok());
        QCOMPARE(b.stateHash(), a.stateHash());
        a.advance(4 * 2000);
        b.advance(4 * 2000);
        QCOMPARE(b.stateHash(), a.stateHash());
        QCOMPARE(stateOf(itemOf(b, "remote")), QStringLiteral("settled"));
    }

    void aPositionIsClosedTenPercentAtATimeForThePenalty()
    {
        cm::ClearingState s(perpsWorld(), 12, 250);
        const auto units0 = s.liquidations().conservedUnits(s.world().accounts);
        const auto sizes0 = s.liquidations().conservedSizes(s.world().accounts);
        crash(s, 1950.0);
        s.runLiquidations();
        QVERIFY(itemOf(s, "levered") != nullptr);
        s.advance(4 * 14); // both keepers acted
        const auto* item = firstItemOf(s, "levered");
        QCOMPARE(stateOf(item), QStringLiteral("settled"));
        QVERIFY(item->kind == cm::LiquidationItem::Kind::Position);
        // dYdX: 10 % of the position (5 of 50 ETH), not the whole of it.
        QCOMPARE(item->repaid_units, cm::parseDecimal("5", 18).value());
        // Each later item takes 10 % of what is left; together they closed what the position lost.
        const auto detail = s.accountDetail("levered");
        QCOMPARE(detail->positions.size(), std::size_t {1});
        cm::Int128 closedUnits = 0;
        cm::Int128 left = cm::parseDecimal("50", 18).value();
        for (const auto& i : s.liquidations().items())
            if (i.account == "levered" && i.state == cm::LiquidationState::Settled) {
                QVERIFY(i.repaid_units <= left / 10 + 1);
                closedUnits += i.repaid_units;
                left -= i.repaid_units;
            }
        QCOMPARE(detail->positions[0].size, cm::parseDecimal("50", 18).value() - closedUnits);
        // The penalty: 1.5 % of the notional closed, a fifth (USDC's protocol share... ETH's 10 %) to the fund.
        const double closed = cm::toDouble(item->repaid_e8) / 1e8;
        const double penalty = cm::toDouble(item->seized_e8 + item->fee_e8) / 1e8;
        QVERIFY2(std::abs(penalty - 0.015 * closed) < 0.02, qPrintable(QString::number(penalty)));
        QVERIFY2(std::abs(cm::toDouble(item->fee_e8) / 1e8 - 0.1 * penalty) < 0.02, qPrintable(QString::number(cm::toDouble(item->fee_e8) / 1e8)));
        // Nothing created or lost: units per asset, sizes per market.
        QVERIFY(s.liquidations().conservedUnits(s.world().accounts) == units0);
        QVERIFY(s.liquidations().conservedSizes(s.world().accounts) == sizes0);
    }

    void theFundPaysThenOppositePositionsAreDeleveragedProRata()
    {
        cm::ClearingState s(perpsWorld(), 12, 250);
        const auto units0 = s.liquidations().conservedUnits(s.world().accounts);
        const auto sizes0 = s.liquidations().conservedSizes(s.world().accounts);
        crash(s, 1950.0);
        s.runLiquidations();
        // underwater: $1,000 against a $2,500 loss, equity −$1,500: the worst, the fast keeper's.
        QCOMPARE(itemOf(s, "underwater")->keeper, 0);
        s.advance(4 * 3);
        const auto* item = itemOf(s, "underwater");
        QCOMPARE(stateOf(item), QStringLiteral("settled"));
        QVERIFY(s.accountDetail("underwater")->positions.empty());
        // The deficit: the fund's 500 USDC first, then the opposite positions, at the bankruptcy price.
        const auto& bad = s.liquidations().badDebt();
        QCOMPARE(bad.size(), std::size_t {1});
        QCOMPARE(bad[0].fund_units, cm::parseDecimal("500", 6).value());
        QCOMPARE(bad[0].socialized_units, cm::Int128 {0});
        QCOMPARE(bad[0].fund_units + bad[0].deleveraged_units, bad[0].units);
        QVERIFY(s.liquidations().fundUnits(1) < cm::parseDecimal("1", 6).value());
        const auto& adl = s.liquidations().deleveraged();
        QCOMPARE(adl.size(), std::size_t {2});
        std::map<std::string, cm::DeleverageEntry> by;
        for (const auto& e : adl)
            by[e.account] = e;
        // Pro rata to 10 and 90 ETH short: 5 and 45 of the 50 ETH long, both at one price.
        QCOMPARE(by["short-small"].size, -cm::parseDecimal("5", 18).value());
        QCOMPARE(by["short-large"].size, -cm::parseDecimal("45", 18).value());
        QCOMPARE(by["short-small"].price_e8, by["short-large"].price_e8);
        QCOMPARE(by["short-small"].bankrupt, std::string("underwater"));
        // The bankruptcy price is above the mark (a long's): the shorts buy back dearer, and
        // between them they bear exactly the deficit the fund could not.
        QVERIFY(by["short-small"].price_e8 > s.market().price_e8[0]);
        const double loss = cm::toDouble(by["short-small"].loss_e8 + by["short-large"].loss_e8) / 1e8;
        const double deleveraged = cm::toDouble(bad[0].deleveraged_units) / 1e6;
        QVERIFY2(std::abs(loss - deleveraged) < 0.05, qPrintable(QString::number(loss) + " vs " + QString::number(deleveraged)));
        QVERIFY(std::abs(cm::toDouble(by["short-large"].loss_e8) / cm::toDouble(by["short-small"].loss_e8) - 9.0) < 0.01);
        QCOMPARE(s.accountDetail("short-large")->positions[0].size, -cm::parseDecimal("45", 18).value());
        // The bankrupt account ends at zero equity: nothing owed, nothing left.
        QVERIFY(std::abs(cm::toDouble(s.accountDetail("underwater")->metrics.equity_e8()) / 1e8) < 0.02);
        QVERIFY(s.liquidations().conservedUnits(s.world().accounts) == units0);
        QVERIFY(s.liquidations().conservedSizes(s.world().accounts) == sizes0);
    }

    void negativeEquityHoldsTransfersForFiftyBlocks()
    {
        cm::ClearingState s(perpsWorld(), 12, 250);
        // A healthy account moves freely.
        QCOMPARE(s.transfer(0, false, "short-small", cm::parseDecimal("10", 6).value()).outcome, cm::Outcome::Accepted);
        crash(s, 1950.0);
        s.runLiquidations();
        s.advance(4 * 3);
        const auto held = s.transfer(0, false, "underwater", 1);
        QCOMPARE(held.outcome, cm::Outcome::Refused);
        QVERIFY2(QString::fromStdString(held.reason).contains(QStringLiteral("wait 50 blocks of ethereum")), held.reason.c_str());
        QVERIFY(!s.liquidations().withdrawalHold("underwater", s.simTimeMs()).empty());
        QVERIFY(s.liquidations().withdrawalHold("short-small", s.simTimeMs()).empty());
        QVERIFY(s.accountDetail("underwater")->withdrawal_hold.find("50 blocks of ethereum") != std::string::npos);
        s.advance(4 * 12 * 50); // 50 Ethereum blocks
        QVERIFY(s.liquidations().withdrawalHold("underwater", s.simTimeMs()).empty());
        QVERIFY(s.accountDetail("underwater")->withdrawal_hold.empty());
        const auto after = s.transfer(0, false, "underwater", 1);
        QVERIFY2(after.reason.find("equity went negative") == std::string::npos, after.reason.c_str());
    }

    void perpetualLiquidationsSurviveASnapshot()
    {
        const cm::World w = perpsWorld();
        cm::ClearingState a(w, 12, 250);
        crash(a, 1950.0);
        a.runLiquidations();
        a.advance(4 * 3); // deleveraged, the levered account mid-way
        cm::ClearingState b(w, 12, 250);
        QVERIFY(b.loadState(a.saveState()).ok());
        QCOMPARE(b.stateHash(), a.stateHash());
        QCOMPARE(b.liquidations().deleveraged().size(), a.liquidations().deleveraged().size());
        a.advance(4 * 600);
        b.advance(4 * 600);
        QCOMPARE(b.stateHash(), a.stateHash());
    }

    void aaveProfileFollowsTheCloseFactorAndDustRules()
    {
        // Aave v3.3 through the keepers: HF between 0.95 and 1 on a large position closes at
        // most half the debt; below 0.95 all of it may go; a leftover under $1,000 must not stay.
        cm::World w = aaveLiquidationWorld();
        cm::ClearingState s(w, 7, 250);
        s.runLiquidations();
        s.advance(4 * 20);
        for (const std::string id : {"half-close", "small-underwater", "dust", "bad-debt"}) {
            const auto* item = itemOf(s, id);
            QVERIFY2(item != nullptr, id.c_str());
            QVERIFY2(item->state == cm::LiquidationState::Settled, (id + ": " + cm::toString(item->state) + " " + item->reason).c_str());
        }
        QVERIFY(itemOf(s, "healthy") == nullptr);
        // Close factor 50 %: a $155,000 debt at HF ≥ 0.95 loses at most half of it at once.
        const double halfRepaid = cm::toDouble(itemOf(s, "half-close")->repaid_e8) / 1e8;
        QVERIFY2(halfRepaid <= 0.5 * debtUsdAtStart(w, "half-close") + 1.0, qPrintable(QString::number(halfRepaid)));
        QVERIFY(halfRepaid > 0.0);
        // MustNotLeaveDust: a partial liquidation leaves at least $1,000 of debt and of collateral;
        // where the target would leave less (1 WETH against $1,600), the keeper takes all of it.
        for (const std::string id : {"half-close", "small-underwater", "dust"}) {
            const auto d = s.accountDetail(id);
            const bool partial = !d->debts.empty() && !d->holdings.empty();
            QVERIFY2(!partial || (d->metrics.debt_e8 >= usd(1000) && d->metrics.collateral_e8 >= usd(1000)), id.c_str());
        }
        const auto small = s.accountDetail("small-underwater");
        QVERIFY(small->debts.empty() || small->holdings.empty());
        // With no collateral left, Aave writes the rest off as a deficit: the fund, then socialized.
        bool deficit = false;
        for (const auto& b : s.liquidations().badDebt())
            deficit = deficit || (b.account == "bad-debt" && b.units > 0 && b.fund_units + b.socialized_units == b.units);
        QVERIFY(deficit);
        QVERIFY(s.accountDetail("bad-debt")->debts.empty());
    }

    void conservationHoldsOnRandomBooks_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed = 1; seed <= 12; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void conservationHoldsOnRandomBooks()
    {
        // A property: whatever the book and the path of the price, no liquidation — of debts,
        // positions, across chains, with bad debt, deleveraging or socialization — creates or
        // destroys a unit of any asset or a unit of position size.
        QFETCH(unsigned, seed);
        std::mt19937_64 rng(seed);
        auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
        auto units = [](double v, int decimals) { return static_cast<cm::Int128>(std::llround(v * 1e6)) * cm::pow10i(decimals - 6); };
        cm::World w = perpsWorld();
        w.accounts.clear();
        cm::Int128 claims = 0;
        for (int i = 0; i < 200; ++i) {
            cm::Account a;
            a.id = "random-" + std::to_string(i);
            const double eth = uniform(0, 40);
            if (eth > 2)
                a.holdings().push_back({0, 0, cm::kNoRoute, units(eth, 18)});
            const double usdc = uniform(0, 60000);
            if (rng() % 2) {
                a.holdings().push_back({1, 1, 0, units(usdc, 6)});
                claims += units(usdc, 6);
            } else {
                a.holdings().push_back({0, 1, cm::kNoRoute, units(usdc, 6)});
            }
            if (rng() % 3 != 0)
                a.debts().push_back({static_cast<cm::ChainIndex>(rng() % 2), 1, units(uniform(0.3, 0.95) * (eth * 2000 + usdc) * 0.8, 6)});
            if (rng() % 2) {
                const double size = uniform(-60, 60);
                a.positions().push_back({*w.venueIndex(rng() % 2 ? "perp-eth" : "perp-arb"), static_cast<cm::ChainIndex>(rng() % 2), 0, units(size, 18),
                                       static_cast<cm::Int128>(std::llround(uniform(1800, 2200))) * 100000000});
            }
            w.accounts.push_back(std::move(a));
        }
        w.routes[0].locked = claims;
        w.liquidation.insurance_fund = {{1, units(uniform(0, 20000), 6)}};
        cm::ClearingState s(w, seed, 250);
        const auto units0 = s.liquidations().conservedUnits(s.world().accounts);
        const auto sizes0 = s.liquidations().conservedSizes(s.world().accounts);
        for (int leg = 0; leg < 4; ++leg) {
            crash(s, uniform(1200, 2300));
            s.runLiquidations();
            for (int k = 0; k < 20; ++k) { // ten minutes, looked at every 30 s
                s.advance(4 * 30);
                QVERIFY2(s.liquidations().conservedUnits(s.world().accounts) == units0, qPrintable(QStringLiteral("units, leg %1").arg(leg)));
                QVERIFY2(s.liquidations().conservedSizes(s.world().accounts) == sizes0, qPrintable(QStringLiteral("sizes, leg %1").arg(leg)));
            }
        }
        QVERIFY(s.liquidations().items().size() > 10); // the book was liquidated, not left alone
        qInfo("%zu items, %zu bad debts, %zu deleveragings, %zu cross-chain seizures", s.liquidations().items().size(),
              s.liquidations().badDebt().size(), s.liquidations().deleveraged().size(),
              static_cast<std::size_t>(std::count_if(s.interop().transfers().begin(), s.interop().transfers().end(),
                                                     [](const cm::Transfer& t) { return !t.external; })));
    }

    void dydxLimitsPerAccountAndInterval()
    {
        const cm::LiquidationLimits limits;
        // 10 % of a $500k position.
        QCOMPARE(cm::limitedNotionalE8(usd(400000), usd(500000), 0, limits), usd(50000));
        // The interval's $100k allowance.
        QCOMPARE(cm::limitedNotionalE8(usd(5000000), usd(5000000), usd(80000), limits), usd(20000));
        QCOMPARE(cm::limitedNotionalE8(usd(5000000), usd(5000000), usd(100000), limits), cm::Int128 {0});
        // At least $1,000, and no crumb below it left behind.
        QCOMPARE(cm::limitedNotionalE8(usd(10), usd(5000), 0, limits), usd(1000));
        QCOMPARE(cm::limitedNotionalE8(usd(300), usd(1500), 0, limits), usd(1500));
        QCOMPARE(cm::limitedNotionalE8(usd(10), usd(800), 0, limits), usd(800));
        QCOMPARE(cm::limitedNotionalE8(0, usd(800), 0, limits), cm::Int128 {0});
    }
};

QTEST_APPLESS_MAIN(TestLiquidation)
#include "test_liquidation.moc"
