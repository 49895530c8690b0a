#include "ui/annotate/measure_tool.h"

#include <QDir>
#include <QFileInfo>
#include <cmath>

#include "core/annotation/als.h"
#include "core/annotation/dicom_results.h"
#include "core/base/error.h"
#include "core/engine/engine.h"
#include "core/io/dicom_sr.h"

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

void MeasureTool::reset(const std::string& studyId, const QString& storageDir) {
  if (session_ && !projectPath_.isEmpty()) save();
  autoCobb_.wait();
  annotation::StudyAnnotations d;
  d.studyId = studyId;
  projectPath_.clear();
  journalPath_.clear();
  QString restored;
  if (!storageDir.isEmpty()) {
    QDir().mkpath(storageDir);
    projectPath_ = QDir(storageDir).filePath("project.json");
    journalPath_ = QDir(storageDir).filePath("journal.jsonl");
    // The saved measurements plus the journal's unsaved work (restored without asking: they
    // are this viewer's own measurements); nothing unreadable is thrown away.
    const annotation::OpenedStudy opened =
        annotation::openStudy({projectPath_.toStdString(), journalPath_.toStdString()}, d);
    d = opened.document;
    if (opened.restored > 0)
      restored =
          tr("Restored measurement work that was not saved (%n edit(s))", nullptr, opened.restored);
    for (const std::string& n : opened.notes)
      emit message(tr("Saved measurements: %1").arg(QString::fromStdString(n)));
  }
  session_ = std::make_unique<annotation::AnnotationSession>(d);
  if (!projectPath_.isEmpty()) save();
  if (!restored.isEmpty()) emit message(restored);
  points_.clear();
  target_ = nullptr;
  dragMeasurement_ = dragPoint_ = -1;
  rebuild();
}

void MeasureTool::save() {
  if (projectPath_.isEmpty()) return;
  try {
    session_->checkpoint({projectPath_.toStdString(), journalPath_.toStdString()});
  } catch (const Error& e) {
    emit message(tr("Measurements could not be saved: %1").arg(QString::fromStdString(e.what())));
  }
}

bool MeasureTool::autoCobbAvailable() {
  return engine::get() != nullptr;
}

bool MeasureTool::autoCobb(ImageView* view, const QString& modelPath) {
  const LoadedSeries* s = seriesOf(view);
  auto refuse = [&](const QString& why) {
    emit message(why);
    emit autoCobbFinished(false, why);
    return false;
  };
  if (!autoCobbAvailable())
    return refuse(tr("Auto Cobb needs Osteon built with LibTorch (the AI engine)"));
  if (autoCobb_.running()) return refuse(tr("Auto Cobb is already running"));
  if (!s || !s->volume) return refuse(tr("Auto Cobb: open a spine X-ray first"));
  if (s->volume->depth() != 1)
    return refuse(tr("Auto Cobb works on a single AP spine radiograph, not on a %1-slice series")
                      .arg(s->volume->depth()));
  autoTarget_ = s;
  autoSlice_ = 0;
  std::shared_ptr<const image::Image> volume = s->volume;
  const std::string model = modelPath.toStdString();
  emit message(tr("Auto Cobb: finding the vertebrae..."));
  const engine::Engine* ai = engine::get();
  auto result = std::make_shared<AutoCobbResult>();
  autoCobb_.start(
      [ai, volume, model, result](const Progress&) {
        std::string provenance;
        const ai::SpineAnalysis a = ai->analyzeSpine(model, *volume, 0, &provenance);
        result->landmarks = a.landmarks;
        result->ms = a.milliseconds;
        result->provenance = QString::fromStdString(provenance);
      },
      [this, result](const BackgroundJob::Outcome& o) { onAutoCobbDone(o, *result); });
  return true;
}

