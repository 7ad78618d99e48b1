// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/aave/aave_profile.h"

#include "core/money/int128.h"

namespace cm::aave {
namespace {

U256 unitOf(const Asset& a) { return toU256(pow10i(a.decimals)); }
U256 priceOf(const MarketState& m, AssetIndex a) { return toU256(m.price_e8[a]); }

// Collateral parameters, with the e-mode category's where it covers the asset.
struct CollateralParams {
    int ltv_bps;
    int liquidation_threshold_bps;
    int liquidation_bonus_bps;
};

CollateralParams collateralParams(const World& world, int emode, AssetIndex asset)
{
    const Asset& a = world.assets[asset];
    CollateralParams p{a.ltv_bps, a.liquidation_threshold_bps, a.liquidation_bonus_bps};
    if (const EModeCategory* c = emode ? world.findEMode(emode) : nullptr; c && c->covers(asset)) {
        p.ltv_bps = c->ltv_bps;
        p.liquidation_threshold_bps = c->liquidation_threshold_bps;
        p.liquidation_bonus_bps = c->liquidation_bonus_bps;
    }
    return p;
}

} // namespace

Position Position::of(const World& world, const Account& account)
{
    Position p;
    p.collateral.assign(world.assets.size(), 0);
    p.debt.assign(world.assets.size(), 0);
    for (const Holding& h : account.holdings())
        p.collateral[h.asset] += toU256(h.amount);
    for (const Debt& d : account.debts())
        p.debt[d.asset] += toU256(d.amount);
    return p;
}

AccountData accountData(const World& world, const MarketState& market, int emode, const Position& position)
{
    AccountData d;
    U256 ltvSum = 0;
    U256 thresholdSum = 0;
    bool any = false;
    for (AssetIndex i = 0; i < world.assets.size(); ++i) {
        const bool collateral = position.collateral[i] != 0;
        const bool borrowed = position.debt[i] != 0;
        if (!collateral && !borrowed)
            continue;
        any = true;
        const Asset& a = world.assets[i];
        const U256 price = priceOf(market, i);
        const U256 unit = unitOf(a);
        // The base-asset liquidation threshold gates collateral, as in getParams(); e-mode only
        // changes the numbers.
        if (a.liquidation_threshold_bps != 0 && collateral) {
            const CollateralParams p = collateralParams(world, emode, i);
            const U256 balance = position.collateral[i] * price / unit;
            d.total_collateral_base += balance;
            if (a.ltv_bps != 0)
                ltvSum += balance * U256(p.ltv_bps);
            else
                d.has_zero_ltv_collateral = true;
            thresholdSum += balance * U256(p.liquidation_threshold_bps);
        }
        if (borrowed)
            d.total_debt_base += position.debt[i] * price / unit;
    }
    if (!any) {
        d.health_factor_wad = maxU256();
        return d;
    }
    d.avg_ltv_bps = d.total_collateral_base != 0 ? ltvSum / d.total_collateral_base : U256(0);
    d.avg_liquidation_threshold_bps = d.total_collateral_base != 0 ? thresholdSum / d.total_collateral_base : U256(0);
    d.health_factor_wad = d.total_debt_base == 0
                              ? maxU256()
                              : wadDiv(percentMul(d.total_collateral_base, d.avg_liquidation_threshold_bps),
                                       d.total_debt_base);
    return d;
}

Result<LiquidationPlan> liquidationCall(const World& world, const MarketState& market, const Account& account,
                                        AssetIndex collateralAsset, AssetIndex debtAsset, const U256& debtToCover)
{
    LiquidationPlan plan;
    Position position = Position::of(world, account);
    plan.before = accountData(world, market, account.emode, position);
    const U256 userCollateralBalance = position.collateral[collateralAsset];
    const U256 userReserveDebt = position.debt[debtAsset];

    // ValidationLogic.validateLiquidationCall, in its order.
    if (plan.before.health_factor_wad >= kHealthFactorLiquidationThreshold)
        return Error{"HealthFactorNotBelowThreshold"};
    if (world.assets[collateralAsset].liquidation_threshold_bps == 0 || userCollateralBalance == 0)
        return Error{"CollateralCannotBeLiquidated"};
    if (userReserveDebt == 0)
        return Error{"SpecifiedCurrencyNotBorrowedByUser"};

    const CollateralParams params = collateralParams(world, account.emode, collateralAsset);
    const U256 bonus = U256(params.liquidation_bonus_bps);
    plan.liquidation_bonus_bps = params.liquidation_bonus_bps;
    const U256 collateralPrice = priceOf(market, collateralAsset);
    const U256 debtPrice = priceOf(market, debtAsset);
    const U256 collateralUnit = unitOf(world.assets[collateralAsset]);
    const U256 debtUnit = unitOf(world.assets[debtAsset]);
    const U256 userReserveDebtInBase = userReserveDebt * debtPrice / debtUnit;
    const U256 userReserveCollateralInBase = userCollateralBalance * collateralPrice / collateralUnit;

    U256 maxLiquidatableDebt = userReserveDebt;
    if (userReserveCollateralInBase >= kMinBaseMaxCloseFactorThreshold
        && userReserveDebtInBase >= kMinBaseMaxCloseFactorThreshold
        && plan.before.health_factor_wad > kCloseFactorHfThreshold) {
        plan.close_factor_bps = kDefaultLiquidationCloseFactorBps;
        const U256 totalDefaultLiquidatable = percentMul(plan.before.total_debt_base, U256(kDefaultLiquidationCloseFactorBps));
        if (userReserveDebtInBase > totalDefaultLiquidatable)
            maxLiquidatableDebt = totalDefaultLiquidatable * debtUnit / debtPrice;
    }
    U256 actualDebt = debtToCover > maxLiquidatableDebt ? maxLiquidatableDebt : debtToCover;

    // _calculateAvailableCollateralToLiquidate
    const U256 baseCollateral = debtPrice * actualDebt * collateralUnit / (collateralPrice * debtUnit);
    const U256 maxCollateralToLiquidate = percentMul(baseCollateral, bonus);
    U256 collateralAmount;
    if (maxCollateralToLiquidate > userCollateralBalance) {
        collateralAmount = userCollateralBalance;
        actualDebt = percentDiv(collateralPrice * collateralAmount * debtUnit / (debtPrice * collateralUnit), bonus);
    } else {
        collateralAmount = maxCollateralToLiquidate;
    }
    const U256 collateralToLiquidateInBase = collateralAmount * collateralPrice / collateralUnit;
    U256 fee = 0;
    const U256 feeBps = U256(world.assets[collateralAsset].liquidation_protocol_fee_bps);
    if (feeBps != 0) {
        const U256 bonusCollateral = collateralAmount - percentDiv(collateralAmount, bonus);
        fee = percentMul(bonusCollateral, feeBps);
        collateralAmount -= fee;
    }

    // Either all debt, or all collateral, or more than MIN_LEFTOVER_BASE of both stays.
    if (actualDebt < userReserveDebt && collateralAmount + fee < userCollateralBalance) {
        const bool debtLeft = (userReserveDebt - actualDebt) * debtPrice / debtUnit >= kMinLeftoverBase;
        const bool collateralLeft =
            (userCollateralBalance - collateralAmount) * collateralPrice / collateralUnit >= kMinLeftoverBase;
        if (!(debtLeft && collateralLeft))
            return Error{"MustNotLeaveDust"};
    }

    plan.actual_debt_to_liquidate = actualDebt;
    plan.collateral_to_liquidator = collateralAmount;
    plan.protocol_fee = fee;
    plan.collateral_seized = collateralAmount + fee;
    plan.deficit.assign(world.assets.size(), 0);

    // Apply it: with no collateral left, every remaining debt becomes a reserve deficit.
    const bool hasNoCollateralLeft = plan.before.total_collateral_base == collateralToLiquidateInBase;
    position.collateral[collateralAsset] -= plan.collateral_seized;
    position.debt[debtAsset] -= actualDebt;
    if (hasNoCollateralLeft) {
        for (AssetIndex i = 0; i < world.assets.size(); ++i) {
            plan.deficit[i] = position.debt[i];
            position.debt[i] = 0;
        }
    }
    plan.after = accountData(world, market, account.emode, position);
    plan.position_after = std::move(position);
    return plan;
}

} // namespace cm::aave
