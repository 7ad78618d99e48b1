// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"
#include "ui/models/live_table_model.h"

namespace cm::ui {

//! Per route: the vault and its claims, the backing, the validator set and its trust, the
//! rate-limit buckets, and whether a risk officer froze it.
class RoutesModel final : public LiveTableModel {
    Q_OBJECT

public:
    enum Column { Route, Asset, Locked, Minted, Backing, Validators, TrustAddon, Bucket, Status, ColumnCount };

    explicit RoutesModel(QObject* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);
    QString routeId(int row) const { return m_snapshot.route(row).id; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SnapshotView m_snapshot;
};

//! Transfers in flight and the latest settled ones, newest first, with the step they reached
//! and why they wait or were refused.
class TransfersModel final : public LiveTableModel {
    Q_OBJECT

public:
    enum Column { Id, Route, Direction, Account, Amount, Usd, State, Steps, Since, Reason, ColumnCount };
    //! The steps of a transfer's way, in order (requested, locked or burned, committed, attested,
    //! relayed, settled); how many it has reached.
    static int stepsReached(const TransferView& t);
    static constexpr int kSteps = 6;

    explicit TransfersModel(QObject* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);
    TransferView transfer(int row) const { return m_snapshot.transfer(m_snapshot.transferCount() - 1 - row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SnapshotView m_snapshot;
};

} // namespace cm::ui
