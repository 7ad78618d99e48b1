// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QStringList>
#include <QString>

#include <memory>

namespace cm {
struct Snapshot;
struct ProposalRow;
}

namespace cm::ui {

//! Read-only view of one core snapshot for models and widgets; the only window onto core data
//! outside ui/bridge/. Cheap to copy (shares the immutable snapshot). USD values are doubles
//! for display and sorting only; the ledger behind them is exact.
//! A route for the bridge monitor: amounts in token units (exact strings), USD as doubles.
struct RouteView {
    QString id, from, to, asset;
    QString locked, minted;
    double backingRatio = 1.0;
    bool frozen = false;
    int validators = 0, threshold = 0;
    quint32 setVersion = 1;
    bool weak = false;
    double trustAddon = 0.0;
    QString trustReason;
    double bucketForwardUsd = 0.0, bucketBackUsd = 0.0, bucketCapacityUsd = 0.0;
    double lockedUsd = 0.0, mintedUsd = 0.0;
    double flowForward24hUsd = 0.0, flowBack24hUsd = 0.0; //!< requested in the last 24 h
};

//! One price source of an asset's oracle.
struct OracleSourceView {
    QString name, chain;
    double priceUsd = 0.0;
    qint64 ageMs = -1; //!< -1: never reported
    quint64 accepted = 0, rejected = 0;
    QString lastRejection;
};

struct TransferView {
    quint64 id = 0;
    QString route, account, amount, asset, state, reason;
    bool back = false, external = false;
    double usd = 0.0;
    qint64 requestedMs = 0, lockedMs = 0, committedMs = 0, attestedMs = 0, relayedMs = 0, doneMs = 0, releaseMs = 0;
};

struct GovernorView {
    QString chain;
    double limitUsd = 0.0, usedUsd = 0.0, headroomUsd = 0.0, bigTxUsd = 0.0;
    quint32 queued = 0;
    qint64 nextReleaseMs = 0;
};

struct LiquidationView {
    quint64 id = 0;
    QString account, state, reason, chain, keeper;
    double shortfallUsd = 0.0, health = 0.0;
    qint64 createdMs = 0, updatedMs = 0, etaMs = 0;
    double repaidUsd = 0.0, seizedUsd = 0.0, feeUsd = 0.0, badDebtUsd = 0.0, deleveragedUsd = 0.0;
    QString kind, asset, history;
};

struct LossView {
    qint64 timeMs = 0;
    QString account, event, asset, amount, against;
    double usd = 0.0, fundUsd = 0.0, deleveragedUsd = 0.0, socializedUsd = 0.0, priceUsd = 0.0;
};

//! A proposed collateral move (DESIGN §8) and its way so far.
struct ProposalView {
    quint64 id = 0;
    QString kind, proposer, account, asset, from, to, route, amount, state, reason;
    bool back = false;
    double usd = 0.0, costUsd = 0.0;
    double healthBefore = 0.0, healthAfter = 0.0, healthInFlight = 0.0, healthDone = 0.0; //!< +inf when nothing is required
    qint64 etaMs = 0, createdMs = 0, expiresMs = 0;
    int requiredApprovals = 1;
    QStringList approvers;
    quint64 transfer = 0;
    QVector<QPair<qint64, QString>> steps;
    QString movable; //!< a preview's: the most of the holding that may leave now
};

ProposalView proposalView(const cm::ProposalRow& row);

class SnapshotView {
public:
    SnapshotView() = default;
    explicit SnapshotView(std::shared_ptr<const cm::Snapshot> snapshot);

    bool isNull() const { return !m_s; }
    quint64 seq() const;
    quint64 steps() const;
    qint64 simTimeMs() const;
    double speed() const;
    bool running() const;
    QString worldName() const;
    QString scenario() const;           //!< title of the replay running, empty if none
    QString scenarioName() const;       //!< its name, as in resources/scenarios/<name>.json
    qint64 scenarioTimeS() const;
    double scenarioProgress() const;
    quint64 structureVersion() const;
    QString journalPath() const;        //!< empty without a journal
    quint64 journalEvents() const;
    quint64 auditEntryCount() const;
    QString operatorName() const;
    QString readOnlyReason() const;     //!< non-empty while the core refuses every change

