// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/world_loader.h"

#include "core/domain/json_reader.h"
#include "core/money/money_math.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace cm {
namespace {

using nlohmann::json;

constexpr std::int64_t kMaxMs = 30LL * 24 * 3600 * 1000; // a month: anything longer is a typo

Int128 maxPriceE8() { return pow10i(kMaxPriceDigits + kUsdDecimals); }
Int128 maxUsdE8() { return maxTokenUnits(kUsdDecimals); }

void requireUnique(std::unordered_map<std::string, std::size_t>& seen, const std::string& id,
                   const std::string& path, const char* what)
{
    const auto [it, inserted] = seen.emplace(id, seen.size());
    if (!inserted)
        throw InputError(path, std::string("duplicate ") + what + " '" + id + "'");
}

// The agent's policy (DESIGN §8): a world's `agent` object, and an admin's edit of it.
void readAgentPolicy(const json& value, const std::string& path, const World& world, AgentPolicy& p)
{
    JsonObjectReader o(value, path);
    p.enabled = o.optBool("enabled", p.enabled);
    if (o.has("warning_health"))
        p.warning_health = o.number("warning_health", 1.0, 10.0);
    if (o.has("target_health"))
        p.target_health = o.number("target_health", 1.0, 10.0);
    if (o.has("min_gain"))
        p.min_gain = o.number("min_gain", 0.0, 1.0);
    if (p.target_health < p.warning_health)
        throw InputError(o.pathOf("target_health"), "must not be below warning_health");
    p.interval_ms = o.optInteger("interval_s", 1, 86400, p.interval_ms / 1000) * 1000;
    auto usd = [&](const char* key, Int128& out) {
        if (auto v = o.optDecimal(key, kUsdDecimals, Sign::NonNegative, maxUsdE8()))
            out = *v;
    };
    usd("auto_approve_usd", p.auto_approve_usd_e8);
    usd("big_tx_usd", p.big_tx_usd_e8);
    usd("period_limit_usd", p.period_limit_usd_e8);
    if (p.big_tx_usd_e8 < p.auto_approve_usd_e8)
        throw InputError(o.pathOf("big_tx_usd"), "must not be below auto_approve_usd");
    p.period_ms = o.optInteger("period_s", 60, 366LL * 86400, p.period_ms / 1000) * 1000;
    p.expiry_ms = o.optInteger("expiry_s", 60, 30LL * 86400, p.expiry_ms / 1000) * 1000;
    p.max_per_run = static_cast<int>(o.optInteger("max_per_run", 1, 100000, p.max_per_run));
    if (const json* buffers = o.optArray("buffers")) {
        p.buffers.clear();
        for (std::size_t i = 0; i < buffers->size(); ++i) {
            JsonObjectReader b((*buffers)[i], indexPath(o.pathOf("buffers"), i));
            LiquidityBuffer buf;
            buf.account = b.string("account");
            const std::string chain = b.string("chain");
            const std::string asset = b.string("asset");
            const int c = world.findChain(chain);
            if (c < 0)
                throw InputError(b.pathOf("chain"), "unknown chain '" + chain + "'");
            const int a = world.findAsset(asset);
            if (a < 0)
                throw InputError(b.pathOf("asset"), "unknown asset '" + asset + "'");
            buf.chain = static_cast<ChainIndex>(c);
            buf.asset = static_cast<AssetIndex>(a);
            const int decimals = world.assets[buf.asset].decimals;
            buf.min_amount = b.decimal("min_amount", decimals, Sign::NonNegative, maxTokenUnits(decimals));
            b.finish();
            p.buffers.push_back(std::move(buf));
        }
    }
    o.finish();
}

class Loader {
public:
    World load(const json& root)
    {
        JsonObjectReader top(root, "");
        m_world.version = static_cast<int>(top.integer("version", 1, 1000));
        if (m_world.version != 1)
            throw InputError("version", "unsupported version " + std::to_string(m_world.version) + " (this build reads 1)");
        m_world.name = top.optString("name").value_or("");
        const auto profile = top.optString("profile").value_or("clearmesh");
        if (profile == "clearmesh")
            m_world.profile = Profile::Clearmesh;
        else if (profile == "aave-v3")
            m_world.profile = Profile::AaveV3;
        else
            throw InputError("profile", "unknown profile '" + profile + "' (clearmesh or aave-v3)");
        m_world.start_time_s = top.optInteger("start_time", 0, 32503680000LL, 0);
        m_world.seed = static_cast<std::uint64_t>(top.optInteger("seed", 0, std::numeric_limits<std::int64_t>::max(), 1));

        eachElement(top, "chains", [this](const json& v, const std::string& p) { chain(v, p); });
        eachElement(top, "assets", [this](const json& v, const std::string& p) { asset(v, p); });
        if (m_world.assets.size() > kMaxAssets) // the ledger stores an asset in 16 bits
            throw InputError("assets", "at most " + std::to_string(kMaxAssets) + " assets are supported");
        eachElement(top, "routes", [this](const json& v, const std::string& p) { route(v, p); });
        if (const json* arr = top.optArray("emode_categories"))
            for (std::size_t i = 0; i < arr->size(); ++i)
                emode((*arr)[i], indexPath(top.pathOf("emode_categories"), i));
        if (const json* events = top.optArray("schedule"))
            for (std::size_t i = 0; i < events->size(); ++i) {
                JsonObjectReader e((*events)[i], indexPath(top.pathOf("schedule"), i));
                ScheduledChainEvent ev;
                ev.after_s = e.integer("after_s", 0, 10LL * 365 * 86400);
                ev.chain = chainRef(e, "chain");
                const std::string status = e.string("status");
                ev.status = parseChainStatus(status);
                if (ev.status == ChainStatus::Invalid)
                    throw InputError(e.pathOf("status"), "unknown status '" + status + "' (live, degraded or halted)");
                e.finish();
                m_world.schedule.push_back(ev);
            }
        std::stable_sort(m_world.schedule.begin(), m_world.schedule.end(),
                         [](const ScheduledChainEvent& a, const ScheduledChainEvent& b) { return a.after_s < b.after_s; });
        if (top.has("liquidation")) {
            JsonObjectReader l(top.raw("liquidation"), top.pathOf("liquidation"));
            LiquidationSettings& s = m_world.liquidation;
            s.enabled = l.optBool("enabled", true);
            if (l.has("target_health"))
                s.target_health = l.number("target_health", 1.0, 3.0);
            s.scan_interval_ms = l.optInteger("scan_interval_s", 1, 86400, 60) * 1000;
            if (const json* fund = l.optArray("insurance_fund"))
                for (std::size_t i = 0; i < fund->size(); ++i) {
                    JsonObjectReader f((*fund)[i], indexPath(l.pathOf("insurance_fund"), i));
                    const AssetIndex a = assetRef(f, "asset");
                    const int decimals = m_world.assets[a].decimals;
                    s.insurance_fund.emplace_back(a, f.decimal("amount", decimals, Sign::NonNegative, maxTokenUnits(decimals)));
                    f.finish();
                }
            if (l.has("settlement_asset"))
                s.settlement_asset = static_cast<int>(assetRef(l, "settlement_asset"));
            s.negative_equity_hold_blocks = l.optInteger("negative_equity_hold_blocks", 0, 1000000, 50);
            l.finish();
        }
        if (top.has("agent"))
            readAgentPolicy(top.raw("agent"), top.pathOf("agent"), m_world, m_world.agent);
        if (top.has("market_model"))
            marketModel(top.raw("market_model"), top.pathOf("market_model"));
        eachElement(top, "accounts", [this](const json& v, const std::string& p) { account(v, p); });
        top.finish();
        if (m_world.chains.empty())
            throw InputError("chains", "a world needs at least one chain");
        if (m_world.chains.size() > kMaxChains)
            throw InputError("chains", "at most " + std::to_string(kMaxChains) + " chains are supported");
        fillDefaultLocks();
        return std::move(m_world);
    }

private:
    template <typename F>
    void eachElement(JsonObjectReader& obj, const std::string& key, F&& f)
    {
        const json& arr = obj.array(key);
        for (std::size_t i = 0; i < arr.size(); ++i)
            f(arr[i], indexPath(obj.pathOf(key), i));
    }

