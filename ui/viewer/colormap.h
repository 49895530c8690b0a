#pragma once
// Colour maps for heatmap overlays (values in [0, 1]).

#include <QRgb>
#include <QString>
#include <QStringList>

namespace osteon {
namespace ui {

enum class Colormap { Jet, Inferno, Hot, Grey };

QRgb colormapColor(Colormap map, double t);
QString colormapName(Colormap map);
QStringList colormapNames();
Colormap colormapFromName(const QString& name);  // Jet when unknown

}  // namespace ui
}  // namespace osteon
