// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace cm::ui {

//! A table over an immutable view that is replaced wholesale: the same shape refreshes values
//! with one ranged dataChanged (views keep selection and scroll), another shape resets.
class LiveTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    //! `assign` swaps in the new view; columns [firstColumn, lastColumn] are the ones that move.
    template <typename Assign>
    void replaceView(bool sameShape, Assign&& assign, int firstColumn, int lastColumn)
    {
        if (!sameShape) {
            beginResetModel();
            assign();
            endResetModel();
            return;
        }
        assign();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, firstColumn), index(rowCount() - 1, lastColumn));
    }
};

} // namespace cm::ui
