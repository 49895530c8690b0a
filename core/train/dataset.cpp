#include "core/train/dataset.h"
#include "core/annotation/rsna_layout.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "core/annotation/csv.h"
#include "core/annotation/rsna_dataset.h"
#include "core/base/error.h"
#include "core/io/dicom_scan.h"
#include "core/io/open.h"

namespace osteon::train {

namespace fs = std::filesystem;

namespace {

void listProblems(std::ostringstream& o, const std::vector<std::string>& problems) {
  if (problems.empty()) return;
  o << "\n" << problems.size() << " problem(s):";
  const std::size_t shown = std::min<std::size_t>(problems.size(), 50);
  for (std::size_t i = 0; i < shown; ++i)
    o << "\n  " << problems[i];
  if (shown < problems.size()) o << "\n  ... and " << problems.size() - shown << " more";
}

// Opens the image to make sure training can read it; throws osteon::Error when it cannot.
void checkImage(const std::string& path) {
  const image::Image img = io::openImage(path);
  if (img.width() < 8 || img.height() < 8) throw Error(fileError(path, "image is too small"));
}

bool skippedExtension(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".csv" || ext == ".txt" || ext == ".json" || ext == ".md" ||
         p.filename().string()[0] == '.';
}

}  // namespace

std::string DatasetReport::text() const {
  std::ostringstream o;
  o << samples.size() << " image(s)";
  if (multiOutput()) o << ", " << outputs.size() << " outputs";
  o << ", " << classes.size() << " class(es):";
  for (std::size_t i = 0; i < classes.size(); ++i)
    o << " " << classes[i] << "=" << counts[i];
  for (const auto& n : notes)
    o << "\n" << n;
  listProblems(o, problems);
  return o.str();
}

DatasetReport scanFolderDataset(const std::string& root, const Progress& progress) {
  DatasetReport r;
  r.kind = "folder";
  std::error_code ec;
  if (!fs::is_directory(root, ec)) throw Error(fileError(root, "not a folder"));
  for (const auto& e : fs::directory_iterator(root))
    if (e.is_directory() && e.path().filename().string()[0] != '.')
      r.classes.push_back(e.path().filename().string());
  std::sort(r.classes.begin(), r.classes.end());
  if (r.classes.size() < 2)
    throw Error(fileError(root, "a folder-per-class dataset needs at least two class folders"));
  r.counts.assign(r.classes.size(), 0);
  std::vector<std::vector<std::string>> files(r.classes.size());
  std::size_t total = 0;
  for (std::size_t c = 0; c < r.classes.size(); ++c) {
    for (const auto& e : fs::directory_iterator(fs::path(root) / r.classes[c]))
      if (e.is_regular_file() && !skippedExtension(e.path())) files[c].push_back(e.path().string());
    std::sort(files[c].begin(), files[c].end());
    total += files[c].size();
  }
  std::size_t done = 0;
  for (std::size_t c = 0; c < r.classes.size(); ++c)
    for (const auto& f : files[c]) {
      progress.throwIfCancelled();
      progress.report(static_cast<double>(done++) / static_cast<double>(total), "checking " + f);
      try {
        checkImage(f);
        r.samples.push_back({f, static_cast<int>(c), {}});
        ++r.counts[c];
      } catch (const Error& e) {
        r.problems.push_back(e.what());
      }
    }
  for (std::size_t c = 0; c < r.classes.size(); ++c)
    if (r.counts[c] == 0)
      throw Error(fileError(root, "class folder '" + r.classes[c] + "' has no readable images"));
  return r;
}

DatasetReport scanCsvDataset(const std::string& csvPath, const std::string& imageRoot,
                             const std::vector<std::string>& labelColumns,
                             const Progress& progress) {
  const annotation::CsvTable t = annotation::readCsv(csvPath);
  int pathCol = -1;
  for (const char* name : {"filename", "path", "image", "img_path", "file"})
    if (pathCol < 0) pathCol = t.column(name);
  if (pathCol < 0)
    throw Error(fileError(csvPath,
                          "no image column: expected one named filename, path, image, "
                          "img_path or file"));
  const auto columnList = [&] {
    std::string c;
    for (const auto& h : t.header)
      c += (c.empty() ? "" : ", ") + h;
    return c;
  };
  std::vector<int> labelCols;
  for (const auto& name : labelColumns) {
    const int c = t.column(name);
    if (c < 0)
      throw Error(
          fileError(csvPath, "no column named '" + name + "' (columns: " + columnList() + ")"));
    labelCols.push_back(c);
  }
  if (labelCols.empty())
    for (const char* name : {"label", "class", "als_type", "diagnosis"})
      if (labelCols.empty() && t.column(name) >= 0) labelCols.push_back(t.column(name));
  if (labelCols.empty())
    throw Error(fileError(csvPath, "no label column: name it (columns: " + columnList() + ")"));
  const fs::path base = imageRoot.empty() ? fs::path(csvPath).parent_path() : fs::path(imageRoot);
  DatasetReport r;
  r.kind = "csv";
  if (labelCols.size() > 1) r.outputs = labelColumns;
  std::set<std::string> names;
  for (const auto& row : t.rows)
    for (int c : labelCols)
      if (!row[static_cast<std::size_t>(c)].empty()) names.insert(row[static_cast<std::size_t>(c)]);
  r.classes.assign(names.begin(), names.end());
  if (r.classes.size() < 2)
    throw Error(fileError(csvPath, "the label column(s) need at least two different classes"));
  r.counts.assign(r.classes.size(), 0);
  const auto indexOf = [&](const std::string& label) {
    return static_cast<int>(std::find(r.classes.begin(), r.classes.end(), label) -
                            r.classes.begin());
  };
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    progress.throwIfCancelled();
    progress.report(static_cast<double>(i) / static_cast<double>(t.rows.size()), "checking rows");
    const auto& row = t.rows[i];
    const std::string where = csvPath + ": row " + std::to_string(i + 2);
    Sample s;
    int labelled = 0;
    for (int c : labelCols) {
      const std::string& label = row[static_cast<std::size_t>(c)];
      s.labels.push_back(label.empty() ? -1 : indexOf(label));
      labelled += label.empty() ? 0 : 1;
    }
    if (labelled == 0) {
      r.problems.push_back(where + ": no label");
      continue;
    }
    const std::string& file = row[static_cast<std::size_t>(pathCol)];
    if (file.empty()) {
      r.problems.push_back(where + ": no image path");
      continue;
    }
    s.path = (base / file).string();
    try {
      checkImage(s.path);
    } catch (const Error& e) {
      r.problems.push_back(where + ": " + e.what());
      continue;
    }
    if (r.multiOutput()) {
      // The first labelled output stratifies splits and balances oversampling.
      s.label = *std::find_if(s.labels.begin(), s.labels.end(), [](int l) { return l >= 0; });
      for (int l : s.labels)
        if (l >= 0) ++r.counts[static_cast<std::size_t>(l)];
    } else {
      s.label = s.labels[0];
      s.labels.clear();
      ++r.counts[static_cast<std::size_t>(s.label)];
    }
    r.samples.push_back(std::move(s));
  }
  for (std::size_t c = 0; c < r.classes.size(); ++c)
    if (r.counts[c] == 0)
      throw Error(fileError(csvPath, "class '" + r.classes[c] + "' has no readable images"));
  return r;
}

