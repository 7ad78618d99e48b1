// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace cm::ui {

//! The unformatted value of a cell (double, int, bool, QString), for sorting and charts.
inline constexpr int RawValueRole = Qt::UserRole + 1;

} // namespace cm::ui
