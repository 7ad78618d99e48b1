// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace cm::ui {
namespace {

std::unique_ptr<QTranslator> g_translator;
QString g_language = QStringLiteral("en");

} // namespace

QStringList languageCodes() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}; }

QString languageName(const QString& code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

bool setLanguage(const QString& code)
{
    if (!languageCodes().contains(code))
        return false;
    std::unique_ptr<QTranslator> next;
    if (code != QLatin1String("en")) {
        next = std::make_unique<QTranslator>();
        if (!next->load(QStringLiteral(":/i18n/clearmesh_%1").arg(code)))
            return false;
    }
    if (g_translator)
        QCoreApplication::removeTranslator(g_translator.get());
    g_translator = std::move(next);
    if (g_translator)
        QCoreApplication::installTranslator(g_translator.get());
    // English keeps the system's number format off: the desk reads 1,234.56 in the source language.
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QStringLiteral("en_US") : code));
    g_language = code;
    return true;
}

QString currentLanguage() { return g_language; }

} // namespace cm::ui
