// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bridge/snapshot_view.h"

#include "core/api/snapshot.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <QDateTime>
#include <QStringList>

#include <cmath>
#include <limits>

namespace cm::ui {
namespace {

double usd(Int128 e8) { return toDouble(e8) / toDouble(kUsdOne); }
QString qs(const std::string& s) { return QString::fromStdString(s); }

} // namespace

SnapshotView::SnapshotView(std::shared_ptr<const cm::Snapshot> snapshot) : m_s(std::move(snapshot)) {}

quint64 SnapshotView::seq() const { return m_s ? m_s->seq : 0; }
quint64 SnapshotView::steps() const { return m_s ? m_s->steps : 0; }
qint64 SnapshotView::simTimeMs() const { return m_s ? m_s->sim_time_ms : 0; }
double SnapshotView::speed() const { return m_s ? m_s->speed : 0.0; }
bool SnapshotView::running() const { return m_s && m_s->running; }
QString SnapshotView::worldName() const { return m_s ? qs(m_s->world_name) : QString(); }
QString SnapshotView::scenario() const { return m_s ? qs(m_s->scenario) : QString(); }
QString SnapshotView::scenarioName() const { return m_s ? qs(m_s->scenario_name) : QString(); }
qint64 SnapshotView::scenarioTimeS() const { return m_s ? m_s->scenario_time_s : 0; }
double SnapshotView::scenarioProgress() const { return m_s ? m_s->scenario_progress : 0.0; }
quint64 SnapshotView::structureVersion() const { return m_s ? m_s->structure_version : 0; }
QString SnapshotView::journalPath() const { return m_s ? qs(m_s->journal_path) : QString(); }
quint64 SnapshotView::journalEvents() const { return m_s ? m_s->journal_events : 0; }
quint64 SnapshotView::auditEntryCount() const { return m_s ? m_s->audit_entries : 0; }
QString SnapshotView::operatorName() const { return m_s ? qs(m_s->operator_name) : QString(); }
QString SnapshotView::readOnlyReason() const { return m_s ? qs(m_s->read_only_reason) : QString(); }

int SnapshotView::routeCount() const { return m_s ? static_cast<int>(m_s->routes.size()) : 0; }

RouteView SnapshotView::route(int row) const
{
    const cm::RouteRow& r = m_s->routes[static_cast<std::size_t>(row)];
    RouteView v;
    v.id = qs(r.id);
    v.from = qs(r.from);
    v.to = qs(r.to);
    v.asset = qs(r.asset);
    v.locked = qs(formatDecimal(r.locked, r.decimals));
    v.minted = qs(formatDecimal(r.minted, r.decimals));
    v.backingRatio = r.backing_ratio;
    v.frozen = r.frozen;
    v.validators = r.validators;
    v.threshold = r.threshold;
    v.setVersion = r.set_version;
    v.weak = r.weak;
    v.trustAddon = r.trust_addon;
    v.trustReason = qs(r.trust_reason);
    v.bucketForwardUsd = usd(r.bucket_forward_usd_e8);
    v.bucketBackUsd = usd(r.bucket_back_usd_e8);
    v.bucketCapacityUsd = usd(r.bucket_capacity_usd_e8);
    v.lockedUsd = usd(r.locked_usd_e8);
    v.mintedUsd = usd(r.minted_usd_e8);
    v.flowForward24hUsd = usd(r.flow_forward_24h_usd_e8);
    v.flowBack24hUsd = usd(r.flow_back_24h_usd_e8);
    return v;
}

double SnapshotView::chainAssetUsd(int chain, int asset) const
{
    const std::size_t i = static_cast<std::size_t>(chain) * m_s->assets.size() + static_cast<std::size_t>(asset);
    return i < m_s->chain_asset_e8.size() ? usd(m_s->chain_asset_e8[i]) : 0.0;
}

int SnapshotView::transferCount() const { return m_s ? static_cast<int>(m_s->transfers.size()) : 0; }

TransferView SnapshotView::transfer(int row) const
{
    const cm::TransferRow& t = m_s->transfers[static_cast<std::size_t>(row)];
    TransferView v;
    v.id = t.id;
    v.route = qs(t.route);
    v.account = qs(t.account);
    v.amount = qs(t.amount);
    v.asset = qs(t.asset);
    v.state = qs(t.state);
    v.reason = qs(t.reason);
    v.back = t.back;
    v.external = t.external;
    v.usd = usd(t.usd_e8);
    v.requestedMs = t.requested_ms;
    v.lockedMs = t.locked_ms;
    v.committedMs = t.committed_ms;
    v.attestedMs = t.attested_ms;
    v.relayedMs = t.relayed_ms;
    v.doneMs = t.done_ms;
    v.releaseMs = t.release_ms;
    return v;
}

int SnapshotView::governorCount() const { return m_s ? static_cast<int>(m_s->governors.size()) : 0; }

GovernorView SnapshotView::governor(int row) const
{
    const cm::GovernorRow& g = m_s->governors[static_cast<std::size_t>(row)];
    return {qs(g.chain), usd(g.limit_usd_e8), usd(g.used_usd_e8), usd(g.headroom_usd_e8), usd(g.big_tx_usd_e8), g.queued,
            g.next_release_ms};
}

bool SnapshotView::liquidationEnabled() const { return m_s && m_s->liquidation_enabled; }
int SnapshotView::liquidationCount() const { return m_s ? static_cast<int>(m_s->liquidations.size()) : 0; }

LiquidationView SnapshotView::liquidation(int row) const
{
    const cm::LiquidationRow& l = m_s->liquidations[static_cast<std::size_t>(row)];
    return {l.id, qs(l.account), qs(l.state), qs(l.reason), qs(l.chain), qs(l.keeper), usd(l.shortfall_e8), l.health,
            l.created_ms, l.updated_ms, l.eta_ms, usd(l.repaid_e8), usd(l.seized_e8), usd(l.fee_e8), usd(l.bad_debt_e8),
            usd(l.deleveraged_e8), qs(l.kind), qs(l.asset), qs(l.history).trimmed()};
}

double SnapshotView::deleveragedUsd() const { return m_s ? usd(m_s->deleveraged_e8) : 0.0; }
int SnapshotView::lossCount() const { return m_s ? static_cast<int>(m_s->losses.size()) : 0; }

LossView SnapshotView::loss(int row) const
{
    const cm::LossRow& l = m_s->losses[static_cast<std::size_t>(row)];
    return {l.time_ms, qs(l.account), qs(l.event), qs(l.asset), qs(l.amount), qs(l.against), usd(l.usd_e8), usd(l.fund_e8),
            usd(l.deleveraged_e8), usd(l.socialized_e8), usd(l.price_e8)};
}

int SnapshotView::proposalCount() const { return m_s ? static_cast<int>(m_s->proposals.size()) : 0; }

ProposalView proposalView(const cm::ProposalRow& p)
{
    ProposalView v;
    v.id = p.id;
    v.kind = qs(p.kind);
    v.proposer = qs(p.proposer);
    v.account = qs(p.account);
    v.asset = qs(p.asset);
    v.from = qs(p.from);
    v.to = qs(p.to);
    v.route = qs(p.route);
    v.amount = qs(p.amount);
    v.state = qs(p.state);
    v.reason = qs(p.reason);
    v.back = p.back;
    v.usd = usd(p.usd_e8);
    v.costUsd = usd(p.cost_usd_e8);
    v.healthBefore = p.health_before;
    v.healthAfter = p.health_after;
    v.healthInFlight = p.health_in_flight;
    v.healthDone = p.health_done;
    v.etaMs = p.eta_ms;
    v.createdMs = p.created_ms;
    v.expiresMs = p.expires_ms;
    v.requiredApprovals = p.required_approvals;
    for (const std::string& a : p.approvers)
        v.approvers << qs(a);
    v.transfer = p.transfer;
    for (const auto& [t, text] : p.steps)
        v.steps.append({t, qs(text)});
    v.movable = qs(p.movable);
    return v;
}

ProposalView SnapshotView::proposal(int row) const { return proposalView(m_s->proposals[static_cast<std::size_t>(row)]); }
QString SnapshotView::operatorRole() const { return m_s ? qs(m_s->operator_role) : QString(); }
QString SnapshotView::agentPolicyJson() const { return m_s ? qs(m_s->agent_policy) : QString(); }
double SnapshotView::executedInPeriodUsd() const { return m_s ? usd(m_s->executed_in_period_e8) : 0.0; }

QStringList SnapshotView::operatorNames() const
{
    QStringList out;
    if (m_s)
        for (const cm::OperatorRow& o : m_s->operators)
            out << QStringLiteral("%1 (%2)").arg(qs(o.name), qs(o.role));
    return out;
}

int SnapshotView::holdCount() const { return m_s ? static_cast<int>(m_s->holds.size()) : 0; }

QStringList SnapshotView::holds() const
{
    QStringList out;
    if (m_s)
        for (const cm::HoldRow& h : m_s->holds)
            out << QStringLiteral("%1 (%2 blocks of %3, until %4)")
                       .arg(qs(h.account))
                       .arg(h.blocks)
                       .arg(qs(h.chain), QDateTime::fromMSecsSinceEpoch(h.until_ms, Qt::UTC).toString(QStringLiteral("HH:mm:ss")));
    return out;
}

int SnapshotView::fundPointCount() const { return m_s ? static_cast<int>(m_s->insurance_fund.size()) : 0; }
qint64 SnapshotView::fundPointTimeMs(int row) const { return m_s->insurance_fund[static_cast<std::size_t>(row)].first; }
double SnapshotView::fundPointUsd(int row) const { return usd(m_s->insurance_fund[static_cast<std::size_t>(row)].second); }
double SnapshotView::insuranceFundUsd() const { return m_s ? usd(m_s->insurance_fund_e8) : 0.0; }
double SnapshotView::badDebtUsd() const { return m_s ? usd(m_s->bad_debt_e8) : 0.0; }
double SnapshotView::socializedUsd() const { return m_s ? usd(m_s->socialized_e8) : 0.0; }

int SnapshotView::alertCount() const { return m_s ? static_cast<int>(m_s->alerts.size()) : 0; }
QString SnapshotView::alertText(int row) const
{
    const cm::AlertRow& a = m_s->alerts[static_cast<std::size_t>(row)];
    return qs(a.route) + QStringLiteral(": ") + qs(a.text);
}
bool SnapshotView::alertCritical(int row) const { return m_s->alerts[static_cast<std::size_t>(row)].critical; }

int SnapshotView::accountCount() const { return m_s ? static_cast<int>(m_s->accounts.size()) : 0; }
QString SnapshotView::accountId(int row) const { return qs(m_s->accounts[row].id); }
QString SnapshotView::accountOwner(int row) const { return qs(m_s->accounts[row].owner); }
QString SnapshotView::accountRole(int row) const { return QString::fromLatin1(toString(m_s->accounts[row].role)); }

QString SnapshotView::accountChains(int row) const
{
    QStringList ids;
    const std::uint64_t mask = m_s->accounts[row].chain_mask;
    for (std::size_t c = 0; c < m_s->chains.size(); ++c)
        if (mask & (std::uint64_t{1} << c))
            ids << qs(m_s->chains[c].id);
    return ids.join(QStringLiteral(", "));
}

double SnapshotView::collateralUsd(int row) const { return usd(m_s->accounts[row].collateral_e8); }
double SnapshotView::adjustedUsd(int row) const { return usd(m_s->accounts[row].adjusted_e8); }
double SnapshotView::debtUsd(int row) const { return usd(m_s->accounts[row].debt_e8); }
double SnapshotView::upnlUsd(int row) const { return usd(m_s->accounts[row].upnl_e8); }
double SnapshotView::requirementUsd(int row) const { return usd(m_s->accounts[row].requirement_e8); }
double SnapshotView::health(int row) const
{
    const auto i = static_cast<std::size_t>(row);
    return i < m_s->health.size() ? m_s->health[i] : m_s->accounts[i].health;
}
bool SnapshotView::liquidatable(int row) const { return m_s->accounts[row].liquidatable; }
double SnapshotView::maxLeverage(int row) const { return m_s->accounts[row].max_leverage; }

double SnapshotView::distanceToLiquidation(int row) const
{
    const auto& d = m_s->accounts[row].distance_to_liquidation;
    return d ? *d : std::numeric_limits<double>::quiet_NaN();
}

int SnapshotView::chainCount() const { return m_s ? static_cast<int>(m_s->chains.size()) : 0; }
QString SnapshotView::chainId(int row) const { return qs(m_s->chains[row].id); }
QString SnapshotView::chainName(int row) const { return qs(m_s->chains[row].name); }
QString SnapshotView::chainStatus(int row) const { return QString::fromLatin1(toString(m_s->chains[row].status)); }
double SnapshotView::chainCollateralUsd(int row) const { return usd(m_s->chains[row].collateral_e8); }
int SnapshotView::chainAccounts(int row) const { return static_cast<int>(m_s->chains[row].accounts); }
int SnapshotView::chainLiquidatable(int row) const { return static_cast<int>(m_s->chains[row].liquidatable); }
qint64 SnapshotView::chainBlockTimeMs(int row) const { return m_s->chains[row].block_time_ms; }
qint64 SnapshotView::chainFinalityMs(int row) const { return m_s->chains[row].finality_ms; }

quint64 SnapshotView::chainHeight(int row) const { return m_s->chains[row].height; }
quint64 SnapshotView::chainFinalizedHeight(int row) const { return m_s->chains[row].finalized_height; }
qint64 SnapshotView::chainFinalityLagMs(int row) const { return m_s->chains[row].finality_lag_ms; }

int SnapshotView::assetCount() const { return m_s ? static_cast<int>(m_s->assets.size()) : 0; }
QString SnapshotView::assetSymbol(int row) const { return qs(m_s->assets[row].symbol); }
double SnapshotView::assetPriceUsd(int row) const { return usd(m_s->assets[row].price_e8); }

double SnapshotView::assetChange(int row) const
{
    const auto& a = m_s->assets[row];
    return toDouble(a.price_e8) / toDouble(a.start_price_e8) - 1.0;
}

bool SnapshotView::assetStable(int row) const { return m_s->assets[row].stable; }
double SnapshotView::assetVolatility(int row) const { return m_s->assets[row].volatility; }
double SnapshotView::assetMaxLeverage(int row) const { return m_s->assets[row].max_leverage; }
double SnapshotView::assetDivergence(int row) const { return m_s->assets[row].divergence; }
QString SnapshotView::assetOracleState(int row) const { return qs(m_s->assets[row].oracle_state); }
int SnapshotView::assetFreshSources(int row) const { return static_cast<int>(m_s->assets[row].fresh_sources); }
int SnapshotView::assetSourceCount(int row) const { return static_cast<int>(m_s->assets[row].sources.size()); }

quint64 SnapshotView::assetRejected(int row) const
{
    quint64 n = 0;
    for (const auto& s : m_s->assets[row].sources)
        n += s.rejected;
    return n;
}

QString SnapshotView::assetLastRejection(int row) const
{
    for (const auto& s : m_s->assets[row].sources)
        if (!s.last_rejection.empty())
            return qs(s.name) + QStringLiteral(": ") + qs(s.last_rejection);
    return {};
}

QString SnapshotView::assetSourcesText(int row) const
{
    QStringList lines;
    for (const auto& s : m_s->assets[row].sources) {
        const QString age = s.age_ms < 0 ? QStringLiteral("never") : QStringLiteral("%1 s ago").arg(s.age_ms / 1000.0, 0, 'f', 1);
        lines << QStringLiteral("%1 (%2): $%3, %4, %5 accepted, %6 refused")
                     .arg(qs(s.name), qs(s.chain))
                     .arg(usd(s.price_e8), 0, 'f', 4)
                     .arg(age)
                     .arg(s.accepted)
                     .arg(s.rejected);
    }
    return lines.join(QLatin1Char('\n'));
}

QVector<OracleSourceView> SnapshotView::assetSources(int row) const
{
    QVector<OracleSourceView> out;
    for (const auto& src : m_s->assets[static_cast<std::size_t>(row)].sources)
        out.append({qs(src.name), qs(src.chain), usd(src.price_e8), src.age_ms, src.accepted, src.rejected, qs(src.last_rejection)});
    return out;
}

double SnapshotView::assetStaleS(int row) const { return m_s->assets[static_cast<std::size_t>(row)].stale_s; }
qint64 SnapshotView::oracleMaxAgeMs() const { return m_s ? m_s->oracle_max_age_ms : 0; }
double SnapshotView::oracleDivergenceWarn() const { return m_s ? m_s->oracle_divergence_warn : 0.0; }
double SnapshotView::oracleDivergenceHalt() const { return m_s ? m_s->oracle_divergence_halt : 0.0; }

int SnapshotView::liquidatableCount() const { return m_s ? static_cast<int>(m_s->liquidatable) : 0; }
double SnapshotView::totalCollateralUsd() const { return m_s ? usd(m_s->collateral_e8) : 0.0; }
double SnapshotView::totalRequirementUsd() const { return m_s ? usd(m_s->requirement_e8) : 0.0; }

} // namespace cm::ui
