#include "core/annotation/study_annotations.h"

#include <fcntl.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/base/error.h"

namespace osteon::annotation {

using nlohmann::json;

bool Landmark::operator==(const Landmark& o) const {
  return series == o.series && instance == o.instance && x == o.x && y == o.y &&
         condition == o.condition && level == o.level && author == o.author && time == o.time;
}

bool Measurement::operator==(const Measurement& o) const {
  if (kind != o.kind || series != o.series || instance != o.instance || label != o.label ||
      upperVertebra != o.upperVertebra || lowerVertebra != o.lowerVertebra ||
      points.size() != o.points.size())
    return false;
  for (std::size_t i = 0; i < points.size(); ++i)
    if (points[i].x != o.points[i].x || points[i].y != o.points[i].y) return false;
  return true;
}

StudyAnnotations::StudyAnnotations() {
  for (auto& row : grades)
    row.fill(-1);
}

bool StudyAnnotations::operator==(const StudyAnnotations& o) const {
  return studyId == o.studyId && landmarks == o.landmarks && grades == o.grades &&
         measurements == o.measurements && notes == o.notes;
}

namespace {

const char* kindName(Measurement::Kind k) {
  switch (k) {
    case Measurement::Kind::Point:
      return "point";
    case Measurement::Kind::Line:
      return "line";
    case Measurement::Kind::Angle:
      return "angle";
    case Measurement::Kind::Polyline:
      return "polyline";
    case Measurement::Kind::Cobb:
      return "cobb";
    case Measurement::Kind::Spine:
      return "spine";
  }
  return "?";
}

Measurement::Kind kindFromName(const std::string& s) {
  if (s == "point") return Measurement::Kind::Point;
  if (s == "line") return Measurement::Kind::Line;
  if (s == "angle") return Measurement::Kind::Angle;
  if (s == "polyline") return Measurement::Kind::Polyline;
  if (s == "cobb") return Measurement::Kind::Cobb;
  if (s == "spine") return Measurement::Kind::Spine;
  throw Error("unknown measurement kind '" + s + "'");
}

json landmarkJson(const Landmark& l) {
  return {{"series", l.series},
          {"instance", l.instance},
          {"x", l.x},
          {"y", l.y},
          {"condition", rsna::kConditionNames[static_cast<std::size_t>(l.condition)]},
          {"level", rsna::kLevelNames[static_cast<std::size_t>(l.level)]},
          {"author", l.author},
          {"time", l.time}};
}

Landmark landmarkFromJson(const json& j) {
  Landmark l;
  l.series = j.at("series").get<std::string>();
  l.instance = j.at("instance").get<int>();
  l.x = j.at("x").get<double>();
  l.y = j.at("y").get<double>();
  l.condition = conditionFromName(j.at("condition").get<std::string>());
  l.level = levelFromName(j.at("level").get<std::string>());
  if (l.condition < 0)
    throw Error("unknown condition '" + j.at("condition").get<std::string>() + "'");
  if (l.level < 0) throw Error("unknown level '" + j.at("level").get<std::string>() + "'");
  l.author = j.value("author", "");
  l.time = j.value("time", "");
  return l;
}

json measurementJson(const Measurement& m) {
  json pts = json::array();
  for (const Point2& p : m.points)
    pts.push_back({p.x, p.y});
  return {{"kind", kindName(m.kind)}, {"series", m.series},
          {"instance", m.instance},   {"points", pts},
          {"label", m.label},         {"upper", m.upperVertebra},
          {"lower", m.lowerVertebra}};
}

Measurement measurementFromJson(const json& j) {
  Measurement m;
  m.kind = kindFromName(j.at("kind").get<std::string>());
  m.series = j.value("series", "");
  m.instance = j.value("instance", 1);
  for (const json& p : j.at("points"))
    m.points.push_back({p.at(0).get<double>(), p.at(1).get<double>()});
  m.label = j.value("label", "");
  m.upperVertebra = j.value("upper", "");
  m.lowerVertebra = j.value("lower", "");
  return m;
}

std::string levelText(int condition, int level) {
  return std::string(rsna::kLevelNames[static_cast<std::size_t>(level)]) + " " +
         rsna::kConditionNames[static_cast<std::size_t>(condition)];
}

}  // namespace

json StudyAnnotations::toJson() const {
  json j;
  j["format"] = "osteon-annotations";
  j["version"] = 1;
  j["study_id"] = studyId;
  json ls = json::array();
  for (const Landmark& l : landmarks)
    ls.push_back(landmarkJson(l));
  j["landmarks"] = ls;
  json g = json::object();
  for (int c = 0; c < 5; ++c)
    for (int l = 0; l < 5; ++l)
      if (grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)] >= 0)
        g[rsna::columnName(c, l)] = rsna::kSeverityNames[static_cast<std::size_t>(
            grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)])];
  j["grades"] = g;
  json ms = json::array();
  for (const Measurement& m : measurements)
    ms.push_back(measurementJson(m));
  j["measurements"] = ms;
  j["notes"] = notes;
  return j;
}

