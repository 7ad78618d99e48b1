// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace cm::ui {

//! Filters accounts by text (id, owner, chains) and optionally to liquidatable ones; sorts by
//! the raw value so that "$1,000" sorts after "$900".
class AccountFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit AccountFilterProxyModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setLiquidatableOnly(bool only);
    bool liquidatableOnly() const { return m_liquidatableOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    bool m_liquidatableOnly = false;
};

} // namespace cm::ui
