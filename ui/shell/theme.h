#pragma once
#include <QApplication>
namespace osteon {
namespace ui {
// The dark theme radiologists expect (Fusion style, dark palette).
void applyDarkTheme(QApplication& app);
}  // namespace ui
}  // namespace osteon
