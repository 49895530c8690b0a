#include "ui/annotate/measure_tool.h"

#include <cmath>

#include "core/base/error.h"

namespace osteon {
namespace ui {

MeasureTool::MeasureTool(QObject* parent)
    : QObject(parent),
      session_(std::make_unique<annotation::AnnotationSession>()),
      layer_(std::make_shared<AnnotationLayer>(tr("Measurements"))) {}

void MeasureTool::setMode(Mode m) {
  mode_ = m;
  points_.clear();
  target_ = nullptr;
  switch (m) {
    case Mode::None:
      emit message(tr("Measurement tool off"));
      break;
    case Mode::Distance:
      emit message(tr("Distance: click two points"));
      break;
    case Mode::Angle:
      emit message(tr("Angle: click an arm, the vertex, the other arm"));
      break;
    case Mode::Cobb:
      emit message(
          tr("Cobb angle: click the two ends of the upper endplate, then of the lower endplate"));
      break;
  }
  rebuild();
}

void MeasureTool::reset(const std::string& studyId) {
  annotation::StudyAnnotations d;
  d.studyId = studyId;
  session_ = std::make_unique<annotation::AnnotationSession>(d);
  points_.clear();
  target_ = nullptr;
  rebuild();
}

void MeasureTool::undo() {
  if (session_->canUndo()) session_->undo();
  rebuild();
}

annotation::Calibration MeasureTool::calibrationOf(const image::Image& v) {
  annotation::Calibration c;
  auto it = v.meta.find("spacing_source");
  const std::string source = it == v.meta.end() ? std::string("none") : it->second;
  if (source == "PixelSpacing" || source == "ImagerPixelSpacing") {
    c.calibrated = true;
    c.sx = v.geometry.spacing[0];
    c.sy = v.geometry.spacing[1];
    c.source = source;
  }
  return c;
}

const LoadedSeries* MeasureTool::seriesOf(const ImageView* view) const {
  if (!series_ || !view) return nullptr;
  for (const LoadedSeries& s : *series_)
    if (s.volume == view->volume()) return &s;
  return nullptr;
}

bool MeasureTool::press(ImageView* view, const QPointF& widget, const image::Vec3& patient) {
  forwarded_ = false;
  if (mode_ == Mode::None) {
    forwarded_ = fallback_ && fallback_->press(view, widget, patient);
    return forwarded_;
  }
  const LoadedSeries* s = seriesOf(view);
  if (!s || !s->volume) return true;
  const image::Vec3 idx = s->volume->geometry.patientToIndex(patient);
  const int k = std::clamp(static_cast<int>(std::lround(idx[2])), 0, s->volume->depth() - 1);
  if (target_ && (target_ != s || k != slice_)) points_.clear();
  target_ = s;
  slice_ = k;
  points_.push_back({idx[0], idx[1]});
  const std::size_t need = mode_ == Mode::Distance ? 2 : mode_ == Mode::Angle ? 3 : 4;
  if (points_.size() == need) {
    annotation::Measurement m;
    m.kind = mode_ == Mode::Distance ? annotation::Measurement::Kind::Line
             : mode_ == Mode::Angle  ? annotation::Measurement::Kind::Angle
                                     : annotation::Measurement::Kind::Cobb;
    m.series = s->seriesId.isEmpty() ? s->source.toStdString() : s->seriesId.toStdString();
    m.instance = k < static_cast<int>(s->instanceNumbers.size())
                     ? s->instanceNumbers[static_cast<std::size_t>(k)]
                     : k + 1;
    m.points = points_;
    try {
      session_->addMeasurement(m);
      const auto value = annotation::measure(m, calibrationOf(*s->volume));
      emit message(tr("Measured %1").arg(QString::fromStdString(value.text())));
    } catch (const Error& e) {
      emit message(QString::fromStdString(e.what()));
    }
    points_.clear();
    target_ = nullptr;
  }
  rebuild();
  return true;
}

void MeasureTool::drag(ImageView* view, const QPointF& w, const image::Vec3& p) {
  if (forwarded_ && fallback_) fallback_->drag(view, w, p);
}

void MeasureTool::release(ImageView* view, const QPointF& w, const image::Vec3& p) {
  if (forwarded_ && fallback_) fallback_->release(view, w, p);
  forwarded_ = false;
}

void MeasureTool::rebuild() {
  std::vector<AnnotationLayer::Item> items;
  auto toPatient = [](const LoadedSeries* s, const annotation::Point2& p, int k) {
    return s->volume->geometry.indexToPatient({p.x, p.y, double(k)});
  };
  if (series_) {
    for (const annotation::Measurement& m : session_->document().measurements) {
      const LoadedSeries* s = nullptr;
      for (const LoadedSeries& c : *series_)
        if ((c.seriesId.isEmpty() ? c.source.toStdString() : c.seriesId.toStdString()) == m.series)
          s = &c;
      if (!s || !s->volume) continue;
      const auto it = std::find(s->instanceNumbers.begin(), s->instanceNumbers.end(), m.instance);
      const int k = it == s->instanceNumbers.end()
                        ? m.instance - 1
                        : static_cast<int>(it - s->instanceNumbers.begin());
      const QString value =
          QString::fromStdString(annotation::measure(m, calibrationOf(*s->volume)).text());
      const QColor colour(120, 255, 160);
      if (m.kind == annotation::Measurement::Kind::Cobb) {
        items.push_back({AnnotationLayer::Kind::Polyline,
                         {toPatient(s, m.points[0], k), toPatient(s, m.points[1], k)},
                         QString(),
                         colour});
        items.push_back({AnnotationLayer::Kind::Polyline,
                         {toPatient(s, m.points[2], k), toPatient(s, m.points[3], k)},
                         tr("Cobb %1").arg(value),
                         colour});
      } else {
        std::vector<image::Vec3> pts;
        for (const auto& p : m.points)
          pts.push_back(toPatient(s, p, k));
        items.push_back({AnnotationLayer::Kind::Polyline, pts, value, colour});
      }
    }
    if (target_)
      for (const auto& p : points_)
        items.push_back({AnnotationLayer::Kind::Point,
                         {toPatient(target_, p, slice_)},
                         QString(),
                         QColor(120, 255, 160)});
  }
  layer_->setItems(std::move(items));
  emit changed();
}

}  // namespace ui
}  // namespace osteon
