// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/engine_client.h"
#include "ui/bridge/snapshot_view.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cm::ui {

class EngineClient;
class ProposalsModel;

//! Proposals and approvals (DESIGN §8): pending, approved, executing, done, rejected, expired
//! and failed moves, a detail pane with health before, in flight and after as a chart, every
//! step and the approvers; approve and reject for a risk officer, a new move for a treasury
//! desk, the agent on demand. Buttons follow the operator's role; the core decides.
class ProposalsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ProposalsPanel(EngineClient* engine, QWidget* parent = nullptr);
    void setSnapshot(const SnapshotView& snapshot);
    void setReadOnly(bool readOnly);

    ProposalsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QCustomPlot* healthChart() const { return m_chart; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* newMoveButton() const { return m_newMove; }
    //! Selects a proposal by id (tests, the status bar's links).
    void select(quint64 id);
    //! Rejects the selected proposal with this reason, without asking.
    void rejectSelected(const QString& reason);

public Q_SLOTS:
    void approveSelected();
    void openMoveDialog();

private:
    void showDetail();
    void updateButtons();
    quint64 selectedId() const;

    EngineClient* m_engine;
    SnapshotView m_snapshot;
    ProposalsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_approvers = nullptr;
    QListWidget* m_steps = nullptr;
    QCustomPlot* m_chart = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_newMove = nullptr;
    QPushButton* m_runAgent = nullptr;
    bool m_readOnly = false;
    bool m_sized = false;
};

//! A treasury desk's manual move: account, asset, source and destination chain, amount; the
//! core's preview (route, health before → after and in flight, cost, ETA) before it is proposed.
class MoveDialog final : public QDialog {
    Q_OBJECT

public:
    MoveDialog(EngineClient* engine, const SnapshotView& snapshot, const QString& account, QWidget* parent = nullptr);
    MoveRequest request() const;
    QLabel* preview() const { return m_preview; }

private:
    void requestPreview();

    EngineClient* m_engine;
    QLineEdit* m_account;
    QComboBox* m_asset;
    QComboBox* m_from;
    QComboBox* m_to;
    QLineEdit* m_amount;
    QLabel* m_preview;
    QPushButton* m_submit = nullptr;
};

//! Switch operator: sign in with a profile's passphrase (the core opens the sealed key); an
//! admin, or anyone while no profile exists, adds a profile.
class OperatorDialog final : public QDialog {
    Q_OBJECT

public:
    OperatorDialog(EngineClient* engine, const SnapshotView& snapshot, QWidget* parent = nullptr);
};

//! An admin edits the approval policy: thresholds, the bound per period, expiry, the agent.
class PolicyDialog final : public QDialog {
    Q_OBJECT

public:
    PolicyDialog(EngineClient* engine, const SnapshotView& snapshot, QWidget* parent = nullptr);
};

} // namespace cm::ui
