// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cm::app {

//! The console's command line (DESIGN §12).
struct AppOptions {
    QString worldFile;        //!< empty: the embedded demo world
    double speed = 1.0;
    quint64 seed = 0;         //!< 0: the world's own seed
    bool paused = false;
    QString language;         //!< "", "en", "de", "zh_CN" ("": the one chosen in the console, else English)
    QString theme;            //!< "", "dark", "light" ("": the one chosen in the console, else dark)
    QString view;             //!< which view is in front ("": the saved layout's, else accounts)
    QString stress;                            //!< a built-in stress scenario to run at start
    QString listen;           //!< HOST:PORT of the feed server, empty for none
    QString dbFile;           //!< the session's journal; empty: the world's default journal
    bool newSession = false;  //!< keep the default journal aside and start a new one
    bool noJournal = false;
    QString screenshotFile;
    double quitAfterS = -1.0; //!< < 0: run until closed
};

//! Parses arguments; on error returns false with a message naming the option and the problem.
bool parseAppOptions(const QStringList& arguments, AppOptions& options, QString& error, bool& helpShown);

} // namespace cm::app
