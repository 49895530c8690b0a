#pragma once
// Overlay layers drawn over every image view: annotation glyphs (points with labels, lines,
// angles, polylines), heatmaps (colour map, opacity, threshold) and text. Layers hold patient
// (LPS) coordinates or patient-space images, so they stay exact under zoom, pan, scroll and
// reslicing; each can be shown or hidden on its own. Later features (annotation, AI) draw
// through these classes only.

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QString>
#include <memory>
#include <vector>

#include "core/image/image.h"
#include "ui/viewer/colormap.h"
#include "ui/viewer/view_transform.h"

namespace osteon {
namespace ui {

// What a layer needs to draw on one view.
struct OverlayContext {
  const image::Image* slice = nullptr;  // the displayed 2D slice, with its patient geometry
  ViewTransform transform;              // slice pixel -> widget
  double tolerance = 1.0;               // mm from the slice plane within which 3D points show
  QSize widgetSize;
  // Patient point -> widget point; false when it is farther than `tolerance` from the plane.
  bool project(const image::Vec3& p, QPointF& out, double* distance = nullptr) const;
  // Slice pixel size in mm (for lengths shown on screen).
  double spacingX() const { return slice ? slice->geometry.spacing[0] : 1; }
};

class OverlayLayer {
 public:
  explicit OverlayLayer(QString name) : name_(std::move(name)) {}
  virtual ~OverlayLayer() = default;
  const QString& name() const { return name_; }
  bool isVisible() const { return visible_; }
  void setVisible(bool v) { visible_ = v; }
  virtual void paint(QPainter& painter, const OverlayContext& ctx) = 0;

 private:
  QString name_;
  bool visible_ = true;
};

class AnnotationLayer : public OverlayLayer {
 public:
  // Text: the label alone at points[0], moved by `offset` widget pixels (multi-line captions).
  enum class Kind { Point, Line, Angle, Polyline, Text };
  struct Item {
    Item() = default;
    Item(Kind k, std::vector<image::Vec3> p, QString l = QString(), QColor c = QColor(255, 200, 0),
         QPointF o = QPointF())
        : kind(k), points(std::move(p)), label(std::move(l)), color(c), offset(o) {}
    Kind kind = Kind::Point;
    std::vector<image::Vec3> points;  // patient coordinates
    QString label;
    QColor color = QColor(255, 200, 0);
    QPointF offset;
  };
  using OverlayLayer::OverlayLayer;
  void setItems(std::vector<Item> items) { items_ = std::move(items); }
  void addItem(Item item) { items_.push_back(std::move(item)); }
  const std::vector<Item>& items() const { return items_; }
  void paint(QPainter& painter, const OverlayContext& ctx) override;

 private:
  std::vector<Item> items_;
};

class HeatmapLayer : public OverlayLayer {
 public:
  using OverlayLayer::OverlayLayer;
  // Values in [0, 1] on a patient-space grid (any geometry; sampled at each displayed pixel).
  void setMap(std::shared_ptr<const image::Image> map);
  void setColormap(Colormap c) { colormap_ = c, cacheKey_.clear(); }
  void setOpacity(double o) { opacity_ = o, cacheKey_.clear(); }
  void setThreshold(double t) { threshold_ = t, cacheKey_.clear(); }
  Colormap colormap() const { return colormap_; }
  double opacity() const { return opacity_; }
  double threshold() const { return threshold_; }
  void paint(QPainter& painter, const OverlayContext& ctx) override;
  // The coloured slice as drawn (ARGB; one pixel per step() x step() slice pixels).
  QImage render(const image::Image& slice) const;
  int step(const image::Image& slice) const;

 private:
  std::shared_ptr<const image::Image> map_;
  Colormap colormap_ = Colormap::Jet;
  double opacity_ = 0.5, threshold_ = 0.2;
  QImage cache_;
  QString cacheKey_;
};

// Four-corner text, orientation markers and a scale bar; the view fills in the text.
class TextLayer : public OverlayLayer {
 public:
  using OverlayLayer::OverlayLayer;
  QString corners[4];  // top-left, top-right, bottom-left, bottom-right
  bool orientationMarkers = true;
  bool scaleBar = true;
  void paint(QPainter& painter, const OverlayContext& ctx) override;
};

}  // namespace ui
}  // namespace osteon