    ChainIndex chainRef(JsonObjectReader& o, const std::string& key)
    {
        const auto id = o.string(key);
        const auto it = m_chainIds.find(id);
        if (it == m_chainIds.end())
            throw InputError(o.pathOf(key), "unknown chain '" + id + "'");
        return static_cast<ChainIndex>(it->second);
    }

    AssetIndex assetRef(JsonObjectReader& o, const std::string& key)
    {
        const auto id = o.string(key);
        const auto it = m_assetIds.find(id);
        if (it == m_assetIds.end())
            throw InputError(o.pathOf(key), "unknown asset '" + id + "'");
        return static_cast<AssetIndex>(it->second);
    }

    void chain(const json& v, const std::string& path)
    {
        JsonObjectReader o(v, path);
        Chain c;
        c.id = o.string("id");
        requireUnique(m_chainIds, c.id, o.pathOf("id"), "chain id");
        c.name = o.optString("name").value_or(c.id);
        c.block_time_ms = o.integer("block_time_ms", 1, kMaxMs);
        c.finality_ms = o.integer("finality_ms", 0, kMaxMs);
        const auto status = o.optString("status").value_or("live");
        c.status = parseChainStatus(status);
        if (c.status == ChainStatus::Invalid)
            throw InputError(o.pathOf("status"), "unknown status '" + status + "' (live, degraded or halted)");
        o.finish();
        m_world.chains.push_back(std::move(c));
    }

