// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>
#include <thread>

namespace cm::ui {

class EngineClient;

//! A stress report as the console shows it (DESIGN §11): exact USD as text, the same as numbers
//! for charts.
struct StressReportView {
    struct Amount {
        QString text;      //!< "$1,234,567.89"
        double usd = 0.0;  //!< for charts and sorting only
    };
    struct Account {
        QString id;
        double healthBefore = 0.0, healthAfter = 0.0; //!< +inf without obligations
        Amount loss, liquidated, badDebt;
    };
    struct Blast {
        bool chain = false;
        QString id;
        quint64 hit = 0, pushed = 0;
        Amount valueAtRisk, badDebt, exposure, shortfall;
        QVector<double> atRiskByChain; //!< USD, per chain of the world
        bool capped = false;
        bool capInWorld = false; //!< the world's cap (enforced), else the what-if
        Amount cap, capCost, capLossRemoved;
    };
    bool valid = false;
    QString scenario;
    quint64 paths = 0, pathsDone = 0;
    qint64 horizonS = 0;
    double stepS = 0.0;
    quint64 accounts = 0;
    QStringList buckets;            //!< health bucket labels
    QVector<quint64> before, after; //!< accounts per bucket
    quint64 liquidations = 0;
    Amount liquidated, badDebt, fundBefore, fundAfter;
    QVector<QPair<QString, Amount>> lossByChain, lossByRoute;
    QVector<Account> top;
    Amount var95, var99, lar95, meanBadDebt;
    QVector<double> pathBadDebt;    //!< USD per path
    QVector<Blast> blast;
    QStringList chains;
    bool cancelled = false;
    double wallS = 0.0;
    QString json;                   //!< the report as clearmesh-cli stress prints it
};

//! Runs stress scenarios for the console: captures the live state on the core thread, then runs
//! on its own threads (Monte Carlo on every core) and reports progress; the live state is never
//! touched. One run at a time.
class StressRunner final : public QObject {
    Q_OBJECT

public:
    StressRunner(EngineClient* engine, QString scenarioDir, QObject* parent = nullptr);
    ~StressRunner() override;

    //! The built-in scenarios: (name, title).
    static QVector<QPair<QString, QString>> builtIns();
    //! A built-in scenario as editable JSON for the live world, or the error.
    QString builtInJson(const QString& name, QString* error) const;
    //! Starts a run of scenario JSON (replay files relative to `folder`); paths < 0 keeps the
    //! scenario's; routes without a cap are priced at `whatIfCapUsd` (0: not). Returns an error
    //! (a bad scenario names its JSON path), or empty once started.
    QString start(const QString& json, qint64 paths, const QString& folder = {}, double whatIfCapUsd = 0.0);
    void cancel();
    bool running() const { return m_running; }

Q_SIGNALS:
    void progress(quint64 done, quint64 total);
    void finished(const cm::ui::StressReportView& report, const QString& error);

private:
    void join();

    EngineClient* m_engine;
    QString m_scenarioDir;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::thread m_thread;
};

} // namespace cm::ui

Q_DECLARE_METATYPE(cm::ui::StressReportView)
