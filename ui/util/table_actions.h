// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;
class QCustomPlot;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace cm::ui {

//! Gives a table the desk's two everyday actions in its context menu: "Copy rows" (Ctrl+C: the
//! selected rows, or all, with the header, tab-separated for a spreadsheet) and "Export CSV…".
void addTableActions(QTableView* view);

//! The rows (all when `rows` is empty) as text: a header line, then one line per row, cells as
//! shown, separated by `separator` (CSV fields quoted where they need it).
QString tableText(const QAbstractItemModel* model, const QModelIndexList& rows, QChar separator);
//! Writes the whole table as CSV; false with the reason when the file cannot be written.
bool writeTableCsv(const QAbstractItemModel* model, const QString& path, QString* error = nullptr);

//! A table as the console shows one: whole rows selected, alternating rows, no row numbers,
//! compact rows, no wrapping, Copy rows and Export CSV… in its context menu.
QTableView* makeDataTable(QAbstractItemModel* model, QWidget* parent);

//! A filter field for tables: what is typed filters every proxy on any column, case-insensitive.
QLineEdit* makeFilterField(QWidget* parent, const QString& placeholder, const QList<QSortFilterProxyModel*>& proxies);

//! Gives a chart "Export PNG…" and "Export PDF…" in its context menu (at twice its size on
//! screen for the PNG; vector for the PDF).
void addChartActions(QCustomPlot* plot);
//! Writes the chart to `path` as PNG or PDF by its suffix; false with the reason otherwise.
bool writeChart(QCustomPlot* plot, const QString& path, QString* error = nullptr);

} // namespace cm::ui
