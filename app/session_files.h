// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cm::app {

//! Where the console keeps a world's session when no --db is given: the user's data folder
//! (QStandardPaths::AppDataLocation)/sessions/<world name>.db.
QString defaultJournalPath(const QString& worldName);

//! Renames a journal (and its -wal/-shm companions) to <name>-<UTC time>.db beside it, so a new
//! session can start without anything being overwritten. Returns the new path, or empty with
//! error filled.
QString keepAside(const QString& path, QString* error);

//! The local operator's Ed25519 key seed (32 bytes), created on first use in the data folder
//! with owner-only permissions. Operator profiles with passphrase-sealed keys replace it.
QByteArray localOperatorSeed(QString* error);
QString localOperatorName();

} // namespace cm::app
