// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QCustomPlot;
class QCPAxis;
class QCPColorMap;

namespace cm::ui {

//! Colours a plot from the application's palette (ui/util/theme.h): background, axes, ticks,
//! labels, grid and legend. Call when a plot is made and again when the theme changes.
void applyPlotTheme(QCustomPlot* plot);
//! The same for one axis (a colour scale's, which lives outside the axis rect).
void applyAxisTheme(QCPAxis* axis);

//! Empties a plot of its plottables, items and any colour scale beside its axis rect.
void resetPlot(QCustomPlot* plot);
//! An nx × ny cell map on the plot's axes (cell (x, y) centred on x, y) coloured on a logarithmic
//! scale from low to high through mid, with the scale at the right; NaN cells stay blank. The
//! caller fills the cells, then sets the data range.
QCPColorMap* addLogHeatmap(QCustomPlot* plot, int nx, int ny, const QColor& low, const QColor& mid, const QColor& high,
                           const QString& scaleLabel = {});

} // namespace cm::ui
