// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace cm::ui {

//! The console's two looks: dark (the default, for a desk's long day) and light (for print and
//! daylight). Both use the Fusion style with a full palette, so every widget follows.
enum class Theme { Dark, Light };

Theme themeFromName(const QString& name, bool* ok = nullptr);
QString themeName(Theme theme);
//! Sets the application's style and palette; call before or after windows exist. Charts follow
//! through applyPlotTheme (ui/charts/plot_theme.h): the main window re-applies it to every plot.
void applyTheme(Theme theme);
Theme currentTheme();

} // namespace cm::ui