StudyAnnotations StudyAnnotations::fromJson(const json& j) {
  try {
    if (j.value("format", "") != "osteon-annotations")
      throw Error("not an Osteon annotation project");
    StudyAnnotations d;
    d.studyId = j.at("study_id").get<std::string>();
    for (const json& l : j.at("landmarks"))
      d.landmarks.push_back(landmarkFromJson(l));
    for (auto it = j.at("grades").begin(); it != j.at("grades").end(); ++it) {
      bool found = false;
      for (int c = 0; c < 5 && !found; ++c)
        for (int l = 0; l < 5 && !found; ++l)
          if (it.key() == rsna::columnName(c, l)) {
            d.grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)] =
                severityFromName(it.value().get<std::string>());
            found = true;
          }
      if (!found) throw Error("unknown grade key '" + it.key() + "'");
    }
    for (const json& m : j.at("measurements"))
      d.measurements.push_back(measurementFromJson(m));
    d.notes = j.value("notes", "");
    return d;
  } catch (const json::exception& e) {
    throw Error(std::string("annotation project: ") + e.what());
  }
}

void saveProject(const StudyAnnotations& doc, const std::string& path) {
  writeFileAtomically(path, doc.toJson().dump(2) + "\n");
}

StudyAnnotations loadProject(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(fileError(path, "cannot open"));
  try {
    return StudyAnnotations::fromJson(json::parse(
        std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>())));
  } catch (const json::exception& e) {
    throw Error(fileError(path, std::string("not valid JSON: ") + e.what()));
  } catch (const Error& e) {
    throw Error(fileError(path, e.what()));
  }
}

StudyAnnotations fromDataset(const RsnaDataset& d, const std::string& study) {
  StudyAnnotations doc;
  doc.studyId = study;
  for (int c = 0; c < 5; ++c)
    for (int l = 0; l < 5; ++l)
      doc.grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)] = d.grade(study, c, l);
  for (const RsnaCoordinate& rc : d.coordinates(study)) {
    Landmark lm;
    lm.series = rc.series;
    lm.instance = rc.instance;
    lm.x = rc.x;
    lm.y = rc.y;
    lm.condition = rc.condition;
    lm.level = rc.level;
    doc.landmarks.push_back(lm);
  }
  return doc;
}

void toDataset(const StudyAnnotations& doc, RsnaDataset& d) {
  for (int c = 0; c < 5; ++c)
    for (int l = 0; l < 5; ++l) {
      const int g = doc.grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)];
      if (g != d.grade(doc.studyId, c, l)) d.setGrade(doc.studyId, c, l, g);
    }
  std::vector<RsnaCoordinate> coords;
  for (const Landmark& lm : doc.landmarks)
    coords.push_back({doc.studyId, lm.series, lm.instance, lm.condition, lm.level, lm.x, lm.y});
  d.setCoordinates(doc.studyId, coords);
}

std::string MeasurementValue::text() const {
  char b[64];
  std::snprintf(b, sizeof b, "%.1f", value);
  return std::string(b) + (unit == "deg" ? "\u00B0" : " " + unit);
}

