// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include <QWidget>

class QCustomPlot;
class QFrame;
class QGridLayout;
class QLabel;
class QListWidget;

namespace cm::ui {

//! The desk's first look (DESIGN §1): a tile per chain (status, height, finality lag, collateral
//! on it, claims minted there and their backing), the book's totals (collateral, requirement,
//! accounts at risk, insurance fund), accounts by health, and the alerts. Redrawn only while seen.
class OverviewPanel final : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPanel(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);

    int tileCount() const { return static_cast<int>(m_tiles.size()); }
    //! A tile's text, as a person reads it (for tests and screen readers).
    QString tileText(int chain) const;
    QLabel* totals() const { return m_totals; }
    QCustomPlot* healthChart() const { return m_health; }
    QListWidget* alerts() const { return m_alerts; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void redraw();
    void rebuildTiles(int chains);

    struct Tile {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* body = nullptr;
    };
    SnapshotView m_snapshot;
    bool m_stale = false;
    QVector<Tile> m_tiles;
    QGridLayout* m_tileGrid = nullptr;
    QLabel* m_totals = nullptr;
    QCustomPlot* m_health = nullptr;
    QListWidget* m_alerts = nullptr;
};

} // namespace cm::ui