std::vector<std::vector<std::size_t>> stratifiedFolds(const std::vector<int>& labels, int folds,
                                                      unsigned seed) {
  if (folds < 1) throw Error("stratified folds: at least one fold");
  std::mt19937 rng(seed);
  std::vector<std::vector<std::size_t>> out(static_cast<std::size_t>(folds));
  const int classes = labels.empty() ? 0 : *std::max_element(labels.begin(), labels.end()) + 1;
  std::size_t next = 0;
  for (int c = 0; c < classes; ++c) {
    std::vector<std::size_t> idx;
    for (std::size_t i = 0; i < labels.size(); ++i)
      if (labels[i] == c) idx.push_back(i);
    std::shuffle(idx.begin(), idx.end(), rng);
    for (std::size_t i : idx)
      out[next++ % static_cast<std::size_t>(folds)].push_back(i);
  }
  for (auto& f : out)
    std::sort(f.begin(), f.end());
  return out;
}

std::string RsnaCheck::text() const {
  std::ostringstream o;
  o << studies << " studies, " << series << " series, " << instances << " DICOM files; "
    << labelledTargets << " graded targets (" << severityCounts[0] << " Normal/Mild, "
    << severityCounts[1] << " Moderate, " << severityCounts[2] << " Severe), " << coordinates
    << " coordinates";
  const auto line = [&](int n, const std::string& what) {
    if (n > 0) o << "\n  " << what;
  };
  line(studiesWithoutImages, std::to_string(studiesWithoutImages) + " of " +
                                 std::to_string(studies) + " studies have no images");
  line(seriesWithoutFiles, std::to_string(seriesWithoutFiles) + " of " +
                               std::to_string(seriesListed) +
                               " series in train_series_descriptions.csv have no files");
  line(missingInstances, std::to_string(missingInstances) + " of " + std::to_string(coordinates) +
                             " coordinates name an instance that has no file");
  line(unreadableFiles, std::to_string(unreadableFiles) + " files are not readable DICOM images");
  line(seriesNotListed, std::to_string(seriesNotListed) +
                            " series folders are not in train_series_descriptions.csv");
  line(gradedWithoutCoordinate,
       std::to_string(gradedWithoutCoordinate) + " graded targets have no coordinate");
  line(studiesWithoutGrades,
       std::to_string(studiesWithoutGrades) + " studies have no grades in train.csv");
  listProblems(o, problems);
  return o.str();
}