void MeasureTool::onAutoCobbDone(const BackgroundJob::Outcome& o, const AutoCobbResult& r) {
  const LoadedSeries* s = autoTarget_;
  autoTarget_ = nullptr;
  if (!o.ok() || !s || !s->volume) {
    const QString why =
        tr("Auto Cobb failed: %1").arg(o.error.isEmpty() ? tr("no image") : o.error);
    emit message(why);
    emit autoCobbFinished(false, why);
    return;
  }
  annotation::Measurement m;
  m.kind = annotation::Measurement::Kind::Spine;
  m.series = seriesKey(s);
  m.instance = s->instanceNumbers.empty() ? 1 : s->instanceNumbers.front();
  // Corners predicted just outside the image are pulled onto its border.
  for (annotation::Point2 p : r.landmarks) {
    p.x = std::clamp(p.x, 0.0, double(s->volume->width() - 1));
    p.y = std::clamp(p.y, 0.0, double(s->volume->height() - 1));
    m.points.push_back(p);
  }
  try {
    const auto cobb = annotation::cobbAngles(m.points, s->volume->height());
    const auto als = annotation::readAlsType(m.points);
    m.label = "auto: " + r.provenance.toStdString();
    m.upperVertebra = annotation::kVertebraNames[static_cast<std::size_t>(cobb.upper)];
    m.lowerVertebra = annotation::kVertebraNames[static_cast<std::size_t>(cobb.lower)];
    // A new result replaces this image's previous Auto Cobb (one undo step brings it back).
    const int previous = spineMeasurement(s, 0);
    if (previous >= 0)
      session_->replaceMeasurement(static_cast<std::size_t>(previous), m);
    else
      session_->addMeasurement(m);
    const QString text =
        tr("Auto Cobb: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Drag a corner to correct it.")
            .arg(cobb.principal, 0, 'f', 1)
            .arg(QString::fromStdString(m.upperVertebra), QString::fromStdString(m.lowerVertebra))
            .arg(cobb.second, 0, 'f', 1)
            .arg(cobb.third, 0, 'f', 1)
            .arg(als.type.empty() ? tr("undecided") : QString::fromStdString(als.type))
            .arg(r.ms, 0, 'f', 0);
    emit message(text);
    rebuild();
    emit autoCobbFinished(true, text);
  } catch (const Error& e) {
    const QString why = tr("Auto Cobb failed: %1").arg(QString::fromStdString(e.what()));
    emit message(why);
    emit autoCobbFinished(false, why);
  }
}

std::string MeasureTool::seriesKey(const LoadedSeries* s) const {
  return s->seriesId.isEmpty() ? s->source.toStdString() : s->seriesId.toStdString();
}

int MeasureTool::sliceOf(const LoadedSeries* s, int instance) const {
  const auto it = std::find(s->instanceNumbers.begin(), s->instanceNumbers.end(), instance);
  return it == s->instanceNumbers.end() ? instance - 1
                                        : static_cast<int>(it - s->instanceNumbers.begin());
}

int MeasureTool::spineMeasurement(const LoadedSeries* s, int slice) const {
  if (!s) return -1;
  const auto& ms = session_->document().measurements;
  for (std::size_t i = ms.size(); i-- > 0;)
    if (ms[i].kind == annotation::Measurement::Kind::Spine && ms[i].series == seriesKey(s) &&
        sliceOf(s, ms[i].instance) == slice)
      return static_cast<int>(i);
  return -1;
}

