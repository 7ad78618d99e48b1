// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"
#include "core/risk/margin.h"
#include "core/risk/market_state.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace cm {

//! The book's health at memory speed: every account's holdings, debts and positions as a flat
//! array of (units, class) pairs, where a class is what a term's value per unit depends on
//! besides the price (asset, chain, route, the account's obligation chains, e-mode). A class's
//! factors (USD per unit counted as cover, and as requirement) are computed once per market
//! change by the MarginCalculator itself; an account's revaluation is then two multiply-adds
//! per item:
//!
//!     cover = Σ units·cover_factor[class] − Σ size·entry,   requirement = Σ |units|·req_factor[class]
//!
//! The screen is in double and is not the ledger: it decides only where it is sure. Within
//! `tolerance()` of health 1 (per-item rounding of the exact e8 values, double rounding), and
//! for accounts holding claims of an isolation-capped route (a min, not a sum), the caller
//! asks the exact Int128 MarginCalculator.
class RiskScreen {
public:
    RiskScreen(const World& world, const MarketState& market, const MarginCalculator& calc);

    //! Forgets every account (a state load encodes them again); classes stay.
    void clearAccounts();
    //! (Re)writes an account's items from its holdings, debts and positions and revalues it.
    void encode(std::uint32_t account, const Account& a);

    //! A full revaluation: every class's factors recomputed, every account's figures summed
    //! afresh from its items. The accounts not surely healthy are then in attention().
    void refreshAll();
    //! Revalues one account at the current factors. False when the account needs the exact
    //! calculator (isolation caps): its figures are then the caller's to set (setExact).
    bool revalue(std::uint32_t account)
    {
        Cell& cell = m_cells[account];
        const std::uint32_t b = cell.begin;
        const std::uint32_t e = b + cell.count;
        // Two accumulators each: the items' products are independent, and one chain of adds
        // would wait on the adder's latency at every item.
        double c0 = cell.cover_const, c1 = 0.0, r0 = 0.0, r1 = 0.0;
        std::uint32_t k = b;
        for (; k + 1 < e; k += 2) {
            const double u0 = m_units[k], u1 = m_units[k + 1];
            const Factors& f0 = m_factors[m_class[k]];
            const Factors& f1 = m_factors[m_class[k + 1]];
            c0 += u0 * f0.cover;
            c1 += u1 * f1.cover;
            r0 += std::fabs(u0) * f0.req;
            r1 += std::fabs(u1) * f1.req;
        }
        if (k < e) {
            const double u = m_units[k];
            const Factors& f = m_factors[m_class[k]];
            c0 += u * f.cover;
            r0 += std::fabs(u) * f.req;
        }
        cell.cover = c0 + c1;
        cell.req = r0 + r1;
        cell.flags |= kMoved | kMovedSinceScan;
        return !cell.exact_only;
    }
    //! A price tick's revaluation: the factors of the marked assets' classes recomputed and the
    //! accounts exposed to them revalued, from each asset's own list of accounts (a tick reads
    //! the accounts it moves, not the whole book).
    void tick(const std::vector<bool>& dirtyAsset);
    //! After refreshAll() or tick(): the accounts they moved that are not surely healthy, and
    //! those screened exactly, ascending: what needs a look beyond the screen.
    const std::vector<std::uint32_t>& attention() const { return m_attention; }

    //! The account's figures moved since its exact margin was last taken (clearMoved) / since
    //! the liquidation scan last looked at it (clearMovedSinceScan).
    //! Fetches an account's cell, then (once the cell is in) its items, ahead of use.
    void prefetch(std::uint32_t account) const { __builtin_prefetch(&m_cells[account], 1); }
    void prefetchItems(std::uint32_t account) const
    {
        const Cell& c = m_cells[account];
        if (c.count == 0)
            return;
        __builtin_prefetch(&m_units[c.begin]);
        __builtin_prefetch(&m_units[c.begin + c.count - 1]); // the run's last line, when it spans two
        __builtin_prefetch(&m_class[c.begin]);
    }
    bool moved(std::uint32_t account) const { return m_cells[account].flags & kMoved; }
    void clearMoved(std::uint32_t account) { m_cells[account].flags &= static_cast<std::uint8_t>(~kMoved); }
    bool movedSinceScan(std::uint32_t account) const { return m_cells[account].flags & kMovedSinceScan; }
    void clearMovedSinceScan(std::uint32_t account) { m_cells[account].flags &= static_cast<std::uint8_t>(~kMovedSinceScan); }

    //! An exactly computed account's figures (from the MarginCalculator's metrics).
    void setExact(std::uint32_t account, const AccountMetrics& m);

