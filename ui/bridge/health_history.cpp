// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bridge/health_history.h"

#include <algorithm>

namespace cm::ui {

bool HealthHistory::add(const SnapshotView& s)
{
    if (s.isNull())
        return false;
    const auto accounts = static_cast<std::size_t>(s.accountCount());
    if (accounts != m_accounts || s.structureVersion() != m_structure) {
        // Accounts added or removed: the rows no longer line up; start again.
        m_accounts = accounts;
        m_structure = s.structureVersion();
        m_capacity = accounts == 0 ? 0 : std::clamp<std::size_t>(kBudget / accounts, 2, kMaxSamples);
        m_times.assign(m_capacity, 0);
        m_health.assign(m_capacity * accounts, 0.0f);
        m_count = m_next = 0;
        m_wall.invalidate();
        m_rows.clear();
        for (std::size_t i = 0; i < accounts; ++i)
            m_rows.insert(s.accountId(static_cast<int>(i)), static_cast<int>(i));
    }
    if (m_capacity == 0)
        return false;
    if (m_count > 0) {
        const qint64 last = m_times[(m_next + m_capacity - 1) % m_capacity];
        if (s.simTimeMs() < last + kMinSimStepMs || (m_wall.isValid() && m_wall.elapsed() < kMinWallStepMs))
            return false;
    }
    m_wall.start();
    m_times[m_next] = s.simTimeMs();
    float* row = m_health.data() + m_next * m_accounts;
    for (std::size_t i = 0; i < accounts; ++i)
        row[i] = static_cast<float>(s.health(static_cast<int>(i)));
    m_next = (m_next + 1) % m_capacity;
    m_count = std::min(m_count + 1, m_capacity);
    return true;
}

QVector<QPair<qint64, double>> HealthHistory::series(int accountRow) const
{
    QVector<QPair<qint64, double>> out;
    if (accountRow < 0 || static_cast<std::size_t>(accountRow) >= m_accounts)
        return out;
    out.reserve(static_cast<int>(m_count));
    for (std::size_t k = 0; k < m_count; ++k) {
        const std::size_t slot = (m_next + m_capacity - m_count + k) % m_capacity;
        out.append({m_times[slot], m_health[slot * m_accounts + static_cast<std::size_t>(accountRow)]});
    }
    return out;
}

} // namespace cm::ui
