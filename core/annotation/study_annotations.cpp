#include "core/annotation/study_annotations.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <filesystem>
#include <tuple>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/base/error.h"

namespace osteon::annotation {

using nlohmann::json;

bool Landmark::operator==(const Landmark& o) const {
  return id == o.id && series == o.series && instance == o.instance && x == o.x && y == o.y &&
         condition == o.condition && level == o.level && author == o.author && time == o.time;
}

bool Measurement::operator==(const Measurement& o) const {
  if (kind != o.kind || id != o.id || series != o.series || instance != o.instance ||
      label != o.label || upperVertebra != o.upperVertebra || lowerVertebra != o.lowerVertebra ||
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
  return {{"id", l.id},
          {"series", l.series},
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
  l.id = j.value("id", std::int64_t{0});
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
  return {{"kind", kindName(m.kind)},
          {"id", m.id},
          {"series", m.series},
          {"instance", m.instance},
          {"points", pts},
          {"label", m.label},
          {"upper", m.upperVertebra},
          {"lower", m.lowerVertebra}};
}

Measurement measurementFromJson(const json& j) {
  Measurement m;
  m.kind = kindFromName(j.at("kind").get<std::string>());
  m.id = j.value("id", std::int64_t{0});
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
  j["version"] = 2;
  j["study_id"] = studyId;
  j["revision"] = revision;
  j["next_id"] = nextId;
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
    d.revision = j.value("revision", std::int64_t{0});
    d.nextId = j.value("next_id", std::int64_t{1});
    // Version 1 files have no ids: number the points and measurements in document order.
    std::int64_t maxId = 0;
    for (const Landmark& l : d.landmarks)
      maxId = std::max(maxId, l.id);
    for (const Measurement& m : d.measurements)
      maxId = std::max(maxId, m.id);
    for (Landmark& l : d.landmarks)
      if (l.id <= 0) l.id = ++maxId;
    for (Measurement& m : d.measurements)
      if (m.id <= 0) m.id = ++maxId;
    d.nextId = std::max(d.nextId, maxId + 1);
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
    lm.id = doc.nextId++;
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

bool matchesDataset(const StudyAnnotations& doc, const RsnaDataset& d) {
  for (int c = 0; c < 5; ++c)
    for (int l = 0; l < 5; ++l)
      if (doc.grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)] !=
          d.grade(doc.studyId, c, l))
        return false;
  using Key = std::tuple<std::string, int, int, int, double, double>;
  std::vector<Key> a, b;
  for (const Landmark& lm : doc.landmarks)
    a.emplace_back(lm.series, lm.instance, lm.condition, lm.level, lm.x, lm.y);
  for (const RsnaCoordinate& rc : d.coordinates(doc.studyId))
    b.emplace_back(rc.series, rc.instance, rc.condition, rc.level, rc.x, rc.y);
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
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

// --- operations ------------------------------------------------------------------------------
//
// Every change of a document is one absolute operation (JSON): the session journals it and then
// applies it, and recovery applies the journaled operations the same way. Points and
// measurements are named by id, never by position.

namespace {

std::size_t landmarkIndex(const StudyAnnotations& d, std::int64_t id) {
  for (std::size_t i = 0; i < d.landmarks.size(); ++i)
    if (d.landmarks[i].id == id) return i;
  throw Error("there is no point with id " + std::to_string(id));
}

std::size_t measurementIndex(const StudyAnnotations& d, std::int64_t id) {
  for (std::size_t i = 0; i < d.measurements.size(); ++i)
    if (d.measurements[i].id == id) return i;
  throw Error("there is no measurement with id " + std::to_string(id));
}

// Applies one operation; throws osteon::Error when it does not fit the document (e.g. an id that
// does not exist). Structural checks only: the session validates user edits before.
void applyOp(StudyAnnotations& d, const json& e) {
  try {
    const std::string op = e.at("op").get<std::string>();
    if (op == "addLandmark") {
      Landmark l = landmarkFromJson(e.at("landmark"));
      if (l.id <= 0) throw Error("a point without an id");
      for (const Landmark& o : d.landmarks)
        if (o.id == l.id) throw Error("point id " + std::to_string(l.id) + " exists already");
      const std::size_t at =
          std::min<std::size_t>(e.value("index", d.landmarks.size()), d.landmarks.size());
      d.nextId = std::max(d.nextId, l.id + 1);
      d.landmarks.insert(d.landmarks.begin() + static_cast<long>(at), std::move(l));
    } else if (op == "removeLandmark") {
      const std::size_t i = landmarkIndex(d, e.at("id").get<std::int64_t>());
      d.landmarks.erase(d.landmarks.begin() + static_cast<long>(i));
    } else if (op == "moveLandmark") {
      Landmark& l = d.landmarks[landmarkIndex(d, e.at("id").get<std::int64_t>())];
      l.x = e.at("x").get<double>();
      l.y = e.at("y").get<double>();
    } else if (op == "setGrade") {
      const int c = conditionFromName(e.at("condition").get<std::string>());
      const int l = levelFromName(e.at("level").get<std::string>());
      if (c < 0 || l < 0) throw Error("unknown condition or level");
      d.grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)] =
          severityFromName(e.at("grade").get<std::string>());
    } else if (op == "addMeasurement") {
      Measurement m = measurementFromJson(e.at("measurement"));
      if (m.id <= 0) throw Error("a measurement without an id");
      for (const Measurement& o : d.measurements)
        if (o.id == m.id) throw Error("measurement id " + std::to_string(m.id) + " exists already");
      const std::size_t at =
          std::min<std::size_t>(e.value("index", d.measurements.size()), d.measurements.size());
      d.nextId = std::max(d.nextId, m.id + 1);
      d.measurements.insert(d.measurements.begin() + static_cast<long>(at), std::move(m));
    } else if (op == "removeMeasurement") {
      const std::size_t i = measurementIndex(d, e.at("id").get<std::int64_t>());
      d.measurements.erase(d.measurements.begin() + static_cast<long>(i));
    } else if (op == "replaceMeasurement") {
      const std::int64_t id = e.at("id").get<std::int64_t>();
      Measurement m = measurementFromJson(e.at("measurement"));
      m.id = id;
      d.measurements[measurementIndex(d, id)] = std::move(m);
    } else if (op == "moveMeasurementPoint") {
      Measurement& m = d.measurements[measurementIndex(d, e.at("id").get<std::int64_t>())];
      const std::size_t p = e.at("point").get<std::size_t>();
      if (p >= m.points.size())
        throw Error("the measurement has no point " + std::to_string(p + 1));
      m.points[p] = {e.at("x").get<double>(), e.at("y").get<double>()};
    } else if (op == "setNotes") {
      d.notes = e.at("notes").get<std::string>();
    } else if (op == "batch") {
      // Several operations as one edit: all apply or none (the caller's copy is replaced only
      // when every one applied).
      StudyAnnotations next = d;
      for (const json& sub : e.at("ops")) {
        if (sub.value("op", "") == "batch") throw Error("a batch inside a batch");
        applyOp(next, sub);
      }
      d = std::move(next);
    } else {
      throw Error("unknown operation '" + op + "'");
    }
  } catch (const json::exception& ex) {
    throw Error(std::string("malformed operation: ") + ex.what());
  }
}

json gradeOp(int c, int l, int g) {
  return {{"op", "setGrade"},
          {"condition", rsna::kConditionNames[static_cast<std::size_t>(c)]},
          {"level", rsna::kLevelNames[static_cast<std::size_t>(l)]},
          {"grade", g < 0 ? "" : rsna::kSeverityNames[static_cast<std::size_t>(g)]}};
}

}  // namespace

// A command is a pair of operations (do and undo) and a text for the Edit menu.
struct AnnotationSession::Command {
  json forward, backward;
  std::string text;
};

AnnotationSession::AnnotationSession(StudyAnnotations doc, InstanceSize sizes)
    : doc_(std::move(doc)), sizes_(std::move(sizes)) {
  // Documents built in memory may carry points without ids: give them ids now.
  for (Landmark& l : doc_.landmarks)
    doc_.nextId = std::max(doc_.nextId, l.id + 1);
  for (Measurement& m : doc_.measurements)
    doc_.nextId = std::max(doc_.nextId, m.id + 1);
  for (Landmark& l : doc_.landmarks)
    if (l.id <= 0) l.id = doc_.nextId++;
  for (Measurement& m : doc_.measurements)
    if (m.id <= 0) m.id = doc_.nextId++;
}

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

void AnnotationSession::perform(const json& op) {
  StudyAnnotations next = doc_;
  applyOp(next, op);  // throws: nothing journaled, nothing changed
  journal(op);        // throws: nothing changed
  doc_ = std::move(next);
}

void AnnotationSession::execute(std::unique_ptr<Command> c) {
  perform(c->forward);
  undo_.push_back(std::move(c));
  redo_.clear();
}

void AnnotationSession::addLandmark(Landmark l) {
  validateLandmark(l, static_cast<std::size_t>(-1));
  l.id = doc_.nextId;
  auto c = std::make_unique<Command>();
  c->text = "place " + levelText(l.condition, l.level);
  c->forward = {{"op", "addLandmark"}, {"landmark", landmarkJson(l)}};
  c->backward = {{"op", "removeLandmark"}, {"id", l.id}};
  execute(std::move(c));
}

void AnnotationSession::addLandmarks(std::vector<Landmark> points, const std::string& text) {
  if (points.empty()) throw Error("there are no points to add");
  // Validated against the document and against the points before them in the batch.
  AnnotationSession probe(doc_, sizes_);
  json forward = json::array(), backward = json::array();
  std::int64_t id = doc_.nextId;
  for (Landmark& l : points) {
    probe.validateLandmark(l, static_cast<std::size_t>(-1));
    l.id = id++;
    probe.doc_.landmarks.push_back(l);
    forward.push_back({{"op", "addLandmark"}, {"landmark", landmarkJson(l)}});
    backward.insert(backward.begin(), json{{"op", "removeLandmark"}, {"id", l.id}});
  }
  auto c = std::make_unique<Command>();
  c->text = text;
  c->forward = {{"op", "batch"}, {"ops", forward}};
  c->backward = {{"op", "batch"}, {"ops", backward}};
  execute(std::move(c));
}

void AnnotationSession::moveLandmark(std::size_t index, double x, double y) {
  if (index >= doc_.landmarks.size()) throw Error("there is no point " + std::to_string(index + 1));
  const Landmark& old = doc_.landmarks[index];
  Landmark moved = old;
  moved.x = x;
  moved.y = y;
  validateLandmark(moved, index);
  auto c = std::make_unique<Command>();
  c->text = "move point";
  c->forward = {{"op", "moveLandmark"}, {"id", old.id}, {"x", x}, {"y", y}};
  c->backward = {{"op", "moveLandmark"}, {"id", old.id}, {"x", old.x}, {"y", old.y}};
  execute(std::move(c));
}

void AnnotationSession::removeLandmark(std::size_t index) {
  if (index >= doc_.landmarks.size()) throw Error("there is no point " + std::to_string(index + 1));
  const Landmark& l = doc_.landmarks[index];
  auto c = std::make_unique<Command>();
  c->text = "delete " + levelText(l.condition, l.level);
  c->forward = {{"op", "removeLandmark"}, {"id", l.id}};
  c->backward = {{"op", "addLandmark"}, {"landmark", landmarkJson(l)}, {"index", index}};
  execute(std::move(c));
}

void AnnotationSession::setGrade(int condition, int level, int severity) {
  if (condition < 0 || condition >= rsna::kConditions)
    throw Error("unknown condition (" + std::to_string(condition) + ")");
  if (level < 0 || level >= rsna::kLevels)
    throw Error("unknown level (" + std::to_string(level) + ")");
  if (severity < -1 || severity > 2)
    throw Error("unknown grade (" + std::to_string(severity) + ")");
  auto c = std::make_unique<Command>();
  c->text = "grade " + levelText(condition, level);
  c->forward = gradeOp(condition, level, severity);
  c->backward =
      gradeOp(condition, level,
              doc_.grades[static_cast<std::size_t>(condition)][static_cast<std::size_t>(level)]);
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
  for (const Point2& p : m.points)
    if (!std::isfinite(p.x) || !std::isfinite(p.y))
      throw Error("a measurement point must be finite");
  int w = 0, h = 0;
  if (sizes && sizes(m.series, m.instance, w, h))
    for (const Point2& p : m.points)
      if (p.x < 0 || p.y < 0 || p.x > w - 1 || p.y > h - 1)
        throw Error("a measurement point is outside the image");
}
}  // namespace

