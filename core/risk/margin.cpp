// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/margin.h"

#include "core/money/money_math.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cm {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

Int128 absI(Int128 v) { return v < 0 ? -v : v; }

// Debts and requirements round against the account, collateral and PnL round down.
Int128 valueE8Up(Int128 amount, int decimals, Int128 priceE8) { return -valueE8(-amount, decimals, priceE8); }

} // namespace

double Haircut::total() const { return std::min(1.0, volatility + latency + divergence + route); }

bool AccountMetrics::healthInfinite() const { return std::isinf(health); }

MarginCalculator::MarginCalculator(const World& world, const MarketState& market)
    : m_world(world), m_market(market)
{
    m_routeTo.assign(world.assets.size(), std::vector<RouteIndex>(world.chains.size(), kNoRoute));
    for (RouteIndex r = 0; r < world.routes.size(); ++r) {
        const Route& route = world.routes[r];
        RouteIndex& slot = m_routeTo[route.asset][route.to];
        // Of two routes that mint the same claim, margin counts on the faster one.
        if (slot == kNoRoute || world.routes[slot].latency_ms > route.latency_ms)
            slot = r;
        m_anyCap = m_anyCap || route.isolation_cap_usd_e8 > 0;
    }
}

std::uint64_t MarginCalculator::obligationChains(const Account& account)
{
    std::uint64_t mask = 0;
    for (const Debt& d : account.debts())
        mask |= std::uint64_t{1} << d.chain;
    for (const Position& p : account.positions())
        mask |= std::uint64_t{1} << p.chain;
    return mask;
}

std::optional<std::int64_t> MarginCalculator::latencyMs(AssetIndex asset, ChainIndex from, ChainIndex to) const
{
    if (from == to)
        return 0;
    const ChainIndex home = m_world.assets[asset].home_chain;
    auto leg = [&](ChainIndex chain) -> std::optional<std::int64_t> {
        if (chain == home)
            return 0;
        const RouteIndex r = m_routeTo[asset][chain];
        if (r == kNoRoute)
            return std::nullopt;
        return m_market.route_latency_p99_ms[r];
    };
    const auto out = leg(from);
    const auto in = leg(to);
    if (!out || !in)
        return std::nullopt;
    return *out + *in;
}

double MarginCalculator::volTerm(AssetIndex asset, double horizon_s) const
{
    return kZ99 * m_market.volatility[asset] * std::sqrt(horizon_s / kSecondsPerYear);
}

double MarginCalculator::maintenanceRate(AssetIndex asset) const
{
    const Asset& a = m_world.assets[asset];
    return std::max(a.mmr_floor_bps / 10000.0, volTerm(asset, static_cast<double>(a.liquidation_horizon_s)));
}

int MarginCalculator::thresholdBps(AssetIndex asset, int emode) const
{
    const EModeCategory* c = emode ? m_world.findEMode(emode) : nullptr;
    return c && c->covers(asset) ? c->liquidation_threshold_bps : m_world.assets[asset].liquidation_threshold_bps;
}

int MarginCalculator::ltvBps(AssetIndex asset, int emode) const
{
    const EModeCategory* c = emode ? m_world.findEMode(emode) : nullptr;
    return c && c->covers(asset) ? c->ltv_bps : m_world.assets[asset].ltv_bps;
}

