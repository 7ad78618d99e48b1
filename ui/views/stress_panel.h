// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/stress_runner.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QCustomPlot;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextDocument;

namespace cm::ui {

class EngineClient;
class StressAccountsModel;
class StressBlastModel;

//! Stress testing and contagion (DESIGN §11): pick a built-in scenario or edit one, run it on
//! forks of the live book with a progress bar (Monte Carlo on every core, cancellable), and read
//! the result: accounts by health before and after, liquidations, bad debt, VaR and LaR, loss by
//! chain and route, the most affected accounts, and the blast radius of every route and chain as
//! a table and a heatmap, with each route's isolation cap beside what it costs. CSV and PDF export.
class StressPanel final : public QWidget {
    Q_OBJECT

public:
    StressPanel(EngineClient* engine, const QString& scenarioDir, QWidget* parent = nullptr);

    //! Loads a built-in scenario into the editor.
    void chooseBuiltIn(const QString& name);
    //! Runs what the editor holds with the paths box's number of Monte Carlo paths.
    void run();
    void cancel();
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    bool exportPdf(const QString& path, QString* error = nullptr);
    //! The report as a document: what Export PDF prints (null before a run).
    std::unique_ptr<QTextDocument> reportDocument();

    const StressReportView& report() const { return m_report; }
    QComboBox* scenarioPicker() const { return m_picker; }
    QSpinBox* pathsBox() const { return m_paths; }
    QDoubleSpinBox* capBox() const { return m_cap; }
    QPlainTextEdit* editor() const { return m_editor; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summary() const { return m_summary; }
    QTabWidget* results() const { return m_tabs; }
    QTableView* blastView() const { return m_blastView; }
    QTableView* accountsView() const { return m_topView; }
    StressBlastModel* blastModel() const { return m_blast; }
    StressAccountsModel* accountsModel() const { return m_top; }
    QCustomPlot* healthChart() const { return m_health; }
    QCustomPlot* heatmap() const { return m_heat; }

Q_SIGNALS:
    //! A run ended (error empty on success, or what went wrong).
    void runFinished(const QString& error);
    //! A person double-clicked one of the most affected accounts: show it.
    void accountActivated(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showReport(const StressReportView& report);
    void fillTables(const StressReportView& r);
    void setRunning(bool running);
    QString summaryHtml(const StressReportView& r) const;

    EngineClient* m_engine;
    StressRunner* m_runner;
    QString m_scenarioDir;
    QString m_folder; //!< where the scenario file came from (its replays are beside it)
    StressReportView m_report;
    QComboBox* m_picker = nullptr;
    QSpinBox* m_paths = nullptr;
    QDoubleSpinBox* m_cap = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_contagion = nullptr;
    QTabWidget* m_tabs = nullptr;
    QCustomPlot* m_health = nullptr;
    QCustomPlot* m_lossChain = nullptr;
    QCustomPlot* m_lossRoute = nullptr;
    QCustomPlot* m_heat = nullptr;
    QCustomPlot* m_pathsPlot = nullptr;
    StressBlastModel* m_blast = nullptr;
    StressAccountsModel* m_top = nullptr;
    QTableView* m_blastView = nullptr;
    QTableView* m_topView = nullptr;
};

} // namespace cm::ui