MeasurementValue measure(const Measurement& m, const Calibration& c) {
  const double sx = c.calibrated ? c.sx : 1, sy = c.calibrated ? c.sy : 1;
  const std::string unit = c.calibrated ? "mm" : "px (uncalibrated)";
  auto dist = [&](const Point2& a, const Point2& b) {
    return std::hypot((b.x - a.x) * sx, (b.y - a.y) * sy);
  };
  auto angleOf = [&](const Point2& a, const Point2& b) {
    return std::atan2((b.y - a.y) * sy, (b.x - a.x) * sx);
  };
  switch (m.kind) {
    case Measurement::Kind::Point:
      return {0, unit};
    case Measurement::Kind::Line:
      return {dist(m.points.at(0), m.points.at(1)), unit};
    case Measurement::Kind::Polyline: {
      double s = 0;
      for (std::size_t i = 1; i < m.points.size(); ++i)
        s += dist(m.points[i - 1], m.points[i]);
      return {s, unit};
    }
    case Measurement::Kind::Angle: {
      double a = std::fabs(angleOf(m.points.at(1), m.points.at(0)) -
                           angleOf(m.points.at(1), m.points.at(2))) *
                 180 / M_PI;
      if (a > 180) a = 360 - a;
      return {a, "deg"};
    }
    case Measurement::Kind::Cobb: {
      // The acute angle between the two endplate lines.
      double a = std::fabs(angleOf(m.points.at(0), m.points.at(1)) -
                           angleOf(m.points.at(2), m.points.at(3))) *
                 180 / M_PI;
      a = std::fmod(a, 180.0);
      if (a > 90) a = 180 - a;
      return {a, "deg"};
    }
    case Measurement::Kind::Spine: {
      // The principal Cobb angle (AASCE definition; it does not depend on the image height).
      // Angles are measured in calibrated space when the pixels are not square.
      std::vector<Point2> q = m.points;
      for (Point2& p : q)
        p = {p.x * sx, p.y * sy};
      return {cobbAngles(q, 1e9).principal, "deg"};
    }
  }
  return {0, unit};
}

// --- commands -------------------------------------------------------------------------------

struct AnnotationSession::Command {
  virtual ~Command() = default;
  virtual void apply(StudyAnnotations& d) = 0;
  virtual void revert(StudyAnnotations& d) = 0;
  virtual json toJson() const = 0;
  virtual std::string text() const = 0;
};

namespace {

struct AddLandmark : AnnotationSession::Command {
  Landmark l;
  void apply(StudyAnnotations& d) override { d.landmarks.push_back(l); }
  void revert(StudyAnnotations& d) override { d.landmarks.pop_back(); }
  json toJson() const override { return {{"op", "addLandmark"}, {"landmark", landmarkJson(l)}}; }
  std::string text() const override { return "place " + levelText(l.condition, l.level); }
};

struct MoveLandmark : AnnotationSession::Command {
  std::size_t index = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  void apply(StudyAnnotations& d) override { d.landmarks[index].x = x1, d.landmarks[index].y = y1; }
  void revert(StudyAnnotations& d) override {
    d.landmarks[index].x = x0, d.landmarks[index].y = y0;
  }
  json toJson() const override {
    return {{"op", "moveLandmark"}, {"index", index}, {"x", x1}, {"y", y1}};
  }
  std::string text() const override { return "move point"; }
};

struct RemoveLandmark : AnnotationSession::Command {
  std::size_t index = 0;
  Landmark l;
  void apply(StudyAnnotations& d) override {
    d.landmarks.erase(d.landmarks.begin() + static_cast<long>(index));
  }
  void revert(StudyAnnotations& d) override {
    d.landmarks.insert(d.landmarks.begin() + static_cast<long>(index), l);
  }
  json toJson() const override { return {{"op", "removeLandmark"}, {"index", index}}; }
  std::string text() const override { return "delete " + levelText(l.condition, l.level); }
};

struct SetGrade : AnnotationSession::Command {
  int c = 0, l = 0, before = -1, after = -1;
  void apply(StudyAnnotations& d) override {
    d.grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)] = after;
  }
  void revert(StudyAnnotations& d) override {
    d.grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)] = before;
  }
  json toJson() const override {
    return {{"op", "setGrade"},
            {"condition", rsna::kConditionNames[static_cast<std::size_t>(c)]},
            {"level", rsna::kLevelNames[static_cast<std::size_t>(l)]},
            {"grade", after < 0 ? "" : rsna::kSeverityNames[static_cast<std::size_t>(after)]}};
  }
  std::string text() const override { return "grade " + levelText(c, l); }
};

