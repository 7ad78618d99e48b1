// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/account_filter_proxy_model.h"

#include "ui/models/accounts_model.h"
#include "ui/models/model_roles.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cm::ui {

AccountFilterProxyModel::AccountFilterProxyModel(QObject* parent) : QAbstractProxyModel(parent) {}

void AccountFilterProxyModel::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    for (const auto& c : m_connections)
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // The book's source only resets (another set of accounts) or changes values in place.
        m_connections.push_back(connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }));
        m_connections.push_back(connect(source, &QAbstractItemModel::modelReset, this, [this] {
            rebuild(false);
            endResetModel();
        }));
        m_connections.push_back(connect(source, &QAbstractItemModel::dataChanged, this,
                                        [this](const QModelIndex& from, const QModelIndex& to, const QList<int>& roles) {
                                            if (rowCount() > 0)
                                                Q_EMIT dataChanged(index(0, from.column()), index(rowCount() - 1, to.column()), roles);
                                        }));
        m_connections.push_back(connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { beginResetModel(); }));
        m_connections.push_back(connect(source, &QAbstractItemModel::rowsInserted, this, [this] {
            rebuild(false);
            endResetModel();
        }));
        m_connections.push_back(connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { beginResetModel(); }));
        m_connections.push_back(connect(source, &QAbstractItemModel::rowsRemoved, this, [this] {
            rebuild(false);
            endResetModel();
        }));
        m_connections.push_back(connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged));
    }
    rebuild(false);
    endResetModel();
}

void AccountFilterProxyModel::refresh() { rebuild(true); }

void AccountFilterProxyModel::setText(const QString& text)
{
    m_text = text.trimmed();
    rebuild(true);
}

void AccountFilterProxyModel::setLiquidatableOnly(bool only)
{
    m_liquidatableOnly = only;
    rebuild(true);
}

void AccountFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
    rebuild(true);
}

