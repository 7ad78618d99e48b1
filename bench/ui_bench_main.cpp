// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-bench-ui: the console's frame time with a large live book, on the offscreen platform,
// printed as one JSON document (DESIGN §1; issue 10: 100,000 accounts at 10 updates a second).
//   clearmesh-bench-ui [--quick] [--accounts N] [--seconds S] [--full-repaint]
//
// A frame is what the ui thread does for one snapshot: every model and view takes it (the
// book re-sorted and re-filtered, the panels redrawn) and what it made dirty is painted, as the
// event loop would (--full-repaint: the whole window, an upper bound). The engine runs
// the synthetic book (core/sim/synthetic_book.h on the demo world's chains and assets) at 60×
// on its own thread and publishes at most 10 snapshots a second. Responsiveness: a 10 ms timer
// on the ui thread; its lateness is how long input would wait.
#include "bench/bench_util.h"
#include "core/domain/world_loader.h"
#include "core/sim/synthetic_book.h"
#include "ui/bridge/engine_client.h"
#include "ui/util/theme.h"
#include "ui/views/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <cstring>
#include <iostream>
#include <thread>

namespace {

using cm::bench::quantile;

struct FrameStats {
    std::vector<double> handleMs, paintMs, frameMs, lateMs;
    int snapshots = 0;
    double seconds = 0;
};

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    bool quick = false;
    bool fullRepaint = false;
    std::size_t accounts = 100000;
    double seconds = 20;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            quick = true;
            seconds = 8;
        } else if (std::strcmp(argv[i], "--full-repaint") == 0) {
            fullRepaint = true;
        } else if (std::strcmp(argv[i], "--accounts") == 0 && i + 1 < argc) {
            accounts = std::stoul(argv[++i]);
        } else if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            seconds = std::stod(argv[++i]);
        } else {
            std::cerr << "usage: clearmesh-bench-ui [--quick] [--accounts N] [--seconds S] [--full-repaint]\n";
            return 2;
        }
    }
    QApplication app(argc, argv);
    cm::ui::applyTheme(cm::ui::Theme::Dark);
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    auto add = [&](const std::string& name, double value, const std::string& unit) {
        results.push_back({{"name", name}, {"value", value}, {"unit", unit}});
    };

    QFile demoFile(QStringLiteral(CM_DEMO_WORLD));
    if (!demoFile.open(QIODevice::ReadOnly)) {
        std::cerr << "cannot open " << CM_DEMO_WORLD << "\n";
        return 1;
    }
    const QByteArray demoJson = demoFile.readAll();

    // First frame with the demo world: from its JSON to the window painted once.
    {
        QElapsedTimer t;
        t.start();
        cm::ui::EngineSettings settings;
        QString error;
        auto client = cm::ui::EngineClient::fromWorldJson(demoJson, settings, &error);
        cm::ui::MainWindow window(client.get(), QString());
        window.showView(QStringLiteral("accounts"));
        window.show();
        window.repaint();
        add("startup_first_frame_ms", t.nsecsElapsed() / 1e6, "ms");
    }

    // The large live book.
    auto demo = cm::loadWorldJson(std::string_view(demoJson.constData(), static_cast<std::size_t>(demoJson.size())));
    if (!demo) {
        std::cerr << demo.error().message << "\n";
        return 1;
    }
    const std::string tag = accounts % 1000 == 0 ? std::to_string(accounts / 1000) + "k" : std::to_string(accounts);
    cm::ui::EngineSettings settings;
    settings.speed = 60;
    auto client = cm::ui::EngineClient::fromWorld(cm::syntheticBook(demo.value(), accounts, 7), settings);
    QElapsedTimer handle;
    // First in line for every snapshot: the frame's clock starts before the window's handler.
    QObject::connect(client.get(), &cm::ui::EngineClient::snapshotPublished, client.get(), [&] { handle.start(); });
    cm::ui::MainWindow window(client.get(), QString());
    window.showView(QStringLiteral("accounts"));
    window.resize(1280, 800);
    window.show();
    FrameStats stats;
    QObject::connect(client.get(), &cm::ui::EngineClient::snapshotPublished, &window, [&] {
        const double handled = handle.nsecsElapsed() / 1e6;
        QElapsedTimer paint;
        paint.start();
        // What the event loop would paint next: every region the snapshot made dirty (the
        // book's rows, the labels, a chart), as one frame. --full-repaint paints all of it.
        if (fullRepaint)
            window.repaint();
        else
            QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        const double painted = paint.nsecsElapsed() / 1e6;
        stats.handleMs.push_back(handled);
        stats.paintMs.push_back(painted);
        stats.frameMs.push_back(handled + painted);
        ++stats.snapshots;
    });
    QElapsedTimer lateness;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (lateness.isValid())
            stats.lateMs.push_back(std::max(0.0, lateness.nsecsElapsed() / 1e6 - 10.0));
        lateness.restart();
    });
    client->start();
    QElapsedTimer wall;
    // Measure after the first few snapshots (the book's first sort and column sizing).
    QTimer::singleShot(2000, [&] {
        stats = {};
        tick.start();
        wall.start();
        QTimer::singleShot(static_cast<int>(seconds * 1000), qApp, &QCoreApplication::quit);
    });
    QApplication::exec();
    stats.seconds = wall.elapsed() / 1000.0;
    client->stop();
    for (auto* v : {&stats.handleMs, &stats.paintMs, &stats.frameMs, &stats.lateMs})
        std::sort(v->begin(), v->end());
    if (stats.frameMs.empty()) {
        std::cerr << "no snapshot arrived in " << seconds << " s\n";
        return 1;
    }
    add("ui_frame_ms_" + tag + "_p50", quantile(stats.frameMs, 0.5), "ms");
    add("ui_frame_ms_" + tag + "_p99", quantile(stats.frameMs, 0.99), "ms");
    add("ui_snapshot_handle_ms_" + tag + "_p50", quantile(stats.handleMs, 0.5), "ms");
    add("ui_paint_ms_" + tag + "_p50", quantile(stats.paintMs, 0.5), "ms");
    add("ui_updates_per_s_" + tag, stats.snapshots / std::max(0.001, stats.seconds), "snapshots/s");
    add("ui_timer_late_ms_" + tag + "_p99", stats.lateMs.empty() ? 0.0 : quantile(stats.lateMs, 0.99), "ms");
    add("ui_timer_late_ms_" + tag + "_max", stats.lateMs.empty() ? 0.0 : stats.lateMs.back(), "ms");
    add("peak_rss_ui_" + tag + "_mb", static_cast<double>(cm::bench::peakRssKb()) / 1024.0, "MiB");

    nlohmann::ordered_json doc;
    doc["machine"] = {{"cpu", cm::bench::cpuModel()}, {"cores", std::thread::hardware_concurrency()}, {"platform", "offscreen"}};
    doc["setup"] = {{"accounts", accounts}, {"speed", 60}, {"publish_interval_ms", settings.publishIntervalMs},
                    {"paint", fullRepaint ? "the whole window" : "the regions the snapshot made dirty"},
                    {"seconds", stats.seconds}, {"quick", quick}};
    doc["results"] = std::move(results);
    std::cout << doc.dump(2) << "\n";
    return 0;
}
