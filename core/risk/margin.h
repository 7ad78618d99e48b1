// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/world.h"
#include "core/money/int128.h"
#include "core/risk/market_state.h"

#include <cstdint>
#include <optional>

namespace cm {

inline constexpr double kZ99 = 2.326;                 //!< one-sided 99 % normal quantile
inline constexpr double kSecondsPerYear = 365.0 * 24 * 3600;
inline constexpr double kMaintenanceFraction = 0.6;   //!< IMR = MMR / 0.6 (dYdX)
inline constexpr double kDivergenceWarn = 0.02;

//! The four parts of a holding's haircut (DESIGN §5); total = min(1, sum).
struct Haircut {
    double volatility = 0.0;   //!< h_base: floor or z·σ·sqrt(T_liq/1y)
    double latency = 0.0;      //!< extra price risk while the collateral settles where it is used
    double divergence = 0.0;   //!< oracle risk: divergence past the warning, plus z·σ·sqrt(stale age)
    double route = 0.0;        //!< trust add-on plus under-backing, claims only
    double horizon_s = 0.0;    //!< T(r); infinite when the collateral cannot reach a venue
    double total() const;
};

struct AccountMetrics {
    Int128 collateral_e8 = 0;     //!< Σ amount·price
    Int128 adjusted_e8 = 0;       //!< AC = Σ amount·price·(1 − h), each route's claims at most its isolation cap
    Int128 isolated_e8 = 0;       //!< what the routes' isolation caps took off AC
    Int128 debt_e8 = 0;           //!< D
    Int128 upnl_e8 = 0;           //!< U = Σ size·(mark − entry)
    Int128 requirement_e8 = 0;    //!< MR = D + Σ |size|·mark·MMR
    Int128 initial_e8 = 0;        //!< D + Σ |size|·mark·IMR
    double health = 0.0;          //!< (AC + U) / MR, +inf when MR = 0
    bool liquidatable = false;
    double max_leverage = 0.0;    //!< 1 / IMR of the account's exposure (0 when it has none)
    std::optional<double> distance_to_liquidation; //!< uniform fall of non-stable prices to health 1
    std::optional<AssetIndex> dominant_asset;     //!< non-stable asset with the largest gross exposure
    std::optional<double> liquidation_price_usd;  //!< its price at health 1, others unchanged

    Int128 equity_e8() const { return collateral_e8 + upnl_e8 - debt_e8; }
    Int128 free_collateral_e8() const { return adjusted_e8 + upnl_e8 - initial_e8; }
    bool healthInfinite() const;
};

//! Margin (DESIGN §5, profile clearmesh; §5a's health in profile aave-v3, where positions are
//! not Aave's and are left out) over a world and its moving market state.
class MarginCalculator {
public:
    MarginCalculator(const World& world, const MarketState& market);

    //! The chains where an account has debts or positions, as a bit mask.
    static std::uint64_t obligationChains(const Account& account);

    //! In profile aave-v3 the haircut is 1 − LT (the e-mode category's where it covers the
    //! asset) and time costs nothing; in clearmesh an e-mode threshold only moves the floor.
    Haircut haircut(const Holding& holding, std::uint64_t obligationChains, int emode = 0) const;
    //! The account's margin. `cuts`, when given, are its holdings' haircut totals in order (a
    //! caller that keeps them per market version, as the risk screen does, saves their cost).
    AccountMetrics compute(const Account& account, const double* cuts = nullptr) const;

    double maintenanceRate(AssetIndex asset) const;
    double initialRate(AssetIndex asset) const { return maintenanceRate(asset) / kMaintenanceFraction; }

    //! Latency of moving `asset` from one chain to another over its routes (through the home
    //! chain when needed); nullopt when no route joins them.
    std::optional<std::int64_t> latencyMs(AssetIndex asset, ChainIndex from, ChainIndex to) const;

private:
    double volTerm(AssetIndex asset, double horizon_s) const;
    int thresholdBps(AssetIndex asset, int emode) const;
    int ltvBps(AssetIndex asset, int emode) const;

    const World& m_world;
    const MarketState& m_market;
    //! m_routeTo[asset][chain]: the route that mints `asset` on `chain`, or kNoRoute.
    std::vector<std::vector<RouteIndex>> m_routeTo;
    bool m_anyCap = false; //!< some route has an isolation cap
};

} // namespace cm