bool AccountFilterProxyModel::accepts(int sourceRow) const
{
    const QAbstractItemModel* m = sourceModel();
    if (m_liquidatableOnly && !m->index(sourceRow, AccountsModel::Liquidatable).data(RawValueRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {AccountsModel::Id, AccountsModel::Owner, AccountsModel::Chains})
        if (m->index(sourceRow, column).data(RawValueRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

namespace {

//! Sorts nearly sorted pairs in place: insertion sort while the book moves little (O(n + moves)),
//! a full sort when it moved too much.
template <typename Less>
void adaptiveSort(std::vector<std::pair<double, int>>& keyed, Less less)
{
    const std::size_t budget = 8 * keyed.size() + 1024;
    std::size_t moves = 0;
    for (std::size_t i = 1; i < keyed.size(); ++i) {
        if (!less(keyed[i], keyed[i - 1]))
            continue;
        auto item = keyed[i];
        std::size_t j = i;
        while (j > 0 && less(item, keyed[j - 1])) {
            keyed[j] = keyed[j - 1];
            --j;
            if (++moves > budget) {
                keyed[j] = item;
                std::sort(keyed.begin(), keyed.end(), less);
                return;
            }
        }
        keyed[j] = item;
    }
}

} // namespace

void AccountFilterProxyModel::sortRows(std::vector<int>& rows) const
{
    const QAbstractItemModel* m = sourceModel();
    const auto* accounts = qobject_cast<const AccountsModel*>(m);
    const QVariant probe = m->index(rows.front(), m_column).data(RawValueRole);
    const bool numeric = probe.typeId() == QMetaType::Double || probe.typeId() == QMetaType::Bool;
    if (numeric) {
        // (key, row) pairs sort contiguously; the row breaks ties, so the order is deterministic.
        // Read in the source's order (sequential over the snapshot's rows), then pair them up in
        // the present order from this small array: reading the snapshot in sorted order would
        // miss the cache on every row.
        std::vector<double> bySource(static_cast<std::size_t>(m->rowCount()));
        for (std::size_t r = 0; r < bySource.size(); ++r)
            bySource[r] = accounts ? accounts->sortKey(static_cast<int>(r), m_column)
                                   : m->index(static_cast<int>(r), m_column).data(RawValueRole).toDouble();
        std::vector<std::pair<double, int>> keyed(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            keyed[i] = {bySource[static_cast<std::size_t>(rows[i])], rows[i]};
        // A missing value (NaN) sorts after every number ascending, before them descending.
        auto less = [](const std::pair<double, int>& a, const std::pair<double, int>& b) {
            const bool na = std::isnan(a.first), nb = std::isnan(b.first);
            if (na || nb)
                return na != nb ? nb : a.second < b.second;
            return a.first != b.first ? a.first < b.first : a.second < b.second;
        };
        if (m_order == Qt::AscendingOrder)
            adaptiveSort(keyed, less);
        else
            adaptiveSort(keyed, [&](const auto& a, const auto& b) {
                return a.first == b.first || (std::isnan(a.first) && std::isnan(b.first)) ? a.second < b.second : less(b, a);
            });
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = keyed[i].second;
        return;
    }
    std::vector<std::pair<QString, int>> keyed(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        keyed[i] = {m->index(rows[i], m_column).data(RawValueRole).toString(), rows[i]};
    std::sort(keyed.begin(), keyed.end(), [this](const auto& a, const auto& b) {
        const int c = QString::localeAwareCompare(a.first, b.first);
        if (c != 0)
            return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
        return a.second < b.second;
    });
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = keyed[i].second;
}

void AccountFilterProxyModel::rebuild(bool announce)
{
    const QAbstractItemModel* m = sourceModel();
    const int sourceRows = m ? m->rowCount() : 0;
    QModelIndexList before;
    QList<int> beforeRows;
    if (announce) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        before = persistentIndexList();
        for (const QModelIndex& p : before)
            beforeRows.append(p.isValid() && p.row() < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(p.row())] : -1);
    }
    // Candidates in the present order first (a live book barely moves between snapshots, so the
    // sort below mostly finds them in place), then any row not shown before.
    std::vector<int> rows;
    rows.reserve(static_cast<std::size_t>(sourceRows));
    const bool filtering = m_liquidatableOnly || !m_text.isEmpty();
    const bool samePopulation = static_cast<int>(m_position.size()) == sourceRows;
    std::vector<char> taken(static_cast<std::size_t>(sourceRows), 0);
    if (samePopulation)
        for (int r : m_rows)
            if (!filtering || accepts(r)) {
                rows.push_back(r);
                taken[static_cast<std::size_t>(r)] = 1;
            }
    for (int r = 0; r < sourceRows; ++r)
        if (!taken[static_cast<std::size_t>(r)] && (!filtering || accepts(r)))
            rows.push_back(r);
    if (m && m_column >= 0 && m_column < m->columnCount() && !rows.empty())
        sortRows(rows);
    m_rows = std::move(rows);
    m_position.assign(static_cast<std::size_t>(sourceRows), -1);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_position[static_cast<std::size_t>(m_rows[i])] = static_cast<int>(i);
    if (announce) {
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int source = beforeRows[i];
            const int row = source >= 0 && source < sourceRows ? m_position[static_cast<std::size_t>(source)] : -1;
            after.append(row >= 0 ? index(row, before[i].column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
}

QModelIndex AccountFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AccountFilterProxyModel::parent(const QModelIndex&) const { return {}; }

int AccountFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AccountFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool AccountFilterProxyModel::hasChildren(const QModelIndex& parent) const { return !parent.isValid() && rowCount() > 0; }

QModelIndex AccountFilterProxyModel::mapToSource(const QModelIndex& proxy) const
{
    if (!proxy.isValid() || !sourceModel() || proxy.row() >= static_cast<int>(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[static_cast<std::size_t>(proxy.row())], proxy.column());
}

QModelIndex AccountFilterProxyModel::mapFromSource(const QModelIndex& source) const
{
    if (!source.isValid() || source.row() >= static_cast<int>(m_position.size()))
        return {};
    const int row = m_position[static_cast<std::size_t>(source.row())];
    return row >= 0 ? index(row, source.column()) : QModelIndex();
}

} // namespace cm::ui