void MeasureTool::undo() {
  try {
    if (session_->canUndo()) session_->undo();
  } catch (const Error& e) {
    emit message(QString::fromStdString(e.what()));  // not journaled: nothing changed
  }
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
  // A press near a vertebra corner of a Spine measurement starts dragging it (any mode).
  if (const LoadedSeries* s = seriesOf(view); s && s->volume && !points_.size()) {
    const image::Vec3 idx = s->volume->geometry.patientToIndex(patient);
    const int k = std::clamp(static_cast<int>(std::lround(idx[2])), 0, s->volume->depth() - 1);
    const int mi = spineMeasurement(s, k);
    if (mi >= 0) {
      const auto& pts = session_->document().measurements[static_cast<std::size_t>(mi)].points;
      double best = 9.0;  // widget pixels
      int hit = -1;
      for (std::size_t i = 0; i < pts.size(); ++i) {
        const QPointF w = view->currentTransform().sliceToWidget({pts[i].x, pts[i].y});
        const double d = std::hypot(w.x() - widget.x(), w.y() - widget.y());
        if (d < best) best = d, hit = static_cast<int>(i);
      }
      if (hit >= 0) {
        dragMeasurement_ = mi;
        dragPoint_ = hit;
        dragPos_ = pts[static_cast<std::size_t>(hit)];
        target_ = s;
        slice_ = k;
        return true;
      }
    }
  }
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
    m.series = seriesKey(s);
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
  if (dragMeasurement_ >= 0 && target_ && target_->volume) {
    const image::Vec3 idx = target_->volume->geometry.patientToIndex(p);
    dragPos_ = {std::clamp(idx[0], 0.0, double(target_->volume->width() - 1)),
                std::clamp(idx[1], 0.0, double(target_->volume->height() - 1))};
    rebuild();  // the angles follow the corner live
    return;
  }
  if (forwarded_ && fallback_) fallback_->drag(view, w, p);
}

void MeasureTool::release(ImageView* view, const QPointF& w, const image::Vec3& p) {
  if (dragMeasurement_ >= 0) {
    const int mi = dragMeasurement_, pi = dragPoint_;
    dragMeasurement_ = dragPoint_ = -1;
    target_ = nullptr;
    const auto& pts = session_->document().measurements[static_cast<std::size_t>(mi)].points;
    const annotation::Point2 before = pts[static_cast<std::size_t>(pi)];
    if (std::hypot(before.x - dragPos_.x, before.y - dragPos_.y) > 1e-6) {
      try {
        session_->moveMeasurementPoint(static_cast<std::size_t>(mi), static_cast<std::size_t>(pi),
                                       dragPos_.x, dragPos_.y);
        const auto& m = session_->document().measurements[static_cast<std::size_t>(mi)];
        emit message(tr("Moved %1 %2: principal Cobb angle %3")
                         .arg(annotation::kVertebraNames[static_cast<std::size_t>(pi / 4)])
                         .arg(QStringList{tr("top-left"), tr("top-right"), tr("bottom-left"),
                                          tr("bottom-right")}[pi % 4])
                         .arg(QString::fromStdString(annotation::measure(m, {}).text())));
      } catch (const Error& e) {
        emit message(QString::fromStdString(e.what()));
      }
    }
    rebuild();
    return;
  }
  if (forwarded_ && fallback_) fallback_->release(view, w, p);
  forwarded_ = false;
}

