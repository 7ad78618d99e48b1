// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bridge/engine_client.h"

#include <QFile>
#include <QTest>

#include <memory>

namespace cm::test {

inline std::unique_ptr<cm::ui::EngineClient> makeClient(const QString& world, const cm::ui::EngineSettings& settings)
{
    QFile f(world);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(world));
    QString error;
    auto client = cm::ui::EngineClient::fromWorldJson(f.readAll(), settings, &error);
    if (!client)
        qFatal("%s", qPrintable(error));
    return client;
}

//! A journaled client on dbPath (a new journal, or the run it holds).
inline std::unique_ptr<cm::ui::EngineClient> openSession(const QString& world, const QString& dbPath,
                                                         const cm::ui::EngineSettings& settings, QString* error = nullptr)
{
    QFile f(world);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(world));
    QString e;
    auto client = cm::ui::EngineClient::openSession(f.readAll(), dbPath, settings, &e);
    if (error)
        *error = e;
    else if (!client)
        qFatal("%s", qPrintable(e));
    return client;
}

inline QString smallWorldPath() { return QStringLiteral(CM_TEST_DATA_DIR "/worlds/small.json"); }
inline QString demoWorldPath() { return QStringLiteral(CM_SOURCE_DIR "/resources/worlds/demo.json"); }

} // namespace cm::test
