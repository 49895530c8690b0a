#pragma once
// A de-identified copy of an RSNA-layout dataset (train_images/<study>/<series>/<n>.dcm and the
// CSV files): the DICOM through core/io's PS3.15 profile with study and series folders renamed
// to pseudonyms, and the CSV files with the same pseudonyms in study_id and series_id, so the
// copy is a valid dataset that names nobody.

#include <string>

#include "core/base/progress.h"
#include "core/io/deidentify.h"

namespace osteon::annotation {

struct RsnaExportReport {
  io::DeidentifyReport dicom;
  std::size_t csvFiles = 0;
  std::string salt;  // to repeat the export with the same pseudonyms
};

// Throws osteon::Error (unreadable CSV, unwritable output) or osteon::Cancelled.
RsnaExportReport exportDeidentifiedRsna(const std::string& root, const std::string& outDir,
                                        const io::DeidentifyOptions& options,
                                        const Progress& progress = {});

}  // namespace osteon::annotation