void AnnotationSession::addMeasurement(Measurement m) {
  validateMeasurement(m, sizes_);
  m.id = doc_.nextId;
  auto c = std::make_unique<Command>();
  c->text = std::string("add ") + kindName(m.kind);
  c->forward = {{"op", "addMeasurement"}, {"measurement", measurementJson(m)}};
  c->backward = {{"op", "removeMeasurement"}, {"id", m.id}};
  execute(std::move(c));
}

void AnnotationSession::addMeasurements(std::vector<Measurement> ms, const std::string& text) {
  if (ms.empty()) throw Error("there are no measurements to add");
  json forward = json::array(), backward = json::array();
  std::int64_t id = doc_.nextId;
  for (Measurement& m : ms) {
    validateMeasurement(m, sizes_);
    m.id = id++;
    forward.push_back({{"op", "addMeasurement"}, {"measurement", measurementJson(m)}});
    backward.insert(backward.begin(), json{{"op", "removeMeasurement"}, {"id", m.id}});
  }
  auto c = std::make_unique<Command>();
  c->text = text;
  c->forward = {{"op", "batch"}, {"ops", forward}};
  c->backward = {{"op", "batch"}, {"ops", backward}};
  execute(std::move(c));
}

void AnnotationSession::removeMeasurement(std::size_t index) {
  if (index >= doc_.measurements.size())
    throw Error("there is no measurement " + std::to_string(index + 1));
  const Measurement& m = doc_.measurements[index];
  auto c = std::make_unique<Command>();
  c->text = std::string("delete ") + kindName(m.kind);
  c->forward = {{"op", "removeMeasurement"}, {"id", m.id}};
  c->backward = {{"op", "addMeasurement"}, {"measurement", measurementJson(m)}, {"index", index}};
  execute(std::move(c));
}

