#include "core/annotation/rsna_dataset.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>

#include "core/annotation/rsna_layout.h"
#include "core/base/error.h"

namespace osteon::annotation {

namespace fs = std::filesystem;

bool RsnaCoordinate::operator==(const RsnaCoordinate& o) const {
  return study == o.study && series == o.series && instance == o.instance &&
         condition == o.condition && level == o.level && std::fabs(x - o.x) < 1e-9 &&
         std::fabs(y - o.y) < 1e-9;
}

int severityFromName(const std::string& s) {
  if (s.empty()) return -1;
  for (int i = 0; i < rsna::kSeverities; ++i)
    if (s == rsna::kSeverityNames[static_cast<std::size_t>(i)]) return i;
  throw Error("unknown grade '" + s + "' (expected Normal/Mild, Moderate, Severe or empty)");
}

int conditionFromName(const std::string& t) {
  for (int i = 0; i < rsna::kConditions; ++i)
    if (t == rsna::kConditionNames[static_cast<std::size_t>(i)]) return i;
  return -1;
}

int levelFromName(const std::string& n) {
  for (int i = 0; i < rsna::kLevels; ++i)
    if (n == rsna::kLevelNames[static_cast<std::size_t>(i)]) return i;
  return -1;
}

namespace {

const RsnaLayout kLayout{{}, "train"};  // file names: the layout of a "train" split
const std::string kCoords = kLayout.coordinatesName();

CsvTable emptyTable(std::vector<std::string> header) {
  CsvTable t;
  t.headerQuoted.assign(header.size(), false);
  t.header = std::move(header);
  return t;
}

std::vector<std::string> trainHeader() {
  std::vector<std::string> h = {"study_id"};
  for (int c = 0; c < rsna::kConditions; ++c)
    for (int l = 0; l < rsna::kLevels; ++l)
      h.push_back(rsna::columnName(c, l));
  return h;
}

double number(const std::string& s, const std::string& where) {
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(v))
    throw Error(where + ": '" + s + "' is not a number");
  return v;
}

std::string formatNumber(double v) {
  char b[64];
  std::snprintf(b, sizeof b, "%.10g", v);
  return b;
}

std::string joined(const std::vector<std::string>& v) {
  std::string list;
  for (const std::string& e : v)
    list += (list.empty() ? "" : ", ") + e;
  return list;
}

// "expected a, b, c; found x, y" for a header that is not the expected one.
std::string columnsText(const std::vector<std::string>& expected,
                        const std::vector<std::string>& found) {
  return "expected columns " + joined(expected) + "; found " +
         (found.empty() ? std::string("no header") : joined(found));
}

void requireColumns(const CsvTable& t, const std::vector<std::string>& expected,
                    const std::string& file) {
  for (const std::string& h : t.header) {
    bool known = false;
    for (const std::string& e : expected)
      known = known || e == h;
    if (!known)
      throw Error(file + ": unknown column '" + h + "' (" + columnsText(expected, t.header) + ")");
  }
  for (const std::string& e : expected)
    if (t.column(e) < 0)
      throw Error(file + ": missing column '" + e + "' (" + columnsText(expected, t.header) + ")");
}

}  // namespace

RsnaDataset RsnaDataset::empty() {
  RsnaDataset d;
  d.train_ = emptyTable(trainHeader());
  d.coords_ =
      emptyTable({"study_id", "series_id", "instance_number", "condition", "level", "x", "y"});
  d.series_ = emptyTable({"study_id", "series_id", "series_description"});
  d.trainColumn_.clear();
  for (int i = 0; i < 25; ++i)
    d.trainColumn_.push_back(i + 1);
  return d;
}

namespace {
// train_label_coordinates.csv (or a file in its format), every row checked.
CsvTable readCoordinateTable(const std::string& file) {
  CsvTable t = readCsv(file);
  requireColumns(t, {"study_id", "series_id", "instance_number", "condition", "level", "x", "y"},
                 file);
  const int cc = t.column("condition"), lc = t.column("level"), xc = t.column("x"),
            yc = t.column("y"), ic = t.column("instance_number");
  for (std::size_t row = 0; row < t.rows.size(); ++row) {
    const auto& cells = t.rows[row];
    const std::string where = file + ": row " + std::to_string(row + 2);
    if (conditionFromName(cells[static_cast<std::size_t>(cc)]) < 0)
      throw Error(where + ": unknown condition '" + cells[static_cast<std::size_t>(cc)] + "'");
    if (levelFromName(cells[static_cast<std::size_t>(lc)]) < 0)
      throw Error(where + ": unknown level '" + cells[static_cast<std::size_t>(lc)] + "'");
    number(cells[static_cast<std::size_t>(xc)], where);
    number(cells[static_cast<std::size_t>(yc)], where);
    number(cells[static_cast<std::size_t>(ic)], where);
  }
  return t;
}
}  // namespace

