// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh: the console. Composition root: options, world, engine, window.
#include "app/app_options.h"
#include "ui/bridge/engine_client.h"
#include "ui/views/main_window.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

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
    QApplication::setStyle(QStringLiteral("Fusion"));

    cm::app::AppOptions options;
    QString error;
    bool helpShown = false;
    if (!cm::app::parseAppOptions(QApplication::arguments(), options, error, helpShown))
        return fail(error, kExitUsage);
    if (helpShown)
        return 0;

    QTranslator translator;
    if (!options.language.isEmpty() && options.language != QLatin1String("en")) {
        QLocale::setDefault(QLocale(options.language));
        if (translator.load(QStringLiteral(":/i18n/clearmesh_%1").arg(options.language)))
            QApplication::installTranslator(&translator);
    }

    const QString worldPath = options.worldFile.isEmpty() ? QStringLiteral(":/worlds/demo.json") : options.worldFile;
    QFile file(worldPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot open the world file").arg(worldPath), kExitUsage);

    cm::ui::EngineSettings settings;
    settings.speed = options.speed;
    settings.seed = options.seed;
    settings.startPaused = options.paused;
    auto engine = cm::ui::EngineClient::fromWorldJson(file.readAll(), settings, &error);
    if (!engine)
        return fail(QStringLiteral("%1: %2").arg(options.worldFile.isEmpty() ? QStringLiteral("demo world") : worldPath, error),
                    kExitUsage);

    if (!options.listen.isEmpty()) {
        const QString failed = engine->listen(options.listen);
        if (!failed.isEmpty())
            return fail(failed, kExitUsage);
        std::fprintf(stderr, "clearmesh: feed server on port %u\n", unsigned(engine->feedPort()));
    }

    cm::ui::MainWindow window(engine.get(), QStringLiteral(CM_SCENARIO_DIR));
    window.showView(options.view);
    window.show();
    engine->start();

    if (options.quitAfterS >= 0) {
        QTimer::singleShot(static_cast<int>(options.quitAfterS * 1000), &app, [&] {
            if (!options.screenshotFile.isEmpty() && !window.grab().save(options.screenshotFile)) {
                fail(QStringLiteral("--screenshot: cannot write '%1'").arg(options.screenshotFile), 1);
                QApplication::exit(1);
                return;
            }
            QApplication::quit();
        });
    }
    const int rc = QApplication::exec();
    engine->stop();
    return rc;
}