void MeasureTool::spineItems(const annotation::Measurement& m, std::size_t index,
                             const LoadedSeries* s, int k,
                             std::vector<AnnotationLayer::Item>& items) const {
  std::vector<annotation::Point2> pts = m.points;
  if (dragMeasurement_ == static_cast<int>(index) && dragPoint_ >= 0)
    pts[static_cast<std::size_t>(dragPoint_)] = dragPos_;
  auto at = [&](const annotation::Point2& p) {
    return s->volume->geometry.indexToPatient({p.x, p.y, double(k)});
  };
  annotation::CobbResult cobb;
  annotation::AlsReading als;
  bool ok = true;
  try {
    cobb = annotation::cobbAngles(pts, s->volume->height());
    als = annotation::readAlsType(pts);
  } catch (const Error&) {
    ok = false;  // a degenerate vertebra while dragging: outlines only
  }
  const QColor outline(80, 200, 255), end(255, 150, 40), corner(255, 255, 255);
  for (int v = 0; v < annotation::kSpineVertebrae; ++v) {
    const auto& tl = pts[static_cast<std::size_t>(4 * v)];
    const auto& tr_ = pts[static_cast<std::size_t>(4 * v + 1)];
    const auto& bl = pts[static_cast<std::size_t>(4 * v + 2)];
    const auto& br = pts[static_cast<std::size_t>(4 * v + 3)];
    const bool isEnd = ok && (v == cobb.upper || v == cobb.lower);
    QString label;
    if (isEnd) label = QString::fromLatin1(annotation::kVertebraNames[static_cast<std::size_t>(v)]);
    items.push_back({AnnotationLayer::Kind::Polyline,
                     {at(tl), at(tr_), at(br), at(bl), at(tl)},
                     label,
                     isEnd ? end : outline,
                     QPointF()});
    if (isEnd) {
      // The end vertebra's axis, drawn long so the angle between the two can be seen.
      const annotation::Point2 l{(tl.x + bl.x) / 2, (tl.y + bl.y) / 2},
          r{(tr_.x + br.x) / 2, (tr_.y + br.y) / 2};
      const double dx = r.x - l.x, dy = r.y - l.y;
      items.push_back({AnnotationLayer::Kind::Polyline,
                       {at({l.x - dx, l.y - dy}), at({r.x + dx, r.y + dy})},
                       QString(),
                       end,
                       QPointF()});
    }
  }
  for (const auto& p : pts)
    items.push_back({AnnotationLayer::Kind::Point, {at(p)}, QString(), corner, QPointF()});
  if (ok) {
    // A three-line caption at the image's left margin, level with the upper end vertebra.
    const QStringList lines = {
        tr("Cobb %1\u00B0 (%2-%3)")
            .arg(cobb.principal, 0, 'f', 1)
            .arg(annotation::kVertebraNames[static_cast<std::size_t>(cobb.upper)],
                 annotation::kVertebraNames[static_cast<std::size_t>(cobb.lower)]),
        tr("%1\u00B0  %2\u00B0  %3")
            .arg(cobb.second, 0, 'f', 1)
            .arg(cobb.third, 0, 'f', 1)
            .arg(cobb.sShaped ? tr("S-shaped") : tr("C-shaped")),
        tr("ALS %1").arg(
            als.type.empty()
                ? (als.applicable ? tr("undecided (%1)")
                                        .arg(QString::fromStdString(
                                            als.candidates.empty() ? std::string()
                                                                   : als.candidates.front() + "/" +
                                                                         als.candidates.back()))
                                  : tr("n/a"))
                : QString::fromStdString(als.type))};
    const auto& u = pts[static_cast<std::size_t>(4 * cobb.upper)];
    const image::Vec3 anchor = at({0.02 * s->volume->width(), u.y});
    for (int i = 0; i < lines.size(); ++i)
      items.push_back({AnnotationLayer::Kind::Text, {anchor}, lines[i], end, QPointF(0, 17.0 * i)});
  }
}

const annotation::SliceSource* MeasureTool::sourceOf(const std::string& series,
                                                     int instance) const {
  if (!series_) return nullptr;
  for (const LoadedSeries& s : *series_) {
    if (seriesKey(&s) != series || s.sources.empty()) continue;
    const int k = sliceOf(&s, instance);
    if (k >= 0 && k < static_cast<int>(s.sources.size()))
      return &s.sources[static_cast<std::size_t>(k)];
  }
  return nullptr;
}

bool MeasureTool::exportReport(const QString& path, const annotation::StudyAnnotations* labels,
                               QString& message) const {
  annotation::StudyAnnotations doc = session_->document();
  if (labels) {
    doc.landmarks = labels->landmarks;
    doc.grades = labels->grades;
  }
  try {
    const annotation::ReportWritten w = annotation::writeReport(
        doc,
        [this](const std::string& series, int instance) -> const io::DicomInstance* {
          const annotation::SliceSource* src = sourceOf(series, instance);
          return src ? &src->header : nullptr;
        },
        path.toStdString());
    message = tr("Wrote %1: %n measurement group(s)", nullptr, static_cast<int>(w.groups))
                  .arg(QDir::toNativeSeparators(path));
    if (!w.skipped.empty())
      message += tr("; not exported: %1")
                     .arg(QString::fromStdString(w.skipped.front()) +
                          (w.skipped.size() > 1 ? tr(" (and %n more)", nullptr,
                                                     static_cast<int>(w.skipped.size() - 1))
                                                : QString()));
    return true;
  } catch (const Error& e) {
    message = tr("The measurements could not be exported as DICOM SR: %1")
                  .arg(QString::fromStdString(e.what()));
    return false;
  }
}

