// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/stress_runner.h"

class QCustomPlot;
class QWidget;

namespace cm::ui {

// The stress view's charts (DESIGN §11), drawn from a report; each replaces what the plot held.

//! A plot with the view's small fonts and a tooltip saying what it shows.
QCustomPlot* makeStressPlot(QWidget* parent, const QString& tip);
//! Accounts per health bucket, before (blue) and after (red).
void plotHealthBuckets(QCustomPlot* plot, const StressReportView& report);
//! Horizontal bars of the `most` largest losses, the largest on top, in $, $k, $M or $B.
void plotLosses(QCustomPlot* plot, const QVector<QPair<QString, StressReportView::Amount>>& losses, int most);
//! The blast radius as a heatmap: failing component × the chain the pushed accounts owe on.
void plotContagion(QCustomPlot* plot, const StressReportView& report);
//! The Monte Carlo paths' bad debt as a histogram, with VaR95 and VaR99.
void plotPathBadDebt(QCustomPlot* plot, const StressReportView& report);

} // namespace cm::ui