RsnaDataset RsnaDataset::loadCoordinateFile(const std::string& csvPath) {
  RsnaDataset d = empty();
  d.coords_ = readCoordinateTable(csvPath);
  return d;
}

RsnaDataset RsnaDataset::load(const std::string& root) {
  RsnaDataset d = empty();
  const RsnaLayout layout{root, "train"};
  std::error_code ec;
  if (!fs::is_directory(layout.root, ec)) throw Error(fileError(root, "not a folder"));
  if (fs::exists(layout.grades())) {
    const std::string file = layout.grades().string();
    d.train_ = readCsv(file);
    if (d.train_.header.empty() || d.train_.header[0] != "study_id")
      throw Error(file + ": the first column must be study_id (expected study_id and the 25 " +
                  "<condition>_<level> columns such as spinal_canal_stenosis_l1_l2; found " +
                  (d.train_.header.empty() ? std::string("no header") : joined(d.train_.header)) +
                  ")");
    // Every other column is a known condition_level; all 25 need not be present.
    for (std::size_t c = 1; c < d.train_.header.size(); ++c) {
      bool known = false;
      for (int i = 0; i < 25 && !known; ++i)
        known = d.train_.header[c] == rsna::columnName(i / 5, i % 5);
      if (!known)
        throw Error(file + ": unknown column '" + d.train_.header[c] +
                    "' (expected study_id and <condition>_<level> columns such as "
                    "spinal_canal_stenosis_l1_l2; found " +
                    joined(d.train_.header) + ")");
    }
    for (int i = 0; i < 25; ++i)
      d.trainColumn_[static_cast<std::size_t>(i)] = d.train_.column(rsna::columnName(i / 5, i % 5));
    for (std::size_t row = 0; row < d.train_.rows.size(); ++row)
      for (std::size_t c = 1; c < d.train_.header.size(); ++c) {
        try {
          severityFromName(d.train_.rows[row][c]);
        } catch (const Error& e) {
          throw Error(file + ": row " + std::to_string(row + 2) + ", column " + d.train_.header[c] +
                      ": " + e.what());
        }
      }
  }
  if (fs::exists(layout.coordinates()))
    d.coords_ = readCoordinateTable(layout.coordinates().string());
  if (fs::exists(layout.seriesDescriptions())) {
    const std::string file = layout.seriesDescriptions().string();
    d.series_ = readCsv(file);
    requireColumns(d.series_, {"study_id", "series_id", "series_description"}, file);
  }
  return d;
}

void RsnaDataset::save(const std::string& root) const {
  std::error_code ec;
  fs::create_directories(root, ec);
  const RsnaLayout layout{root, "train"};
  writeCsv(train_, layout.grades().string());
  writeCsv(coords_, layout.coordinates().string());
  writeCsv(series_, layout.seriesDescriptions().string());
}

std::vector<std::string> RsnaDataset::studyIds() const {
  std::vector<std::string> ids;
  std::set<std::string> seen;
  auto add = [&](const CsvTable& t) {
    const int c = t.column("study_id");
    if (c < 0) return;
    for (const auto& row : t.rows)
      if (seen.insert(row[static_cast<std::size_t>(c)]).second)
        ids.push_back(row[static_cast<std::size_t>(c)]);
  };
  add(train_);
  add(series_);
  add(coords_);
  return ids;
}

int RsnaDataset::grade(const std::string& study, int condition, int level) const {
  const int col = trainColumn_[static_cast<std::size_t>(condition * 5 + level)];
  if (col < 0) return -1;
  for (const auto& row : train_.rows)
    if (row[0] == study) return severityFromName(row[static_cast<std::size_t>(col)]);
  return -1;
}

