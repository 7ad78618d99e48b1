// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/account_detail_view.h"
#include "ui/bridge/journal_view.h"
#include "ui/bridge/health_history.h"
#include "ui/bridge/snapshot_view.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>
#include <mutex>

namespace cm {
class Engine;
struct World;
class FeedServer;
class Subscription;
struct Snapshot;
}

namespace cm::ui {

//! A collateral move a treasury operator composes (DESIGN §8); amount in token units.
struct MoveRequest {
    QString account, asset, from, to, amount;
};

struct EngineSettings {
    double speed = 1.0;
    quint64 seed = 0;          //!< 0: the world's own seed
    bool startPaused = false;
    int publishIntervalMs = 100; //!< the ui takes at most ~10 snapshots a second
};

//! Owns the clearing engine for the ui. The core thread's callback only stores the newest
//! snapshot and posts once; the ui thread drains it and emits at most one signal per interval.
class EngineClient final : public QObject {
    Q_OBJECT

public:
    //! Loads and validates a world from its JSON text; on failure returns null and fills error.
    static std::unique_ptr<EngineClient> fromWorldJson(const QByteArray& json, const EngineSettings& settings,
                                                       QString* error, QObject* parent = nullptr);
    //! Runs an already loaded world (benchmarks: a synthetic book of 100,000 accounts).
    static std::unique_ptr<EngineClient> fromWorld(cm::World world, const EngineSettings& settings, QObject* parent = nullptr);
    //! Opens the journaled session at dbPath (DESIGN §9): a new journal starts with this world;
    //! one that holds a run of it is verified and restored, and continues. On failure returns
    //! null and fills error (a journal of another world, a file that is not a journal...).
    static std::unique_ptr<EngineClient> openSession(const QByteArray& worldJson, const QString& dbPath,
                                                     const EngineSettings& settings, QString* error,
                                                     QObject* parent = nullptr);
    ~EngineClient() override;

    //! The engine itself, for the bridge's other classes (the stress runner).
    cm::Engine& core() const { return *m_engine; }
    //! Path of the journal, empty without one.
    QString journalPath() const;
    //! How the session opened: new, or restored (from which snapshot, how many events replayed, how long).
    QString sessionSummary() const;
    //! The verification done when the session opened (or the latest verifyJournal()).
    JournalCheck journalCheck() const { return m_check; }
    //! Re-verifies the whole journal on a worker thread; journalVerified follows.
    void verifyJournal();
    //! Audit entries with seq >= from, at most max, each signature checked.
    QVector<AuditRow> auditEntries(quint64 from, int max) const;
    //! Who decides from now on; decisions are signed with the key (seed) when one is given.
    void setOperator(const QString& name, const QByteArray& keySeed);

    void start();
    void stop();
    SnapshotView latest() const { return m_latest; }
    //! Every account's health over the session (sampled as snapshots arrive on the ui thread).
    const HealthHistory& healthHistory() const { return m_history; }

    //! Serves the feed protocol on host:port; returns an error message, or empty on success.
    QString listen(const QString& hostPort);
    quint16 feedPort() const;

    //! Starts a historical replay from a scenario file; returns an error message or empty.
    QString startReplay(const QString& path);
    void stopReplay();

    void setSpeed(double speed);
    void pause();
    void resume();
    void step(quint64 steps);
    //! Halts, degrades or resumes a chain: "live", "degraded" or "halted".
    void chainStatus(const QString& chain, const QString& status);
    //! An oracle-style price update (asset symbol, USD price as a decimal string).
    bool setPrice(const QString& asset, const QString& priceUsd);
    QString stateHash();
    //! Asks the core for an account's detail; accountDetailReady follows on the ui thread.
    void requestAccountDetail(const QString& id);
    //! A risk officer's decision on a waiting liquidation: approve a blocked one, or cancel.
    void approveLiquidation(quint64 id);
    void cancelLiquidation(quint64 id, const QString& reason);
    // The interop layer: a risk officer's decisions on routes and queued transfers.
    void freezeRoute(const QString& route, const QString& reason);
    void unfreezeRoute(const QString& route);
    void releaseTransfer(quint64 id);
    void dropTransfer(quint64 id);
    //! A treasury desk's move: forward locks native and mints the claim, back burns and unlocks.
    void transfer(const QString& route, bool back, const QString& account, const QString& amount);
    //! A price from one oracle source, validated by the core like a feed's.
    void reportOraclePrice(const QString& asset, const QString& source, const QString& chain, double priceUsd);

    // Operators and approvals (DESIGN §8). The core checks every command's role; its refusal
    // comes back as commandFinished.
    void login(const QString& name, const QString& passphrase);
    void addOperator(const QString& name, const QString& role, const QString& passphrase);
    void propose(const MoveRequest& move);
    //! The move's preview (route, health before/after/in flight, cost, ETA); movePlanned follows.
    void planMove(const MoveRequest& move);
    void approveProposal(quint64 id);
    void rejectProposal(quint64 id, const QString& reason);
    void runAgent();
    //! An admin's policy edit: the JSON of a world's `agent` object.
    void setPolicy(const QString& json);

Q_SIGNALS:
    //! A command the core applied (refusal empty) or refused, with the reason.
    void commandFinished(const QString& command, const QString& refusal);
    void movePlanned(const QString& error, const cm::ui::ProposalView& plan);
    void snapshotPublished(const cm::ui::SnapshotView& snapshot);
    void accountDetailReady(const cm::ui::AccountDetailView& detail);
    void journalVerified(const cm::ui::JournalCheck& check);

private:
    template <typename C>
    void send(C command);
    EngineClient(std::unique_ptr<cm::Engine> engine, const EngineSettings& settings, QObject* parent);
    void receiveFromCore(std::shared_ptr<const cm::Snapshot> snapshot); // core thread
    void handleDrain();                                                  // ui thread

    std::unique_ptr<cm::Engine> m_engine;
    std::unique_ptr<cm::Subscription> m_subscription;
    std::unique_ptr<cm::FeedServer> m_feed;
    EngineSettings m_settings;
    SnapshotView m_latest;
    HealthHistory m_history;
    QTimer m_throttle;
    std::mutex m_inboxMutex;
    std::shared_ptr<const cm::Snapshot> m_inbox;
    bool m_drainPosted = false;
    JournalCheck m_check;
    QVector<QPointer<QThread>> m_workers;
    bool m_verifying = false;
};

} // namespace cm::ui
