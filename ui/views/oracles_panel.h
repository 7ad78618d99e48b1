// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include <QHash>
#include <QVector>
#include <QWidget>

#include <deque>

class QCustomPlot;
class QTableView;

namespace cm::ui {

class OraclesModel;

//! The oracles (DESIGN §4): per asset its aggregate, sources, divergence, state and refusals (the
//! table); every asset's divergence over the session against the warn and halt limits; and the
//! selected asset's sources — each one's deviation from the aggregate and its age against the
//! freshness limit. Charts redraw only while seen.
class OraclesPanel final : public QWidget {
    Q_OBJECT

public:
    explicit OraclesPanel(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);

    OraclesModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QCustomPlot* divergenceChart() const { return m_divergence; }
    QCustomPlot* sourcesChart() const { return m_sources; }
    //! The asset whose sources are drawn (the selected row's, else the most divergent).
    QString sourcesAsset() const { return m_sourcesAsset; }
    //! Samples of an asset's divergence kept so far.
    int historySize(const QString& asset) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void redraw();
    void drawDivergence();
    void drawSources();

    struct Sample {
        qint64 timeMs = 0;
        QVector<double> divergence; //!< per asset, in the snapshot's order
    };
    OraclesModel* m_model;
    QTableView* m_view = nullptr;
    QCustomPlot* m_divergence = nullptr;
    QCustomPlot* m_sources = nullptr;
    SnapshotView m_snapshot;
    std::deque<Sample> m_history;
    QString m_sourcesAsset;
    bool m_stale = false;
};

} // namespace cm::ui