void RsnaDataset::setGrade(const std::string& study, int condition, int level, int severity) {
  if (condition < 0 || condition >= 5 || level < 0 || level >= 5)
    throw Error("unknown condition or level");
  if (severity < -1 || severity > 2) throw Error("unknown grade");
  int col = trainColumn_[static_cast<std::size_t>(condition * 5 + level)];
  if (col < 0) {
    // A train.csv without this column gains it (empty for every other study).
    train_.header.push_back(rsna::columnName(condition, level));
    train_.headerQuoted.push_back(false);
    for (std::size_t r = 0; r < train_.rows.size(); ++r) {
      train_.rows[r].push_back("");
      train_.quoted[r].push_back(false);
    }
    col = static_cast<int>(train_.header.size()) - 1;
    trainColumn_[static_cast<std::size_t>(condition * 5 + level)] = col;
  }
  const std::string value =
      severity < 0 ? "" : rsna::kSeverityNames[static_cast<std::size_t>(severity)];
  for (auto& row : train_.rows)
    if (row[0] == study) {
      row[static_cast<std::size_t>(col)] = value;
      return;
    }
  std::vector<std::string> row(train_.header.size());
  row[0] = study;
  row[static_cast<std::size_t>(col)] = value;
  train_.appendRow(std::move(row));
}

std::vector<RsnaCoordinate> RsnaDataset::coordinates(const std::string& study) const {
  std::vector<RsnaCoordinate> out;
  const CsvTable& t = coords_;
  const auto col = [&](const char* n) { return static_cast<std::size_t>(t.column(n)); };
  for (const auto& row : t.rows) {
    if (row[col("study_id")] != study) continue;
    RsnaCoordinate c;
    c.study = study;
    c.series = row[col("series_id")];
    c.instance = static_cast<int>(number(row[col("instance_number")], kCoords));
    c.condition = conditionFromName(row[col("condition")]);
    c.level = levelFromName(row[col("level")]);
    c.x = number(row[col("x")], kCoords);
    c.y = number(row[col("y")], kCoords);
    out.push_back(c);
  }
  return out;
}

void RsnaDataset::setCoordinates(const std::string& study,
                                 const std::vector<RsnaCoordinate>& coords) {
  CsvTable& t = coords_;
  const auto col = [&](const char* n) { return static_cast<std::size_t>(t.column(n)); };
  std::vector<bool> used(coords.size(), false);
  // Keep rows that still exist (text untouched); drop the others.
  for (std::size_t r = 0; r < t.rows.size();) {
    if (t.rows[r][col("study_id")] != study) {
      ++r;
      continue;
    }
    RsnaCoordinate existing;
    existing.study = study;
    existing.series = t.rows[r][col("series_id")];
    existing.instance = static_cast<int>(number(t.rows[r][col("instance_number")], kCoords));
    existing.condition = conditionFromName(t.rows[r][col("condition")]);
    existing.level = levelFromName(t.rows[r][col("level")]);
    existing.x = number(t.rows[r][col("x")], kCoords);
    existing.y = number(t.rows[r][col("y")], kCoords);
    bool keep = false;
    for (std::size_t i = 0; i < coords.size() && !keep; ++i)
      if (!used[i] && coords[i] == existing) used[i] = keep = true;
    if (keep)
      ++r;
    else
      t.eraseRow(r);
  }
  // New rows after the study's last row.
  std::size_t at = t.rows.size();
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (t.rows[r][col("study_id")] == study) at = r + 1;
  for (std::size_t i = 0; i < coords.size(); ++i) {
    if (used[i]) continue;
    const RsnaCoordinate& c = coords[i];
    std::vector<std::string> row(t.header.size());
    row[col("study_id")] = study;
    row[col("series_id")] = c.series;
    row[col("instance_number")] = std::to_string(c.instance);
    row[col("condition")] = rsna::kConditionNames[static_cast<std::size_t>(c.condition)];
    row[col("level")] = rsna::kLevelNames[static_cast<std::size_t>(c.level)];
    row[col("x")] = formatNumber(c.x);
    row[col("y")] = formatNumber(c.y);
    t.insertRow(at++, std::move(row));
  }
}

std::string RsnaDataset::seriesDescription(const std::string& study,
                                           const std::string& seriesId) const {
  for (const auto& [id, d] : series(study))
    if (id == seriesId) return d;
  return {};
}

std::vector<std::pair<std::string, std::string>> RsnaDataset::series(
    const std::string& study) const {
  std::vector<std::pair<std::string, std::string>> out;
  const int s = series_.column("study_id"), i = series_.column("series_id"),
            d = series_.column("series_description");
  for (const auto& row : series_.rows)
    if (row[static_cast<std::size_t>(s)] == study)
      out.emplace_back(row[static_cast<std::size_t>(i)], row[static_cast<std::size_t>(d)]);
  return out;
}

}  // namespace osteon::annotation
