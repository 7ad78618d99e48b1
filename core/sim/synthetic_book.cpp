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
    const VenueIndex perp = *w.venueIndex("perp"); // the first venue: never full
    w.accounts.resize(accounts);
    for (std::size_t i = 0; i < accounts; ++i) {
        Account& acc = w.accounts[i];
        acc.id = "a" + std::to_string(i);
        double collateralUsd = 0.0;
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
            const double usd = 1000.0 + pick(50000);
            collateralUsd += usd;
            h.amount = units(a, usd);
            if (h.route != kNoRoute)
                w.routes[h.route].locked += h.amount; // every claim minted against a lock: fully backed
            acc.holdings().push_back(h);
        }
        const AssetIndex stable = w.assets.size() > 5 ? 5 : 0;
        // Borrowed against a share of the collateral, as a desk's book is: most accounts well
        // margined, a few percent near or under health 1.
        const double borrowed = collateralUsd * (0.05 + 0.35 * static_cast<double>(pick(1000)) / 1000.0);
        // A desk's obligations sit where it trades: one venue chain per account.
        const ChainIndex venue = pick(w.chains.size());
        acc.debts().push_back({venue, stable, units(w.assets[stable], borrowed)});
        for (int k = 0; k < 2; ++k) {
            const AssetIndex market = static_cast<AssetIndex>(pick(4)); // the volatile majors
            const Asset& a = w.assets[market];
            Int128 size = units(a, 1000.0 + pick(30000));
            if (rng() & 1)
                size = -size;
            acc.positions().push_back({perp, venue, market, size, a.price_e8});
        }
    }
    return w;
}

} // namespace cm
