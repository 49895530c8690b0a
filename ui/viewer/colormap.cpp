#include "ui/viewer/colormap.h"

#include "core/image/colormap.h"

#include <QColor>
#include <algorithm>
#include <cmath>

namespace osteon {
namespace ui {

QRgb colormapColor(Colormap map, double t) {
  const auto c = image::colormapRgb(map, t);
  return qRgb(c[0], c[1], c[2]);
}

QString colormapName(Colormap map) {
  switch (map) {
    case Colormap::Jet:
      return QStringLiteral("jet");
    case Colormap::Inferno:
      return QStringLiteral("inferno");
    case Colormap::Hot:
      return QStringLiteral("hot");
    case Colormap::Grey:
      return QStringLiteral("grey");
  }
  return {};
}

QStringList colormapNames() {
  return {"jet", "inferno", "hot", "grey"};
}

Colormap colormapFromName(const QString& n) {
  if (n == "inferno") return Colormap::Inferno;
  if (n == "hot") return Colormap::Hot;
  if (n == "grey") return Colormap::Grey;
  return Colormap::Jet;
}

}  // namespace ui
}  // namespace osteon
