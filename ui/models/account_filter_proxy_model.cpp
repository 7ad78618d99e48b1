// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/account_filter_proxy_model.h"

#include "ui/models/accounts_model.h"
#include "ui/models/model_roles.h"

#include <cmath>

namespace cm::ui {

AccountFilterProxyModel::AccountFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(false);
}

void AccountFilterProxyModel::refresh()
{
    invalidate();
}

void AccountFilterProxyModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void AccountFilterProxyModel::setLiquidatableOnly(bool only)
{
    m_liquidatableOnly = only;
    invalidateRowsFilter();
}

bool AccountFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (m_liquidatableOnly
        && !m->index(sourceRow, AccountsModel::Liquidatable, sourceParent).data(RawValueRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {AccountsModel::Id, AccountsModel::Owner, AccountsModel::Chains})
        if (m->index(sourceRow, column, sourceParent).data(RawValueRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool AccountFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(RawValueRole);
    const QVariant r = right.data(RawValueRole);
    if (l.typeId() == QMetaType::Double && r.typeId() == QMetaType::Double) {
        // NaN ("no value") sorts after every number in ascending order.
        const double a = l.toDouble();
        const double b = r.toDouble();
        if (std::isnan(a) || std::isnan(b))
            return !std::isnan(a) && std::isnan(b);
        return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace cm::ui
