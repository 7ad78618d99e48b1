// SPDX-License-Identifier: GPL-3.0-or-later
// The console's command line (DESIGN §12): bad options are refused with what is wrong, and
// --view with --screenshot renders the view asked for, in the theme and language asked for.
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray err;
};

Run console(const QStringList& args, const QString& home)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.insert(QStringLiteral("HOME"), home); // its settings and journals stay in the test's folder
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(CM_CONSOLE_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("clearmesh did not finish");
    return {p.exitCode(), p.readAllStandardError()};
}

int colours(const QImage& image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            seen.insert(image.pixel(x, y));
    return static_cast<int>(seen.size());
}

} // namespace

class TestConsoleOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badOptionsAreRefusedWithWhatIsWrong()
    {
        QTemporaryDir home;
        const struct {
            QStringList args;
            const char* says;
        } cases[] = {
            {{QStringLiteral("--view"), QStringLiteral("nope")}, "--view: unknown view 'nope' (overview, collateral, accounts"},
            {{QStringLiteral("--theme"), QStringLiteral("pink")}, "--theme: unknown theme 'pink' (dark or light)"},
            {{QStringLiteral("--lang"), QStringLiteral("fr")}, "--lang: unknown language 'fr' (en, de or zh_CN)"},
            {{QStringLiteral("--speed"), QStringLiteral("0")}, "--speed: expected a number"},
        };
        for (const auto& c : cases) {
            const Run r = console(c.args, home.path());
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(c.says), r.err.constData());
        }
    }

    void aViewIsRenderedToAScreenshot()
    {
        QTemporaryDir home;
        for (const auto& [view, theme, lang] : {std::tuple{"collateral", "dark", "en"}, std::tuple{"oracles", "light", "de"}}) {
            const QString shot = home.filePath(QStringLiteral("%1.png").arg(QLatin1String(view)));
            const Run r = console({QStringLiteral("--no-journal"), QStringLiteral("--view"), QLatin1String(view), QStringLiteral("--theme"),
                                   QLatin1String(theme), QStringLiteral("--lang"), QLatin1String(lang), QStringLiteral("--speed"),
                                   QStringLiteral("600"), QStringLiteral("--screenshot"), shot, QStringLiteral("--quit-after"),
                                   QStringLiteral("3")},
                                  home.path());
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QImage image(shot);
            QCOMPARE(image.size(), QSize(1280, 800));
            QVERIFY(colours(image) > 50);
            // The theme: the window's background is dark or light.
            const int lightness = QColor(image.pixel(640, 790)).lightness();
            QVERIFY2(QLatin1String(theme) == QLatin1String("dark") ? lightness < 100 : lightness > 150, qPrintable(QString::number(lightness)));
        }
        // An unwritable screenshot is named, with exit 1.
        const Run bad = console({QStringLiteral("--no-journal"), QStringLiteral("--screenshot"), QStringLiteral("/nonexistent/x.png"),
                                 QStringLiteral("--quit-after"), QStringLiteral("1")},
                                home.path());
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("/nonexistent/x.png"), bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestConsoleOptions)
#include "test_console_options.moc"