    void asset(const json& v, const std::string& path)
    {
        JsonObjectReader o(v, path);
        Asset a;
        a.symbol = o.string("symbol");
        requireUnique(m_assetIds, a.symbol, o.pathOf("symbol"), "asset symbol");
        a.decimals = static_cast<int>(o.integer("decimals", 0, kMaxDecimals));
        a.home_chain = chainRef(o, "home_chain");
        a.price_e8 = o.decimal("price", kUsdDecimals, Sign::NonNegative, maxPriceE8());
        if (a.price_e8 == 0)
            throw InputError(o.pathOf("price"), "price must be greater than zero");
        a.volatility = o.number("volatility", 0.0, 10.0);
        a.stable = o.optBool("stable", false);
        a.ltv_bps = static_cast<int>(o.integer("ltv_bps", 0, 10000));
        a.liquidation_threshold_bps = static_cast<int>(o.integer("liquidation_threshold_bps", 0, 10000));
        if (a.liquidation_threshold_bps < a.ltv_bps)
            throw InputError(o.pathOf("liquidation_threshold_bps"), "must not be below ltv_bps ("
                                                                       + std::to_string(a.ltv_bps) + ")");
        a.liquidation_bonus_bps = static_cast<int>(o.integer("liquidation_bonus_bps", 0, 20000));
        if (a.liquidation_threshold_bps > 0 && a.liquidation_bonus_bps < 10000)
            throw InputError(o.pathOf("liquidation_bonus_bps"), "includes 100 % as in Aave (e.g. 10500 for a 5 % bonus)");
        a.liquidation_protocol_fee_bps = static_cast<int>(o.integer("liquidation_protocol_fee_bps", 0, 10000));
        a.haircut_floor_bps = static_cast<int>(
            o.optInteger("haircut_floor_bps", 0, 10000, 10000 - a.liquidation_threshold_bps));
        a.liquidation_horizon_s = o.optInteger("liquidation_horizon_s", 1, 30LL * 24 * 3600, 3600);
        a.mmr_floor_bps = static_cast<int>(o.optInteger("mmr_floor_bps", 1, 10000, 120));
        if (const json* arr = o.optArray("oracle_sources")) {
            for (std::size_t i = 0; i < arr->size(); ++i) {
                JsonObjectReader src((*arr)[i], indexPath(o.pathOf("oracle_sources"), i));
                OracleSourceSpec spec{src.string("name"), chainRef(src, "chain")};
                for (const auto& other : a.oracle_sources)
                    if (other.name == spec.name && other.chain == spec.chain)
                        throw InputError(src.pathOf("name"), "duplicate oracle source '" + spec.name + "' on this chain");
                src.finish();
                a.oracle_sources.push_back(std::move(spec));
            }
        }
        o.finish();
        m_world.assets.push_back(std::move(a));
    }

