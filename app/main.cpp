// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh: the console. Composition root: options, world, engine, window.
#include "app/app_options.h"
#include "app/session_files.h"
#include "core/api/session.h"
#include "ui/bridge/engine_client.h"
#include "ui/views/main_window.h"
#include "ui/views/stress_panel.h"
#include "ui/util/language.h"
#include "ui/util/theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QSettings>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

constexpr int kExitUsage = 2;

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "clearmesh: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Clearmesh"));
    QApplication::setOrganizationName(QStringLiteral("Clearmesh"));

    cm::app::AppOptions options;
    QString error;
    bool helpShown = false;
    if (!cm::app::parseAppOptions(QApplication::arguments(), options, error, helpShown))
        return fail(error, kExitUsage);
    if (helpShown)
        return 0;

    // The look and the language: the command line's, else the ones chosen in the console's View menu.
    QSettings prefs;
    cm::ui::applyTheme(cm::ui::themeFromName(options.theme.isEmpty() ? prefs.value(QStringLiteral("theme")).toString() : options.theme));
    const QString language = options.language.isEmpty() ? prefs.value(QStringLiteral("language"), QStringLiteral("en")).toString()
                                                         : options.language;
    if (!cm::ui::setLanguage(language))
        std::fprintf(stderr, "clearmesh: the %s translation cannot be loaded; the console is in English\n", qPrintable(language));

    const QString worldPath = options.worldFile.isEmpty() ? QStringLiteral(":/worlds/demo.json") : options.worldFile;
    QFile file(worldPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot open the world file").arg(worldPath), kExitUsage);

    cm::ui::EngineSettings settings;
    settings.speed = options.speed;
    settings.seed = options.seed;
    settings.startPaused = options.paused;
    const QByteArray worldJson = file.readAll();
    const QString worldLabel = options.worldFile.isEmpty() ? QStringLiteral("demo world") : worldPath;
    std::unique_ptr<cm::ui::EngineClient> engine;
    if (options.noJournal) {
        engine = cm::ui::EngineClient::fromWorldJson(worldJson, settings, &error);
        if (!engine)
            return fail(QStringLiteral("%1: %2").arg(worldLabel, error), kExitUsage);
    } else {
        // The session is journaled (DESIGN §9); by default one journal per world in the data folder,
        // so the console reopens where it left off.
        const QString worldName = QJsonDocument::fromJson(worldJson).object().value(QStringLiteral("name")).toString();
        const bool defaultPath = options.dbFile.isEmpty();
        const QString dbPath = defaultPath ? cm::app::defaultJournalPath(worldName) : options.dbFile;
        QDir().mkpath(QFileInfo(dbPath).absolutePath());
        auto keepAside = [&] {
            const QString aside = cm::app::keepAside(dbPath, &error);
            if (aside.isEmpty())
                return false;
            std::fprintf(stderr, "clearmesh: the previous session is kept as %s\n", qPrintable(aside));
            return true;
        };
        if (options.newSession && QFileInfo::exists(dbPath) && !keepAside())
            return fail(error, kExitUsage);
        engine = cm::ui::EngineClient::openSession(worldJson, dbPath, settings, &error);
        if (!engine && defaultPath && error.contains(QLatin1String(cm::kOtherRun))) {
            // The default journal holds a run of another version of this world: start anew
            // beside it rather than refuse to start.
            std::fprintf(stderr, "clearmesh: %s\n", qPrintable(error));
            if (!keepAside())
                return fail(error, kExitUsage);
            engine = cm::ui::EngineClient::openSession(worldJson, dbPath, settings, &error);
        }
        if (!engine)
            return fail(QStringLiteral("%1: %2").arg(worldLabel, error), kExitUsage);
        std::fprintf(stderr, "clearmesh: %s\n", qPrintable(engine->sessionSummary()));
        QString keyError;
        const QByteArray seed = cm::app::localOperatorSeed(&keyError);
        if (!keyError.isEmpty())
            std::fprintf(stderr, "clearmesh: %s; decisions are recorded unsigned\n", qPrintable(keyError));
        engine->setOperator(cm::app::localOperatorName(), seed);
    }

    if (!options.listen.isEmpty()) {
        const QString failed = engine->listen(options.listen);
        if (!failed.isEmpty())
            return fail(failed, kExitUsage);
        std::fprintf(stderr, "clearmesh: feed server on port %u\n", unsigned(engine->feedPort()));
    }

    // Screenshots and timed runs show the view asked for at the default size; a desk's session
    // reopens the layout it left.
    const bool keepLayout = options.screenshotFile.isEmpty() && options.quitAfterS < 0;
    std::unique_ptr<cm::ui::MainWindow> window;
    std::function<void(const QString&)> openWindow = [&](const QString& view) {
        window = std::make_unique<cm::ui::MainWindow>(engine.get(), QStringLiteral(CM_SCENARIO_DIR));
        window->setLayoutPersistent(keepLayout);
        const bool restored = keepLayout && window->restoreLayout();
        if (!view.isEmpty() || !restored)
            window->showView(view.isEmpty() ? QStringLiteral("accounts") : view);
        // Another language: the window is built again in it, on the same engine and session.
        QObject::connect(window.get(), &cm::ui::MainWindow::languageRequested, &app, [&](const QString& code) {
            if (!cm::ui::setLanguage(code))
                return;
            QSettings().setValue(QStringLiteral("language"), code);
            const QString current = window->currentViewName();
            if (keepLayout)
                window->saveLayout();
            window->setLayoutPersistent(false);
            window->hide();
            window.release()->deleteLater();
            openWindow(current);
        });
        window->show();
    };
    openWindow(options.view);
    engine->start();
    if (!options.stress.isEmpty()) {
        window->stressPanel()->chooseBuiltIn(options.stress);
        window->stressPanel()->run();
    }

    if (options.quitAfterS >= 0) {
        QTimer::singleShot(static_cast<int>(options.quitAfterS * 1000), &app, [&] {
            if (!options.screenshotFile.isEmpty() && !window->grab().save(options.screenshotFile)) {
                fail(QStringLiteral("--screenshot: cannot write '%1'").arg(options.screenshotFile), 1);
                QApplication::exit(1);
                return;
            }
            QApplication::quit();
        });
    }
    const int rc = QApplication::exec();
    window.reset();
    engine->stop();
    return rc;
}