    // The interop layer (DESIGN §6).
    int routeCount() const;
    RouteView route(int row) const;
    int transferCount() const;
    TransferView transfer(int row) const;
    int governorCount() const;
    GovernorView governor(int row) const;
    // Liquidations (DESIGN §7).
    bool liquidationEnabled() const;
    int liquidationCount() const;
    LiquidationView liquidation(int row) const;
    int fundPointCount() const;
    qint64 fundPointTimeMs(int row) const;
    double fundPointUsd(int row) const;
    double insuranceFundUsd() const;
    double badDebtUsd() const;
    double socializedUsd() const;
    double deleveragedUsd() const;
    int lossCount() const;
    LossView loss(int row) const;
    int holdCount() const;
    //! "account (until HH:MM:SS)" of every hold in force.
    QStringList holds() const;
    // The clearing agent and approvals (DESIGN §8).
    int proposalCount() const;
    ProposalView proposal(int row) const;
    QString operatorRole() const;        //!< the acting operator's role ("none" for an unknown name)
    QStringList operatorNames() const;   //!< the profiles, "name (role)"
    QString agentPolicyJson() const;
    double executedInPeriodUsd() const;
    int alertCount() const;
    QString alertText(int row) const;   //!< "route: text"
    bool alertCritical(int row) const;

    int accountCount() const;
    QString accountId(int row) const;
    QString accountOwner(int row) const;
    QString accountRole(int row) const;
    QString accountChains(int row) const;   //!< ids of the chains it holds collateral on
    double collateralUsd(int row) const;
    double adjustedUsd(int row) const;
    double debtUsd(int row) const;
    double upnlUsd(int row) const;
    double requirementUsd(int row) const;
    double health(int row) const;           //!< +inf when nothing is required
    bool liquidatable(int row) const;
    double maxLeverage(int row) const;
    double distanceToLiquidation(int row) const; //!< NaN when no fall of prices liquidates

    int chainCount() const;
    QString chainId(int row) const;
    QString chainName(int row) const;
    QString chainStatus(int row) const;
    double chainCollateralUsd(int row) const;
    int chainAccounts(int row) const;
    int chainLiquidatable(int row) const;
    qint64 chainBlockTimeMs(int row) const;
    qint64 chainFinalityMs(int row) const;
    quint64 chainHeight(int row) const;
    quint64 chainFinalizedHeight(int row) const;
    qint64 chainFinalityLagMs(int row) const;  //!< grows while the chain is halted

    //! Collateral value of one asset on one chain (the collateral map).
    double chainAssetUsd(int chain, int asset) const;

    int assetCount() const;
    QString assetSymbol(int row) const;
    double assetPriceUsd(int row) const;
    double assetChange(int row) const;      //!< relative to the world's start price
    bool assetStable(int row) const;
    double assetVolatility(int row) const;  //!< EWMA, annualized
    double assetMaxLeverage(int row) const; //!< 1 / IMR
    double assetDivergence(int row) const;
    QString assetOracleState(int row) const;
    int assetFreshSources(int row) const;
    int assetSourceCount(int row) const;
    quint64 assetRejected(int row) const;   //!< refused prices over all its sources
    QString assetLastRejection(int row) const; //!< "source: reason" of the latest, if any
    QString assetSourcesText(int row) const;   //!< one line per source, for tooltips
    QVector<OracleSourceView> assetSources(int row) const;
    double assetStaleS(int row) const;         //!< seconds since its last fresh price (0 while fresh)
    qint64 oracleMaxAgeMs() const;
    double oracleDivergenceWarn() const;
    double oracleDivergenceHalt() const;

    int liquidatableCount() const;
    double totalCollateralUsd() const;
    double totalRequirementUsd() const;

private:
    std::shared_ptr<const cm::Snapshot> m_s;
};

} // namespace cm::ui

Q_DECLARE_METATYPE(cm::ui::SnapshotView)