    void route(const json& v, const std::string& path)
    {
        JsonObjectReader o(v, path);
        Route r;
        r.id = o.string("id");
        requireUnique(m_routeIds, r.id, o.pathOf("id"), "route id");
        r.from = chainRef(o, "from");
        r.to = chainRef(o, "to");
        if (r.from == r.to)
            throw InputError(o.pathOf("to"), "a route joins two different chains");
        r.asset = assetRef(o, "asset");
        const Asset& a = m_world.assets[r.asset];
        if (a.home_chain != r.from)
            throw InputError(o.pathOf("from"), "the vault of a route is on the asset's home chain ('"
                                                   + m_world.chains[a.home_chain].id + "' for " + a.symbol + ")");
        r.validators = static_cast<int>(o.integer("validators", 1, 1000));
        r.threshold = static_cast<int>(o.integer("threshold", 1, 1000));
        if (r.threshold > r.validators)
            throw InputError(o.pathOf("threshold"), "threshold " + std::to_string(r.threshold)
                                                        + " exceeds the " + std::to_string(r.validators) + " validators");
        r.latency_ms = o.integer("latency_ms", 0, kMaxMs);
        r.daily_limit_usd_e8 = o.decimal("daily_limit_usd", kUsdDecimals, Sign::NonNegative, maxUsdE8());
        r.big_tx_usd_e8 = o.decimal("big_tx_usd", kUsdDecimals, Sign::NonNegative, maxUsdE8());
        r.trust_addon_bps = static_cast<int>(o.optInteger("trust_addon_bps", 0, 10000, 0));
        r.fee_bps = static_cast<int>(o.optInteger("fee_bps", 0, 10000, 0));
        r.isolation_cap_usd_e8 = o.optDecimal("isolation_cap_usd", kUsdDecimals, Sign::NonNegative, maxUsdE8()).value_or(0);
        if (auto locked = o.optDecimal("locked", a.decimals, Sign::NonNegative, maxTokenUnits(a.decimals))) {
            r.locked = *locked;
            m_explicitLock.insert(m_world.routes.size());
        }
        if (const json* ops = o.optArray("operators")) {
            if (ops->size() != static_cast<std::size_t>(r.validators))
                throw InputError(o.pathOf("operators"), "one operator per validator: " + std::to_string(ops->size())
                                                             + " names for " + std::to_string(r.validators) + " validators");
            for (std::size_t i = 0; i < ops->size(); ++i) {
                const json& name = (*ops)[i];
                if (!name.is_string() || name.get<std::string>().empty())
                    throw InputError(indexPath(o.pathOf("operators"), i), "expected an operator name");
                r.operators.push_back(name.get<std::string>());
            }
        }
        // CCIP-style token bucket per direction; by default a day's governor limit of capacity,
        // refilled at that limit spread over the day.
        r.rate_capacity_usd_e8 = o.optDecimal("rate_capacity_usd", kUsdDecimals, Sign::NonNegative, maxUsdE8())
                                     .value_or(r.daily_limit_usd_e8);
        r.rate_refill_usd_e8_per_s = o.optDecimal("rate_refill_usd_per_s", kUsdDecimals, Sign::NonNegative, maxUsdE8())
                                         .value_or(r.daily_limit_usd_e8 / 86400);
        o.finish();
        m_world.routes.push_back(std::move(r));
    }