void AnnotationSession::replaceMeasurement(std::size_t index, Measurement m) {
  if (index >= doc_.measurements.size())
    throw Error("there is no measurement " + std::to_string(index + 1));
  validateMeasurement(m, sizes_);
  const Measurement& before = doc_.measurements[index];
  m.id = before.id;
  auto c = std::make_unique<Command>();
  c->text = std::string("replace ") + kindName(before.kind);
  c->forward = {{"op", "replaceMeasurement"}, {"id", m.id}, {"measurement", measurementJson(m)}};
  c->backward = {
      {"op", "replaceMeasurement"}, {"id", m.id}, {"measurement", measurementJson(before)}};
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
  auto c = std::make_unique<Command>();
  c->text = "move measurement point";
  c->forward = {{"op", "moveMeasurementPoint"}, {"id", m.id}, {"point", point}, {"x", x}, {"y", y}};
  c->backward = {{"op", "moveMeasurementPoint"},
                 {"id", m.id},
                 {"point", point},
                 {"x", m.points[point].x},
                 {"y", m.points[point].y}};
  execute(std::move(c));
}

void AnnotationSession::setNotes(std::string notes) {
  auto c = std::make_unique<Command>();
  c->text = "edit notes";
  c->forward = {{"op", "setNotes"}, {"notes", std::move(notes)}};
  c->backward = {{"op", "setNotes"}, {"notes", doc_.notes}};
  execute(std::move(c));
}