Haircut MarginCalculator::haircut(const Holding& holding, std::uint64_t obligationChains, int emode) const
{
    const Asset& a = m_world.assets[holding.asset];
    const double tLiq = static_cast<double>(a.liquidation_horizon_s);
    Haircut h;
    if (m_world.profile == Profile::AaveV3) {
        h.volatility = 1.0 - thresholdBps(holding.asset, emode) / 10000.0;
        h.horizon_s = tLiq;
        return h;
    }
    int floorBps = a.haircut_floor_bps;
    if (emode && thresholdBps(holding.asset, emode) != a.liquidation_threshold_bps)
        floorBps = 10000 - thresholdBps(holding.asset, emode);
    h.volatility = std::max(floorBps / 10000.0, volTerm(holding.asset, tLiq));

    std::int64_t worstLatencyMs = 0;
    bool reachable = true;
    for (ChainIndex v = 0; v < m_world.chains.size(); ++v) {
        if (v == holding.chain || !(obligationChains & (std::uint64_t{1} << v)))
            continue;
        const auto lat = latencyMs(holding.asset, holding.chain, v);
        if (!lat)
            reachable = false;
        else
            worstLatencyMs = std::max(worstLatencyMs, *lat);
    }
    if (reachable) {
        h.horizon_s = tLiq + static_cast<double>(m_market.chain_finality_ms[holding.chain] + worstLatencyMs) / 1000.0;
        h.latency = volTerm(holding.asset, h.horizon_s) - volTerm(holding.asset, tLiq);
    } else {
        // Collateral that no route can bring to where it is owed covers nothing there.
        h.horizon_s = kInf;
        h.latency = 1.0;
    }
    h.divergence = std::max(0.0, m_market.divergence[holding.asset] - kDivergenceWarn);
    if (m_market.stale_s[holding.asset] > 0.0)
        h.divergence += volTerm(holding.asset, m_market.stale_s[holding.asset]);
    if (holding.route != kNoRoute) {
        const double trust = m_market.route_frozen[holding.route] ? 1.0 : m_market.route_trust_addon[holding.route];
        h.route = trust + std::max(0.0, 1.0 - m_market.backingRatio(holding.route));
    }
    return h;
}