    void marketModel(const json& v, const std::string& path)
    {
        JsonObjectReader o(v, path);
        MarketModel& m = m_world.market_model;
        const std::size_t n = m_world.assets.size();
        if (const json* rows = o.optArray("correlation")) {
            if (rows->size() != n)
                throw InputError(o.pathOf("correlation"), "expected " + std::to_string(n) + " rows, one per asset in order");
            for (std::size_t i = 0; i < n; ++i) {
                const std::string rp = indexPath(o.pathOf("correlation"), i);
                const json& row = (*rows)[i];
                if (!row.is_array() || row.size() != n)
                    throw InputError(rp, "expected " + std::to_string(n) + " numbers");
                std::vector<double> r;
                for (std::size_t j = 0; j < n; ++j) {
                    if (!row[j].is_number() || std::fabs(row[j].get<double>()) > 1.0)
                        throw InputError(indexPath(rp, j), "expected a correlation in [-1, 1]");
                    r.push_back(row[j].get<double>());
                }
                if (r[i] != 1.0)
                    throw InputError(indexPath(rp, i), "the diagonal is 1");
                m.correlation.push_back(std::move(r));
            }
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < i; ++j)
                    if (std::fabs(m.correlation[i][j] - m.correlation[j][i]) > 1e-9)
                        throw InputError(indexPath(indexPath(o.pathOf("correlation"), i), j), "the matrix must be symmetric");
        }
        if (o.has("jumps")) {
            const json& jumps = o.raw("jumps");
            JsonObjectReader jr(jumps, o.pathOf("jumps"));
            m.jumps.assign(n, JumpSpec{});
            for (auto it = jumps.begin(); it != jumps.end(); ++it) {
                const auto a = m_assetIds.find(it.key());
                if (a == m_assetIds.end())
                    throw InputError(jr.pathOf(it.key()), "unknown asset '" + it.key() + "'");
                JsonObjectReader j(it.value(), jr.pathOf(it.key()));
                JumpSpec spec;
                spec.per_year = j.number("per_year", 0.0, 1000.0);
                spec.mean = j.number("mean", -5.0, 5.0);
                spec.stdev = j.number("stdev", 0.0, 5.0);
                j.finish();
                m.jumps[a->second] = spec;
            }
        }
        m.oracle_noise_bps = o.has("oracle_noise_bps") ? o.number("oracle_noise_bps", 0.0, 1000.0) : 0.0;
        m.oracle_outages_per_day = o.has("oracle_outages_per_day") ? o.number("oracle_outages_per_day", 0.0, 1440.0) : 0.0;
        m.oracle_outage_minutes = o.has("oracle_outage_minutes") ? o.number("oracle_outage_minutes", 0.0, 1440.0) : 0.0;
        m.relay_jitter_ms = o.optInteger("relay_jitter_ms", 0, 86400000, 0);
        o.finish();
    }

    void emode(const json& v, const std::string& path)
    {
        JsonObjectReader o(v, path);
        EModeCategory c;
        c.id = static_cast<int>(o.integer("id", 1, 255));
        if (m_world.findEMode(c.id))
            throw InputError(o.pathOf("id"), "duplicate e-mode category " + std::to_string(c.id));
        c.label = o.optString("label").value_or("");
        c.ltv_bps = static_cast<int>(o.integer("ltv_bps", 0, 10000));
        c.liquidation_threshold_bps = static_cast<int>(o.integer("liquidation_threshold_bps", 0, 10000));
        if (c.liquidation_threshold_bps < c.ltv_bps)
            throw InputError(o.pathOf("liquidation_threshold_bps"), "must not be below ltv_bps");
        c.liquidation_bonus_bps = static_cast<int>(o.integer("liquidation_bonus_bps", 10000, 20000));
        const json& assets = o.array("assets");
        for (std::size_t i = 0; i < assets.size(); ++i) {
            const std::string p = indexPath(o.pathOf("assets"), i);
            if (!assets[i].is_string())
                throw InputError(p, "expected an asset symbol");
            const auto it = m_assetIds.find(assets[i].get<std::string>());
            if (it == m_assetIds.end())
                throw InputError(p, "unknown asset '" + assets[i].get<std::string>() + "'");
            c.assets.push_back(static_cast<AssetIndex>(it->second));
        }
        o.finish();
        m_world.emode_categories.push_back(std::move(c));
    }

