#pragma once
#include <QDir>
#include <QImage>
#include <QString>
#include <QWidget>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "core/image/image.h"
#include "tests/support/baseline.h"

namespace osteon::test {

// Saves a widget's screenshot as build/test-screenshots/<name>.png and returns it.
inline QImage screenshot(QWidget* w, const QString& name) {
  QImage img = w->grab().toImage().convertToFormat(QImage::Format_RGB32);
  img.save(QDir(OSTEON_SCREENSHOTS).filePath(name + ".png"));
  return img;
}

// Mean grey level and its standard deviation over a rectangle.
inline std::pair<double, double> meanStd(const QImage& img, const QRect& r) {
  double s = 0, s2 = 0;
  int n = 0;
  for (int y = r.top(); y <= r.bottom(); ++y)
    for (int x = r.left(); x <= r.right(); ++x) {
      const double g = qGray(img.pixel(x, y));
      s += g, s2 += g * g, ++n;
    }
  const double m = s / std::max(1, n);
  return {m, std::sqrt(std::max(0.0, s2 / std::max(1, n) - m * m))};
}

// Pixels of an overlay colour (not grey) within `radius` of `at`: annotation glyphs are drawn in
// colour over grey images.
inline int coloredNear(const QImage& img, const QPoint& at, int radius) {
  int n = 0;
  for (int dy = -radius; dy <= radius; ++dy)
    for (int dx = -radius; dx <= radius; ++dx) {
      const QPoint p = at + QPoint(dx, dy);
      if (!img.rect().contains(p)) continue;
      const QRgb c = img.pixel(p);
      n += (std::abs(qRed(c) - qGreen(c)) > 24 || std::abs(qGreen(c) - qBlue(c)) > 24) ? 1 : 0;
    }
  return n;
}

// A widget's picture as an RGB8 image::Image, for the baseline comparison
// (tests/support/baseline.h).
inline image::Image toRgb(const QImage& shot) {
  const QImage img = shot.convertToFormat(QImage::Format_RGB888);
  image::Image out(image::PixelType::RGB8, {img.width(), img.height(), 1});
  for (int y = 0; y < img.height(); ++y)
    std::copy(
        img.constScanLine(y), img.constScanLine(y) + 3 * img.width(),
        out.bytes() + static_cast<std::size_t>(y) * 3 * static_cast<std::size_t>(img.width()));
  return out;
}

}  // namespace osteon::test
