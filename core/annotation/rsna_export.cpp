#include "core/annotation/rsna_export.h"

#include <filesystem>

#include "core/annotation/csv.h"
#include "core/base/error.h"

namespace osteon::annotation {

namespace fs = std::filesystem;

RsnaExportReport exportDeidentifiedRsna(const std::string& root, const std::string& outDir,
                                        const io::DeidentifyOptions& options,
                                        const Progress& progress) {
  RsnaExportReport report;
  io::Pseudonymizer names(options.salt);
  report.salt = names.salt();
  std::error_code ec;
  fs::create_directories(outDir, ec);
  if (ec) throw Error(fileError(outDir, "cannot create the folder: " + ec.message()));
  const fs::path images = fs::path(root) / "train_images";
  if (fs::is_directory(images))
    report.dicom = io::deidentifyFolder(
        images.string(), (fs::path(outDir) / "train_images").string(), options, names, progress);
  // The CSV files: the same pseudonyms as the folders (the Pseudonymizer remembers them).
  for (const char* name : {"train.csv", "train_label_coordinates.csv",
                           "train_series_descriptions.csv", "test_series_descriptions.csv"}) {
    const fs::path in = fs::path(root) / name;
    if (!fs::exists(in)) continue;
    CsvTable t = readCsv(in.string());
    for (const char* column : {"study_id", "series_id"}) {
      const int c = t.column(column);
      if (c < 0) continue;
      for (auto& row : t.rows)
        if (static_cast<std::size_t>(c) < row.size() && !row[static_cast<std::size_t>(c)].empty())
          row[static_cast<std::size_t>(c)] = names.id(row[static_cast<std::size_t>(c)]);
    }
    writeCsv(t, (fs::path(outDir) / name).string());
    ++report.csvFiles;
  }
  return report;
}

}  // namespace osteon::annotation