struct AddMeasurement : AnnotationSession::Command {
  Measurement m;
  void apply(StudyAnnotations& d) override { d.measurements.push_back(m); }
  void revert(StudyAnnotations& d) override { d.measurements.pop_back(); }
  json toJson() const override {
    return {{"op", "addMeasurement"}, {"measurement", measurementJson(m)}};
  }
  std::string text() const override { return std::string("add ") + kindName(m.kind); }
};

struct RemoveMeasurement : AnnotationSession::Command {
  std::size_t index = 0;
  Measurement m;
  void apply(StudyAnnotations& d) override {
    d.measurements.erase(d.measurements.begin() + static_cast<long>(index));
  }
  void revert(StudyAnnotations& d) override {
    d.measurements.insert(d.measurements.begin() + static_cast<long>(index), m);
  }
  json toJson() const override { return {{"op", "removeMeasurement"}, {"index", index}}; }
  std::string text() const override { return std::string("delete ") + kindName(m.kind); }
};

struct ReplaceMeasurement : AnnotationSession::Command {
  std::size_t index = 0;
  Measurement before, after;
  void apply(StudyAnnotations& d) override { d.measurements[index] = after; }
  void revert(StudyAnnotations& d) override { d.measurements[index] = before; }
  json toJson() const override {
    return {
        {"op", "replaceMeasurement"}, {"index", index}, {"measurement", measurementJson(after)}};
  }
  std::string text() const override { return std::string("replace ") + kindName(before.kind); }
};

struct MoveMeasurementPoint : AnnotationSession::Command {
  std::size_t index = 0, point = 0;
  Point2 before, after;
  void apply(StudyAnnotations& d) override { d.measurements[index].points[point] = after; }
  void revert(StudyAnnotations& d) override { d.measurements[index].points[point] = before; }
  json toJson() const override {
    return {{"op", "moveMeasurementPoint"},
            {"index", index},
            {"point", point},
            {"x", after.x},
            {"y", after.y}};
  }
  std::string text() const override { return "move measurement point"; }
};

struct SetNotes : AnnotationSession::Command {
  std::string before, after;
  void apply(StudyAnnotations& d) override { d.notes = after; }
  void revert(StudyAnnotations& d) override { d.notes = before; }
  json toJson() const override { return {{"op", "setNotes"}, {"notes", after}}; }
  std::string text() const override { return "edit notes"; }
};

}  // namespace

AnnotationSession::AnnotationSession(StudyAnnotations doc, InstanceSize sizes)
    : doc_(std::move(doc)), sizes_(std::move(sizes)) {}

AnnotationSession::~AnnotationSession() {
  if (journalFd_ >= 0) ::close(journalFd_);
}

void AnnotationSession::validateLandmark(const Landmark& l, std::size_t ignoreIndex) const {
  if (l.condition < 0 || l.condition >= rsna::kConditions)
    throw Error("unknown condition (" + std::to_string(l.condition) + ")");
  if (l.level < 0 || l.level >= rsna::kLevels)
    throw Error("unknown level (" + std::to_string(l.level) + ")");
  if (!std::isfinite(l.x) || !std::isfinite(l.y)) throw Error("the point has no valid position");
  int w = 0, h = 0;
  if (sizes_ && sizes_(l.series, l.instance, w, h) &&
      (l.x < 0 || l.y < 0 || l.x > w - 1 || l.y > h - 1)) {
    char b[160];
    std::snprintf(b, sizeof b, "the point (%.1f, %.1f) is outside the image (%d x %d)", l.x, l.y, w,
                  h);
    throw Error(b);
  }
  for (std::size_t i = 0; i < doc_.landmarks.size(); ++i)
    if (i != ignoreIndex && doc_.landmarks[i].condition == l.condition &&
        doc_.landmarks[i].level == l.level)
      throw Error(levelText(l.condition, l.level) +
                  " is already placed; move or delete that point first");
}

void AnnotationSession::execute(std::unique_ptr<Command> c) {
  c->apply(doc_);
  journal(c->toJson());
  undo_.push_back(std::move(c));
  redo_.clear();
}

void AnnotationSession::addLandmark(Landmark l) {
  validateLandmark(l, static_cast<std::size_t>(-1));
  auto c = std::make_unique<AddLandmark>();
  c->l = std::move(l);
  execute(std::move(c));
}

