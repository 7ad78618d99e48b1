// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/risk_screen.h"

#include "core/money/money_math.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

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
    m_exposure.resize(world.assets.size());
    m_exactExposed.resize(world.assets.size());
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
    m_factors.push_back({});
    m_cut.push_back(0.0);
    refreshClass(c);
    return c;
}

std::pair<double, double> RiskScreen::refreshClass(std::uint32_t c)
{
    const ClassKey& k = m_classes[c];
    const double price = usd(m_market.price_e8[k.asset]);
    double cover = 0.0, req = 0.0;
    switch (k.kind) {
    case Kind::Holding: {
        const Holding h {k.chain, k.asset, k.route, 0};
        m_cut[c] = m_calc.haircut(h, k.mask, k.emode).total();
        cover = price * std::max(0.0, 1.0 - m_cut[c]);
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
    const std::pair<double, double> delta {cover - m_factors[c].cover, req - m_factors[c].req};
    m_factors[c] = {cover, req};
    return delta;
}

void RiskScreen::refreshAll()
{
    for (std::uint32_t c = 0; c < m_classes.size(); ++c)
        refreshClass(c);
    m_attention.clear();
    for (std::uint32_t i = 0; i < m_cells.size(); ++i)
        if (!revalue(i) || !surelyHealthy(i))
            m_attention.push_back(i);
}

void RiskScreen::tick(const std::vector<bool>& dirtyAsset)
{
    m_attention.clear();
    // The moved assets' classes first, so every account below is revalued at the new factors.
    std::vector<AssetIndex> moved;
    std::size_t listed = 0;
    for (AssetIndex a = 0; a < dirtyAsset.size() && a < m_classesOfAsset.size(); ++a) {
        if (!dirtyAsset[a])
            continue;
        bool changed = false;
        for (const std::uint32_t c : m_classesOfAsset[a]) {
            const auto [dc, dr] = refreshClass(c);
            changed = changed || dc != 0.0 || dr != 0.0;
        }
        for (const std::uint32_t i : m_exactExposed[a]) {
            m_cells[i].flags |= kMoved | kMovedSinceScan; // the exact margin decides what moved
            m_attention.push_back(i);
        }
        if (changed) { // else nothing the margin uses moved: the accounts' figures stand
            moved.push_back(a);
            listed += m_exposure[a].size();
        }
    }
    if (moved.size() == 1) {
        revalueListed(m_exposure[moved[0]]);
    } else if (moved.size() > 1) {
        // Several: each account they touch once, in account order (the lists merged, through a
        // mark when they name more than a quarter of the book).
        std::vector<std::uint32_t> touched;
        if (listed <= m_cells.size() / 4) {
            for (const AssetIndex a : moved)
                touched.insert(touched.end(), m_exposure[a].begin(), m_exposure[a].end());
            std::sort(touched.begin(), touched.end());
            touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
        } else {
            std::vector<std::uint8_t> mark(m_cells.size(), 0);
            for (const AssetIndex a : moved)
                for (const std::uint32_t i : m_exposure[a])
                    mark[i] = 1;
            for (std::uint32_t i = 0; i < m_cells.size(); ++i)
                if (mark[i])
                    touched.push_back(i);
        }
        revalueListed(touched);
    }
    std::sort(m_attention.begin(), m_attention.end());
    m_attention.erase(std::unique(m_attention.begin(), m_attention.end()), m_attention.end());
}

void RiskScreen::revalueListed(const std::vector<std::uint32_t>& list)
{
    // Each account revalued afresh from its items. The cost is the memory's latency (an account's
    // cell and items are lines of their own), so a long list is walked on two threads, each its
    // half: an account's revaluation writes its own cell only.
    const auto walk = [this, &list](std::size_t from, std::size_t to, std::vector<std::uint32_t>& attention) {
        for (std::size_t k = from; k < to; ++k) {
            if (k + 32 < to)
                prefetch(list[k + 32]);
            if (k + 16 < to)
                prefetchItems(list[k + 16]);
            const std::uint32_t i = list[k];
            revalue(i);
            if (!surelyHealthy(i))
                attention.push_back(i);
        }
    };
    const std::size_t n = list.size();
    if (n < kParallelTick) {
        walk(0, n, m_attention);
        return;
    }
    std::vector<std::uint32_t> upper;
    std::thread helper(walk, n / 2, n, std::ref(upper));
    walk(0, n / 2, m_attention);
    helper.join();
    m_attention.insert(m_attention.end(), upper.begin(), upper.end());
}

void RiskScreen::clearAccounts()
{
    m_units.clear();
    m_class.clear();
    m_garbage = 0;
    m_cells.clear();
    m_capacity.clear();
    for (auto& list : m_exposure)
        list.clear();
    for (auto& list : m_exactExposed)
        list.clear();
}

void RiskScreen::encode(std::uint32_t account, const Account& a)
{
    if (account >= m_cells.size()) {
        m_cells.resize(account + 1);
        m_capacity.resize(account + 1, 0);
    }
    Cell& cell = m_cells[account];
    // The assets its old items were listed under.
    std::vector<AssetIndex> oldAssets;
    for (std::uint32_t k = cell.begin; k < cell.begin + cell.count; ++k)
        oldAssets.push_back(m_classes[m_class[k]].asset);

    const std::uint64_t mask = MarginCalculator::obligationChains(a);
    const bool aave = m_world.profile == Profile::AaveV3;
    const std::size_t n = a.holdings().size() + a.debts().size() + (aave ? 0 : a.positions().size());
    bool exact = n > std::numeric_limits<std::uint16_t>::max();
    if (!exact && n > m_capacity[account]) {
        m_garbage += m_capacity[account];
        cell.begin = static_cast<std::uint32_t>(m_units.size());
        m_capacity[account] = static_cast<std::uint16_t>(n);
        m_units.resize(m_units.size() + n, 0.0);
        m_class.resize(m_class.size() + n, 0);
    }
    std::uint32_t k = cell.begin;
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
    for (const Holding& h : a.holdings()) {
        if (exact)
            break;
        if (h.route != kNoRoute && m_world.routes[h.route].isolation_cap_usd_e8 > 0)
            exact = true; // Σ min(claims, cap) is not a sum of items
        else
            put(unitsOf(h.amount, m_world.assets[h.asset].decimals), {Kind::Holding, h.asset, h.chain, h.route, mask, a.emode});
    }
    for (const Debt& d : a.debts()) {
        if (exact)
            break;
        put(unitsOf(d.amount, m_world.assets[d.asset].decimals), {Kind::Debt, d.asset, 0, kNoRoute, 0, 0});
    }
    if (!aave)
        for (const Position& p : a.positions()) {
            if (exact)
                break;
            const double size = unitsOf(p.size, m_world.assets[p.market].decimals);
            put(size, {Kind::Position, p.market, 0, kNoRoute, 0, 0});
            coverConst -= size * usd(p.entry_price_e8);
        }
    cell.exact_only = exact ? 1 : 0;
    cell.count = exact ? 0 : static_cast<std::uint16_t>(k - cell.begin);
    cell.cover_const = exact ? 0.0 : coverConst;
    reindexExposure(account, oldAssets);
    // An exactly screened account is listed under every asset its margin uses.
    for (auto& list : m_exactExposed)
        if (const auto it = std::lower_bound(list.begin(), list.end(), account); it != list.end() && *it == account)
            list.erase(it);
    if (exact) {
        std::vector<AssetIndex> assets;
        for (const Holding& h : a.holdings())
            assets.push_back(h.asset);
        for (const Debt& d : a.debts())
            assets.push_back(d.asset);
        for (const Position& p : a.positions())
            assets.push_back(p.market);
        std::sort(assets.begin(), assets.end());
        assets.erase(std::unique(assets.begin(), assets.end()), assets.end());
        for (const AssetIndex asset : assets) {
            auto& list = m_exactExposed[asset];
            list.insert(std::lower_bound(list.begin(), list.end(), account), account);
        }
    }
    revalue(account);
    if (m_garbage > 1024 && m_garbage > m_units.size() / 2)
        compact();
}

void RiskScreen::reindexExposure(std::uint32_t account, const std::vector<AssetIndex>& oldAssets)
{
    const Cell& cell = m_cells[account];
    std::vector<AssetIndex> now;
    for (std::uint32_t k = cell.begin; k < cell.begin + cell.count; ++k)
        now.push_back(m_classes[m_class[k]].asset);
    std::sort(now.begin(), now.end());
    now.erase(std::unique(now.begin(), now.end()), now.end());
    std::vector<AssetIndex> assets = oldAssets;
    assets.insert(assets.end(), now.begin(), now.end());
    std::sort(assets.begin(), assets.end());
    assets.erase(std::unique(assets.begin(), assets.end()), assets.end());
    for (const AssetIndex asset : assets) {
        std::vector<std::uint32_t>& list = m_exposure[asset];
        // The lists are ascending by account: a new account goes at the end.
        const auto at = std::lower_bound(list.begin(), list.end(), account);
        const bool listed = at != list.end() && *at == account;
        const bool exposed = std::binary_search(now.begin(), now.end(), asset);
        if (exposed && !listed)
            list.insert(at, account);
        else if (!exposed && listed)
            list.erase(at);
    }
}

void RiskScreen::compact()
{
    std::vector<double> units;
    std::vector<std::uint16_t> classes;
    units.reserve(m_units.size() - m_garbage);
    classes.reserve(m_units.size() - m_garbage);
    for (std::size_t i = 0; i < m_cells.size(); ++i) {
        Cell& cell = m_cells[i];
        const std::uint32_t b = cell.begin;
        cell.begin = static_cast<std::uint32_t>(units.size());
        units.insert(units.end(), m_units.begin() + b, m_units.begin() + b + cell.count);
        classes.insert(classes.end(), m_class.begin() + b, m_class.begin() + b + cell.count);
        m_capacity[i] = cell.count;
    }
    m_units = std::move(units);
    m_class = std::move(classes);
    m_garbage = 0;
}

void RiskScreen::setExact(std::uint32_t account, const AccountMetrics& m)
{
    m_cells[account].cover = usd(m.adjusted_e8 + m.upnl_e8);
    m_cells[account].req = usd(m.requirement_e8);
}

bool RiskScreen::holdingCuts(std::uint32_t account, std::vector<double>& out) const
{
    const Cell& cell = m_cells[account];
    if (cell.exact_only)
        return false;
    // encode() writes the holdings first, in order.
    out.clear();
    for (std::uint32_t k = cell.begin; k < cell.begin + cell.count; ++k) {
        const std::uint16_t c = m_class[k];
        if (m_classes[c].kind != Kind::Holding)
            break;
        out.push_back(m_cut[c]);
    }
    return true;
}

std::size_t RiskScreen::exposedAccounts(AssetIndex asset) const
{
    return m_exactExposed[asset].size() + m_exposure[asset].size();
}

double RiskScreen::health(std::uint32_t account) const
{
    const Cell& c = m_cells[account];
    return c.req <= 0.0 ? std::numeric_limits<double>::infinity() : c.cover / c.req;
}

bool RiskScreen::surelyAbove(std::uint32_t account, double health) const
{
    const Cell& c = m_cells[account];
    if (c.exact_only)
        return false;
    if (c.req <= 0.0)
        return true; // no requirement: health is infinite
    return c.cover - health * c.req > health * tolerance(account);
}

} // namespace cm