RsnaCheck scanRsnaDataset(const std::string& root, const Progress& progress) {
  namespace rsna = annotation::rsna;
  const annotation::RsnaLayout layout{root, "train"};
  for (const fs::path& f : {layout.grades(), layout.coordinates()})
    if (!fs::exists(f))
      throw Error(
          fileError(root, "not an RSNA 2024 folder: " + f.filename().string() + " is missing"));
  const annotation::RsnaDataset data = annotation::RsnaDataset::load(root);
  RsnaCheck rep;
  const fs::path images = layout.images();
  std::error_code ec;
  if (!fs::is_directory(images, ec))
    rep.problems.push_back("no folder " + images.string() + ": the DICOM images are missing");
  const auto ids = data.studyIds();
  for (std::size_t si = 0; si < ids.size(); ++si) {
    progress.throwIfCancelled();
    const std::string& study = ids[si];
    progress.report(static_cast<double>(si) / static_cast<double>(ids.size()), "study " + study);
    ++rep.studies;
    // Labels and coordinates.
    int graded = 0;
    std::set<std::pair<int, int>> withCoordinate;
    const auto coords = data.coordinates(study);
    for (const auto& c : coords)
      withCoordinate.insert({c.condition, c.level});
    for (int c = 0; c < rsna::kConditions; ++c)
      for (int l = 0; l < rsna::kLevels; ++l) {
        const int g = data.grade(study, c, l);
        if (g < 0) continue;
        ++graded;
        ++rep.severityCounts[static_cast<std::size_t>(g)];
        if (!withCoordinate.count({c, l})) {
          ++rep.gradedWithoutCoordinate;
          rep.problems.push_back("study " + study + ": " + rsna::columnName(c, l) +
                                 " is graded but has no coordinate");
        }
      }
    rep.labelledTargets += graded;
    if (graded == 0) {
      ++rep.studiesWithoutGrades;
      rep.problems.push_back("study " + study + ": no grades in train.csv");
    }
    // Series: listed vs on disk, and every DICOM header readable. A study without a folder is
    // one problem (its series and coordinates are counted, not listed one by one).
    const bool studyFolder = fs::is_directory(images / study, ec);
    const auto listedSeries = data.series(study);
    int studyInstances = 0;
    std::set<std::string> listed;
    if (!studyFolder)
      rep.problems.push_back("study " + study + ": no folder " + (images / study).string() + " (" +
                             std::to_string(listedSeries.size()) + " series listed, " +
                             std::to_string(coords.size()) + " coordinates)");
    for (const auto& [id, description] : listedSeries) {
      listed.insert(id);
      ++rep.seriesListed;
      const fs::path dir = images / study / id;
      if (!studyFolder) {
        ++rep.seriesWithoutFiles;
        continue;
      }
      if (!fs::is_directory(dir, ec)) {
        ++rep.seriesWithoutFiles;
        rep.problems.push_back("study " + study + ": series " + id + " (" + description +
                               ") has no folder " + dir.string());
        continue;
      }
      ++rep.series;
      int files = 0;
      for (const auto& e : fs::directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        ++files;
        io::DicomInstance inst;
        std::string error;
        if (io::readDicomHeader(e.path().string(), inst, error) && inst.rows > 0 &&
            inst.columns > 0) {
          ++rep.instances;
          ++studyInstances;
        } else {
          ++rep.unreadableFiles;
          rep.problems.push_back(e.path().string() + ": " +
                                 (error.empty() ? std::string("not a DICOM image") : error));
        }
      }
      if (files == 0) {
        ++rep.seriesWithoutFiles;
        rep.problems.push_back("study " + study + ": series " + id + " (" + description +
                               ") has no files in " + dir.string());
      }
    }
    if (studyFolder)
      for (const auto& e : fs::directory_iterator(images / study))
        if (e.is_directory() && !listed.count(e.path().filename().string())) {
          ++rep.seriesNotListed;
          rep.problems.push_back("study " + study + ": series folder " +
                                 e.path().filename().string() +
                                 " is not in train_series_descriptions.csv");
        }
    if (studyInstances == 0) {
      ++rep.studiesWithoutImages;
      if (studyFolder)
        rep.problems.push_back("study " + study + ": no readable DICOM image in " +
                               (images / study).string());
    }
    for (const auto& c : coords) {
      ++rep.coordinates;
      const fs::path file = images / study / c.series / (std::to_string(c.instance) + ".dcm");
      if (!fs::exists(file, ec)) {
        ++rep.missingInstances;
        if (studyFolder)
          rep.problems.push_back("study " + study + ": coordinate " +
                                 rsna::columnName(c.condition, c.level) + " names instance " +
                                 std::to_string(c.instance) + " of series " + c.series +
                                 ", which has no file");
      }
    }
  }
  progress.report(1.0, "checked");
  return rep;
}

}  // namespace osteon::train
