// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/util/format.h"
#include "ui/util/theme.h"

#include <QLocale>

#include <cmath>

namespace cm::ui {

QString formatUsd(double usd)
{
    const QString digits = QLocale().toString(std::fabs(usd), 'f', 2);
    return usd < 0 && digits != QLatin1String("0.00") ? QStringLiteral("−$") + digits : QStringLiteral("$") + digits;
}

QString formatUsdShort(double usd)
{
    const double a = std::fabs(usd);
    const QString sign = usd < 0 ? QStringLiteral("−$") : QStringLiteral("$");
    if (a >= 1e9)
        return sign + QLocale().toString(a / 1e9, 'f', 2) + QStringLiteral("B");
    if (a >= 1e6)
        return sign + QLocale().toString(a / 1e6, 'f', 1) + QStringLiteral("M");
    if (a >= 1e3)
        return sign + QLocale().toString(a / 1e3, 'f', 1) + QStringLiteral("k");
    return sign + QLocale().toString(a, 'f', 0);
}

QString formatHealth(double health)
{
    if (std::isinf(health))
        return QStringLiteral("∞");
    return QLocale().toString(health, 'f', 2);
}

QString formatPercent(double fraction, int decimals)
{
    if (std::isnan(fraction))
        return QStringLiteral("—");
    const double percent = fraction * 100.0;
    // A value that rounds to zero carries no sign ("-0.00 %" reads as a loss).
    const double shown = std::fabs(percent) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : percent;
    return QLocale().toString(shown, 'f', decimals) + QStringLiteral(" %");
}

QString formatTokenAmount(const QString& exact)
{
    const double v = exact.toDouble();
    return std::abs(v) >= 1 || v == 0 ? QLocale().toString(v, 'f', 4) : QLocale().toString(v, 'g', 4);
}

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', ms < 10000 ? 1 : 0));
    if (ms < 2 * 3600000)
        return QStringLiteral("%1 min").arg(QLocale().toString(ms / 60000.0, 'f', 1));
    const qint64 minutes = ms / 60000;
    if (minutes < 48 * 60)
        return QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return QStringLiteral("%1 d %2 h").arg(minutes / 1440).arg((minutes % 1440) / 60);
}

HealthBand healthBand(double health)
{
    if (std::isinf(health))
        return HealthBand::NoRequirement;
    if (health < 1.0)
        return HealthBand::Liquidatable;
    if (health < 1.1)
        return HealthBand::Critical;
    if (health < 1.25)
        return HealthBand::Warning;
    return HealthBand::Healthy;
}

QColor healthColor(HealthBand band)
{
    switch (band) {
    case HealthBand::Liquidatable: return QColor(0xe5, 0x73, 0x73);
    case HealthBand::Critical: return QColor(0xff, 0xb7, 0x4d);
    case HealthBand::Warning: return QColor(0xff, 0xe0, 0x82);
    case HealthBand::Healthy:
    case HealthBand::NoRequirement: break;
    }
    return {};
}

QColor toneColor(Tone tone)
{
    const bool dark = currentTheme() == Theme::Dark;
    switch (tone) {
    case Tone::Bad: return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Tone::Warn: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case Tone::Good: return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

QColor chainStatusColor(const QString& status)
{
    if (status == QLatin1String("halted"))
        return QColor(0xc6, 0x28, 0x28);
    if (status == QLatin1String("degraded"))
        return QColor(0xef, 0x6c, 0x00);
    return QColor(0x2e, 0x7d, 0x32);
}

} // namespace cm::ui
