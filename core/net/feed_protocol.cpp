// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/feed_protocol.h"

#include "core/domain/json_reader.h"
#include "core/domain/world_loader.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace cm {
namespace {

using nlohmann::json;

template <typename Find>
std::uint32_t ref(JsonObjectReader& o, const std::string& key, const char* what, Find find)
{
    const std::string id = o.string(key);
    const int i = find(id);
    if (i < 0)
        throw InputError(key, std::string("unknown ") + what + " '" + id + "'");
    return static_cast<std::uint32_t>(i);
}


} // namespace

Result<FeedUpdate> parseFeedLine(std::string_view line, const World& w)
{
    if (line.size() > kMaxFeedLineBytes)
        return Error{"line longer than 65536 bytes"};
    json root;
    try {
        root = json::parse(line.begin(), line.end());
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        const auto pos = what.find("parse error");
        return Error{"not valid JSON: " + (pos == std::string::npos ? what : what.substr(pos))};
    }
    try {
        JsonObjectReader o(root, "");
        const std::string type = o.string("type");
        auto chain = [&](const std::string& key) {
            return ref(o, key, "chain", [&](const std::string& s) { return w.findChain(s); });
        };
        auto asset = [&](const std::string& key) {
            return ref(o, key, "asset", [&](const std::string& s) { return w.findAsset(s); });
        };
        auto account = [&] {
            std::string id = o.string("account");
            if (id.size() > 64)
                throw InputError("account", "longer than 64 characters");
            return id;
        };
        FeedUpdate update;
        if (type == "price") {
            FeedPrice p;
            p.asset = asset("asset");
            p.source = o.string("source");
            if (p.source.size() > 64)
                throw InputError("source", "longer than 64 characters");
            p.chain = chain("chain");
            if (!o.has("price"))
                throw InputError("price", "missing field");
            const json& price = root.at("price");
            if (price.is_string()) {
                // Negative and zero prices are the oracle's to refuse (with its reason and count).
                const Int128 e8 = o.decimal("price", kUsdDecimals, Sign::Any, kInt128Max);
                p.price_usd = toDouble(e8) / toDouble(kUsdOne);
            } else if (price.is_number()) {
                p.price_usd = o.number("price", -1e300, 1e300);
            } else {
                throw InputError("price", "expected a decimal string or a number");
            }
            const std::int64_t ts = o.optInteger("ts", 0, 32503680000LL, 0);
            p.time_ms = ts * 1000;
            update = p;
        } else if (type == "chain_status") {
            FeedChainStatus c;
            c.chain = chain("chain");
            const std::string status = o.string("status");
            c.status = parseChainStatus(status);
            if (c.status == ChainStatus::Invalid)
                throw InputError("status", "unknown status '" + status + "' (live, degraded or halted)");
            update = c;
        } else if (type == "holding") {
            FeedHolding h;
            h.account = account();
            h.chain = chain("chain");
            h.asset = asset("asset");
            const Asset& a = w.assets[h.asset];
            if (auto route = o.optString("route")) {
                const int r = w.findRoute(*route);
                if (r < 0)
                    throw InputError("route", "unknown route '" + *route + "'");
                if (w.routes[r].asset != h.asset || w.routes[r].to != h.chain)
                    throw InputError("route", "route '" + *route + "' does not mint " + a.symbol + " on '"
                                                  + w.chains[h.chain].id + "'");
                h.route = static_cast<RouteIndex>(r);
            } else if (a.home_chain != h.chain) {
                throw InputError("chain", a.symbol + " is native on '" + w.chains[a.home_chain].id
                                              + "'; a holding elsewhere is a claim and names its route");
            }
            h.amount = o.decimal("amount", a.decimals, Sign::NonNegative, maxTokenUnits(a.decimals));
            update = h;
        } else if (type == "debt") {
            FeedDebt d;
            d.account = account();
            d.chain = chain("chain");
            d.asset = asset("asset");
            const int decimals = w.assets[d.asset].decimals;
            d.amount = o.decimal("amount", decimals, Sign::NonNegative, maxTokenUnits(decimals));
            update = d;
        } else if (type == "position") {
            FeedPosition p;
            p.account = account();
            p.venue = o.string("venue");
            p.chain = chain("chain");
            p.market = asset("market");
            const int decimals = w.assets[p.market].decimals;
            p.size = o.decimal("size", decimals, Sign::Any, maxTokenUnits(decimals));
            p.entry_price_e8 = o.decimal("entry_price", kUsdDecimals, Sign::NonNegative,
                                         pow10i(kMaxPriceDigits + kUsdDecimals));
            if (p.entry_price_e8 == 0)
                throw InputError("entry_price", "must be greater than zero");
            update = p;
        } else {
            throw InputError("type", "unknown type '" + type + "' (price, chain_status, holding, debt or position)");
        }
        o.finish();
        return update;
    } catch (const InputError& e) {
        return Error{e.what()};
    } catch (const json::exception& e) {
        return Error{std::string("bad line: ") + e.what()};
    }
}

std::string formatFeedLine(const FeedUpdate& update, const World& w)
{
    json line;
    if (const auto* p = std::get_if<FeedPrice>(&update)) {
        line = { { "type", "price" }, { "asset", w.assets[p->asset].symbol }, { "source", p->source },
            { "chain", w.chains[p->chain].id }, { "price", p->price_usd } };
        if (p->time_ms != 0)
            line["ts"] = p->time_ms / 1000;
    } else if (const auto* c = std::get_if<FeedChainStatus>(&update)) {
        line = { { "type", "chain_status" }, { "chain", w.chains[c->chain].id }, { "status", toString(c->status) } };
    } else if (const auto* h = std::get_if<FeedHolding>(&update)) {
        const Asset& a = w.assets[h->asset];
        line = { { "type", "holding" }, { "account", h->account }, { "chain", w.chains[h->chain].id },
            { "asset", a.symbol }, { "amount", formatDecimal(h->amount, a.decimals) } };
        if (h->route != kNoRoute)
            line["route"] = w.routes[h->route].id;
    } else if (const auto* d = std::get_if<FeedDebt>(&update)) {
        const Asset& a = w.assets[d->asset];
        line = { { "type", "debt" }, { "account", d->account }, { "chain", w.chains[d->chain].id },
            { "asset", a.symbol }, { "amount", formatDecimal(d->amount, a.decimals) } };
    } else if (const auto* p = std::get_if<FeedPosition>(&update)) {
        const Asset& a = w.assets[p->market];
        line = { { "type", "position" }, { "account", p->account }, { "venue", p->venue },
            { "chain", w.chains[p->chain].id }, { "market", a.symbol }, { "size", formatDecimal(p->size, a.decimals) },
            { "entry_price", formatDecimal(p->entry_price_e8, kUsdDecimals) } };
    }
    return line.dump();
}

} // namespace cm