void AnnotationSession::moveLandmark(std::size_t index, double x, double y) {
  if (index >= doc_.landmarks.size()) throw Error("there is no point " + std::to_string(index + 1));
  Landmark moved = doc_.landmarks[index];
  moved.x = x;
  moved.y = y;
  validateLandmark(moved, index);
  auto c = std::make_unique<MoveLandmark>();
  c->index = index;
  c->x0 = doc_.landmarks[index].x;
  c->y0 = doc_.landmarks[index].y;
  c->x1 = x;
  c->y1 = y;
  execute(std::move(c));
}

void AnnotationSession::removeLandmark(std::size_t index) {
  if (index >= doc_.landmarks.size()) throw Error("there is no point " + std::to_string(index + 1));
  auto c = std::make_unique<RemoveLandmark>();
  c->index = index;
  c->l = doc_.landmarks[index];
  execute(std::move(c));
}

void AnnotationSession::setGrade(int condition, int level, int severity) {
  if (condition < 0 || condition >= rsna::kConditions)
    throw Error("unknown condition (" + std::to_string(condition) + ")");
  if (level < 0 || level >= rsna::kLevels)
    throw Error("unknown level (" + std::to_string(level) + ")");
  if (severity < -1 || severity > 2)
    throw Error("unknown grade (" + std::to_string(severity) + ")");
  auto c = std::make_unique<SetGrade>();
  c->c = condition;
  c->l = level;
  c->before = doc_.grades[static_cast<std::size_t>(condition)][static_cast<std::size_t>(level)];
  c->after = severity;
  execute(std::move(c));
}

namespace {
void validateMeasurement(const Measurement& m, const InstanceSize& sizes) {
  const std::size_t n = m.points.size();
  const bool ok =
      (m.kind == Measurement::Kind::Point && n == 1) ||
      (m.kind == Measurement::Kind::Line && n == 2) ||
      (m.kind == Measurement::Kind::Angle && n == 3) ||
      (m.kind == Measurement::Kind::Cobb && n == 4) ||
      (m.kind == Measurement::Kind::Spine && n == static_cast<std::size_t>(kSpineLandmarks)) ||
      (m.kind == Measurement::Kind::Polyline && n >= 2);
  if (!ok)
    throw Error(std::string("a ") + kindName(m.kind) + " measurement cannot have " +
                std::to_string(n) + " points");
  int w = 0, h = 0;
  if (sizes && sizes(m.series, m.instance, w, h))
    for (const Point2& p : m.points)
      if (p.x < 0 || p.y < 0 || p.x > w - 1 || p.y > h - 1)
        throw Error("a measurement point is outside the image");
}
}  // namespace

void AnnotationSession::addMeasurement(Measurement m) {
  validateMeasurement(m, sizes_);
  auto c = std::make_unique<AddMeasurement>();
  c->m = std::move(m);
  execute(std::move(c));
}

void AnnotationSession::removeMeasurement(std::size_t index) {
  if (index >= doc_.measurements.size())
    throw Error("there is no measurement " + std::to_string(index + 1));
  auto c = std::make_unique<RemoveMeasurement>();
  c->index = index;
  c->m = doc_.measurements[index];
  execute(std::move(c));
}

void AnnotationSession::replaceMeasurement(std::size_t index, Measurement m) {
  if (index >= doc_.measurements.size())
    throw Error("there is no measurement " + std::to_string(index + 1));
  validateMeasurement(m, sizes_);
  auto c = std::make_unique<ReplaceMeasurement>();
  c->index = index;
  c->before = doc_.measurements[index];
  c->after = std::move(m);
  execute(std::move(c));
}

void AnnotationSession::moveMeasurementPoint(std::size_t index, std::size_t point, double x,
                                             double y) {
  if (index >= doc_.measurements.size())
    throw Error("there is no measurement " + std::to_string(index + 1));
  const Measurement& m = doc_.measurements[index];
  if (point >= m.points.size())
    throw Error("measurement " + std::to_string(index + 1) + " has no point " +
                std::to_string(point + 1));
  if (!std::isfinite(x) || !std::isfinite(y)) throw Error("a measurement point must be finite");
  int w = 0, h = 0;
  if (sizes_ && sizes_(m.series, m.instance, w, h) && (x < 0 || y < 0 || x > w - 1 || y > h - 1))
    throw Error("a measurement point is outside the image");
  auto c = std::make_unique<MoveMeasurementPoint>();
  c->index = index;
  c->point = point;
  c->before = m.points[point];
  c->after = {x, y};
  execute(std::move(c));
}

