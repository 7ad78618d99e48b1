// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"
#include "core/risk/margin.h"
#include "core/risk/market_state.h"

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
    //! (Re)writes an account's items from its holdings, debts and positions.
    void encode(std::uint32_t account, const Account& a);
    //! Recomputes the factors of every class whose asset is marked (all when `all`).
    void refreshFactors(const std::vector<bool>& dirtyAsset, bool all);

    //! Revalues one account at the current factors. False when the account needs the exact
    //! calculator (isolation caps): its figures are then the caller's to set (setExact).
    bool revalue(std::uint32_t account)
    {
        const std::uint32_t b = m_begin[account];
        const std::uint32_t e = b + m_count[account];
        double c = m_coverConst[account];
        double r = 0.0;
        for (std::uint32_t k = b; k < e; ++k) {
            const double u = m_units[k];
            const std::uint16_t q = m_class[k];
            c += u * m_coverFactor[q];
            r += (u < 0 ? -u : u) * m_reqFactor[q];
        }
        m_cover[account] = c;
        m_req[account] = r;
        return !m_exactOnly[account];
    }
    //! An exactly computed account's figures (from the MarginCalculator's metrics).
    void setExact(std::uint32_t account, const AccountMetrics& m);

    double cover(std::uint32_t account) const { return m_cover[account]; }
    double requirement(std::uint32_t account) const { return m_req[account]; }
    //! (AC + U) / MR as the screen sees it; +inf without a requirement.
    double health(std::uint32_t account) const;
    //! How far the screen's cover − requirement may be from the exact one, in USD.
    double tolerance(std::uint32_t account) const
    {
        return 1e-9 * ((m_cover[account] < 0 ? -m_cover[account] : m_cover[account]) + m_req[account])
               + 1e-7 * (2.0 + m_count[account]);
    }
    //! True when the screen alone knows whether cover < requirement.
    bool decided(std::uint32_t account) const
    {
        const double gap = m_cover[account] - m_req[account];
        return !m_exactOnly[account] && (gap > tolerance(account) || gap < -tolerance(account));
    }
    //! Sure to be liquidatable / sure to be at or above `health` (within the tolerance).
    bool surelyAbove(std::uint32_t account, double health) const;
    bool exactOnly(std::uint32_t account) const { return m_exactOnly[account] != 0; }

    //! What one unit of the account's holding on (chain, route) counts as cover, in USD, at the
    //! current factors; nullopt when the account holds none there (or is screened exactly).
    std::optional<double> holdingCoverPerUnit(std::uint32_t account, AssetIndex asset, ChainIndex chain, RouteIndex route) const;
    std::size_t classCount() const { return m_classes.size(); }
    std::size_t accountCount() const { return m_begin.size(); }
    std::size_t itemCount() const { return m_units.size() - m_garbage; }
    //! Bytes a revaluation reads: items, per-account offsets, constants and results.
    std::size_t bytesRead() const;

    //! The raw arrays, for the benchmark's memory-scan baseline over the same bytes.
    const std::vector<double>& units() const { return m_units; }
    const std::vector<std::uint16_t>& classes() const { return m_class; }
    const std::vector<std::uint32_t>& begins() const { return m_begin; }
    const std::vector<std::uint16_t>& counts() const { return m_count; }
    const std::vector<double>& coverConsts() const { return m_coverConst; }

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
    void refreshClass(std::uint32_t c);
    void compact();

    static constexpr std::uint32_t kNoClass = 0xffffffffu;

    const World& m_world;
    const MarketState& m_market;
    const MarginCalculator& m_calc;

    std::vector<ClassKey> m_classes;
    std::unordered_map<ClassKey, std::uint32_t, ClassKeyHash> m_classIndex;
    std::vector<std::vector<std::uint32_t>> m_classesOfAsset;
    std::vector<double> m_coverFactor; //!< USD per unit counted as cover
    std::vector<double> m_reqFactor;   //!< USD per unit counted as requirement

    // Items: account-major, each account's in one run [begin, begin + count).
    std::vector<double> m_units;
    std::vector<std::uint16_t> m_class;
    std::size_t m_garbage = 0; //!< items of runs an account outgrew

    // Per account.
    std::vector<std::uint32_t> m_begin;
    std::vector<std::uint16_t> m_count;
    std::vector<std::uint16_t> m_capacity;
    std::vector<std::uint8_t> m_exactOnly;
    std::vector<double> m_coverConst; //!< −Σ size·entry of the perpetuals, USD
    std::vector<double> m_cover;
    std::vector<double> m_req;
};

} // namespace cm