bool MeasureTool::importReport(const QString& path, annotation::SrImport& levels,
                               QString& message) {
  try {
    const io::SrReport report = io::readMeasurementReport(path.toStdString());
    int matched = 0;
    const annotation::SrImport in = annotation::annotationsFromReport(
        report, [&](const io::SrImage& im, std::string& series, int& instance) {
          if (!series_) return false;
          for (const LoadedSeries& s : *series_)
            for (std::size_t k = 0; k < s.sources.size(); ++k) {
              const annotation::SliceSource& src = s.sources[k];
              if (src.header.sopInstanceUid != im.sopInstanceUid) continue;
              if (im.frame > 0 && src.frame > 0 && im.frame != src.frame) continue;
              series = seriesKey(&s);
              instance = k < s.instanceNumbers.size() ? s.instanceNumbers[k] : 1;
              ++matched;
              return true;
            }
          return false;
        });
    if (matched == 0)
      throw Error(
          "none of the images it measures is open (open its study first, then the "
          "report)");
    if (!in.measurements.empty())
      session_->addMeasurements(
          in.measurements,
          "import " + std::to_string(in.measurements.size()) + " measurements from DICOM SR");
    levels.landmarks = in.landmarks;
    levels.grades = in.grades;
    levels.skipped = in.skipped;
    save();
    rebuild();
    message =
        tr("Imported %n measurement(s) from %1", nullptr, static_cast<int>(in.measurements.size()))
            .arg(QFileInfo(path).fileName());
    if (!in.skipped.empty())
      message += tr("; skipped: %1").arg(QString::fromStdString(in.skipped.front()));
    return true;
  } catch (const Error& e) {
    message = tr("The report %1 could not be imported: %2")
                  .arg(QFileInfo(path).fileName(), QString::fromStdString(e.what()));
    return false;
  }
}

void MeasureTool::rebuild() {
  std::vector<AnnotationLayer::Item> items;
  auto toPatient = [](const LoadedSeries* s, const annotation::Point2& p, int k) {
    return s->volume->geometry.indexToPatient({p.x, p.y, double(k)});
  };
  if (series_) {
    const auto& ms = session_->document().measurements;
    for (std::size_t mi = 0; mi < ms.size(); ++mi) {
      const annotation::Measurement& m = ms[mi];
      const LoadedSeries* s = nullptr;
      for (const LoadedSeries& c : *series_)
        if (seriesKey(&c) == m.series) s = &c;
      if (!s || !s->volume) continue;
      const int k = sliceOf(s, m.instance);
      if (m.kind == annotation::Measurement::Kind::Spine) {
        spineItems(m, mi, s, k, items);
        continue;
      }
      const QString value =
          QString::fromStdString(annotation::measure(m, calibrationOf(*s->volume)).text());
      const QColor color(120, 255, 160);
      if (m.kind == annotation::Measurement::Kind::Cobb) {
        items.push_back({AnnotationLayer::Kind::Polyline,
                         {toPatient(s, m.points[0], k), toPatient(s, m.points[1], k)},
                         QString(),
                         color});
        items.push_back({AnnotationLayer::Kind::Polyline,
                         {toPatient(s, m.points[2], k), toPatient(s, m.points[3], k)},
                         tr("Cobb %1").arg(value),
                         color});
      } else {
        std::vector<image::Vec3> pts;
        for (const auto& p : m.points)
          pts.push_back(toPatient(s, p, k));
        items.push_back({AnnotationLayer::Kind::Polyline, pts, value, color});
      }
    }
    if (target_ && dragMeasurement_ < 0)
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
