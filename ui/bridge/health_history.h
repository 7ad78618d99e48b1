// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/snapshot_view.h"

#include <QElapsedTimer>
#include <QHash>
#include <QVector>

#include <vector>

namespace cm::ui {

//! Every account's health over the session, for the account panel's chart: a sample at most
//! every 10 simulated seconds and every half second of wall time, kept in a ring per account.
//! The ring's length fits a fixed budget (8 M samples, 32 MB): 600 samples at 5,000 accounts
//! (100 minutes at 1×, 5 simulated hours at 60×), 80 at 100,000. Health is stored as a float
//! (a chart's precision); +inf (nothing required) stays +inf.
class HealthHistory {
public:
    static constexpr std::size_t kBudget = 8'000'000;
    static constexpr std::size_t kMaxSamples = 600;
    static constexpr qint64 kMinSimStepMs = 10'000;
    static constexpr qint64 kMinWallStepMs = 500;

    //! Records the snapshot's healths when it is due; true when a sample was taken.
    bool add(const SnapshotView& snapshot);
    //! The account's samples, oldest first: (simulated ms, health).
    QVector<QPair<qint64, double>> series(int accountRow) const;
    QVector<QPair<qint64, double>> series(const QString& accountId) const { return series(m_rows.value(accountId, -1)); }
    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_count; }

private:
    std::size_t m_accounts = 0;
    std::size_t m_capacity = 0;
    std::size_t m_count = 0;     //!< samples held
    std::size_t m_next = 0;      //!< ring position of the next sample
    std::vector<qint64> m_times; //!< per ring slot
    std::vector<float> m_health; //!< slot-major: slot × accounts
    quint64 m_structure = ~0ull;
    QHash<QString, int> m_rows;
    QElapsedTimer m_wall;
};

} // namespace cm::ui