    void account(const json& v, const std::string& path)
    {
        JsonObjectReader o(v, path);
        Account acc;
        acc.id = o.string("id");
        requireUnique(m_accountIds, acc.id, o.pathOf("id"), "account id");
        acc.setOwner(o.optString("owner").value_or(acc.id));
        const auto role = o.optString("role").value_or("trader");
        acc.role = parseRole(role, o.pathOf("role"));
        acc.emode = static_cast<int>(o.optInteger("emode", 0, 255, 0));
        if (acc.emode != 0 && !m_world.findEMode(acc.emode))
            throw InputError(o.pathOf("emode"), "unknown e-mode category " + std::to_string(acc.emode));
        if (const json* arr = o.optArray("holdings")) {
            std::vector<Holding> items;
            for (std::size_t i = 0; i < arr->size(); ++i)
                items.push_back(holding((*arr)[i], indexPath(o.pathOf("holdings"), i)));
            acc.holdings().assign(items.data(), items.data() + items.size());
        }
        if (const json* arr = o.optArray("debts")) {
            std::vector<Debt> items;
            for (std::size_t i = 0; i < arr->size(); ++i)
                items.push_back(debt((*arr)[i], indexPath(o.pathOf("debts"), i)));
            acc.debts().assign(items.data(), items.data() + items.size());
        }
        if (const json* arr = o.optArray("positions")) {
            std::vector<Position> items;
            for (std::size_t i = 0; i < arr->size(); ++i)
                items.push_back(position((*arr)[i], indexPath(o.pathOf("positions"), i)));
            acc.positions().assign(items.data(), items.data() + items.size());
        }
        o.finish();
        m_world.accounts.push_back(std::move(acc));
    }

    static AccountRole parseRole(const std::string& role, const std::string& path)
    {
        for (auto r : {AccountRole::Viewer, AccountRole::Trader, AccountRole::Treasury, AccountRole::RiskOfficer,
                       AccountRole::Admin})
            if (role == toString(r))
                return r;
        throw InputError(path, "unknown role '" + role + "' (viewer, trader, treasury, risk_officer or admin)");
    }

    Holding holding(const json& v, const std::string& path)
    {
        JsonObjectReader o(v, path);
        Holding h;
        h.chain = chainRef(o, "chain");
        h.asset = assetRef(o, "asset");
        const Asset& a = m_world.assets[h.asset];
        if (auto routeId = o.optString("route")) {
            const auto it = m_routeIds.find(*routeId);
            if (it == m_routeIds.end())
                throw InputError(o.pathOf("route"), "unknown route '" + *routeId + "'");
            const Route& r = m_world.routes[it->second];
            if (r.asset != h.asset)
                throw InputError(o.pathOf("route"), "route '" + r.id + "' carries "
                                                        + m_world.assets[r.asset].symbol + ", not " + a.symbol);
            if (r.to != h.chain)
                throw InputError(o.pathOf("route"), "route '" + r.id + "' mints on '" + m_world.chains[r.to].id
                                                        + "', not on '" + m_world.chains[h.chain].id + "'");
            h.route = static_cast<RouteIndex>(it->second);
        } else if (a.home_chain != h.chain) {
            throw InputError(o.pathOf("chain"), a.symbol + " is native on '" + m_world.chains[a.home_chain].id
                                                    + "'; a holding on '" + m_world.chains[h.chain].id
                                                    + "' is a claim and names its route");
        }
        h.amount = o.decimal("amount", a.decimals, Sign::NonNegative, maxTokenUnits(a.decimals));
        o.finish();
        return h;
    }

