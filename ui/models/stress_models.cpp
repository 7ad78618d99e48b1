// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/stress_models.h"

#include "ui/models/model_roles.h"
#include "ui/util/format.h"

#include <QLocale>

#include <cmath>

namespace cm::ui {
namespace {

//! A USD amount: short in the cell, exact in the tooltip, the number for sorting.
QVariant amount(const StressReportView::Amount& a, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return formatUsdShort(a.usd);
    case Qt::ToolTipRole:
        return a.text;
    case RawValueRole:
        return a.usd;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant count(quint64 n, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(n);
    case RawValueRole:
        return static_cast<double>(n);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant health(double h, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return std::isinf(h) ? QStringLiteral("∞") : QString::number(h, 'f', 3);
    case RawValueRole:
        return std::isinf(h) ? 1e300 : h;
    case Qt::BackgroundRole:
        if (const QColor c = healthColor(healthBand(h)); c.isValid())
            return c;
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant text(const QString& s, int role)
{
    return role == Qt::DisplayRole || role == RawValueRole || role == Qt::ToolTipRole ? QVariant(s) : QVariant();
}

} // namespace

StressBlastModel::StressBlastModel(QObject* parent) : QAbstractTableModel(parent) {}

void StressBlastModel::setReport(const StressReportView& report)
{
    beginResetModel();
    m_rows = report.blast;
    endResetModel();
}

int StressBlastModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int StressBlastModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StressBlastModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StressReportView::Blast& b = m_rows[index.row()];
    const bool noCap = !b.capped && index.column() >= Cap;
    if (noCap) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("—");
        if (role == RawValueRole)
            return -1.0;
        if (role == Qt::ToolTipRole)
            return tr("no cap: the world sets none and no what-if cap was priced");
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (index.column()) {
    case Kind:
        return text(b.chain ? tr("chain") : tr("route"), role);
    case Failing:
        return text(b.id, role);
    case Hit:
        return count(b.hit, role);
    case Pushed:
        return count(b.pushed, role);
    case ValueAtRisk:
        return amount(b.valueAtRisk, role);
    case BadDebt:
        return amount(b.badDebt, role);
    case CreditLost:
        return amount(b.exposure, role);
    case Shortfall:
        return amount(b.shortfall, role);
    case Cap:
        if (!b.capInWorld && role == Qt::DisplayRole)
            return tr("%1 (what-if)").arg(formatUsdShort(b.cap.usd));
        if (!b.capInWorld && role == Qt::ToolTipRole)
            return tr("%1: the what-if cap, priced (the world sets none)").arg(b.cap.text);
        return amount(b.cap, role);
    case CapCost:
        return amount(b.capCost, role);
    case LossBounded:
        return amount(b.capLossRemoved, role);
    default:
        return {};
    }
}

QVariant StressBlastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char* const names[] = {QT_TR_NOOP("Kind"),        QT_TR_NOOP("Failing"),    QT_TR_NOOP("Hit"),
                                        QT_TR_NOOP("Below 1"),     QT_TR_NOOP("Value at risk"), QT_TR_NOOP("Bad debt"),
                                        QT_TR_NOOP("Credit lost"), QT_TR_NOOP("Shortfall"),  QT_TR_NOOP("Isolation cap"),
                                        QT_TR_NOOP("Cap cost"),    QT_TR_NOOP("Loss bounded")};
    static const char* const tips[] = {
        QT_TR_NOOP("route or chain"),
        QT_TR_NOOP("what fails: a route's claims unbacked; a chain's collateral and the vaults on it gone"),
        QT_TR_NOOP("accounts holding something that fails"),
        QT_TR_NOOP("accounts at health ≥ 1 that fall below 1"),
        QT_TR_NOOP("collateral of the accounts pushed below health 1"),
        QT_TR_NOOP("negative equity the failure leaves: debt no collateral covers"),
        QT_TR_NOOP("adjusted collateral (AC) lost: the credit interconnection gave"),
        QT_TR_NOOP("Σ max(0, MR − (AC + U)) added: what liquidations must recover"),
        QT_TR_NOOP("the most this route's claims count towards any account's AC (Aave's isolation ceiling)"),
        QT_TR_NOOP("Σ max(0, claims' AC − cap): adjusted collateral the cap takes off the book now"),
        QT_TR_NOOP("Σ max(0, shortfall − cap): the part of this route's failure the cap bounds")};
    if (role == Qt::DisplayRole)
        return tr(names[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

StressAccountsModel::StressAccountsModel(QObject* parent) : QAbstractTableModel(parent) {}

void StressAccountsModel::setReport(const StressReportView& report)
{
    beginResetModel();
    m_rows = report.top;
    endResetModel();
}

int StressAccountsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int StressAccountsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StressAccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StressReportView::Account& a = m_rows[index.row()];
    switch (index.column()) {
    case Account:
        return text(a.id, role);
    case HealthBefore:
        return health(a.healthBefore, role);
    case HealthAfter:
        return health(a.healthAfter, role);
    case Loss:
        return amount(a.loss, role);
    case Liquidated:
        return amount(a.liquidated, role);
    case BadDebt:
        return amount(a.badDebt, role);
    default:
        return {};
    }
}

QVariant StressAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char* const names[] = {QT_TR_NOOP("Account"), QT_TR_NOOP("Health before"), QT_TR_NOOP("Health after"),
                                        QT_TR_NOOP("Loss"),    QT_TR_NOOP("Liquidated"),    QT_TR_NOOP("Bad debt")};
    static const char* const tips[] = {QT_TR_NOOP("double-click to see it in the book"),
                                       QT_TR_NOOP("health = (AC + U) / MR before the scenario"),
                                       QT_TR_NOOP("health at the end of the horizon"),
                                       QT_TR_NOOP("equity before − after, claims at what their vault redeems"),
                                       QT_TR_NOOP("debt repaid and position notional closed by keepers in the run"),
                                       QT_TR_NOOP("written off in the run, plus negative equity left at its end")};
    if (role == Qt::DisplayRole)
        return tr(names[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

} // namespace cm::ui