void AnnotationSession::setNotes(std::string notes) {
  auto c = std::make_unique<SetNotes>();
  c->before = doc_.notes;
  c->after = std::move(notes);
  execute(std::move(c));
}

void AnnotationSession::undo() {
  if (undo_.empty()) return;
  undo_.back()->revert(doc_);
  journal({{"op", "undo"}});
  redo_.push_back(std::move(undo_.back()));
  undo_.pop_back();
}

void AnnotationSession::redo() {
  if (redo_.empty()) return;
  redo_.back()->apply(doc_);
  journal({{"op", "redo"}});
  undo_.push_back(std::move(redo_.back()));
  redo_.pop_back();
}

std::string AnnotationSession::undoText() const {
  return undo_.empty() ? "" : undo_.back()->text();
}
std::string AnnotationSession::redoText() const {
  return redo_.empty() ? "" : redo_.back()->text();
}

void AnnotationSession::attachJournal(const std::string& path) {
  if (journalFd_ >= 0) ::close(journalFd_);
  journalFd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (journalFd_ < 0) throw Error(fileError(path, "cannot create the journal"));
  journal({{"op", "begin"}, {"study_id", doc_.studyId}});
}

void AnnotationSession::journal(const json& entry) {
  if (journalFd_ < 0) return;
  const std::string line = entry.dump() + "\n";
  // One write per entry, then fdatasync: the entry is on disk before the edit returns.
  const char* p = line.data();
  std::size_t left = line.size();
  while (left > 0) {
    const ssize_t n = ::write(journalFd_, p, left);
    if (n <= 0)
      throw Error(
          "the annotation journal cannot be written (disk full?); the last edit is not saved");
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  ::fdatasync(journalFd_);
}

StudyAnnotations AnnotationSession::recover(StudyAnnotations base, const std::string& journalPath,
                                            InstanceSize sizes) {
  std::ifstream in(journalPath, std::ios::binary);
  if (!in) throw Error(fileError(journalPath, "cannot open the journal"));
  AnnotationSession s(std::move(base), std::move(sizes));
  std::string line;
  while (std::getline(in, line)) {
    json e;
    try {
      e = json::parse(line);
    } catch (const json::exception&) {
      break;  // a torn last line: the crash happened while it was written
    }
    const std::string op = e.value("op", "");
    try {
      if (op == "begin") continue;
      if (op == "undo")
        s.undo();
      else if (op == "redo")
        s.redo();
      else if (op == "addLandmark")
        s.addLandmark(landmarkFromJson(e.at("landmark")));
      else if (op == "moveLandmark")
        s.moveLandmark(e.at("index").get<std::size_t>(), e.at("x").get<double>(),
                       e.at("y").get<double>());
      else if (op == "removeLandmark")
        s.removeLandmark(e.at("index").get<std::size_t>());
      else if (op == "setGrade")
        s.setGrade(conditionFromName(e.at("condition").get<std::string>()),
                   levelFromName(e.at("level").get<std::string>()),
                   severityFromName(e.at("grade").get<std::string>()));
      else if (op == "addMeasurement")
        s.addMeasurement(measurementFromJson(e.at("measurement")));
      else if (op == "removeMeasurement")
        s.removeMeasurement(e.at("index").get<std::size_t>());
      else if (op == "replaceMeasurement")
        s.replaceMeasurement(e.at("index").get<std::size_t>(),
                             measurementFromJson(e.at("measurement")));
      else if (op == "moveMeasurementPoint")
        s.moveMeasurementPoint(e.at("index").get<std::size_t>(), e.at("point").get<std::size_t>(),
                               e.at("x").get<double>(), e.at("y").get<double>());
      else if (op == "setNotes")
        s.setNotes(e.at("notes").get<std::string>());
      else
        throw Error("unknown journal entry '" + op + "'");
    } catch (const json::exception& ex) {
      throw Error(fileError(journalPath, std::string("damaged journal entry: ") + ex.what()));
    }
  }
  return s.doc_;
}

}  // namespace osteon::annotation
