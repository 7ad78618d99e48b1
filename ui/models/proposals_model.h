// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"
#include "ui/models/live_table_model.h"

namespace cm::ui {

//! Proposals of collateral moves (DESIGN §8): open ones and the latest closed, newest first,
//! with state, the move, its size, health before and projected after, approvals and expiry.
class ProposalsModel final : public LiveTableModel {
    Q_OBJECT

public:
    enum Column { Id, State, Kind, Account, Move, Amount, Usd, HealthBefore, HealthAfter, Approvals, Proposer, Eta, Expires, ColumnCount };

    explicit ProposalsModel(QObject* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);
    ProposalView proposal(int row) const { return m_snapshot.proposal(row); }
    //! The row of a proposal id, or -1.
    int rowOf(quint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SnapshotView m_snapshot;
    QVector<quint64> m_ids;
};

} // namespace cm::ui
