// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace cm::ui {

//! Filters accounts by text (id, owner, chains) and optionally to liquidatable ones; sorts by
//! the raw value so that "$1,000" sorts after "$900". Dynamic sorting is off: a live snapshot
//! changes every row, and re-sorting row by row is quadratic; refresh() re-sorts and re-filters
//! once per snapshot instead.
class AccountFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit AccountFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setLiquidatableOnly(bool only);
    bool liquidatableOnly() const { return m_liquidatableOnly; }
    //! Re-applies filter and sort order after the source's values changed.
    void refresh();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    bool m_liquidatableOnly = false;
};

} // namespace cm::ui
