// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace cm::ui {

//! "$12,946,670.31" in the ui's locale.
QString formatUsd(double usd);
//! "$12.9M" for tiles and axes.
QString formatUsdShort(double usd);
//! Token units for a table cell from their exact decimal text: four decimals (four significant
//! digits under 1), in the ui's locale; the exact figure belongs in the tooltip.
QString formatTokenAmount(const QString& exact);
//! Health with two decimals, "∞" when nothing is required.
QString formatHealth(double health);
QString formatPercent(double fraction, int decimals = 1);
QString formatDuration(qint64 ms);

enum class HealthBand { Liquidatable, Critical, Warning, Healthy, NoRequirement };
HealthBand healthBand(double health);
//! Background colour of a health band; invalid for a healthy account.
QColor healthColor(HealthBand band);
//! Text colours that read on the theme in use (ui/util/theme.h): bad (red), warn (amber), good (green).
enum class Tone { Bad, Warn, Good };
QColor toneColor(Tone tone);
//! A chain's status colour: live green, degraded orange, halted red.
QColor chainStatusColor(const QString& status);

} // namespace cm::ui
