#include "core/train/rsna_crops.h"
#include "core/annotation/rsna_layout.h"

#include <filesystem>
#include <map>

#include "core/ai/lumbar_crops.h"
#include "core/annotation/rsna_dataset.h"
#include "core/base/error.h"
#include "core/io/image_file.h"
#include "core/io/open.h"

namespace fs = std::filesystem;

namespace osteon::train {

std::string CropReport::text() const {
  std::string s = std::to_string(studies) + " studies, " + std::to_string(crops) + " crops (" +
                  std::to_string(perSeverity[0]) + " Normal/Mild, " +
                  std::to_string(perSeverity[1]) + " Moderate, " + std::to_string(perSeverity[2]) +
                  " Severe)";
  if (!problems.empty()) s += "; " + std::to_string(problems.size()) + " problems:";
  for (const auto& p : problems)
    s += "\n  " + p;
  return s;
}

CropReport writeLumbarCrops(const std::string& root, const std::string& outDir,
                            const Progress& progress) {
  namespace rsna = annotation::rsna;
  const annotation::RsnaLayout layout{root, "train"};
  if (!fs::exists(layout.grades()) || !fs::exists(layout.coordinates()))
    throw Error(fileError(root,
                          "not an RSNA 2024 folder: train.csv and "
                          "train_label_coordinates.csv are needed"));
  const annotation::RsnaDataset data = annotation::RsnaDataset::load(root);
  for (int s = 0; s < rsna::kSeverities; ++s)
    fs::create_directories(fs::path(outDir) / ai::lumbar::severityFolder(s));
  CropReport rep;
  const auto ids = data.studyIds();
  for (std::size_t si = 0; si < ids.size(); ++si) {
    progress.throwIfCancelled();
    const std::string& study = ids[si];
    progress.report(static_cast<double>(si) / static_cast<double>(ids.size()), "study " + study);
    std::map<std::string, io::OpenedSeries> loaded;
    bool used = false;
    for (const annotation::RsnaCoordinate& c : data.coordinates(study)) {
      const int grade = data.grade(study, c.condition, c.level);
      const std::string what = study + " " + rsna::columnName(c.condition, c.level);
      if (grade < 0) {
        rep.problems.push_back(what + ": no grade in train.csv");
        continue;
      }
      const fs::path seriesDir = layout.seriesFolder(study, c.series);
      try {
        auto it = loaded.find(c.series);
        if (it == loaded.end())
          it = loaded.emplace(c.series, io::openSeries(seriesDir.string())).first;
        const io::OpenedSeries& s = it->second;
        const int k = ai::lumbar::sliceForInstance(s.instanceNumbers, c.instance, s.volume.depth());
        if (k < 0)
          throw Error("series " + c.series + " has no instance " + std::to_string(c.instance));
        const image::Image crop = ai::lumbar::crop(s.volume, k, c.x, c.y);
        const std::string name =
            study + "_" + c.series + "_" + rsna::columnName(c.condition, c.level) + ".png";
        io::writeImageFile(crop,
                           (fs::path(outDir) / ai::lumbar::severityFolder(grade) / name).string());
        ++rep.crops;
        ++rep.perSeverity[static_cast<std::size_t>(grade)];
        used = true;
      } catch (const Cancelled&) {
        throw;
      } catch (const Error& e) {
        rep.problems.push_back(what + ": " + e.what());
      }
    }
    rep.studies += used ? 1 : 0;
  }
  progress.report(1.0, "done");
  return rep;
}

}  // namespace osteon::train
