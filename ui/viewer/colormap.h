#pragma once
// Colour maps for heatmap overlays (values in [0, 1]).

#include <QRgb>
#include <QString>
#include <QStringList>

#include "core/image/colormap.h"

namespace osteon {
namespace ui {

// The core colour maps (core/image/colormap.h), which also hold the one heatmap blend rule.
using Colormap = image::Colormap;

QRgb colormapColor(Colormap map, double t);
QString colormapName(Colormap map);
QStringList colormapNames();
Colormap colormapFromName(const QString& name);  // Jet when unknown

}  // namespace ui
}  // namespace osteon
