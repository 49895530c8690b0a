#include "core/annotation/rsna_export.h"

#include <filesystem>

#include "core/annotation/csv.h"
#include "core/annotation/rsna_layout.h"
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
  // Both splits' images, then their CSV files, under the same pseudonyms (the Pseudonymizer
  // remembers them).
  for (const char* split : {"train", "test"}) {
    const RsnaLayout in{root, split}, out{outDir, split};
    if (!fs::is_directory(in.images(), ec)) continue;
    io::DeidentifyReport r =
        io::deidentifyFolder(in.images().string(), out.images().string(), options, names, progress);
    report.dicom.written += r.written;
    for (auto v : {&io::DeidentifyReport::errors, &io::DeidentifyReport::review,
                   &io::DeidentifyReport::warnings})
      (report.dicom.*v).insert((report.dicom.*v).end(), (r.*v).begin(), (r.*v).end());
    for (const auto& [from, to] : r.paths)
      report.dicom.paths[(fs::path(in.imagesName()) / from).string()] =
          (fs::path(out.imagesName()) / to).string();
  }
  const RsnaLayout train{root, "train"}, test{root, "test"};
  for (const std::string& name :
       {train.gradesName(), train.coordinatesName(), train.seriesDescriptionsName(),
        test.coordinatesName(), test.seriesDescriptionsName()}) {
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
