// De-identification with the PS3.15 basic profile: identifying attributes gone or replaced,
// UIDs remapped consistently, pixels unchanged.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <filesystem>
#include <set>

#include "core/io/deidentify.h"
#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "core/io/dicom_writer.h"
#include "tests/support/test_support.h"

using namespace osteon;

namespace {
std::string tag(const std::string& path, const DcmTagKey& key, bool* present = nullptr) {
  DcmFileFormat ff;
  REQUIRE(ff.loadFile(path.c_str()).good());
  OFString v;
  const bool ok = ff.getDataset()->findAndGetOFStringArray(key, v).good();
  if (present) *present = ff.getDataset()->tagExists(key);
  return ok ? std::string(v.c_str()) : std::string();
}
}  // namespace

TEST_CASE("de-identified copies keep pixels and links and lose identifying attributes") {
  test::TempDir in, out;
  image::Image vol(image::PixelType::Int16, {16, 12, 3});
  for (std::size_t i = 0; i < vol.voxelCount(); ++i)
    vol.data<std::int16_t>()[i] = static_cast<std::int16_t>(i * 7 % 3000 - 1000);
  io::DicomWriteInfo info;
  info.patientName = "DOE^JANE";
  info.patientId = "MRN-12345";
  info.studyDescription = "LSPINE";
  const auto files = io::writeDicomSeries(vol, in.file("study/series"), info);
  // Add what a scanner would write: institution, birth date, a private tag.
  for (const auto& f : files) {
    DcmFileFormat ff;
    REQUIRE(ff.loadFile(f.c_str()).good());
    ff.getDataset()->putAndInsertString(DCM_InstitutionName, "General Hospital");
    ff.getDataset()->putAndInsertString(DCM_PatientBirthDate, "19700101");
    ff.getDataset()->putAndInsertString(DcmTag(0x0009, 0x0010, EVR_LO), "ACME");
    ff.getDataset()->putAndInsertString(DcmTag(0x0009, 0x1001, EVR_LO), "secret");
    REQUIRE(ff.saveFile(f.c_str(), EXS_LittleEndianExplicit).good());
  }
  std::vector<std::string> errors;
  io::DeidentifyOptions o;
  o.pseudonym = "SUBJ001";
  CHECK(io::deidentifyFolder(in.path(), out.path(), o, &errors) == 3);
  CHECK(errors.empty());
  std::set<std::string> studies, series, sops;
  for (int k = 1; k <= 3; ++k) {
    const std::string f = out.file("study/series/" + std::to_string(k) + ".dcm");
    REQUIRE(std::filesystem::exists(f));
    bool present = true;
    CHECK(tag(f, DCM_PatientName) == "SUBJ001");
    CHECK(tag(f, DCM_PatientID) == "SUBJ001");
    CHECK(tag(f, DCM_PatientBirthDate).empty());
    tag(f, DCM_InstitutionName, &present);
    CHECK_FALSE(present);
    tag(f, DcmTagKey(0x0009, 0x1001), &present);
    CHECK_FALSE(present);
    CHECK(tag(f, DCM_PatientIdentityRemoved) == "YES");
    studies.insert(tag(f, DCM_StudyInstanceUID));
    series.insert(tag(f, DCM_SeriesInstanceUID));
    sops.insert(tag(f, DCM_SOPInstanceUID));
    CHECK(tag(f, DCM_SeriesInstanceUID) != info.seriesUid);
    CHECK(tag(f, DCM_StudyDescription) == "LSPINE");  // kept: not identifying
  }
  CHECK(studies.size() == 1);
  CHECK(series.size() == 1);
  CHECK(sops.size() == 3);
  // Same geometry and pixels: the de-identified series loads to the same volume.
  const auto scan = io::scanDicom({out.path()});
  REQUIRE(scan.errors.empty());
  const auto& se = scan.patients.at(0).studies.at(0).series.at(0);
  const image::Image back = io::loadStack(se, se.stacks.at(0));
  REQUIRE(back.dims() == vol.dims());
  for (std::size_t i = 0; i < vol.voxelCount(); ++i)
    REQUIRE(back.data<std::int16_t>()[i] == vol.data<std::int16_t>()[i]);
  // UIDs are deterministic for a salt: a second export links to the first.
  test::TempDir again;
  io::deidentifyFolder(in.path(), again.path(), o);
  CHECK(tag(again.file("study/series/1.dcm"), DCM_SeriesInstanceUID) == *series.begin());
}
