// SPDX-License-Identifier: GPL-3.0-or-later
// Running clearmesh-cli from a test: its exit code, standard output and error.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace cm::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

//! The CLI with `stdinText` on standard input (a passphrase is never an argument) and `env`
//! over the environment (without any passphrase of the caller's); fails the test run after
//! `timeoutMs`.
inline CliRun runCli(const QStringList& args, const QByteArray& stdinText = {}, const QMap<QString, QString>& env = {},
                     int timeoutMs = 240000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("CLEARMESH_PASSPHRASE"));
    e.remove(QStringLiteral("CLEARMESH_NEW_PASSPHRASE"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(CM_CLI_PATH), args);
    if (!stdinText.isEmpty())
        p.write(stdinText);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        qFatal("clearmesh-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace cm::test
