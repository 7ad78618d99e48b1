// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/synthetic_book.h"

#include "core/money/int128.h"

#include <random>

namespace cm {

World syntheticBook(const World& base, std::size_t accounts, std::uint64_t seed)
{
    World w;
    w.name = "synthetic";
    w.profile = base.profile;
    w.seed = seed;
    w.start_time_s = base.start_time_s;
    w.chains = base.chains;
    w.assets = base.assets;
    w.routes = base.routes;
    const auto baseAssets = static_cast<AssetIndex>(w.assets.size());
    for (const char* probe : {"P10", "P50"}) {
        Asset a = w.assets[0]; // ETH's parameters, native on the first chain
        a.symbol = probe;
        a.oracle_sources.clear();
        w.assets.push_back(a);
    }
    const AssetIndex p10 = baseAssets;
    const AssetIndex p50 = baseAssets + 1;

    // Routes by (asset, destination) so claims can name theirs.
    std::vector<std::vector<RouteIndex>> routeTo(w.assets.size(), std::vector<RouteIndex>(w.chains.size(), kNoRoute));
    for (RouteIndex r = 0; r < w.routes.size(); ++r)
        routeTo[w.routes[r].asset][w.routes[r].to] = r;

    std::mt19937_64 rng(seed);
    auto pick = [&](std::size_t n) { return static_cast<std::uint32_t>(rng() % n); };
    auto units = [&](const Asset& a, double usd) {
        return static_cast<Int128>(usd / (toDouble(a.price_e8) / 1e8) * toDouble(pow10i(a.decimals)));
    };
    w.accounts.resize(accounts);
    for (std::size_t i = 0; i < accounts; ++i) {
        Account& acc = w.accounts[i];
        acc.id = "a" + std::to_string(i);
        acc.owner = acc.id;
        acc.holdings.reserve(5);
        for (int k = 0; k < 5; ++k) {
            AssetIndex asset = static_cast<AssetIndex>(pick(baseAssets));
            if (k == 0 && i % 10 == 0)
                asset = p10;
            if (k == 1 && i % 2 == 0)
                asset = p50;
            const Asset& a = w.assets[asset];
            Holding h;
            h.asset = asset;
            h.chain = a.home_chain;
            const ChainIndex other = pick(w.chains.size());
            if (routeTo[asset][other] != kNoRoute) {
                h.chain = other;
                h.route = routeTo[asset][other];
            }
            h.amount = units(a, 1000.0 + pick(50000));
            acc.holdings.push_back(h);
        }
        const AssetIndex stable = w.assets.size() > 5 ? 5 : 0;
        acc.debts.push_back({pick(w.chains.size()), stable, units(w.assets[stable], 5000.0 + pick(60000))});
        for (int k = 0; k < 2; ++k) {
            const AssetIndex market = static_cast<AssetIndex>(pick(4)); // the volatile majors
            const Asset& a = w.assets[market];
            Int128 size = units(a, 1000.0 + pick(30000));
            if (rng() & 1)
                size = -size;
            acc.positions.push_back({"perp", pick(w.chains.size()), market, size, a.price_e8});
        }
    }
    return w;
}

} // namespace cm
