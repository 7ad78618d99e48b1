// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session_files.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cm::app {
namespace {

constexpr int kSeedBytes = 32;

QString dataDir() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }

} // namespace

QString defaultJournalPath(const QString& worldName)
{
    QString name = worldName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]+")), QStringLiteral("_"));
    name.remove(QRegularExpression(QStringLiteral("^[_.]+|_+$")));
    if (name.isEmpty())
        name = QStringLiteral("world");
    return QDir(dataDir()).filePath(QStringLiteral("sessions/%1.db").arg(name));
}

QString keepAside(const QString& path, QString* error)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = info.dir().filePath(QStringLiteral("%1-%2.db").arg(info.completeBaseName(), stamp));
    if (QFileInfo::exists(target)) {
        if (error)
            *error = QStringLiteral("%1: already exists").arg(target);
        return {};
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, target + suffix)) {
            if (error)
                *error = QStringLiteral("%1: cannot be renamed to %2").arg(path + suffix, target + suffix);
            return {};
        }
    }
    return target;
}

QByteArray localOperatorSeed(QString* error)
{
    const QString path = QDir(dataDir()).filePath(QStringLiteral("operator.key"));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: cannot be read").arg(path);
            return {};
        }
        const QByteArray seed = file.readAll();
        if (seed.size() != kSeedBytes) {
            if (error)
                *error = QStringLiteral("%1: not an operator key (%2 bytes, expected %3)").arg(path).arg(seed.size()).arg(kSeedBytes);
            return {};
        }
        return seed;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QByteArray seed(kSeedBytes, '\0');
    // A key from the system's cryptographic generator (QRandomGenerator::system()).
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(seed.data()),
                                         reinterpret_cast<quint32*>(seed.data() + seed.size()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(seed) != seed.size()) {
        if (error)
            *error = QStringLiteral("%1: cannot be written").arg(path);
        return {};
    }
    return seed;
}

QString localOperatorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

} // namespace cm::app
