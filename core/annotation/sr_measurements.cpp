#include "core/annotation/sr_measurements.h"

#include <map>

#include "core/annotation/cobb.h"
#include "core/annotation/rsna.h"
#include "core/base/error.h"

namespace osteon::annotation {

// CobbResult::angles() order: the principal (largest) curve, the curve above it and the curve
// below it (cobb.h), named as the main, proximal and distal curves usually are. The end vertebrae
// written beside each name say where each curve really lies.
const std::array<const char*, 3> kCobbCurveNames = {"main thoracic", "proximal thoracic",
                                                    "thoracolumbar/lumbar"};

SourceLookup lookupIn(const std::vector<io::DicomInstance>& sources) {
  return [&sources](const std::string& series, int instance) -> const io::DicomInstance* {
    const io::DicomInstance* only = nullptr;
    int inSeries = 0;
    for (const io::DicomInstance& s : sources) {
      if (s.seriesUid != series) continue;
      if (s.instanceNumber == instance) return &s;
      only = &s;
      ++inSeries;
    }
    return inSeries == 1 ? only : nullptr;
  };
}

namespace {

io::SrPoint toSr(const Point2& p) {
  return {p.x, p.y};
}
Point2 fromSr(const io::SrPoint& p) {
  return {p.x, p.y};
}

// The axis of vertebra v: from the midpoint of its left edge to the midpoint of its right edge.
void axisPoints(const std::vector<Point2>& c, int v, std::vector<io::SrPoint>& out) {
  const auto at = [&](int k) { return c[static_cast<std::size_t>(4 * v + k)]; };
  out.push_back({(at(0).x + at(2).x) / 2, (at(0).y + at(2).y) / 2});
  out.push_back({(at(1).x + at(3).x) / 2, (at(1).y + at(3).y) / 2});
}

Calibration calibrationOf(const io::DicomInstance& s) {
  Calibration c;
  if (s.hasPixelSpacing) {
    c = {s.spacingX, s.spacingY, true, "PixelSpacing"};
  } else if (s.hasImagerPixelSpacing) {
    c = {s.imagerSpacingX, s.imagerSpacingY, true, "ImagerPixelSpacing"};
  }
  return c;
}

std::string kindText(Measurement::Kind k) {
  switch (k) {
    case Measurement::Kind::Point:
      return "Point";
    case Measurement::Kind::Line:
      return "Line";
    case Measurement::Kind::Angle:
      return "Angle";
    case Measurement::Kind::Polyline:
      return "Polyline";
    case Measurement::Kind::Cobb:
      return "Cobb angle";
    case Measurement::Kind::Spine:
      return "Auto Cobb";
  }
  return "Measurement";
}

}  // namespace

std::vector<io::SrCobbCurve> cobbCurves(const std::vector<Point2>& corners, double imageHeight) {
  const CobbResult r = cobbAngles(corners, imageHeight);
  // The vertebra pairs each angle was measured between (cobb.cpp).
  constexpr int last = kSpineVertebrae - 1;
  // y of the centre of a vertebra's bottom endplate (BL, BR), as cobbAngles() decides S-cases.
  const auto bottomY = [&](int v) {
    return (corners[std::size_t(4 * v + 2)].y + corners[std::size_t(4 * v + 3)].y) / 2;
  };
  std::array<std::pair<int, int>, 3> pairs;
  pairs[0] = {r.upper, r.lower};
  pairs[1] = {r.secondVertebra, r.upper};
  if (!r.sShaped)
    pairs[2] = {r.lower, last};
  else if (bottomY(r.upper) + bottomY(r.lower) < imageHeight)
    pairs[2] = {r.lower, r.thirdVertebra};
  else
    pairs[2] = {r.thirdVertebra, r.secondVertebra};
  const auto angles = r.angles();
  std::vector<io::SrCobbCurve> out;
  for (std::size_t i = 0; i < 3; ++i) {
    int a = pairs[i].first, b = pairs[i].second;
    if (a > b) std::swap(a, b);
    io::SrCobbCurve c;
    c.region = kCobbCurveNames[i];
    c.degrees = angles[i];
    c.upperVertebra = kVertebraNames[static_cast<std::size_t>(a)];
    c.lowerVertebra = kVertebraNames[static_cast<std::size_t>(b)];
    axisPoints(corners, a, c.lines);
    axisPoints(corners, b, c.lines);
    out.push_back(c);
  }
  return out;
}

SrExport reportFromAnnotations(const StudyAnnotations& doc, const SourceLookup& lookup) {
  SrExport out;
  io::SrReport& r = out.report;
  auto source = [&](const std::string& series, int instance, const std::string& what,
                    std::size_t& image, const io::DicomInstance** header) {
    const io::DicomInstance* s = lookup ? lookup(series, instance) : nullptr;
    if (!s) {
      out.skipped.push_back(what + ": no DICOM source for series " + series + " instance " +
                            std::to_string(instance));
      return false;
    }
    image = io::addSourceImage(r, *s);
    if (header) *header = s;
    return true;
  };
  for (const Measurement& m : doc.measurements) {
    const std::string what = kindText(m.kind) + " " + std::to_string(m.id) +
                             (m.label.empty() ? std::string() : " '" + m.label + "'");
    io::SrMeasurement s;
    const io::DicomInstance* header = nullptr;
    if (!source(m.series, m.instance, what, s.image, &header)) continue;
    s.trackingId = "Osteon " + kindText(m.kind) + " #" + std::to_string(m.id) +
                   (m.label.empty() ? std::string() : ": " + m.label);
    s.label = m.label;
    for (const Point2& p : m.points)
      s.points.push_back(toSr(p));
    const Calibration cal = calibrationOf(*header);
    try {
      switch (m.kind) {
        case Measurement::Kind::Point:
          s.kind = io::SrMeasurement::Kind::Point;
          break;
        case Measurement::Kind::Line:
        case Measurement::Kind::Polyline:
          s.kind = io::SrMeasurement::Kind::Length;
          s.value = measure(m, cal).value;
          s.calibrated = cal.calibrated;
          break;
        case Measurement::Kind::Angle:
          s.kind = io::SrMeasurement::Kind::Angle;
          s.value = measure(m, cal).value;
          break;
        case Measurement::Kind::Cobb:
          s.kind = io::SrMeasurement::Kind::Cobb;
          s.value = measure(m, cal).value;
          s.upperVertebra = m.upperVertebra;
          s.lowerVertebra = m.lowerVertebra;
          break;
        case Measurement::Kind::Spine:
          s.kind = io::SrMeasurement::Kind::AutoCobb;
          s.curves = cobbCurves(m.points, header->rows > 0 ? header->rows : 1e9);
          break;
      }
    } catch (const std::exception& e) {
      out.skipped.push_back(what + ": " + e.what());
      continue;
    }
    r.measurements.push_back(std::move(s));
  }
  // RSNA: one group per condition and level that has points or a grade.
  std::map<std::pair<int, int>, io::SrMeasurement> levels;
  auto levelGroup = [&](int c, int l) -> io::SrMeasurement& {
    io::SrMeasurement& g = levels[{c, l}];
    if (g.condition < 0) {
      g.kind = io::SrMeasurement::Kind::LevelPoints;
      g.condition = c;
      g.level = l;
      g.trackingId = std::string("Osteon RSNA ") + rsna::kConditionNames[std::size_t(c)] + " " +
                     rsna::kLevelNames[std::size_t(l)];
    }
    return g;
  };
  for (const Landmark& l : doc.landmarks) {
    if (l.condition < 0 || l.condition >= rsna::kConditions || l.level < 0 ||
        l.level >= rsna::kLevels) {
      out.skipped.push_back("point " + std::to_string(l.id) + ": no RSNA condition/level");
      continue;
    }
    std::size_t image = 0;
    if (!source(l.series, l.instance, "point " + std::to_string(l.id), image, nullptr)) continue;
    io::SrMeasurement& g = levelGroup(l.condition, l.level);
    g.points.push_back({l.x, l.y});
    g.pointImages.push_back(image);
  }
  for (int c = 0; c < rsna::kConditions; ++c)
    for (int l = 0; l < rsna::kLevels; ++l) {
      const int grade = doc.grades[std::size_t(c)][std::size_t(l)];
      if (grade < 0) continue;
      // A grade alone needs some image of the study to hang on: only with other content.
      io::SrMeasurement& g = levelGroup(c, l);
      g.grade = grade;
    }
  for (auto& [key, g] : levels) {
    if (g.points.empty() && r.images.empty()) {
      out.skipped.push_back(g.trackingId + ": a grade without any DICOM source image");
      continue;
    }
    r.measurements.push_back(g);
  }
  if (r.measurements.empty())
    throw Error("nothing to export as DICOM SR: " +
                (out.skipped.empty()
                     ? std::string("the study has no measurements or points")
                     : out.skipped.front() +
                           (out.skipped.size() > 1
                                ? " (and " + std::to_string(out.skipped.size() - 1) + " more)"
                                : std::string())));
  return out;
}

SrImport annotationsFromReport(const io::SrReport& r, const ImageResolver& resolve) {
  SrImport out;
  auto where = [&](std::size_t image, std::string& series, int& instance) {
    if (image >= r.images.size()) return false;
    const io::SrImage& im = r.images[image];
    if (resolve) return resolve(im, series, instance);
    series = im.seriesUid;
    instance = im.instanceNumber > 0 ? im.instanceNumber : 1;
    return !series.empty();
  };
  for (const io::SrMeasurement& s : r.measurements) {
    const std::string what = "'" + s.trackingId + "'";
    if (s.kind == io::SrMeasurement::Kind::LevelPoints) {
      if (s.grade >= 0) out.grades.push_back({s.condition, s.level, s.grade});
      for (std::size_t p = 0; p < s.points.size(); ++p) {
        Landmark l;
        l.condition = s.condition;
        l.level = s.level;
        l.x = s.points[p].x;
        l.y = s.points[p].y;
        if (!where(s.pointImages[p], l.series, l.instance)) {
          out.skipped.push_back(what + ": its image is not loaded");
          continue;
        }
        out.landmarks.push_back(l);
      }
      continue;
    }
    Measurement m;
    if (!where(s.image, m.series, m.instance)) {
      out.skipped.push_back(what + ": its image (" +
                            (s.image < r.images.size() ? r.images[s.image].sopInstanceUid : "?") +
                            ") is not loaded");
      continue;
    }
    m.label = s.label;
    for (const io::SrPoint& p : s.points)
      m.points.push_back(fromSr(p));
    switch (s.kind) {
      case io::SrMeasurement::Kind::Length:
        m.kind = m.points.size() == 2 ? Measurement::Kind::Line : Measurement::Kind::Polyline;
        break;
      case io::SrMeasurement::Kind::Angle:
        m.kind = Measurement::Kind::Angle;
        break;
      case io::SrMeasurement::Kind::Cobb:
        m.kind = Measurement::Kind::Cobb;
        m.upperVertebra = s.upperVertebra;
        m.lowerVertebra = s.lowerVertebra;
        break;
      case io::SrMeasurement::Kind::AutoCobb:
        m.kind = Measurement::Kind::Spine;
        break;
      case io::SrMeasurement::Kind::Point:
        m.kind = Measurement::Kind::Point;
        break;
      case io::SrMeasurement::Kind::LevelPoints:
        break;
    }
    out.measurements.push_back(std::move(m));
  }
  return out;
}

void addImport(StudyAnnotations& doc, const SrImport& import) {
  for (Measurement m : import.measurements) {
    m.id = doc.nextId++;
    doc.measurements.push_back(std::move(m));
  }
  for (Landmark l : import.landmarks) {
    l.id = doc.nextId++;
    doc.landmarks.push_back(std::move(l));
  }
  for (const SrImport::Grade& g : import.grades)
    doc.grades[std::size_t(g.condition)][std::size_t(g.level)] = g.severity;
}

}  // namespace osteon::annotation
