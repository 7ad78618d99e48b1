// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace cm {
struct AccountDetail;
}

namespace cm::ui {

//! Read-only view of one account's detail (holdings with haircut components, debts,
//! positions, metrics) as the core computed it. USD values are doubles for display only.
class AccountDetailView {
public:
    AccountDetailView() = default;
    explicit AccountDetailView(std::shared_ptr<const cm::AccountDetail> detail);

    bool isNull() const { return !m_d; }
    QString id() const;
    QString owner() const;
    QString role() const;

    double health() const;
    bool liquidatable() const;
    double collateralUsd() const;
    double adjustedUsd() const;
    //! What the routes' isolation caps took off the adjusted collateral (DESIGN §11).
    double isolatedUsd() const;
    double debtUsd() const;
    double requirementUsd() const;
    double upnlUsd() const;
    double equityUsd() const;
    double freeCollateralUsd() const;
    double maxLeverage() const;
    double distanceToLiquidation() const; //!< NaN when no fall liquidates
    QString dominantAsset() const;
    QString withdrawalHold() const;
    double liquidationPriceUsd() const;   //!< NaN when none

    //! Health if `asset`'s price moved by `change` (-0.3: 30 % down), everything else as it is:
    //! its holdings, debts and position marks scale, haircuts stay (they do not depend on the
    //! price); +inf when nothing is required. The what-if of the account panel.
    double healthIf(const QString& asset, double change) const;
    //! The assets whose price moves this account: held, owed or traded.
    QStringList exposedAssets() const;

    int holdingCount() const;
    QString holdingChain(int i) const;
    QString holdingAsset(int i) const;
    QString holdingRoute(int i) const;
    QString holdingAmount(int i) const;   //!< exact decimal
    double holdingPriceUsd(int i) const;
    double holdingValueUsd(int i) const;
    double haircut(int i) const;
    double haircutVolatility(int i) const;
    double haircutLatency(int i) const;
    double haircutOracle(int i) const;
    double haircutRoute(int i) const;
    double horizonSeconds(int i) const;   //!< +inf when no route reaches a venue

    int debtCount() const;
    QString debtChain(int i) const;
    QString debtAsset(int i) const;
    QString debtAmount(int i) const;
    double debtValueUsd(int i) const;

    int positionCount() const;
    QString positionVenue(int i) const;
    QString positionChain(int i) const;
    QString positionMarket(int i) const;
    QString positionSize(int i) const;
    double positionEntryUsd(int i) const;
    double positionMarkUsd(int i) const;
    double positionNotionalUsd(int i) const;
    double positionPnlUsd(int i) const;
    double positionMmr(int i) const;

private:
    std::shared_ptr<const cm::AccountDetail> m_d;
};

} // namespace cm::ui

Q_DECLARE_METATYPE(cm::ui::AccountDetailView)
