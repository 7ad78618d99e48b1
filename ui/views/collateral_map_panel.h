// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include <QPointF>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QMouseEvent;

namespace cm::ui {

//! Where the collateral is (DESIGN §1): a chain × asset heatmap of its value, and the route graph —
//! chains as nodes sized by the collateral on them, routes as edges from the vault's chain to the
//! claims' chain, as wide as the claims minted, coloured by their backing, with the last 24 h of
//! flow. A click on a cell, a node or an edge shows that chain's accounts in the book.
//! Redrawn only while seen.
class CollateralMapPanel final : public QWidget {
    Q_OBJECT

public:
    explicit CollateralMapPanel(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);

    QCustomPlot* heatmap() const { return m_heat; }
    QCustomPlot* graph() const { return m_graph; }
    //! One edge per ordered pair of chains with routes between them (several assets add up).
    struct Edge {
        int from = 0, to = 0;
        double lockedUsd = 0, mintedUsd = 0, flowUsd = 0, worstBacking = 1.0;
        bool frozen = false;
        QStringList routes;
    };
    const QVector<Edge>& edges() const { return m_edges; }
    //! The tooltip text for a point of the graph in pixels (the nearest node or edge), empty if none.
    QString graphTipAt(const QPointF& pixel) const;
    //! The chain a click at that pixel of the graph or the heatmap opens, empty if none.
    QString chainAtGraph(const QPointF& pixel) const;
    QString chainAtHeatmap(const QPointF& pixel) const;

Q_SIGNALS:
    //! Show the accounts with collateral on this chain.
    void chainActivated(const QString& chainId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void redraw();
    void drawHeatmap();
    void drawGraph();
    int edgeAt(const QPointF& pixel) const;
    int nodeAt(const QPointF& pixel) const;

    SnapshotView m_snapshot;
    bool m_stale = false;
    QCustomPlot* m_heat = nullptr;
    QCustomPlot* m_graph = nullptr;
    QLabel* m_summary = nullptr;
    QVector<Edge> m_edges;
    QVector<QPointF> m_nodes; //!< plot coordinates of each chain
    QVector<int> m_heatAssets; //!< asset rows shown in the heatmap (those with collateral)
};

} // namespace cm::ui