AccountMetrics MarginCalculator::compute(const Account& account, const double* cuts) const
{
    AccountMetrics m;
    const std::uint64_t mask = obligationChains(account);

    // Terms split by whether their price falls in the uniform shock of §5's distance to
    // liquidation: health(k) = (A_fixed + k·A_moving) / (R_fixed + k·R_moving).
    Int128 acFixed = 0, acMoving = 0, debtFixed = 0, debtMoving = 0;
    Int128 pnlFixed = 0, markMoving = 0, entryMoving = 0, reqFixed = 0, reqMoving = 0;
    // Per asset: collateral value, gross exposure and d(surplus)/d(price), for the dominant
    // asset's liquidation price. Scratch space is reused: no allocation per account.
    thread_local std::vector<Int128> collateralByAsset;
    thread_local std::vector<double> exposure, slope;
    collateralByAsset.assign(m_world.assets.size(), 0);
    exposure.assign(m_world.assets.size(), 0.0);
    slope.assign(m_world.assets.size(), 0.0);
    const bool aave = m_world.profile == Profile::AaveV3;
    double ltvWeighted = 0.0;

    // Each route's isolation cap bounds what its claims add to AC, whatever their number.
    thread_local std::vector<Int128> capLeft;
    if (m_anyCap) {
        capLeft.resize(m_world.routes.size());
        for (RouteIndex r = 0; r < m_world.routes.size(); ++r)
            capLeft[r] = m_world.routes[r].isolation_cap_usd_e8;
    }
    for (std::size_t k = 0; k < account.holdings().size(); ++k) {
        const Holding& h = account.holdings()[k];
        const Asset& a = m_world.assets[h.asset];
        const Int128 value = valueE8(h.amount, a.decimals, m_market.price_e8[h.asset]);
        const double cut = cuts ? cuts[k] : haircut(h, mask, account.emode).total();
        Int128 adjusted = std::max<Int128>(0, value - scaleUp(value, cut));
        // Where the cap binds, a price move does not change what counts (no price above restores
        // health through these claims); the uniform fall of the distance to liquidation still
        // scales what counts, which understates it (the cautious side).
        double counted = 1.0;
        if (m_anyCap && h.route != kNoRoute && m_world.routes[h.route].isolation_cap_usd_e8 > 0) {
            const Int128 capped = std::min(adjusted, capLeft[h.route]);
            if (capped < adjusted)
                counted = 0.0;
            m.isolated_e8 += adjusted - capped;
            capLeft[h.route] -= capped;
            adjusted = capped;
        }
        const double units = toDouble(h.amount) / toDouble(pow10i(a.decimals));
        exposure[h.asset] += toDouble(value);
        slope[h.asset] += units * (1.0 - cut) * counted * toDouble(kUsdOne);
        ltvWeighted += toDouble(value) * ltvBps(h.asset, account.emode) / 10000.0;
        m.collateral_e8 += value;
        m.adjusted_e8 += adjusted;
        (a.stable ? acFixed : acMoving) += adjusted;
        collateralByAsset[h.asset] += value;
    }
    for (const Debt& d : account.debts()) {
        const Asset& a = m_world.assets[d.asset];
        const Int128 value = valueE8Up(d.amount, a.decimals, m_market.price_e8[d.asset]);
        m.debt_e8 += value;
        exposure[d.asset] += toDouble(value);
        slope[d.asset] -= toDouble(d.amount) / toDouble(pow10i(a.decimals)) * toDouble(kUsdOne);
        (a.stable ? debtFixed : debtMoving) += value;
    }
    Int128 notionalTotal = 0;
    double notionalAtImr = 0.0;
    for (const Position& p : account.positions()) {
        if (aave)
            break; // Aave has no perpetuals
        const Asset& a = m_world.assets[p.market];
        const Int128 mark = m_market.price_e8[p.market];
        const Int128 notional = valueE8Up(absI(p.size), a.decimals, mark);
        const Int128 pnl = valueE8(p.size, a.decimals, mark - p.entry_price_e8);
        const double mmr = maintenanceRate(p.market);
        const Int128 req = scaleUp(notional, mmr);
        m.upnl_e8 += pnl;
        m.requirement_e8 += req;
        m.initial_e8 += scaleUp(notional, mmr / kMaintenanceFraction);
        notionalTotal += notional;
        notionalAtImr += toDouble(notional) * mmr / kMaintenanceFraction;
        const double units = toDouble(p.size) / toDouble(pow10i(a.decimals));
        exposure[p.market] += toDouble(notional);
        slope[p.market] += (units - std::fabs(units) * mmr) * toDouble(kUsdOne);
        if (a.stable) {
            pnlFixed += pnl;
            reqFixed += req;
        } else {
            markMoving += valueE8(p.size, a.decimals, mark);
            entryMoving += valueE8(p.size, a.decimals, p.entry_price_e8);
            reqMoving += req;
        }
    }
    m.requirement_e8 += m.debt_e8;
    m.initial_e8 += m.debt_e8;

    const Int128 cover = m.adjusted_e8 + m.upnl_e8;
    if (m.requirement_e8 <= 0) {
        m.health = kInf;
    } else {
        m.health = toDouble(cover) / toDouble(m.requirement_e8);
        m.liquidatable = cover < m.requirement_e8;
    }

    if (aave) {
        // Looping supply and borrow at the average LTV: 1 / (1 − LTV).
        const double ltv = m.collateral_e8 > 0 ? ltvWeighted / toDouble(m.collateral_e8) : 0.0;
        m.max_leverage = ltv < 1.0 && m.collateral_e8 > 0 ? 1.0 / (1.0 - ltv) : 0.0;
    } else if (notionalTotal > 0) {
        m.max_leverage = toDouble(notionalTotal) / notionalAtImr;
    } else {
        const auto dominant = std::max_element(collateralByAsset.begin(), collateralByAsset.end());
        if (dominant != collateralByAsset.end() && *dominant > 0)
            m.max_leverage = 1.0 / initialRate(static_cast<AssetIndex>(dominant - collateralByAsset.begin()));
    }

    // Dominant asset: surplus(P) = surplus + (P − p)·slope, zero at the liquidation price.
    AssetIndex dominant = 0;
    double largest = 0.0;
    for (AssetIndex i = 0; i < exposure.size(); ++i)
        if (!m_world.assets[i].stable && exposure[i] > largest) {
            largest = exposure[i];
            dominant = i;
        }
    if (largest > 0.0) {
        m.dominant_asset = dominant;
        if (m.requirement_e8 > 0 && slope[dominant] != 0.0) {
            const double price = toDouble(m_market.price_e8[dominant]) / toDouble(kUsdOne);
            const double surplus = toDouble(cover - m.requirement_e8) / toDouble(kUsdOne);
            const double atOne = price - surplus / (slope[dominant] / toDouble(kUsdOne));
            if (atOne > 0.0)
                m.liquidation_price_usd = atOne;
        }
    }

    if (m.liquidatable) {
        m.distance_to_liquidation = 0.0;
    } else if (m.requirement_e8 > 0) {
        // Surplus at price multiple k: fixed + k·moving; liquidation where it crosses zero.
        const double fixed = toDouble(acFixed + pnlFixed - entryMoving - debtFixed - reqFixed);
        const double moving = toDouble(acMoving + markMoving - debtMoving - reqMoving);
        if (moving > 0) {
            const double k = -fixed / moving;
            if (k > 0 && k < 1)
                m.distance_to_liquidation = 1.0 - k;
        }
    }
    return m;
}

} // namespace cm
