#pragma once
// De-identification of DICOM files with the DICOM PS3.15 Basic Application Level
// Confidentiality Profile: identifying attributes are removed or emptied, names and IDs replaced
// by a pseudonym, dates emptied, private tags removed, and every UID replaced by a new one that is
// the same for the same original UID across a whole export (so series and studies stay linked).
// Pixel data is untouched: text burned into pixels is not detected.

#include <map>
#include <string>
#include <vector>

namespace osteon::io {

struct DeidentifyOptions {
  std::string pseudonym = "ANONYMOUS";  // PatientName and PatientID
  std::string uidSalt = "osteon";       // UIDs are derived from the original UID and this salt
};

// Maps original UIDs to replacements (deterministic for a salt).
class UidMapper {
 public:
  explicit UidMapper(std::string salt) : salt_(std::move(salt)) {}
  std::string map(const std::string& uid);
  std::size_t size() const { return map_.size(); }

 private:
  std::string salt_;
  std::map<std::string, std::string> map_;
};

// Reads `in`, de-identifies it and writes `out` (same transfer syntax). Throws osteon::Error.
void deidentifyFile(const std::string& in, const std::string& out, const DeidentifyOptions& options,
                    UidMapper& uids);

// Every DICOM file under `inDir` to the same relative path under `outDir`; non-DICOM files are
// skipped. Returns the number of files written; problems are reported through `errors`.
std::size_t deidentifyFolder(const std::string& inDir, const std::string& outDir,
                             const DeidentifyOptions& options,
                             std::vector<std::string>* errors = nullptr);

}  // namespace osteon::io
