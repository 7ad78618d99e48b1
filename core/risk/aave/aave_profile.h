// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/world.h"
#include "core/risk/aave/aave_math.h"
#include "core/risk/market_state.h"

#include <vector>

namespace cm::aave {

//! An account as Aave's pool sees it: one balance per reserve (holdings of an asset on every
//! chain add up), one variable debt per reserve. Perpetual positions have no place here.
struct Position {
    std::vector<U256> collateral; //!< base units per asset
    std::vector<U256> debt;       //!< base units per asset
    static Position of(const World& world, const Account& account);
};

//! GenericLogic.calculateUserAccountData (v3.3): base currency is USD with 8 decimals.
struct AccountData {
    U256 total_collateral_base;
    U256 total_debt_base;
    U256 avg_ltv_bps;
    U256 avg_liquidation_threshold_bps;
    U256 health_factor_wad;            //!< type(uint256).max without debt
    bool has_zero_ltv_collateral = false;
};

AccountData accountData(const World& world, const MarketState& market, int emode, const Position& position);

//! The outcome of LiquidationLogic.executeLiquidationCall (v3.3), without moving anything.
struct LiquidationPlan {
    U256 actual_debt_to_liquidate;     //!< debt asset units the liquidator repays
    U256 collateral_to_liquidator;     //!< collateral units the liquidator receives
    U256 protocol_fee;                 //!< collateral units to the treasury (share of the bonus)
    U256 collateral_seized;            //!< taken from the account: to liquidator + fee
    int close_factor_bps = 10000;
    int liquidation_bonus_bps = 0;
    std::vector<U256> deficit;         //!< per asset: debt written off as a reserve deficit
    AccountData before;
    AccountData after;
    Position position_after;
};

//! debtToCover in debt asset units (maxU256() for "max"). A refusal is an Error whose message
//! is Aave's error name: HealthFactorNotBelowThreshold, CollateralCannotBeLiquidated,
//! SpecifiedCurrencyNotBorrowedByUser, MustNotLeaveDust.
Result<LiquidationPlan> liquidationCall(const World& world, const MarketState& market, const Account& account,
                                        AssetIndex collateralAsset, AssetIndex debtAsset, const U256& debtToCover);

inline const U256 kHealthFactorLiquidationThreshold = U256(1000000000000000000ULL);   // 1e18
inline const U256 kCloseFactorHfThreshold = U256(950000000000000000ULL);              // 0.95e18
inline const U256 kMinBaseMaxCloseFactorThreshold = U256(200000000000ULL);            // $2,000, 8 decimals
inline const U256 kMinLeftoverBase = kMinBaseMaxCloseFactorThreshold / 2;
inline constexpr int kDefaultLiquidationCloseFactorBps = 5000;

} // namespace cm::aave