void AnnotationSession::undo() {
  if (undo_.empty()) return;
  json op = undo_.back()->backward;
  op["undo"] = true;  // for a reader of the journal; replay applies it like any operation
  perform(op);
  redo_.push_back(std::move(undo_.back()));
  undo_.pop_back();
}

void AnnotationSession::redo() {
  if (redo_.empty()) return;
  json op = redo_.back()->forward;
  op["redo"] = true;
  perform(op);
  undo_.push_back(std::move(redo_.back()));
  redo_.pop_back();
}

std::string AnnotationSession::undoText() const {
  return undo_.empty() ? "" : undo_.back()->text;
}
std::string AnnotationSession::redoText() const {
  return redo_.empty() ? "" : redo_.back()->text;
}

// --- journal ---------------------------------------------------------------------------------

namespace {

std::string parentFolder(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
}

bool writeAll(int fd, const std::string& s) {
  const char* p = s.data();
  std::size_t left = s.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

void AnnotationSession::attachJournal(const std::string& path) {
  // The new journal is written beside the old one and renamed over it, and the folder is
  // fsync'd: at every instant the path holds either the old journal or the complete new one.
  const std::string tmp = path + ".new";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw Error(fileError(path, "cannot create the journal"));
  const std::string begin =
      json{{"op", "begin"}, {"study_id", doc_.studyId}, {"base_revision", doc_.revision}}.dump() +
      "\n";
  if (!writeAll(fd, begin) || ::fsync(fd) != 0) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw Error(fileError(path, "cannot write the journal (disk full?)"));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw Error(fileError(path, "cannot replace the journal"));
  }
  syncFolder(parentFolder(path));
  if (journalFd_ >= 0) ::close(journalFd_);
  journalFd_ = fd;
  journalPath_ = path;
  journalSize_ = static_cast<std::int64_t>(begin.size());
  seq_ = 0;
  journalBroken_ = false;
}

void AnnotationSession::checkpoint(const StudyFiles& files) {
  StudyAnnotations snapshot = doc_;
  snapshot.revision = doc_.revision + 1;
  saveProject(snapshot, files.project);  // throws: the old project and journal still hold it all
  doc_.revision = snapshot.revision;
  // A crash here leaves the new project with the old journal, which continues an older
  // revision: it is recognised as already saved and not replayed.
  attachJournal(files.journal);
}

void AnnotationSession::journal(json entry) {
  if (journalFd_ < 0) return;
  if (journalBroken_)
    throw Error(fileError(journalPath_,
                          "the journal could not be written; the edit is not "
                          "applied (save the study to continue)"));
  entry["seq"] = seq_ + 1;
  const std::string line = entry.dump() + "\n";
  // The entry is on disk before the edit is applied. A failed write or fdatasync is rolled back
  // (the file is cut to the last acknowledged entry) so that recovery never replays an edit the
  // user was told failed.
  if (!writeAll(journalFd_, line) || ::fdatasync(journalFd_) != 0) {
    if (::ftruncate(journalFd_, journalSize_) != 0 ||
        ::lseek(journalFd_, journalSize_, SEEK_SET) < 0 || ::fdatasync(journalFd_) != 0)
      journalBroken_ = true;
    throw Error(fileError(journalPath_,
                          "the annotation journal cannot be written (disk full?); the edit is "
                          "not applied"));
  }
  journalSize_ += static_cast<std::int64_t>(line.size());
  ++seq_;
}

namespace {

// Journals written before ids and revisions: index-based edits with undo/redo entries, replayed
// through the session's own edits as that version did.
void replayLegacy(AnnotationSession& s, const json& e) {
  const std::string op = e.value("op", "");
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
}

}  // namespace

Recovery AnnotationSession::replay(StudyAnnotations base, const std::string& journalPath) {
  std::ifstream in(journalPath, std::ios::binary);
  if (!in) throw Error(fileError(journalPath, "cannot open the journal"));
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Recovery r;
  r.document = base;
  std::unique_ptr<AnnotationSession> legacy;
  bool begun = false;
  std::int64_t expected = 1;
  std::size_t pos = 0;
  int lineNo = 0;
  auto problem = [&](const std::string& what) {
    r.problems.push_back(journalPath + ", line " + std::to_string(lineNo) + ": " + what);
  };
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    ++lineNo;
    if (nl == std::string::npos) break;  // cut off by the crash while it was written: not acked
    const std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    json e;
    try {
      e = json::parse(line);
    } catch (const json::exception&) {
      problem("damaged entry skipped");
      continue;
    }
    if (!e.is_object()) {
      problem("damaged entry skipped");
      continue;
    }
    const std::string op = e.value("op", "");
    if (op == "begin") {
      if (begun) {
        problem("a second journal start");
        continue;
      }
      begun = true;
      if (e.contains("base_revision")) {
        const std::int64_t baseRev =
            e["base_revision"].is_number_integer() ? e["base_revision"].get<std::int64_t>() : -1;
        if (baseRev < base.revision) {
          r.stale = true;  // its edits are in the project already
          return r;
        }
        if (baseRev > base.revision)
          problem("the journal continues revision " + std::to_string(baseRev) +
                  " but the project file is revision " + std::to_string(base.revision) +
                  " (an older project file?); its edits are applied on top");
      } else {
        legacy = std::make_unique<AnnotationSession>(r.document);
      }
      continue;
    }
    if (!begun) {
      problem("entry before the journal start skipped");
      continue;
    }
    try {
      if (legacy) {
        replayLegacy(*legacy, e);
        r.document = legacy->document();
      } else {
        const std::int64_t seq = e.value("seq", std::int64_t{0});
        if (seq != expected)
          problem("entry " + std::to_string(seq) + " where " + std::to_string(expected) +
                  " was expected (entries are missing)");
        expected = seq + 1;
        applyOp(r.document, e);
      }
      ++r.replayed;
    } catch (const Error& ex) {
      problem(std::string("entry not applied: ") + ex.what());
    } catch (const json::exception& ex) {
      problem(std::string("entry not applied: ") + ex.what());
    }
  }
  return r;
}