    double cover(std::uint32_t account) const { return m_cells[account].cover; }
    double requirement(std::uint32_t account) const { return m_cells[account].req; }
    //! (AC + U) / MR as the screen sees it; +inf without a requirement.
    double health(std::uint32_t account) const;
    //! How far the screen's cover − requirement may be from the exact one, in USD: per-item
    //! rounding of the exact e8 values, and double rounding of the sums.
    double tolerance(std::uint32_t account) const
    {
        const Cell& c = m_cells[account];
        return 1e-9 * (std::fabs(c.cover) + c.req) + 1e-7 * (2.0 + c.count);
    }
    //! True when the screen alone knows whether cover < requirement.
    bool decided(std::uint32_t account) const
    {
        const Cell& c = m_cells[account];
        const double gap = c.cover - c.req;
        const double tol = tolerance(account);
        return !c.exact_only && (gap > tol || gap < -tol);
    }
    //! Sure to be healthy: decided and cover > requirement.
    bool surelyHealthy(std::uint32_t account) const
    {
        const Cell& c = m_cells[account];
        return !c.exact_only && c.cover - c.req > tolerance(account);
    }
    //! Sure to be at or above `health` (within the tolerance).
    bool surelyAbove(std::uint32_t account, double health) const;
    bool exactOnly(std::uint32_t account) const { return m_cells[account].exact_only != 0; }

    //! The haircut total of the account's k-th holding, as the factors have it; nullopt when
    //! the account is screened exactly or has no such holding.
    std::optional<double> holdingCut(std::uint32_t account, std::size_t k) const
    {
        const Cell& c = m_cells[account];
        if (c.exact_only || k >= c.count || m_classes[m_class[c.begin + k]].kind != Kind::Holding)
            return std::nullopt;
        return m_cut[m_class[c.begin + k]];
    }
    //! The haircut totals of the account's holdings, in order, as the factors have them (current
    //! after a refresh or tick); false for an account screened exactly.
    bool holdingCuts(std::uint32_t account, std::vector<double>& out) const;
    //! Accounts with an item of the asset (the exactly screened ones too).
    std::size_t exposedAccounts(AssetIndex asset) const;
    std::size_t accountCount() const { return m_cells.size(); }

    //! The raw arrays, for the benchmark's memory-scan baseline over the same bytes.
    const std::vector<double>& units() const { return m_units; }
    const std::vector<std::uint16_t>& classes() const { return m_class; }
    //! Per account: cover, requirement, −Σ size·entry (USD), first item, item count, flags.
    struct Cell {
        double cover = 0.0;
        double req = 0.0;
        double cover_const = 0.0; //!< −Σ size·entry of the perpetuals
        std::uint32_t begin = 0;
        std::uint16_t count = 0;
        std::uint8_t exact_only = 0;
        std::uint8_t flags = 0; //!< kMoved, kMovedSinceScan
    };
    static constexpr std::uint8_t kMoved = 1;
    static constexpr std::uint8_t kMovedSinceScan = 2;
    const std::vector<Cell>& cells() const { return m_cells; }

private:
    enum class Kind : std::uint8_t { Holding, Debt, Position };
    struct ClassKey {
        Kind kind;
        AssetIndex asset;
        ChainIndex chain;
        RouteIndex route;
        std::uint64_t mask;
        int emode;
        bool operator==(const ClassKey&) const = default;
    };
    struct ClassKeyHash {
        std::size_t operator()(const ClassKey& k) const;
    };
    //! The class of a key, made when new; kNoClass when there are too many.
    std::uint32_t classOf(const ClassKey& key);
    //! Recomputes a class's factors; returns the change (cover, requirement).
    std::pair<double, double> refreshClass(std::uint32_t c);
    void compact();
    //! Revalues the accounts named (ascending), adding those not surely healthy to attention().
    void revalueListed(const std::vector<std::uint32_t>& list);
    //! Rewrites an account's entries in the asset lists from its items (or none when exact).
    void reindexExposure(std::uint32_t account, const std::vector<AssetIndex>& oldAssets);

    static constexpr std::uint32_t kNoClass = 0xffffffffu;
    //! From this many accounts on, a tick runs on two threads.
    static constexpr std::size_t kParallelTick = 16384;

    const World& m_world;
    const MarketState& m_market;
    const MarginCalculator& m_calc;

    std::vector<ClassKey> m_classes;
    std::unordered_map<ClassKey, std::uint32_t, ClassKeyHash> m_classIndex;
    std::vector<std::vector<std::uint32_t>> m_classesOfAsset;
    //! The factors the accounts' figures include: USD per unit counted as cover / requirement.
    struct Factors {
        double cover = 0.0;
        double req = 0.0;
    };
    std::vector<Factors> m_factors;
    std::vector<double> m_cut; //!< a holding class's haircut total

    // Items: account-major, each account's in one run [begin, begin + count).
    std::vector<double> m_units;
    std::vector<std::uint16_t> m_class;
    std::size_t m_garbage = 0; //!< items of runs an account outgrew

    std::vector<Cell> m_cells;
    std::vector<std::uint16_t> m_capacity;
    //! Per asset: the accounts with an item of it, ascending (4 bytes an account and asset); and
    //! the exactly screened accounts exposed to it.
    std::vector<std::vector<std::uint32_t>> m_exposure;
    std::vector<std::vector<std::uint32_t>> m_exactExposed;
    std::vector<std::uint32_t> m_attention;
};

} // namespace cm
