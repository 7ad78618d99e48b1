// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/risk_screen.h"

#include "core/money/money_math.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cm {
namespace {

double unitsOf(Int128 amount, int decimals) { return toDouble(amount) / std::pow(10.0, decimals); }
double usd(Int128 e8) { return toDouble(e8) / toDouble(kUsdOne); }

} // namespace

std::size_t RiskScreen::ClassKeyHash::operator()(const ClassKey& k) const
{
    std::uint64_t h = static_cast<std::uint64_t>(k.kind) * 0x9e3779b97f4a7c15ull;
    for (const std::uint64_t v : {std::uint64_t {k.asset}, std::uint64_t {k.chain}, std::uint64_t {k.route}, k.mask,
                                  static_cast<std::uint64_t>(k.emode)})
        h = (h ^ v) * 0x100000001b3ull + (h >> 29);
    return static_cast<std::size_t>(h);
}

RiskScreen::RiskScreen(const World& world, const MarketState& market, const MarginCalculator& calc)
    : m_world(world), m_market(market), m_calc(calc)
{
    m_classesOfAsset.resize(world.assets.size());
}

std::uint32_t RiskScreen::classOf(const ClassKey& key)
{
    if (const auto it = m_classIndex.find(key); it != m_classIndex.end())
        return it->second;
    if (m_classes.size() > std::numeric_limits<std::uint16_t>::max())
        return kNoClass;
    const auto c = static_cast<std::uint32_t>(m_classes.size());
    m_classes.push_back(key);
    m_classIndex.emplace(key, c);
    m_classesOfAsset[key.asset].push_back(c);
    m_coverFactor.push_back(0.0);
    m_reqFactor.push_back(0.0);
    refreshClass(c);
    return c;
}

void RiskScreen::refreshClass(std::uint32_t c)
{
    const ClassKey& k = m_classes[c];
    const double price = usd(m_market.price_e8[k.asset]);
    double cover = 0.0, req = 0.0;
    switch (k.kind) {
    case Kind::Holding: {
        const Holding h {k.chain, k.asset, k.route, 0};
        cover = price * std::max(0.0, 1.0 - m_calc.haircut(h, k.mask, k.emode).total());
        break;
    }
    case Kind::Debt:
        req = price;
        break;
    case Kind::Position:
        if (m_world.profile != Profile::AaveV3) { // Aave has no perpetuals
            cover = price;
            req = price * m_calc.maintenanceRate(k.asset);
        }
        break;
    }
    m_coverFactor[c] = cover;
    m_reqFactor[c] = req;
}

void RiskScreen::refreshFactors(const std::vector<bool>& dirtyAsset, bool all)
{
    if (all) {
        for (std::uint32_t c = 0; c < m_classes.size(); ++c)
            refreshClass(c);
        return;
    }
    for (AssetIndex a = 0; a < dirtyAsset.size() && a < m_classesOfAsset.size(); ++a)
        if (dirtyAsset[a])
            for (const std::uint32_t c : m_classesOfAsset[a])
                refreshClass(c);
}

void RiskScreen::clearAccounts()
{
    m_units.clear();
    m_class.clear();
    m_garbage = 0;
    m_begin.clear();
    m_count.clear();
    m_capacity.clear();
    m_exactOnly.clear();
    m_coverConst.clear();
    m_cover.clear();
    m_req.clear();
}