StudyAnnotations AnnotationSession::recover(StudyAnnotations base, const std::string& journalPath,
                                            InstanceSize) {
  return replay(std::move(base), journalPath).document;
}

namespace {

bool fileExists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

// Keeps a copy of `path` as path + suffix + "-<UTC time>" and returns the copy's name.
std::string keepCopy(const std::string& path, const std::string& suffix) {
  char stamp[32];
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
  std::string copy = path + suffix + "-" + stamp;
  for (int n = 2; fileExists(copy); ++n)
    copy = path + suffix + "-" + stamp + "-" + std::to_string(n);
  std::error_code ec;
  std::filesystem::copy_file(path, copy, ec);
  if (ec) throw Error(fileError(copy, "cannot keep a copy: " + ec.message()));
  return copy;
}

}  // namespace

OpenedStudy openStudy(const StudyFiles& files, const StudyAnnotations& fallback,
                      const std::function<bool(int)>& restore) {
  OpenedStudy out;
  StudyAnnotations base = fallback;
  if (fileExists(files.project)) {
    try {
      base = loadProject(files.project);
    } catch (const Error& e) {
      out.notes.push_back(std::string(e.what()) + "; kept as " +
                          keepCopy(files.project, ".damaged"));
      base = fallback;
    }
  }
  out.document = base;
  if (!fileExists(files.journal)) return out;
  Recovery r;
  try {
    r = AnnotationSession::replay(base, files.journal);
  } catch (const Error& e) {
    out.notes.push_back(e.what());
    return out;
  }
  for (const std::string& p : r.problems)
    out.notes.push_back(p);
  if (!r.problems.empty())
    out.notes.push_back("the journal is kept as " + keepCopy(files.journal, ".damaged"));
  if (r.stale || r.replayed == 0) return out;
  if (!restore || restore(r.replayed)) {
    out.document = std::move(r.document);
    out.restored = r.replayed;
  } else {
    out.notes.push_back("the unsaved work that was not restored is kept as " +
                        keepCopy(files.journal, ".declined"));
  }
  return out;
}

}  // namespace osteon::annotation
