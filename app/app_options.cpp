// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/app_options.h"

#include "ui/bridge/stress_runner.h"
#include "ui/views/main_window.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace cm::app {

bool parseAppOptions(const QStringList& arguments, AppOptions& options, QString& error, bool& helpShown)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Clearmesh — cross-chain collateral risk console"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption world(QStringLiteral("world"), QStringLiteral("World file (JSON); default: the embedded demo world."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Simulated seconds per wall second (default 1)."),
                                   QStringLiteral("X"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the simulated market (default: the world's)."),
                                  QStringLiteral("N"));
    const QCommandLineOption paused(QStringLiteral("paused"), QStringLiteral("Start with the simulation paused."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: en, de or zh_CN."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Serve the feed protocol on HOST:PORT (e.g. 127.0.0.1:9400)."),
                                    QStringLiteral("HOST:PORT"));
    const QString views = cm::ui::MainWindow::viewNames().join(QStringLiteral(", "));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("View in front: %1.").arg(views), QStringLiteral("NAME"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("Look: dark (the default) or light."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the main window to a PNG after --quit-after seconds, then exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"), QStringLiteral("Exit after this many seconds."),
                                       QStringLiteral("SECONDS"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Journal file of the session (default: one per world in the user's data "
                                               "folder); a journal that holds a run of the world reopens it."),
                                QStringLiteral("FILE"));
    const QCommandLineOption newSession(QStringLiteral("new-session"),
                                        QStringLiteral("Start a new session: the world's default journal is kept aside "
                                                       "under a dated name."));
    const QCommandLineOption noJournal(QStringLiteral("no-journal"),
                                       QStringLiteral("Run without a journal: nothing of the session is kept."));
    const QCommandLineOption stress(QStringLiteral("stress"),
                                    QStringLiteral("Run a built-in stress scenario at start (crash_30, biggest_route_compromise, "
                                                   "...; clearmesh-cli stress --list) and show the stress view."),
                                    QStringLiteral("NAME"));
    parser.addOptions({help, world, speed, seed, paused, lang, theme, listen, view, screenshot, quitAfter, db, newSession, noJournal, stress});
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        error = QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        helpShown = true;
        return true;
    }
    options.worldFile = parser.value(world);
    if (!options.worldFile.isEmpty() && !QFileInfo(options.worldFile).isFile()) {
        error = QStringLiteral("--world: no such file '%1'").arg(options.worldFile);
        return false;
    }
    bool ok = true;
    if (parser.isSet(speed)) {
        options.speed = parser.value(speed).toDouble(&ok);
        if (!ok || options.speed <= 0 || options.speed > 1e6) {
            error = QStringLiteral("--speed: expected a number in (0, 1000000], got '%1'").arg(parser.value(speed));
            return false;
        }
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok || options.seed == 0) {
            error = QStringLiteral("--seed: expected a positive integer, got '%1'").arg(parser.value(seed));
            return false;
        }
    }
    options.paused = parser.isSet(paused);
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && !QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}.contains(options.language)) {
        error = QStringLiteral("--lang: unknown language '%1' (en, de or zh_CN)").arg(options.language);
        return false;
    }
    options.theme = parser.value(theme);
    if (!options.theme.isEmpty() && options.theme != QLatin1String("dark") && options.theme != QLatin1String("light")) {
        error = QStringLiteral("--theme: unknown theme '%1' (dark or light)").arg(options.theme);
        return false;
    }
    if (parser.isSet(view)) {
        options.view = parser.value(view);
        if (!cm::ui::MainWindow::viewNames().contains(options.view)) {
            error = QStringLiteral("--view: unknown view '%1' (%2)").arg(options.view, views);
            return false;
        }
    }
    if (parser.isSet(stress)) {
        options.stress = parser.value(stress);
        QStringList names;
        for (const auto& [name, title] : cm::ui::StressRunner::builtIns())
            names << name;
        if (!names.contains(options.stress)) {
            error = QStringLiteral("--stress: unknown scenario '%1' (%2)").arg(options.stress, names.join(QStringLiteral(", ")));
            return false;
        }
        options.view = QStringLiteral("stress");
    }
    options.listen = parser.value(listen);
    options.dbFile = parser.value(db);
    options.newSession = parser.isSet(newSession);
    options.noJournal = parser.isSet(noJournal);
    if (options.noJournal && (!options.dbFile.isEmpty() || options.newSession)) {
        error = QStringLiteral("--no-journal: cannot be combined with --db or --new-session");
        return false;
    }
    if (options.newSession && !options.dbFile.isEmpty()) {
        error = QStringLiteral("--new-session: starts a new default journal; with --db, name a new file instead");
        return false;
    }
    options.screenshotFile = parser.value(screenshot);
    if (parser.isSet(quitAfter)) {
        options.quitAfterS = parser.value(quitAfter).toDouble(&ok);
        if (!ok || options.quitAfterS < 0) {
            error = QStringLiteral("--quit-after: expected seconds >= 0, got '%1'").arg(parser.value(quitAfter));
            return false;
        }
    }
    if (!options.screenshotFile.isEmpty() && options.quitAfterS < 0)
        options.quitAfterS = 5.0;
    return true;
}

} // namespace cm::app
