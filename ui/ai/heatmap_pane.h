#pragma once
// A small pane showing one picture with its class activation map blended over it and a caption
// (the AI panel's "two classes side by side"), and the compositing that the pane and the overlay
// export share.

#include <QImage>
#include <QString>
#include <QWidget>

#include "core/image/image.h"
#include "core/image/window_level.h"
#include "ui/viewer/colormap.h"

namespace osteon {
namespace ui {

// Slice `slice` of `volume` windowed to grey (RGB pictures keep their colours) at its own pixel
// size, with `heatmap` (Float32 2D in [0, 1]; any size, stretched over the slice) blended on top:
// colour = (1 - opacity) * picture + opacity * colormap(value) where value >= threshold.
// `heatmap` may be null (the picture alone).
QImage composeHeatmap(const image::Image& volume, int slice, const image::WindowLevel& window,
                      const image::Image* heatmap, Colormap map, double opacity, double threshold);

class HeatmapPane : public QWidget {
  Q_OBJECT
 public:
  explicit HeatmapPane(QWidget* parent = nullptr);
  void setImage(const QImage& image, const QString& caption);
  void clear(const QString& message = QString());
  const QImage& image() const { return image_; }
  QString caption() const { return caption_; }
  QSize sizeHint() const override { return QSize(180, 150); }

 protected:
  void paintEvent(QPaintEvent*) override;

 private:
  QImage image_;
  QString caption_;
};

}  // namespace ui
}  // namespace osteon