void RiskScreen::encode(std::uint32_t account, const Account& a)
{
    if (account >= m_begin.size()) {
        const std::size_t n = account + 1;
        m_begin.resize(n, 0);
        m_count.resize(n, 0);
        m_capacity.resize(n, 0);
        m_exactOnly.resize(n, 0);
        m_coverConst.resize(n, 0.0);
        m_cover.resize(n, 0.0);
        m_req.resize(n, 0.0);
    }
    const std::uint64_t mask = MarginCalculator::obligationChains(a);
    const bool aave = m_world.profile == Profile::AaveV3;
    const std::size_t n = a.holdings.size() + a.debts.size() + (aave ? 0 : a.positions.size());
    bool exact = n > std::numeric_limits<std::uint16_t>::max();
    if (!exact && n > m_capacity[account]) {
        m_garbage += m_capacity[account];
        m_begin[account] = static_cast<std::uint32_t>(m_units.size());
        m_capacity[account] = static_cast<std::uint16_t>(n);
        m_units.resize(m_units.size() + n, 0.0);
        m_class.resize(m_class.size() + n, 0);
    }
    std::uint32_t k = m_begin[account];
    double coverConst = 0.0;
    auto put = [&](double units, const ClassKey& key) {
        const std::uint32_t c = classOf(key);
        if (c == kNoClass) {
            exact = true;
            return;
        }
        m_units[k] = units;
        m_class[k] = static_cast<std::uint16_t>(c);
        ++k;
    };
    for (const Holding& h : a.holdings) {
        if (exact)
            break;
        if (h.route != kNoRoute && m_world.routes[h.route].isolation_cap_usd_e8 > 0)
            exact = true; // Σ min(claims, cap) is not a sum of items
        else
            put(unitsOf(h.amount, m_world.assets[h.asset].decimals), {Kind::Holding, h.asset, h.chain, h.route, mask, a.emode});
    }
    for (const Debt& d : a.debts) {
        if (exact)
            break;
        put(unitsOf(d.amount, m_world.assets[d.asset].decimals), {Kind::Debt, d.asset, 0, kNoRoute, 0, 0});
    }
    if (!aave)
        for (const Position& p : a.positions) {
            if (exact)
                break;
            const double size = unitsOf(p.size, m_world.assets[p.market].decimals);
            put(size, {Kind::Position, p.market, 0, kNoRoute, 0, 0});
            coverConst -= size * usd(p.entry_price_e8);
        }
    m_exactOnly[account] = exact ? 1 : 0;
    m_count[account] = exact ? 0 : static_cast<std::uint16_t>(k - m_begin[account]);
    m_coverConst[account] = exact ? 0.0 : coverConst;
    if (m_garbage > 1024 && m_garbage > m_units.size() / 2)
        compact();
}

void RiskScreen::compact()
{
    std::vector<double> units;
    std::vector<std::uint16_t> classes;
    units.reserve(m_units.size() - m_garbage);
    classes.reserve(m_units.size() - m_garbage);
    for (std::size_t i = 0; i < m_begin.size(); ++i) {
        const std::uint32_t b = m_begin[i];
        m_begin[i] = static_cast<std::uint32_t>(units.size());
        units.insert(units.end(), m_units.begin() + b, m_units.begin() + b + m_count[i]);
        classes.insert(classes.end(), m_class.begin() + b, m_class.begin() + b + m_count[i]);
        m_capacity[i] = m_count[i];
    }
    m_units = std::move(units);
    m_class = std::move(classes);
    m_garbage = 0;
}

void RiskScreen::setExact(std::uint32_t account, const AccountMetrics& m)
{
    m_cover[account] = usd(m.adjusted_e8 + m.upnl_e8);
    m_req[account] = usd(m.requirement_e8);
}

double RiskScreen::health(std::uint32_t account) const
{
    return m_req[account] <= 0.0 ? std::numeric_limits<double>::infinity() : m_cover[account] / m_req[account];
}

bool RiskScreen::surelyAbove(std::uint32_t account, double health) const
{
    if (m_exactOnly[account])
        return false;
    if (m_req[account] <= 0.0)
        return true; // no requirement: health is infinite
    return m_cover[account] - health * m_req[account] > health * tolerance(account);
}

std::optional<double> RiskScreen::holdingCoverPerUnit(std::uint32_t account, AssetIndex asset, ChainIndex chain, RouteIndex route) const
{
    if (account >= m_begin.size() || m_exactOnly[account])
        return std::nullopt;
    const std::uint32_t b = m_begin[account];
    for (std::uint32_t k = b; k < b + m_count[account]; ++k) {
        const ClassKey& key = m_classes[m_class[k]];
        if (key.kind == Kind::Holding && key.asset == asset && key.chain == chain && key.route == route)
            return m_coverFactor[m_class[k]];
    }
    return std::nullopt;
}

std::size_t RiskScreen::bytesRead() const
{
    return m_units.size() * (sizeof(double) + sizeof(std::uint16_t))
           + m_begin.size() * (sizeof(std::uint32_t) + sizeof(std::uint16_t) + sizeof(std::uint8_t) + 3 * sizeof(double));
}

} // namespace cm
