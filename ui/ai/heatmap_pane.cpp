#include "ui/ai/heatmap_pane.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace osteon {
namespace ui {

QImage composeHeatmap(const image::Image& volume, int slice, const image::WindowLevel& window,
                      const image::Image* heatmap, Colormap map, double opacity, double threshold) {
  if (volume.empty() || slice < 0 || slice >= volume.depth()) return {};
  image::Image grey = image::windowTo8Bit(volume, window, slice);
  // The blend rule every heatmap of Osteon is drawn with (core/image/colormap.h).
  const bool hasMap = heatmap && !heatmap->empty() && heatmap->width() > 0 && heatmap->height() > 0;
  const image::Image shown =
      hasMap ? image::blendHeatmap(grey, *heatmap, {map, opacity, threshold}) : std::move(grey);
  const bool rgb = shown.pixelType() == image::PixelType::RGB8;
  const int w = shown.width();
  return QImage(shown.bytes(), w, shown.height(), rgb ? 3 * w : w,
                rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8)
      .convertToFormat(QImage::Format_RGB32);
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
