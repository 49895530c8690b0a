#pragma once
// De-identification of DICOM files with the DICOM PS3.15 Basic Application Level Confidentiality
// Profile and its option profiles, driven by the whole of Table E.1-1 (edition 2026d, compiled
// in from core/io/deid/ps3_15_table_e1_1.tsv): every listed attribute gets its action (D, Z, X,
// K, C, U or a combined code), at any depth of nested sequences; private attributes and overlay
// and curve groups are removed; UIDs, identifiers and folder names are replaced by pseudonyms
// that are consistent across one export. Files that may show identifying text in their pixels
// (Burned In Annotation YES, or modalities that burn text in without saying NO) are refused and
// listed for review unless the caller accepts them explicitly. Pixel data is never altered.
//
// Combined codes need the attribute's type in the IOD, which a generic tool does not know; the
// choice that keeps every IOD conformant is made: Z/D -> D (a dummy), X/Z -> Z (emptied),
// X/Z/D -> Z, X/D -> X (the attributes concerned are Type 3 in the image IODs Osteon reads),
// X/Z/U* -> U (the reference sequence is kept, its UIDs replaced).

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/base/progress.h"

namespace osteon::io {

// The option profiles of PS3.15 E.3 that Osteon offers (columns of Table E.1-1).
enum class DeidOption {
  RetainUids,                       // 113110
  RetainDeviceIdentity,             // 113109
  RetainInstitutionIdentity,        // 113112
  RetainPatientCharacteristics,     // 113108
  RetainLongitudinalFullDates,      // 113106
  RetainLongitudinalModifiedDates,  // 113107: dates shifted by one offset per patient
  CleanDescriptors,                 // 113105: free text kept with identifiers scrubbed out
};
std::vector<DeidOption> allDeidOptions();
const char* deidOptionName(DeidOption o);   // "retain-uids", ... (CLI and settings)
const char* deidOptionTitle(DeidOption o);  // "Retain UIDs", ... (the standard's title)
const char* deidOptionCode(DeidOption o);   // "113110", ... (CID 7050)
DeidOption deidOptionFromName(const std::string& name);  // throws osteon::Error

struct DeidentifyOptions {
  std::string pseudonym = "ANONYMOUS";  // Patient's Name and Patient ID
  // UIDs, identifiers, folder names and date shifts derive from the salt: the same salt gives the
  // same output again. Empty: a random salt for each export (nothing links back).
  std::string salt;
  std::set<DeidOption> options;
  // Export files that may show burned-in text; they are then listed as warnings, not refused.
  bool acceptBurnedIn = false;
};

// The action Table E.1-1 gives an attribute under `options`, as the standard writes it ("X",
// "Z/D", "K", ...); "" when the table does not list the attribute (it is then kept, unless it
// is private). Odd groups answer "X" (private attributes), overlay and curve groups as listed.
std::string deidAction(std::uint16_t group, std::uint16_t element,
                       const std::set<DeidOption>& options = {});
// Number of attributes in the compiled-in table.
std::size_t deidTableSize();

// UIDs, identifiers and dates replaced consistently across one export.
class Pseudonymizer {
 public:
  explicit Pseudonymizer(std::string salt);  // "" = random
  std::string uid(const std::string& original);
  // A 10-digit number for an identifier (a folder name, an RSNA study or series id).
  std::string id(const std::string& original);
  // The shift in days (negative: 1 to 10 years back) of the patient's dates.
  int dateShiftDays(const std::string& patientKey) const;
  const std::string& salt() const { return salt_; }
  std::size_t uidCount() const { return uids_.size(); }

 private:
  std::string salt_;
  std::map<std::string, std::string> uids_, ids_;
  std::set<std::string> usedIds_;
};

// Thrown for a file that may show identifying text burned into its pixels.
class BurnedInText : public Error {
 public:
  using Error::Error;
};

// "" when the file's header says nothing suggests burned-in text; else the reason.
std::string burnedInReason(const std::string& modality, const std::string& sopClassUid,
                           const std::string& burnedInAnnotation);

// Reads `in`, de-identifies it and writes `out` (same transfer syntax). Throws osteon::Error,
// BurnedInText for a refused file. Returns "" or, for a file exported under acceptBurnedIn, why it
// may show burned-in text.
std::string deidentifyFile(const std::string& in, const std::string& out,
                           const DeidentifyOptions& options, Pseudonymizer& names);

struct DeidentifyReport {
  std::size_t written = 0;
  std::vector<std::string> errors;    // files that could not be read or written
  std::vector<std::string> review;    // refused: may show burned-in text (path: reason)
  std::vector<std::string> warnings;  // exported with acceptBurnedIn, DICOMDIRs left out, ...
  std::map<std::string, std::string> paths;  // relative input path -> relative output path
};

// Every DICOM file under `inDir` to `outDir`, each folder name and each file name that is not a
// plain instance number (up to 6 digits) replaced by its pseudonym. Non-DICOM files are skipped.
// Progress per file; throws osteon::Cancelled when cancelled (the files written stay).
DeidentifyReport deidentifyFolder(const std::string& inDir, const std::string& outDir,
                                  const DeidentifyOptions& options, Pseudonymizer& names,
                                  const Progress& progress = {});

}  // namespace osteon::io
