// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bridge/account_detail_view.h"

#include "core/api/account_detail.h"
#include "core/money/decimal.h"
#include "core/money/money_math.h"

#include <cmath>
#include <limits>

namespace cm::ui {
namespace {

double usd(Int128 e8) { return toDouble(e8) / toDouble(kUsdOne); }
QString qs(const std::string& s) { return QString::fromStdString(s); }
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

AccountDetailView::AccountDetailView(std::shared_ptr<const cm::AccountDetail> detail) : m_d(std::move(detail)) {}

double AccountDetailView::healthIf(const QString& asset, double change) const
{
    if (!m_d)
        return kNaN;
    const std::string a = asset.toStdString();
    auto moved = [&](const std::string& of, double v) { return of == a ? v * (1.0 + change) : v; };
    // As the margin computes them, with the isolation caps' cut taken off as it stands.
    double adjusted = -usd(m_d->metrics.isolated_e8), debt = 0.0, pnl = 0.0, requirement = 0.0;
    for (const HoldingDetail& h : m_d->holdings)
        adjusted += moved(h.asset, usd(h.value_e8)) * (1.0 - h.haircut.total());
    for (const DebtDetail& d : m_d->debts)
        debt += moved(d.asset, usd(d.value_e8));
    for (const PositionDetail& p : m_d->positions) {
        const double mark = moved(p.market, usd(p.mark_price_e8));
        const double units = toDouble(p.size) / toDouble(pow10i(p.decimals));
        pnl += units * (mark - usd(p.entry_price_e8));
        requirement += std::fabs(units) * mark * p.mmr;
    }
    requirement += debt;
    if (requirement <= 0.0)
        return std::numeric_limits<double>::infinity();
    return (std::max(0.0, adjusted) + pnl) / requirement;
}

QStringList AccountDetailView::exposedAssets() const
{
    QStringList out;
    if (!m_d)
        return out;
    auto add = [&](const std::string& s) {
        if (!out.contains(qs(s)))
            out << qs(s);
    };
    for (const HoldingDetail& h : m_d->holdings)
        add(h.asset);
    for (const DebtDetail& d : m_d->debts)
        add(d.asset);
    for (const PositionDetail& p : m_d->positions)
        add(p.market);
    return out;
}

QString AccountDetailView::id() const { return m_d ? qs(m_d->id) : QString(); }
QString AccountDetailView::owner() const { return qs(m_d->owner); }
QString AccountDetailView::role() const { return qs(m_d->role); }
double AccountDetailView::health() const { return m_d->metrics.health; }
bool AccountDetailView::liquidatable() const { return m_d->metrics.liquidatable; }
double AccountDetailView::collateralUsd() const { return usd(m_d->metrics.collateral_e8); }
double AccountDetailView::adjustedUsd() const { return usd(m_d->metrics.adjusted_e8); }
double AccountDetailView::isolatedUsd() const { return usd(m_d->metrics.isolated_e8); }
double AccountDetailView::debtUsd() const { return usd(m_d->metrics.debt_e8); }
double AccountDetailView::requirementUsd() const { return usd(m_d->metrics.requirement_e8); }
double AccountDetailView::upnlUsd() const { return usd(m_d->metrics.upnl_e8); }
double AccountDetailView::equityUsd() const { return usd(m_d->metrics.equity_e8()); }
double AccountDetailView::freeCollateralUsd() const { return usd(m_d->metrics.free_collateral_e8()); }
double AccountDetailView::maxLeverage() const { return m_d->metrics.max_leverage; }
double AccountDetailView::distanceToLiquidation() const { return m_d->metrics.distance_to_liquidation.value_or(kNaN); }
QString AccountDetailView::dominantAsset() const { return qs(m_d->dominant_asset); }
QString AccountDetailView::withdrawalHold() const { return qs(m_d->withdrawal_hold); }
double AccountDetailView::liquidationPriceUsd() const { return m_d->metrics.liquidation_price_usd.value_or(kNaN); }

int AccountDetailView::holdingCount() const { return m_d ? static_cast<int>(m_d->holdings.size()) : 0; }
QString AccountDetailView::holdingChain(int i) const { return qs(m_d->holdings[i].chain); }
QString AccountDetailView::holdingAsset(int i) const { return qs(m_d->holdings[i].asset); }
QString AccountDetailView::holdingRoute(int i) const { return qs(m_d->holdings[i].route); }
QString AccountDetailView::holdingAmount(int i) const
{
    return qs(formatDecimal(m_d->holdings[i].amount, m_d->holdings[i].decimals));
}
double AccountDetailView::holdingPriceUsd(int i) const { return usd(m_d->holdings[i].price_e8); }
double AccountDetailView::holdingValueUsd(int i) const { return usd(m_d->holdings[i].value_e8); }
double AccountDetailView::haircut(int i) const { return m_d->holdings[i].haircut.total(); }
double AccountDetailView::haircutVolatility(int i) const { return m_d->holdings[i].haircut.volatility; }
double AccountDetailView::haircutLatency(int i) const { return m_d->holdings[i].haircut.latency; }
double AccountDetailView::haircutOracle(int i) const { return m_d->holdings[i].haircut.divergence; }
double AccountDetailView::haircutRoute(int i) const { return m_d->holdings[i].haircut.route; }
double AccountDetailView::horizonSeconds(int i) const { return m_d->holdings[i].haircut.horizon_s; }

int AccountDetailView::debtCount() const { return m_d ? static_cast<int>(m_d->debts.size()) : 0; }
QString AccountDetailView::debtChain(int i) const { return qs(m_d->debts[i].chain); }
QString AccountDetailView::debtAsset(int i) const { return qs(m_d->debts[i].asset); }
QString AccountDetailView::debtAmount(int i) const { return qs(formatDecimal(m_d->debts[i].amount, m_d->debts[i].decimals)); }
double AccountDetailView::debtValueUsd(int i) const { return usd(m_d->debts[i].value_e8); }

int AccountDetailView::positionCount() const { return m_d ? static_cast<int>(m_d->positions.size()) : 0; }
QString AccountDetailView::positionVenue(int i) const { return qs(m_d->positions[i].venue); }
QString AccountDetailView::positionChain(int i) const { return qs(m_d->positions[i].chain); }
QString AccountDetailView::positionMarket(int i) const { return qs(m_d->positions[i].market); }
QString AccountDetailView::positionSize(int i) const
{
    return qs(formatDecimal(m_d->positions[i].size, m_d->positions[i].decimals));
}
double AccountDetailView::positionEntryUsd(int i) const { return usd(m_d->positions[i].entry_price_e8); }
double AccountDetailView::positionMarkUsd(int i) const { return usd(m_d->positions[i].mark_price_e8); }
double AccountDetailView::positionNotionalUsd(int i) const { return usd(m_d->positions[i].notional_e8); }
double AccountDetailView::positionPnlUsd(int i) const { return usd(m_d->positions[i].upnl_e8); }
double AccountDetailView::positionMmr(int i) const { return m_d->positions[i].mmr; }

} // namespace cm::ui
