#include "ui/viewer/overlays.h"

#include <QFontMetrics>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace osteon {
namespace ui {

using image::Vec3;

bool OverlayContext::project(const Vec3& p, QPointF& out, double* distance) const {
  if (!slice) return false;
  const Vec3 idx = slice->geometry.patientToIndex(p);
  const double d = idx[2] * slice->geometry.spacing[2];
  if (distance) *distance = d;
  if (std::fabs(d) > tolerance) return false;
  out = transform.sliceToWidget(QPointF(idx[0], idx[1]));
  return true;
}

namespace {
void outlinedText(QPainter& p, const QPointF& at, const QString& text, const QColor& color) {
  p.setPen(QColor(0, 0, 0, 200));
  for (const QPointF d : {QPointF(1, 1), QPointF(-1, 1), QPointF(1, -1), QPointF(-1, -1)})
    p.drawText(at + d, text);
  p.setPen(color);
  p.drawText(at, text);
}

double angleDeg(const QPointF& a, const QPointF& v, const QPointF& b) {
  const double ax = a.x() - v.x(), ay = a.y() - v.y(), bx = b.x() - v.x(), by = b.y() - v.y();
  const double c = (ax * bx + ay * by) / (std::hypot(ax, ay) * std::hypot(bx, by) + 1e-12);
  return std::acos(std::clamp(c, -1.0, 1.0)) * 180.0 / M_PI;
}
}  // namespace

void AnnotationLayer::paint(QPainter& p, const OverlayContext& ctx) {
  p.setRenderHint(QPainter::Antialiasing, true);
  for (const Item& it : items_) {
    std::vector<QPointF> w;
    bool all = true;
    for (const Vec3& pt : it.points) {
      QPointF q;
      if (ctx.project(pt, q))
        w.push_back(q);
      else
        all = false;
    }
    if (!all || w.empty()) continue;
    p.setPen(QPen(it.color, 2));
    p.setBrush(Qt::NoBrush);
    switch (it.kind) {
      case Kind::Point:
        p.drawEllipse(w[0], 5, 5);
        p.drawLine(w[0] - QPointF(9, 0), w[0] - QPointF(6, 0));
        p.drawLine(w[0] + QPointF(6, 0), w[0] + QPointF(9, 0));
        if (!it.label.isEmpty()) outlinedText(p, w[0] + QPointF(9, -8), it.label, it.color);
        break;
      case Kind::Line:
        if (w.size() >= 2) {
          p.drawLine(w[0], w[1]);
          const Vec3 d = image::sub(it.points[1], it.points[0]);
          const QString len = QString::number(image::norm(d), 'f', 1) + QStringLiteral(" mm");
          outlinedText(p, (w[0] + w[1]) / 2 + QPointF(6, -6),
                       it.label.isEmpty() ? len : it.label + " " + len, it.color);
        }
        break;
      case Kind::Angle:
        if (w.size() >= 3) {
          p.drawLine(w[1], w[0]);
          p.drawLine(w[1], w[2]);
          const QString a = QString::number(angleDeg(w[0], w[1], w[2]), 'f', 1) + QChar(0x00B0);
          outlinedText(p, w[1] + QPointF(8, -8), it.label.isEmpty() ? a : it.label + " " + a,
                       it.color);
        }
        break;
      case Kind::Polyline: {
        QPainterPath path(w[0]);
        for (std::size_t i = 1; i < w.size(); ++i)
          path.lineTo(w[i]);
        p.drawPath(path);
        if (!it.label.isEmpty()) outlinedText(p, w[0] + QPointF(6, -6), it.label, it.color);
        break;
      }
      case Kind::Text:
        outlinedText(p, w[0] + it.offset, it.label, it.color);
        break;
    }
  }
}

void HeatmapLayer::setMap(std::shared_ptr<const image::Image> map) {
  map_ = std::move(map);
  cacheKey_.clear();
}

int HeatmapLayer::step(const image::Image& slice) const {
  if (!map_) return 1;
  // A map coarser than the slice is sampled once per map pixel and scaled up when drawn.
  const double ratio = std::min(map_->geometry.spacing[0], map_->geometry.spacing[1]) /
                       std::max(slice.geometry.spacing[0], slice.geometry.spacing[1]);
  return std::max(1, static_cast<int>(std::floor(ratio)));
}

QImage HeatmapLayer::render(const image::Image& slice) const {
  const int st = step(slice);
  const int w = (slice.width() + st - 1) / st, h = (slice.height() + st - 1) / st;
  QImage out(w, h, QImage::Format_ARGB32_Premultiplied);
  out.fill(Qt::transparent);
  if (!map_ || map_->empty()) return out;
  // Output pixel (u, v) covers slice pixels [u*st, u*st + st): sample at its centre. One affine
  // map from slice pixels to map indices, computed once per slice.
  const image::Geometry& g = slice.geometry;
  const Vec3 o = map_->geometry.patientToIndex(g.indexToPatient({0, 0, 0}));
  const Vec3 dc = image::sub(map_->geometry.patientToIndex(g.indexToPatient({1, 0, 0})), o);
  const Vec3 dr = image::sub(map_->geometry.patientToIndex(g.indexToPatient({0, 1, 0})), o);
  // Osteon's one heatmap rule (core/image/colormap.h): drawn values get the colour map's colour
  // at `opacity`, composited over the picture by the painter (premultiplied SourceOver:
  // (1 - a) * picture + a * colour).
  const image::HeatmapStyle style{colormap_, opacity_, threshold_};
  const int a = static_cast<int>(std::lround(255 * std::clamp(opacity_, 0.0, 1.0)));
  for (int v = 0; v < h; ++v) {
    QRgb* line = reinterpret_cast<QRgb*>(out.scanLine(v));
    const double r = v * st + (st - 1) / 2.0;
    for (int u = 0; u < w; ++u) {
      const double c = u * st + (st - 1) / 2.0;
      const double x = o[0] + dc[0] * c + dr[0] * r, y = o[1] + dc[1] * c + dr[1] * r,
                   z = o[2] + dc[2] * c + dr[2] * r;
      const int i = static_cast<int>(std::lround(x)), j = static_cast<int>(std::lround(y)),
                k = static_cast<int>(std::lround(z));
      if (!map_->contains(i, j, k)) continue;
      const double v = map_->value(i, j, k);
      if (!image::heatmapDrawn(v, style)) continue;
      const auto col = image::colormapRgb(style.map, v);
      line[u] = qRgba(col[0] * a / 255, col[1] * a / 255, col[2] * a / 255, a);
    }
  }
  return out;
}

void HeatmapLayer::paint(QPainter& p, const OverlayContext& ctx) {
  if (!ctx.slice || !map_) return;
  const Vec3 o = ctx.slice->geometry.origin;
  const QString key = QString("%1,%2,%3,%4x%5")
                          .arg(o[0])
                          .arg(o[1])
                          .arg(o[2])
                          .arg(ctx.slice->width())
                          .arg(ctx.slice->height());
  if (key != cacheKey_) {
    cache_ = render(*ctx.slice);
    cacheKey_ = key;
  }
  p.save();
  // Output pixel (u, v) covers slice pixels [u*st - 0.5, u*st + st - 0.5).
  const int st = step(*ctx.slice);
  p.setTransform(QTransform::fromScale(st, st) * QTransform::fromTranslate(-0.5, -0.5) *
                     ctx.transform.transform(),
                 true);
  p.setRenderHint(QPainter::SmoothPixmapTransform, true);
  p.drawImage(QPointF(0, 0), cache_);
  p.restore();
}

void TextLayer::paint(QPainter& p, const OverlayContext& ctx) {
  p.setRenderHint(QPainter::Antialiasing, true);
  QFont f = p.font();
  f.setPointSizeF(9);
  p.setFont(f);
  const QFontMetrics fm(f);
  const int W = ctx.widgetSize.width(), H = ctx.widgetSize.height(), m = 6;
  const QColor c(230, 230, 230);
  for (int k = 0; k < 4; ++k) {
    const QStringList lines = corners[k].split('\n', Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
      // Each corner gets at most half the width: long lines are elided, never overlapped.
      const QString line = fm.elidedText(lines[i], Qt::ElideRight, W / 2 - 2 * m);
      const int lineNo = (k < 2) ? i : static_cast<int>(lines.size()) - 1 - i;
      const int y = (k < 2) ? m + fm.ascent() + lineNo * fm.height()
                            : H - m - fm.descent() - lineNo * fm.height();
      const int x = (k % 2 == 0) ? m : W - m - fm.horizontalAdvance(line);
      outlinedText(p, QPointF(x, y), line, c);
    }
  }
  if (!ctx.slice) return;
  if (orientationMarkers) {
    // Patient direction of each screen direction.
    const QPointF center(W / 2.0, H / 2.0);
    auto label = [&](const QPointF& screenDir) {
      const QPointF a = ctx.transform.widgetToSlice(center),
                    b = ctx.transform.widgetToSlice(center + screenDir * 10);
      const image::Vec3 pa = ctx.slice->geometry.indexToPatient({a.x(), a.y(), 0});
      const image::Vec3 pb = ctx.slice->geometry.indexToPatient({b.x(), b.y(), 0});
      return QString::fromStdString(image::orientationLabel(image::sub(pb, pa)));
    };
    const QColor oc(255, 220, 120);
    outlinedText(p, QPointF(W - m - fm.horizontalAdvance(label({1, 0})), H / 2.0), label({1, 0}),
                 oc);
    outlinedText(p, QPointF(m, H / 2.0), label({-1, 0}), oc);
    outlinedText(p, QPointF(W / 2.0, m + fm.ascent() + 3 * fm.height() + 2), label({0, -1}), oc);
    outlinedText(p, QPointF(W / 2.0, H - m - 3 * fm.height()), label({0, 1}), oc);
  }
  if (scaleBar) {
    // A bar of a round length of about a fifth of the view width.
    const double pxPerMm = ctx.transform.pixelsPerMm();
    const double target = W / 5.0 / pxPerMm;
    double len = std::pow(10.0, std::floor(std::log10(std::max(target, 1e-3))));
    for (double step : {2.0, 5.0, 10.0})
      if (len * step <= target)
        len = std::pow(10.0, std::floor(std::log10(std::max(target, 1e-3)))) * step;
    const double px = len * pxPerMm;
    const QPointF a(W - m - px, H - 3 * fm.height()), b(W - m, H - 3 * fm.height());
    p.setPen(QPen(c, 2));
    p.drawLine(a, b);
    p.drawLine(a, a - QPointF(0, 5));
    p.drawLine(b, b - QPointF(0, 5));
    const QString label = QString::number(len, 'g', 3) + QStringLiteral(" mm");
    outlinedText(p, QPointF(b.x() - fm.horizontalAdvance(label), a.y() - 8), label, c);
  }
}

}  // namespace ui
}  // namespace osteon
