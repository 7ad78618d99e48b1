// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/world.h"

#include <algorithm>

namespace cm {

const char* toString(ChainStatus s)
{
    switch (s) {
    case ChainStatus::Live: return "live";
    case ChainStatus::Degraded: return "degraded";
    case ChainStatus::Halted: return "halted";
    case ChainStatus::Invalid: break;
    }
    return "invalid";
}

ChainStatus parseChainStatus(std::string_view text)
{
    for (auto s : {ChainStatus::Live, ChainStatus::Degraded, ChainStatus::Halted})
        if (text == toString(s))
            return s;
    return ChainStatus::Invalid;
}

const char* toString(Profile p)
{
    switch (p) {
    case Profile::Clearmesh: return "clearmesh";
    case Profile::AaveV3: return "aave-v3";
    case Profile::Invalid: break;
    }
    return "invalid";
}

const char* toString(AccountRole r)
{
    switch (r) {
    case AccountRole::Viewer: return "viewer";
    case AccountRole::Trader: return "trader";
    case AccountRole::Treasury: return "treasury";
    case AccountRole::RiskOfficer: return "risk_officer";
    case AccountRole::Admin: return "admin";
    case AccountRole::Invalid: break;
    }
    return "invalid";
}

namespace {
template <typename T, typename Key>
int findIn(const std::vector<T>& items, const std::string& key, Key T::*member)
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].*member == key)
            return static_cast<int>(i);
    return -1;
}
} // namespace

bool EModeCategory::covers(AssetIndex asset) const
{
    for (AssetIndex a : assets)
        if (a == asset)
            return true;
    return false;
}

const EModeCategory* World::findEMode(int id) const
{
    for (const EModeCategory& c : emode_categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

int World::findChain(const std::string& id) const { return findIn(chains, id, &Chain::id); }
int World::findAsset(const std::string& symbol) const { return findIn(assets, symbol, &Asset::symbol); }
int World::findRoute(const std::string& id) const { return findIn(routes, id, &Route::id); }

std::optional<VenueIndex> World::venueIndex(const std::string& venue)
{
    const auto it = std::find(venues.begin(), venues.end(), venue);
    if (it != venues.end())
        return static_cast<VenueIndex>(it - venues.begin());
    if (venues.size() > kMaxAssets)
        return std::nullopt;
    venues.push_back(venue);
    return static_cast<VenueIndex>(venues.size() - 1);
}

} // namespace cm
