// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's arrangement: the View menu, the docks' sizes under each view, and the layout
// kept between sessions.
#include "ui/views/main_window.h"

#include "ui/bridge/engine_client.h"
#include "ui/charts/plot_theme.h"
#include "ui/charts/qcustomplot_include.h"
#include "ui/models/accounts_model.h"
#include "ui/util/language.h"
#include "ui/util/theme.h"
#include "ui/views/collateral_map_panel.h"
#include "ui/views/bridge_panel.h"
#include "ui/views/stress_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

namespace cm::ui {

void MainWindow::buildMenus()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Ctrl+1 … Ctrl+9 bring the top views to the front, in tab order.
    for (int i = 0; i < m_top->count() && i < 9; ++i) {
        QAction* a = view->addAction(m_top->tabText(i));
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_top->setCurrentIndex(i); });
        m_top->setTabToolTip(i, tr("%1 (Ctrl+%2)").arg(m_top->tabText(i)).arg(i + 1));
    }
    view->addSeparator();
    // Show or hide the docks (a closed one comes back from here).
    view->addAction(m_bookDock->toggleViewAction());
    view->addAction(m_detailDock->toggleViewAction());
    QAction* find = view->addAction(tr("Filter the accounts"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    view->addSeparator();
    QMenu* theme = view->addMenu(tr("Theme"));
    auto* themes = new QActionGroup(theme);
    for (const auto& [t, label] : {std::pair{Theme::Dark, tr("Dark")}, std::pair{Theme::Light, tr("Light")}}) {
        QAction* a = theme->addAction(label);
        a->setCheckable(true);
        a->setChecked(currentTheme() == t);
        a->setObjectName(QStringLiteral("theme_") + themeName(t));
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, t = t] {
            applyTheme(t);
            QSettings().setValue(QStringLiteral("theme"), themeName(t));
            refreshTheme();
        });
    }
    QMenu* language = view->addMenu(tr("Language"));
    auto* languages = new QActionGroup(language);
    for (const QString& code : languageCodes()) {
        QAction* a = language->addAction(languageName(code));
        a->setCheckable(true);
        a->setChecked(currentLanguage() == code);
        a->setObjectName(QStringLiteral("language_") + code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (code != currentLanguage())
                Q_EMIT languageRequested(code);
        });
    }
    view->addSeparator();
    QAction* reset = view->addAction(tr("Reset layout"));
    reset->setToolTip(tr("Forget the saved layout: the window, the splitters and the book's columns as they were at first"));
    connect(reset, &QAction::triggered, this, [this] {
        QSettings().remove(QStringLiteral("layout"));
        m_top->setCurrentIndex(viewNames().indexOf(QStringLiteral("accounts")));
        resize(1280, 800);
        for (QDockWidget* dock : {m_bookDock, m_detailDock}) {
            dock->setFloating(false);
            dock->show();
            removeDockWidget(dock);
        }
        addDockWidget(Qt::BottomDockWidgetArea, m_bookDock);
        splitDockWidget(m_bookDock, m_detailDock, Qt::Horizontal);
        m_bookDock->show();
        m_detailDock->show();
        resizeDocks({m_bookDock, m_detailDock}, {730, 550}, Qt::Horizontal);
        fitDocksToView();
        m_accountsView->resizeColumnsToContents();
    });
}

bool MainWindow::takesTheRoom(const QWidget* view) const
{
    return view == m_stress || view == m_collateral || view == m_bridges;
}

void MainWindow::fitDocksToView()
{
    // Only the book's dock where it is by default, under the views.
    if (m_bookDock->isFloating() || dockWidgetArea(m_bookDock) != Qt::BottomDockWidgetArea)
        return;
    const int room = centralWidget()->height() + m_bookDock->height();
    if (takesTheRoom(m_top->currentWidget()))
        resizeDocks({m_bookDock}, {kBookStrip}, Qt::Vertical);
    else
        resizeDocks({m_bookDock}, {std::max(kBookStrip, room - kTopHeight - m_readOnlyBanner->height() * m_readOnlyBanner->isVisible())},
                    Qt::Vertical);
}

QString MainWindow::currentViewName() const { return viewNames().value(m_top->currentIndex()); }

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("layout"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("view"), currentViewName());
    settings.setValue(QStringLiteral("columns"), m_accountsView->horizontalHeader()->saveState());
    settings.endGroup();
}

bool MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("layout"));
    if (!settings.contains(QStringLiteral("geometry")))
        return false;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    showView(settings.value(QStringLiteral("view")).toString());
    if (m_accountsView->horizontalHeader()->restoreState(settings.value(QStringLiteral("columns")).toByteArray()))
        m_columnsRestored = true; // keep the columns as the desk left them
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_persistLayout)
        saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::refreshTheme()
{
    for (QCustomPlot* plot : findChildren<QCustomPlot*>()) {
        applyPlotTheme(plot);
        plot->replot();
    }
    // The panels draw their items (labels, nodes) with the palette's colours on the next snapshot.
    handleSnapshot(m_engine->latest());
}

} // namespace cm::ui
