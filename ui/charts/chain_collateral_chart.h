// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include <QTimer>
#include <QWidget>

class QCustomPlot;
class QCPBars;

namespace cm::ui {

//! Collateral per chain as bars, with the liquidatable accounts' share marked. New snapshots
//! only set a flag; a frame timer redraws at most ~30 times a second, and not while hidden.
class ChainCollateralChart final : public QWidget {
    Q_OBJECT

public:
    explicit ChainCollateralChart(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);
    QCustomPlot* plot() const { return m_plot; }

private:
    void handleFrame();

    QCustomPlot* m_plot = nullptr;
    QCPBars* m_bars = nullptr;
    QTimer m_frame;
    SnapshotView m_snapshot;
    bool m_needsReplot = false;
    int m_chainCount = -1;
};

} // namespace cm::ui
