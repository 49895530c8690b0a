// loadDataset (core/train/trainer.h): checks a training configuration's dataset and lists its
// samples; for an RSNA folder it cuts the crops inference uses. Tensor-free (osteon::train_api).
#include <algorithm>
#include <filesystem>

#include "core/annotation/rsna.h"
#include "core/base/error.h"
#include "core/train/dataset.h"
#include "core/train/rsna_crops.h"
#include "core/train/trainer.h"

namespace osteon::train {

namespace fs = std::filesystem;

DatasetReport loadDataset(const TrainConfig& c, const Progress& progress) {
  const std::string problem = c.validate();
  if (!problem.empty() && problem != "no output model path is given")
    throw Error("training configuration: " + problem);
  if (c.datasetKind == "folder") return scanFolderDataset(c.data, progress);
  if (c.datasetKind == "csv") return scanCsvDataset(c.labels, c.data, c.labelColumns, progress);
  if (c.datasetKind == "rsna-localiser") {
    // The lumbar level localiser learns from the coordinates and DICOM themselves (no crops).
    const RsnaCheck check = scanRsnaDataset(c.data, progress);
    DatasetReport r;
    r.kind = "rsna-localiser";
    r.problems = check.problems;
    r.notes.push_back("RSNA folder: " + check.text().substr(0, check.text().find('\n')));
    return r;
  }
  // RSNA: check the folder, then cut the crops inference uses and train on those.
  const RsnaCheck check = scanRsnaDataset(c.data, progress);
  // A folder without usable images stops here with the dataset's own problems (the crops folder
  // would otherwise be reported empty, which says nothing about the dataset).
  if (check.instances == 0)
    throw Error("the RSNA folder " + c.data +
                " has no readable DICOM images under train_images/: nothing to train on.\n"
                "RSNA folder: " +
                check.text());
  const fs::path crops = fs::path(c.resolvedReportDir()) / "crops";
  std::error_code ec;
  fs::remove_all(crops, ec);
  const CropReport cr = writeLumbarCrops(c.data, crops.string(), progress);
  {
    // Every grade needs crops: name the grades without any, with the dataset's report.
    std::string empty;
    for (int s = 0; s < 3; ++s)
      if (cr.perSeverity[static_cast<std::size_t>(s)] == 0)
        empty += (empty.empty() ? "" : ", ") +
                 std::string(annotation::rsna::kSeverityNames[static_cast<std::size_t>(s)]);
    if (!empty.empty())
      throw Error("the RSNA folder " + c.data + " gives no training crop graded " + empty +
                  " (a crop needs a grade in train.csv, its coordinate and the DICOM instance it "
                  "names).\nRSNA folder: " +
                  check.text() + "\ncrops: " + cr.text());
  }
  DatasetReport r = scanFolderDataset(crops.string(), progress);
  r.kind = "rsna crops";
  r.notes.push_back("RSNA folder: " + check.text().substr(0, check.text().find('\n')));
  r.notes.push_back("crops written to " + crops.string() + ": " +
                    cr.text().substr(0, cr.text().find('\n')));
  r.problems.insert(r.problems.begin(), check.problems.begin(), check.problems.end());
  for (const auto& p : cr.problems)
    if (std::find(r.problems.begin(), r.problems.end(), p) == r.problems.end())
      r.problems.push_back("crop " + p);
  return r;
}

}  // namespace osteon::train