    Debt debt(const json& v, const std::string& path)
    {
        JsonObjectReader o(v, path);
        Debt d;
        d.chain = chainRef(o, "chain");
        d.asset = assetRef(o, "asset");
        const int decimals = m_world.assets[d.asset].decimals;
        d.amount = o.decimal("amount", decimals, Sign::NonNegative, maxTokenUnits(decimals));
        o.finish();
        return d;
    }

    Position position(const json& v, const std::string& path)
    {
        JsonObjectReader o(v, path);
        Position p;
        const auto venue = m_world.venueIndex(o.string("venue"));
        if (!venue)
            throw InputError(o.pathOf("venue"), "at most " + std::to_string(kMaxAssets + 1) + " venues are supported");
        p.venue = static_cast<std::uint16_t>(*venue);
        p.chain = chainRef(o, "chain");
        p.market = assetRef(o, "market");
        const int decimals = m_world.assets[p.market].decimals;
        p.size = o.decimal("size", decimals, Sign::Any, maxTokenUnits(decimals));
        p.entry_price_e8 = o.decimal("entry_price", kUsdDecimals, Sign::NonNegative, maxPriceE8());
        if (p.entry_price_e8 == 0)
            throw InputError(o.pathOf("entry_price"), "entry price must be greater than zero");
        o.finish();
        return p;
    }

    // A route without an explicit "locked" is fully backed: its vault holds what was minted.
    void fillDefaultLocks()
    {
        for (const Account& acc : m_world.accounts)
            for (const Holding& h : acc.holdings())
                if (h.route != kNoRoute && !m_explicitLock.count(h.route))
                    m_world.routes[h.route].locked += h.amount;
    }

    World m_world;
    std::unordered_map<std::string, std::size_t> m_chainIds, m_assetIds, m_routeIds, m_accountIds;
    std::unordered_set<std::size_t> m_explicitLock;
};

} // namespace

Int128 maxTokenUnits(int decimals) { return pow10i(kMaxTokenDigits + decimals); }

Result<World> loadWorldJson(std::string_view text)
{
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        const auto pos = what.find("parse error");
        return Error{"not valid JSON: " + (pos == std::string::npos ? what : what.substr(pos))};
    }
    try {
        return Loader().load(root);
    } catch (const InputError& e) {
        return Error{e.what()};
    }
}

Result<World> loadWorldFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{path + ": cannot open the world file"};
    std::ostringstream buf;
    buf << in.rdbuf();
    auto world = loadWorldJson(buf.str());
    if (!world)
        return Error{path + ": " + world.error().message};
    return world;
}

Result<AgentPolicy> parseAgentPolicy(std::string_view text, const World& world, const AgentPolicy& base)
{
    json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded())
        return Error{"the policy is not valid JSON"};
    AgentPolicy p = base;
    try {
        readAgentPolicy(root, "", world, p);
    } catch (const InputError& e) {
        return Error{e.what()};
    }
    return p;
}

std::string formatAgentPolicy(const AgentPolicy& p, const World& world)
{
    json buffers = json::array();
    for (const LiquidityBuffer& b : p.buffers)
        buffers.push_back({{"account", b.account}, {"chain", world.chains[b.chain].id}, {"asset", world.assets[b.asset].symbol},
                           {"min_amount", formatDecimal(b.min_amount, world.assets[b.asset].decimals)}});
    return json{{"enabled", p.enabled},
                {"warning_health", p.warning_health},
                {"target_health", p.target_health},
                {"min_gain", p.min_gain},
                {"interval_s", p.interval_ms / 1000},
                {"auto_approve_usd", formatDecimal(p.auto_approve_usd_e8, kUsdDecimals)},
                {"big_tx_usd", formatDecimal(p.big_tx_usd_e8, kUsdDecimals)},
                {"period_limit_usd", formatDecimal(p.period_limit_usd_e8, kUsdDecimals)},
                {"period_s", p.period_ms / 1000},
                {"expiry_s", p.expiry_ms / 1000},
                {"max_per_run", p.max_per_run},
                {"buffers", buffers}}
        .dump();
}

} // namespace cm
