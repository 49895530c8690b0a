#include "ui/ai/heatmap_pane.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace osteon {
namespace ui {

QImage composeHeatmap(const image::Image& volume, int slice, const image::WindowLevel& window,
                      const image::Image* heatmap, Colormap map, double opacity, double threshold) {
  if (volume.empty() || slice < 0 || slice >= volume.depth()) return {};
  const image::Image grey = image::windowTo8Bit(volume, window, slice);
  const int w = grey.width(), h = grey.height();
  QImage out(w, h, QImage::Format_RGB32);
  const bool rgb = grey.pixelType() == image::PixelType::RGB8;
  const std::uint8_t* g = grey.bytes();
  const bool hasMap = heatmap && !heatmap->empty() && heatmap->width() > 0 && heatmap->height() > 0;
  const double sx = hasMap ? double(heatmap->width()) / w : 1,
               sy = hasMap ? double(heatmap->height()) / h : 1;
  const double a = std::clamp(opacity, 0.0, 1.0);
  for (int y = 0; y < h; ++y) {
    QRgb* line = reinterpret_cast<QRgb*>(out.scanLine(y));
    const int hy = hasMap ? std::min(heatmap->height() - 1, static_cast<int>((y + 0.5) * sy)) : 0;
    for (int x = 0; x < w; ++x) {
      const std::size_t i =
          static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x);
      int r, gg, b;
      if (rgb) {
        r = g[3 * i], gg = g[3 * i + 1], b = g[3 * i + 2];
      } else {
        r = gg = b = g[i];
      }
      if (hasMap) {
        const int hx = std::min(heatmap->width() - 1, static_cast<int>((x + 0.5) * sx));
        const double v = heatmap->value(hx, hy, 0);
        if (v >= threshold) {
          const QRgb c = colormapColor(map, std::clamp(v, 0.0, 1.0));
          r = static_cast<int>(std::lround((1 - a) * r + a * qRed(c)));
          gg = static_cast<int>(std::lround((1 - a) * gg + a * qGreen(c)));
          b = static_cast<int>(std::lround((1 - a) * b + a * qBlue(c)));
        }
      }
      line[x] = qRgb(r, gg, b);
    }
  }
  return out;
}

HeatmapPane::HeatmapPane(QWidget* parent) : QWidget(parent) {
  setMinimumSize(120, 110);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapPane::setImage(const QImage& image, const QString& caption) {
  image_ = image;
  caption_ = caption;
  update();
}

void HeatmapPane::clear(const QString& message) {
  image_ = QImage();
  caption_ = message;
  update();
}

void HeatmapPane::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), Qt::black);
  const int captionH = fontMetrics().height() + 4;
  const QRect area = rect().adjusted(2, captionH, -2, -2);
  if (!image_.isNull() && area.width() > 0 && area.height() > 0) {
    const QSize s = image_.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.x() + (area.width() - s.width()) / 2,
                       area.y() + (area.height() - s.height()) / 2, s.width(), s.height());
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(target, image_);
  }
  p.setPen(QColor(230, 230, 230));
  p.drawText(QRect(4, 0, width() - 8, captionH), Qt::AlignVCenter | Qt::AlignLeft,
             fontMetrics().elidedText(caption_, Qt::ElideRight, width() - 8));
}

}  // namespace ui
}  // namespace osteon
