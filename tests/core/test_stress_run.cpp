// SPDX-License-Identifier: GPL-3.0-or-later
// DESIGN §11: a stress run — the live state untouched, Monte Carlo VaR against its closed form,
// the blast radius and isolation caps on a constructed world, the built-in scenarios, cancel.
#include "core/domain/world_loader.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"
#include "core/runtime/clearing_state.h"
#include "core/stress/stress_run.h"

#include <QTest>

#include <cmath>

namespace {

// Two chains, a route each way for ETH and USDC (DESIGN §4), prices from the small world.
std::string worldJson(const std::string& accounts, const std::string& extraRoute = {}, double ethVol = 0.8,
                      const std::string& liquidation = {})
{
    return R"({"version": 1, "name": "stress", "profile": "clearmesh", "seed": 7,
      "chains": [{"id": "ethereum", "name": "Ethereum", "block_time_ms": 12000, "finality_ms": 768000},
                 {"id": "arbitrum", "name": "Arbitrum One", "block_time_ms": 250, "finality_ms": 1080000}],
      "assets": [{"symbol": "ETH", "decimals": 18, "home_chain": "ethereum", "price": "2000.00", "volatility": )"
           + std::to_string(ethVol) + R"(,
                  "ltv_bps": 8050, "liquidation_threshold_bps": 8300, "liquidation_bonus_bps": 10500, "liquidation_protocol_fee_bps": 1000},
                 {"symbol": "USDC", "decimals": 6, "home_chain": "ethereum", "price": "1", "volatility": 0.0, "stable": true,
                  "ltv_bps": 7700, "liquidation_threshold_bps": 8000, "liquidation_bonus_bps": 10450, "liquidation_protocol_fee_bps": 2000}],
      "routes": [{"id": "eth-arb-ETH", "from": "ethereum", "to": "arbitrum", "asset": "ETH", "validators": 19, "threshold": 13,
                  "latency_ms": 1080000, "daily_limit_usd": "10000000", "big_tx_usd": "1000000")"
           + extraRoute + R"(},
                 {"id": "eth-arb-USDC", "from": "ethereum", "to": "arbitrum", "asset": "USDC", "validators": 19, "threshold": 13,
                  "latency_ms": 1140000, "daily_limit_usd": "10000000", "big_tx_usd": "1000000"}],
      )" + liquidation
           + R"("accounts": [)" + accounts + "]}";
}

const char* kBook = R"(
    {"id": "alice", "owner": "A", "role": "trader", "holdings": [{"chain": "ethereum", "asset": "ETH", "amount": "10"}],
     "debts": [{"chain": "ethereum", "asset": "USDC", "amount": "12000"}]},
    {"id": "bob", "owner": "B", "role": "trader",
     "holdings": [{"chain": "arbitrum", "asset": "ETH", "route": "eth-arb-ETH", "amount": "10"}],
     "debts": [{"chain": "ethereum", "asset": "USDC", "amount": "12000"}]},
    {"id": "carol", "owner": "C", "role": "treasury", "holdings": [{"chain": "ethereum", "asset": "USDC", "amount": "5000"}]})";

cm::World world(const std::string& text)
{
    auto w = cm::loadWorldJson(text);
    if (!w)
        qFatal("%s", w.error().message.c_str());
    return std::move(w).value();
}

const cm::BlastRow& row(const std::vector<cm::BlastRow>& rows, const std::string& id)
{
    for (const auto& r : rows)
        if (r.id == id)
            return r;
    qFatal("no blast row %s", id.c_str());
}

double usd(cm::Int128 e8) { return cm::toDouble(e8) / 1e8; }

// Φ⁻¹ at the two confidence levels a VaR is read at.
constexpr double kZ95 = 1.6448536269514722;
constexpr double kZ99 = 2.3263478740408408;

} // namespace

class TestStressRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void liveStateUntouched()
    {
        cm::ClearingState live(world(worldJson(kBook, {}, 0.8, R"("liquidation": {"target_health": 1.05},)")), 7, 250);
        live.advance(40);
        const std::string hash = live.stateHash();
        const std::string bytes = live.saveState();
        const auto base = cm::captureStressBase(live);
        cm::StressScenario s;
        s.name = "crash";
        s.shocks.push_back(cm::PriceShock {0, true, -0.5, 0});
        s.shocks.push_back(cm::RouteCompromiseShock {0});
        s.shocks.push_back(cm::ChainHaltShock {1, 600});
        s.horizon_s = 3600;
        s.paths = 3;
        auto r = cm::runStress(*base, s, {});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        // The run saw the crash: ETH halved took alice under water (liquidated, the rest written
        // off: she owes nothing now) and bob's drained claims left him owing with nothing to seize.
        QCOMPARE(r.value().before[3], std::uint64_t {2});
        QCOMPARE(r.value().after[0], std::uint64_t {1});
        QCOMPARE(r.value().after[6], std::uint64_t {2});
        QCOMPARE(usd(r.value().top[0].bad_debt_e8), 12000.0);
        QVERIFY(r.value().liquidations > 0);
        QVERIFY(r.value().bad_debt_e8 > 0);
        QCOMPARE(r.value().paths_done, std::uint64_t {3});
        // ...and the live book did not.
        QCOMPARE(live.stateHash(), hash);
        QVERIFY(live.saveState() == bytes);
        QVERIFY(!live.market().route_frozen[0]);
        QCOMPARE(live.market().price_e8[0], base->market.price_e8[0]);
    }

    void sameInputsSameReport()
    {
        cm::ClearingState live(world(worldJson(kBook, {}, 0.8, R"("liquidation": {"target_health": 1.05},)")), 7, 250);
        const auto base = cm::captureStressBase(live);
        cm::StressScenario s;
        s.name = "vol";
        s.shocks.push_back(cm::PriceShock {0, true, -0.3, 0});
        s.shocks.push_back(cm::VolatilityShock {0, 3.0});
        s.horizon_s = 24 * 3600;
        s.paths = 6;
        cm::StressOptions one, two;
        one.threads = 1;
        two.threads = 2;
        auto a = cm::runStress(*base, s, one);
        auto b = cm::runStress(*base, s, two);
        QVERIFY(a.ok() && b.ok());
        // Paths do not depend on which worker ran them.
        QVERIFY(a.value().path_bad_debt_e8 == b.value().path_bad_debt_e8);
        QVERIFY(a.value().path_liquidated_e8 == b.value().path_liquidated_e8);
        QCOMPARE(a.value().var99_e8, b.value().var99_e8);
        // Different paths differ: the market walked.
        QVERIFY(a.value().path_liquidated_e8 != std::vector<cm::Int128>(6, a.value().path_liquidated_e8[0])
                || a.value().path_bad_debt_e8 != std::vector<cm::Int128>(6, a.value().path_bad_debt_e8[0]));
    }

    void varMatchesTheClosedForm()
    {
        // One borrower: 10 ETH against 19,500 USDC, no liquidations. ETH is a geometric Brownian
        // motion (no jumps, exact oracles), so the bad debt at the horizon is
        // max(0, D − q·P0·exp(−σ²T/2 + σ√T·Z)) and its p-quantile has Z = Φ⁻¹(1 − p). The base
        // volatility is 0.4 and the scenario doubles it: the multiplier must reach the market.
        const std::string book = R"({"id": "only", "owner": "O", "role": "trader",
            "holdings": [{"chain": "ethereum", "asset": "ETH", "amount": "10"}],
            "debts": [{"chain": "ethereum", "asset": "USDC", "amount": "19500"}]})";
        cm::ClearingState live(world(worldJson(book, {}, 0.4)), 7, 250);
        const auto base = cm::captureStressBase(live);
        cm::StressScenario s;
        s.name = "gbm";
        s.shocks.push_back(cm::VolatilityShock {0, 2.0});
        s.horizon_s = 86400;
        s.paths = 4000;
        s.seed = 11;
        cm::StressOptions o;
        o.step_ms = 3600 * 1000; // a lognormal step is exact at any size
        auto r = cm::runStress(*base, s, o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const double sigma = 0.8, t = 1.0 / 365.0;
        auto expected = [&](double z) { return 19500.0 - 20000.0 * std::exp(-0.5 * sigma * sigma * t - sigma * std::sqrt(t) * z); };
        const double var95 = usd(r.value().var95_e8), var99 = usd(r.value().var99_e8);
        qInfo("VaR95 %.2f (closed form %.2f), VaR99 %.2f (closed form %.2f)", var95, expected(kZ95), var99, expected(kZ99));
        // 4,000 paths: the quantiles' standard errors are about 3 % here.
        QVERIFY(std::fabs(var95 - expected(kZ95)) < 0.08 * expected(kZ95));
        QVERIFY(std::fabs(var99 - expected(kZ99)) < 0.08 * expected(kZ99));
        QCOMPARE(r.value().lar95_e8, cm::Int128 {0}); // no liquidation engine in this world
        // Half the paths end above the debt: the median bad debt is (about) nothing.
        QCOMPARE(cm::quantileE8(r.value().path_bad_debt_e8, 0.40), cm::Int128 {0});
    }

    void quantileIsTheNearestRank()
    {
        std::vector<cm::Int128> v;
        for (int i = 100; i >= 1; --i)
            v.push_back(i);
        QCOMPARE(cm::quantileE8(v, 0.95), cm::Int128 {95});
        QCOMPARE(cm::quantileE8(v, 0.99), cm::Int128 {99});
        QCOMPARE(cm::quantileE8({7}, 0.99), cm::Int128 {7});
        QCOMPARE(cm::quantileE8({}, 0.95), cm::Int128 {0});
    }

    void blastRadiusOfRoutesAndChains()
    {
        cm::ClearingState live(world(worldJson(kBook)), 7, 250);
        const auto& m = live.metrics();
        QVERIFY(m[1].health > 1.0); // bob's claims carry his debt
        const auto rows = cm::blastRadius(live);
        QCOMPARE(rows.size(), std::size_t {4}); // two routes, two chains

        // The ETH route fails: bob's claims count nothing and redeem nothing.
        const cm::BlastRow& eth = row(rows, "eth-arb-ETH");
        QVERIFY(!eth.chain);
        QCOMPARE(eth.accounts_hit, std::uint64_t {1});
        QCOMPARE(eth.pushed_below_1, std::uint64_t {1});
        QCOMPARE(usd(eth.value_at_risk_e8), 20000.0);     // his 10 ETH at 2,000
        QCOMPARE(usd(eth.bad_debt_e8), 12000.0);          // his whole debt
        QCOMPARE(eth.exposure_e8, m[1].adjusted_e8);      // all the credit the claims gave
        QCOMPARE(usd(eth.shortfall_e8), 12000.0);
        QCOMPARE(usd(eth.at_risk_by_chain_e8[0]), 12000.0); // owed on Ethereum
        QCOMPARE(eth.at_risk_by_chain_e8[1], cm::Int128 {0});

        const cm::BlastRow& usdc = row(rows, "eth-arb-USDC");
        QCOMPARE(usdc.accounts_hit, std::uint64_t {0});
        QCOMPARE(usdc.bad_debt_e8, cm::Int128 {0});

        // Ethereum fails: what sits on it and the claims its vaults back. Carol owes nothing.
        const cm::BlastRow& ethereum = row(rows, "ethereum");
        QVERIFY(ethereum.chain);
        QCOMPARE(ethereum.accounts_hit, std::uint64_t {3});
        QCOMPARE(ethereum.pushed_below_1, std::uint64_t {2});
        QCOMPARE(usd(ethereum.bad_debt_e8), 24000.0);
        QCOMPARE(usd(ethereum.value_at_risk_e8), 40000.0);

        // Arbitrum fails: bob's claims sit there.
        const cm::BlastRow& arbitrum = row(rows, "arbitrum");
        QCOMPARE(arbitrum.accounts_hit, std::uint64_t {1});
        QCOMPARE(arbitrum.pushed_below_1, std::uint64_t {1});
    }

    void isolationCapBoundsTheClaims()
    {
        cm::ClearingState free(world(worldJson(kBook)), 7, 250);
        cm::ClearingState capped(world(worldJson(kBook, R"(, "isolation_cap_usd": "5000")")), 7, 250);
        const cm::AccountMetrics f = free.metrics()[1];
        const cm::AccountMetrics c = capped.metrics()[1];
        QVERIFY(f.adjusted_e8 > 5000 * cm::kUsdOne);
        // The claims count for 5,000 at most; what the cap took is reported.
        QCOMPARE(c.adjusted_e8, 5000 * cm::kUsdOne);
        QCOMPARE(c.isolated_e8, f.adjusted_e8 - 5000 * cm::kUsdOne);
        QVERIFY(c.health < 1.0);
        QVERIFY(c.liquidatable);
        // No ETH price restores him: above the cap, a price move changes nothing that counts.
        QVERIFY(f.liquidation_price_usd.has_value());
        QVERIFY(!c.liquidation_price_usd.has_value());
        // Native collateral is not capped.
        QCOMPARE(capped.metrics()[0].adjusted_e8, free.metrics()[0].adjusted_e8);
        QCOMPARE(capped.metrics()[0].isolated_e8, cm::Int128 {0});

        // Beside it, its cost and what it bounds: the route failing takes 12,000 of cover from
        // bob, the cap would have let 5,000 of it count.
        const auto cappedRows = cm::blastRadius(capped);
        const cm::BlastRow& eth = row(cappedRows, "eth-arb-ETH");
        QCOMPARE(usd(eth.cap_e8), 5000.0);
        QCOMPARE(eth.cap_cost_e8, f.adjusted_e8 - 5000 * cm::kUsdOne);
        QCOMPARE(usd(eth.cap_loss_removed_e8), 7000.0);
        QCOMPARE(row(cm::blastRadius(free), "eth-arb-ETH").cap_e8, cm::Int128 {0});
    }

    void everyShockReachesTheFork()
    {
        cm::ClearingState live(world(worldJson(kBook, {}, 0.8, R"("liquidation": {"target_health": 1.05},)")), 7, 250);
        const auto base = cm::captureStressBase(live);
        auto run = [&](cm::Shock shock) {
            cm::StressScenario s;
            s.name = cm::shockType(shock);
            s.shocks.push_back(shock);
            s.horizon_s = 600;
            auto r = cm::runStress(*base, s, {});
            if (!r)
                qFatal("%s", r.error().message.c_str());
            return r.value();
        };
        // Compromise: bob's claims are lost, the loss is the route's and sits on Arbitrum.
        const auto compromised = run(cm::RouteCompromiseShock {0});
        QCOMPARE(compromised.loss_by_route.front().first, std::string("eth-arb-ETH"));
        QCOMPARE(usd(compromised.loss_by_route.front().second), 20000.0);
        QCOMPARE(compromised.loss_by_chain.front().first, std::string("arbitrum"));
        QCOMPARE(compromised.top.front().account, std::string("bob"));
        // A price crash: everyone's ETH, on both chains.
        const auto crash = run(cm::PriceShock {0, true, -0.25, 0});
        QCOMPARE(usd(crash.loss_by_route.front().second), 5000.0); // native (alice): 10 ETH × 500
        // Wider volatility widens haircuts at once (past the 17 % floor of ETH's threshold): health
        // falls without a price move.
        const auto vol = run(cm::VolatilityShock {0, 12.0});
        QVERIFY(vol.after[0] + vol.after[1] + vol.after[2] > vol.before[0] + vol.before[1] + vol.before[2]);
        // Ten times the route's latency: bob's claims take longer to reach the venue (§5).
        const auto slow = run(cm::LatencyShock {0, 10.0});
        QVERIFY(slow.top.empty() || slow.top.front().loss_e8 == 0);
        // An oracle 40 % low on the only source drags the margin price down.
        const auto oracle = run(cm::OracleDivergenceShock {0, "world", -0.4});
        QVERIFY(oracle.after[0] > 0);
    }

    void builtInScenariosBuildAndRun()
    {
        cm::ClearingState live(world(worldJson(kBook, {}, 0.8, R"("liquidation": {"target_health": 1.05},)")), 7, 250);
        const auto base = cm::captureStressBase(live);
        const auto names = cm::builtInStressScenarios();
        QCOMPARE(names.size(), std::size_t {8});
        for (const auto& [name, title] : names) {
            auto s = cm::builtInStressScenario(name, *base, CM_SOURCE_DIR "/resources/scenarios");
            if (name == "eth_finality_stall") {
                QVERIFY(s.ok());
                QCOMPARE(std::get<cm::ChainHaltShock>(s.value().shocks[0]).duration_s, std::int64_t {3600});
            }
            QVERIFY2(s.ok(), (name + ": " + (s.ok() ? "" : s.error().message)).c_str());
            s.value().horizon_s = std::min<std::int64_t>(s.value().horizon_s, 4 * 3600);
            cm::StressOptions o;
            o.step_ms = 60000;
            auto r = cm::runStress(*base, s.value(), o);
            QVERIFY2(r.ok(), (name + ": " + (r.ok() ? "" : r.error().message)).c_str());
        }
        auto crash = cm::builtInStressScenario("crash_30", *base, "");
        QCOMPARE(crash.value().shocks.size(), std::size_t {1}); // ETH only: USDC is stable
        auto biggest = cm::builtInStressScenario("biggest_route_compromise", *base, "");
        QCOMPARE(std::get<cm::RouteCompromiseShock>(biggest.value().shocks[0]).route, cm::RouteIndex {0});
        auto unknown = cm::builtInStressScenario("crash_99", *base, "");
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.find("crash_30") != std::string::npos);
    }

    void cancelStopsTheRun()
    {
        cm::ClearingState live(world(worldJson(kBook, {}, 0.8, R"("liquidation": {"target_health": 1.05},)")), 7, 250);
        const auto base = cm::captureStressBase(live);
        cm::StressScenario s;
        s.name = "long";
        s.shocks.push_back(cm::PriceShock {0, true, -0.1, 0});
        s.horizon_s = 86400;
        s.paths = 1000;
        std::atomic<bool> cancel {false};
        std::atomic<std::uint64_t> last {0};
        cm::StressOptions o;
        o.cancel = &cancel;
        std::atomic<std::uint64_t> totals {0};
        o.progress = [&](std::uint64_t done, std::uint64_t total) {
            last = done;
            totals = total;
            if (done >= 24 * 6) // the held run's 24 hours and five paths' worth
                cancel = true;
        };
        auto r = cm::runStress(*base, s, o);
        QVERIFY(r.ok());
        QVERIFY(r.value().cancelled);
        QCOMPARE(totals.load(), std::uint64_t {24 * 1001}); // simulated hours of every run
        QVERIFY(r.value().paths_done >= 3);
        QVERIFY(r.value().paths_done < 1000);
        QCOMPARE(r.value().path_bad_debt_e8.size(), r.value().paths_done);
        QVERIFY(last >= 24 * 6);
    }
};

QTEST_GUILESS_MAIN(TestStressRun)
#include "test_stress_run.moc"
