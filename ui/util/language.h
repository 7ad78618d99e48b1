// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cm::ui {

//! The console's languages: English (the source), German and Simplified Chinese ("en", "de",
//! "zh_CN"). The translations are compiled into the ui library (translations/*.ts).
QStringList languageCodes();
//! The language's own name ("Deutsch", "简体中文").
QString languageName(const QString& code);
//! Installs the translation and sets the default locale (numbers, dates) to the language's;
//! false for an unknown code or a translation that cannot be loaded (English stays).
bool setLanguage(const QString& code);
QString currentLanguage();

} // namespace cm::ui
