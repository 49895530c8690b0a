// De-identification with DICOM PS3.15: every attribute of Table E.1-1 that a file can hold is put
// into one file (at the top level and inside a sequence, with private attributes at both depths)
// and each one's action is checked, for the Basic Profile and for each option profile; then
// pixels, UID links, pseudonymised names, burned-in refusals and dciodvfy on exported files.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/base/error.h"
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

// The test's own reading of the table file (not the library's parser): tag -> columns.
struct TableRow {
  std::uint16_t group = 0, element = 0;
  std::string name;
  std::vector<std::string> cells;  // basic, then the option columns in file order
};

std::vector<TableRow> readTable(int* wildcards = nullptr) {
  std::ifstream in(test::sourcePath("core/io/deid/ps3_15_table_e1_1.tsv"));
  REQUIRE(in);
  std::vector<TableRow> rows;
  std::string line;
  bool header = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      header = true;
      continue;
    }
    std::vector<std::string> c;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t'))
      c.push_back(cell);
    c.resize(15);
    if (c[0].size() != 11 || c[0].find_first_of("xX", 1) != std::string::npos) {
      if (wildcards) ++*wildcards;
      continue;
    }
    TableRow r;
    r.group = static_cast<std::uint16_t>(std::stoul(c[0].substr(1, 4), nullptr, 16));
    r.element = static_cast<std::uint16_t>(std::stoul(c[0].substr(6, 4), nullptr, 16));
    r.name = c[1];
    r.cells.assign(c.begin() + 2, c.begin() + 13);
    rows.push_back(r);
  }
  return rows;
}

// Column of each option in the table (after "basic").
int optionColumn(io::DeidOption o) {
  switch (o) {
    case io::DeidOption::RetainUids:
      return 2;
    case io::DeidOption::RetainDeviceIdentity:
      return 3;
    case io::DeidOption::RetainInstitutionIdentity:
      return 4;
    case io::DeidOption::RetainPatientCharacteristics:
      return 5;
    case io::DeidOption::RetainLongitudinalFullDates:
      return 6;
    case io::DeidOption::RetainLongitudinalModifiedDates:
      return 7;
    case io::DeidOption::CleanDescriptors:
      return 8;
  }
  return -1;
}

// The action expected under one option, with the combined codes resolved as the library
// documents (the choice that keeps every IOD conformant).
std::string expected(const TableRow& r, const std::set<io::DeidOption>& options) {
  std::string a = r.cells[0];
  for (io::DeidOption o : options) {
    const std::string& cell = r.cells[static_cast<std::size_t>(optionColumn(o))];
    if (!cell.empty()) a = cell;
  }
  if (a == "Z/D") return "D";
  if (a == "X/Z" || a == "X/Z/D") return "Z";
  if (a == "X/D") return "X";
  if (a == "X/Z/U*") return "U";
  return a;
}

// A value of the element's VR that a test can recognise afterwards.
std::string valueFor(DcmEVR vr, int n) {
  switch (vr) {
    case EVR_DA:
      return "20200315";
    case EVR_TM:
      return "101112";
    case EVR_DT:
      return "20200315101112";
    case EVR_AS:
      return "045Y";
    case EVR_UI:
      return "1.2.826.0.1.3680043.10.999." + std::to_string(n);
    case EVR_IS:
    case EVR_DS:
    case EVR_US:
    case EVR_SS:
    case EVR_UL:
    case EVR_SL:
    case EVR_FL:
    case EVR_FD:
      return std::to_string(40 + n % 50);
    case EVR_AE:
      return "SCANNER" + std::to_string(n % 100);
    case EVR_CS:
      return "VALUE" + std::to_string(n % 100);
    case EVR_PN:
      return "SMITH^JOHN" + std::to_string(n);
    default:
      return "SMITH ORIGINAL " + std::to_string(n);
  }
}

struct Filled {
  std::map<std::uint32_t, std::string> values;  // key (group << 16 | element) -> value put
  std::set<std::uint32_t> sequences;
};

std::uint32_t key(std::uint16_t g, std::uint16_t e) {
  return (std::uint32_t(g) << 16) | e;
}

// Puts every attribute of the table that DCMTK's dictionary knows into `item` (a sequence gets
// one item with a name, a UID and a private attribute inside).
Filled fill(DcmItem* item, const std::vector<TableRow>& rows) {
  Filled f;
  int n = 0;
  for (const TableRow& r : rows) {
    ++n;
    if (r.group == 0x0000 || r.group == 0x0002 || r.group == 0x7FE0 || r.group == 0xFFFE) continue;
    DcmTag t(r.group, r.element);
    const DcmEVR vr = t.getEVR();
    if (vr == EVR_UNKNOWN || vr == EVR_UN || vr == EVR_UNKNOWN2B) continue;
    if (vr == EVR_SQ) {
      DcmItem* inner = nullptr;
      REQUIRE(item->findOrCreateSequenceItem(t, inner, 0).good());
      inner->putAndInsertString(DCM_PatientName, "NESTED^NAME");
      inner->putAndInsertString(DCM_ReferencedSOPInstanceUID, "1.2.826.0.1.3680043.10.999.1");
      inner->putAndInsertString(DCM_CodeMeaning, "kept text");
      inner->putAndInsertString(DcmTag(0x0011, 0x0010, EVR_LO), "ACME");
      inner->putAndInsertString(DcmTag(0x0011, 0x1001, EVR_LO), "secret inside");
      f.sequences.insert(key(r.group, r.element));
      continue;
    }
    if (vr == EVR_OB || vr == EVR_OW || vr == EVR_OF || vr == EVR_OD || vr == EVR_OL ||
        vr == EVR_OV || vr == EVR_AT || vr == EVR_ox || vr == EVR_xs || vr == EVR_lt ||
        vr == EVR_px || vr == EVR_pixelSQ || vr == EVR_UR || vr == EVR_UV || vr == EVR_SV)
      continue;
    const std::string v = valueFor(vr, n);
    if (item->putAndInsertString(t, v.c_str()).bad()) continue;
    f.values[key(r.group, r.element)] = v;
  }
  return f;
}

// Writes a small MR image whose dataset also holds every table attribute.
std::string writeFilled(const std::string& dir, const std::vector<TableRow>& rows, Filled& f) {
  image::Image img(image::PixelType::Int16, {8, 6, 1});
  for (std::size_t i = 0; i < img.voxelCount(); ++i)
    img.data<std::int16_t>()[i] = static_cast<std::int16_t>(i * 13);
  io::DicomWriteInfo info;
  const auto files = io::writeDicomSeries(img, dir + "/in", info);
  DcmFileFormat ff;
  REQUIRE(ff.loadFile(files[0].c_str()).good());
  DcmDataset* ds = ff.getDataset();
  // Keep what the image needs to stay an image: the UIDs of the writer are re-put below.
  OFString sop, study, series, cls;
  ds->findAndGetOFString(DCM_SOPInstanceUID, sop);
  ds->findAndGetOFString(DCM_SOPClassUID, cls);
  f = fill(ds, rows);
  ds->putAndInsertString(DCM_SOPInstanceUID, sop.c_str());
  ds->putAndInsertString(DCM_SOPClassUID, cls.c_str());
  f.values[key(0x0008, 0x0018)] = sop.c_str();
  ds->putAndInsertString(DcmTag(0x0009, 0x0010, EVR_LO), "ACME");
  ds->putAndInsertString(DcmTag(0x0009, 0x1001, EVR_LO), "secret");
  ds->putAndInsertString(DCM_BurnedInAnnotation, "NO");
  // An overlay: its data and the rest of its group go.
  ds->putAndInsertUint16(DcmTagKey(0x6000, 0x0010), 6);
  ds->putAndInsertUint16(DcmTagKey(0x6000, 0x0011), 8);
  const Uint8 bits[6] = {1, 2, 3, 4, 5, 6};
  ds->putAndInsertUint8Array(DcmTag(0x6000, 0x3000, EVR_OW), bits, 6);
  const std::string path = dir + "/filled.dcm";
  REQUIRE(ff.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
  return path;
}

// Checks each filled attribute of the output against its expected action; returns the number
// of attributes checked.
int checkActions(const std::string& out, const std::vector<TableRow>& rows, const Filled& f,
                 const std::set<io::DeidOption>& options, const std::string& pseudonym) {
  DcmFileFormat ff;
  REQUIRE(ff.loadFile(out.c_str()).good());
  DcmDataset* ds = ff.getDataset();
  int checked = 0;
  for (const TableRow& r : rows) {
    const std::uint32_t k = key(r.group, r.element);
    const bool isSeq = f.sequences.count(k) != 0;
    if (!isSeq && !f.values.count(k)) continue;
    const std::string a = expected(r, options);
    const DcmTagKey t(r.group, r.element);
    INFO(r.name << " (" << std::hex << r.group << "," << r.element << std::dec << "): action "
                << a);
    ++checked;
    if (a == "X") {
      CHECK_FALSE(ds->tagExists(t));
      continue;
    }
    REQUIRE(ds->tagExists(t));
    if (isSeq) {
      DcmSequenceOfItems* sq = nullptr;
      REQUIRE(ds->findAndGetSequence(t, sq).good());
      if (a == "Z") {
        CHECK(sq->card() == 0);
        continue;
      }
      // Kept, dummied, cleaned or U: the item is there and is itself de-identified.
      REQUIRE(sq->card() == 1);
      DcmItem* inner = sq->getItem(0);
      OFString v;
      CHECK_FALSE(inner->tagExists(DcmTagKey(0x0011, 0x1001)));
      CHECK_FALSE(inner->tagExists(DcmTagKey(0x0011, 0x0010)));
      REQUIRE(inner->findAndGetOFString(DCM_PatientName, v).good());
      CHECK(std::string(v.c_str()) == pseudonym);
      REQUIRE(inner->findAndGetOFString(DCM_ReferencedSOPInstanceUID, v).good());
      if (options.count(io::DeidOption::RetainUids))
        CHECK(std::string(v.c_str()) == "1.2.826.0.1.3680043.10.999.1");
      else
        CHECK(std::string(v.c_str()) != "1.2.826.0.1.3680043.10.999.1");
      continue;
    }
    OFString got;
    ds->findAndGetOFStringArray(t, got);
    const std::string before = f.values.at(k), after = got.c_str();
    if (a == "K") {
      CHECK(after == before);
    } else if (a == "Z") {
      if (t == DCM_PatientName)
        CHECK(after == pseudonym);
      else
        CHECK(after.empty());
    } else if (a == "D") {
      CHECK_FALSE(after.empty());
      CHECK(after != before);
      if (t == DCM_PatientID) CHECK(after == pseudonym);
    } else if (a == "U") {
      CHECK_FALSE(after.empty());
      CHECK(after != before);
      CHECK(after.find_first_not_of("0123456789.") == std::string::npos);
    } else if (a == "C") {
      // Cleaned: dates shifted, AE titles replaced, text scrubbed of identifiers and numbers.
      DcmTag dt(t);
      if (dt.getEVR() == EVR_DA || dt.getEVR() == EVR_DT) {
        CHECK(after.size() == before.size());
        CHECK(after != before);
      } else if (dt.getEVR() == EVR_TM) {
        CHECK(after == before);
      } else if (dt.getEVR() == EVR_AE) {
        CHECK(after != before);
      } else {
        CHECK(after.find("SMITH") == std::string::npos);
        CHECK(after.find("JOHN") == std::string::npos);
      }
    } else {
      FAIL("unexpected action " << a);
    }
  }
  return checked;
}

}  // namespace

TEST_CASE("every Table E.1-1 attribute a file can hold gets the standard's action") {
  int wildcards = 0;
  const std::vector<TableRow> rows = readTable(&wildcards);
  // The table is the whole of PS3.15 2026d Table E.1-1 (653 attributes with a plain tag, the
  // overlay/curve wildcards and the private-attribute row).
  CHECK(rows.size() + static_cast<std::size_t>(wildcards) == 657);
  CHECK(io::deidTableSize() == 656);  // all but the private-attribute row
  // Well-known rows, spelled out here independently of the file.
  CHECK(io::deidAction(0x0010, 0x0010) == "Z");      // Patient's Name
  CHECK(io::deidAction(0x0010, 0x0020) == "Z/D");    // Patient ID
  CHECK(io::deidAction(0x0008, 0x1030) == "X");      // Study Description
  CHECK(io::deidAction(0x0008, 0x103E) == "X");      // Series Description
  CHECK(io::deidAction(0x0010, 0x1005) == "X");      // Patient's Birth Name
  CHECK(io::deidAction(0x0010, 0x2000) == "X");      // Medical Alerts
  CHECK(io::deidAction(0x0010, 0x2110) == "X");      // Allergies
  CHECK(io::deidAction(0x0040, 0x1001) == "X");      // Requested Procedure ID
  CHECK(io::deidAction(0x0018, 0x1000) == "X/Z/D");  // Device Serial Number
  CHECK(io::deidAction(0x0020, 0x000D) == "U");      // Study Instance UID
  CHECK(io::deidAction(0x6000, 0x3000) == "X");      // Overlay Data
  CHECK(io::deidAction(0x6002, 0x0010) == "X");      // the rest of an overlay group
  CHECK(io::deidAction(0x0009, 0x1001) == "X");      // private
  CHECK(io::deidAction(0x0028, 0x0010).empty());     // Rows: not listed, kept
  CHECK(io::deidAction(0x0008, 0x1030, {io::DeidOption::CleanDescriptors}) == "C");
  CHECK(io::deidAction(0x0010, 0x0040, {io::DeidOption::RetainPatientCharacteristics}) == "K");
  CHECK(io::deidAction(0x0008, 0x0020, {io::DeidOption::RetainLongitudinalFullDates}) == "K");
  CHECK(io::deidAction(0x0008, 0x0020, {io::DeidOption::RetainLongitudinalModifiedDates}) == "C");
  CHECK(io::deidAction(0x0008, 0x0018, {io::DeidOption::RetainUids}) == "K");

  std::vector<std::set<io::DeidOption>> profiles = {{}};
  for (io::DeidOption o : io::allDeidOptions())
    profiles.push_back({o});
  for (const auto& options : profiles) {
    test::TempDir dir;
    Filled f;
    const std::string in = writeFilled(dir.path(), rows, f);
    INFO("options: " << options.size() << " "
                     << (options.empty() ? "basic" : io::deidOptionName(*options.begin())));
    // Most of the table can be held by one file; the rest are binary VRs or unknown to DCMTK.
    CHECK(f.values.size() + f.sequences.size() >= 560);
    io::DeidentifyOptions o;
    o.pseudonym = "SUBJ001";
    o.salt = "table-test";
    o.options = options;
    io::Pseudonymizer names(o.salt);
    io::deidentifyFile(in, dir.file("out.dcm"), o, names);
    const int checked = checkActions(dir.file("out.dcm"), rows, f, options, o.pseudonym);
    CHECK(checked == static_cast<int>(f.values.size() + f.sequences.size()));
    bool present = true;
    tag(dir.file("out.dcm"), DcmTagKey(0x0009, 0x1001), &present);
    CHECK_FALSE(present);
    tag(dir.file("out.dcm"), DcmTagKey(0x6000, 0x3000), &present);
    CHECK_FALSE(present);
    tag(dir.file("out.dcm"), DcmTagKey(0x6000, 0x0010), &present);
    CHECK_FALSE(present);
    CHECK(tag(dir.file("out.dcm"), DCM_PatientIdentityRemoved) == "YES");
    // The method code sequence names the profile and each option.
    DcmFileFormat ff;
    REQUIRE(ff.loadFile(dir.file("out.dcm").c_str()).good());
    DcmSequenceOfItems* codes = nullptr;
    REQUIRE(
        ff.getDataset()->findAndGetSequence(DCM_DeidentificationMethodCodeSequence, codes).good());
    REQUIRE(codes->card() == options.size() + 1);
    OFString code;
    codes->getItem(0)->findAndGetOFString(DCM_CodeValue, code);
    CHECK(std::string(code.c_str()) == "113100");
    if (!options.empty()) {
      codes->getItem(1)->findAndGetOFString(DCM_CodeValue, code);
      CHECK(std::string(code.c_str()) == io::deidOptionCode(*options.begin()));
    }
  }
}

TEST_CASE("modified dates move by one offset per patient and clean descriptors keep words") {
  test::TempDir dir;
  image::Image img(image::PixelType::Int16, {4, 4, 2});
  io::DicomWriteInfo info;
  info.patientName = "DOE^JANE";
  info.patientId = "MRN-12345";
  info.studyDate = "20240229";
  info.seriesDescription = "Sagittal T2 DOE 20240229 MRN-12345";
  const auto files = io::writeDicomSeries(img, dir.file("in"), info);
  io::DeidentifyOptions o;
  o.salt = "dates";
  o.options = {io::DeidOption::RetainLongitudinalModifiedDates, io::DeidOption::CleanDescriptors};
  io::Pseudonymizer names(o.salt);
  io::deidentifyFile(files[0], dir.file("a.dcm"), o, names);
  io::deidentifyFile(files[1], dir.file("b.dcm"), o, names);
  const std::string a = tag(dir.file("a.dcm"), DCM_StudyDate);
  CHECK(a == tag(dir.file("b.dcm"), DCM_StudyDate));
  CHECK(a != "20240229");
  const int shift = names.dateShiftDays("|MRN-12345");
  CHECK(shift <= -365);
  CHECK(shift >= -3652);
  // The shifted date is exactly `shift` days before (a leap day included).
  std::tm tm{};
  tm.tm_year = 2024 - 1900;
  tm.tm_mon = 1;
  tm.tm_mday = 29 + shift;
  tm.tm_hour = 12;
  const std::time_t t = timegm(&tm);
  std::tm back{};
  gmtime_r(&t, &back);
  char want[40];
  std::snprintf(want, sizeof want, "%04d%02d%02d", back.tm_year + 1900, back.tm_mon + 1,
                back.tm_mday);
  CHECK(a == want);
  CHECK(tag(dir.file("a.dcm"), DCM_LongitudinalTemporalInformationModified) == "MODIFIED");
  const std::string desc = tag(dir.file("a.dcm"), DCM_SeriesDescription);
  CHECK(desc.find("Sagittal T2") == 0);
  CHECK(desc.find("DOE") == std::string::npos);
  CHECK(desc.find("20240229") == std::string::npos);
  CHECK(desc.find("12345") == std::string::npos);
}

TEST_CASE("folders become pseudonyms, pixels and UID links survive, salts repeat exports") {
  test::TempDir in, out;
  image::Image vol(image::PixelType::Int16, {16, 12, 3});
  for (std::size_t i = 0; i < vol.voxelCount(); ++i)
    vol.data<std::int16_t>()[i] = static_cast<std::int16_t>(i * 7 % 3000 - 1000);
  io::DicomWriteInfo info;
  info.patientName = "DOE^JANE";
  info.patientId = "MRN-12345";
  info.studyDescription = "LSPINE";
  const auto files = io::writeDicomSeries(vol, in.file("DOE_JANE/MRN-12345_T2"), info);
  std::filesystem::rename(files[2], in.file("DOE_JANE/MRN-12345_T2/DOE_JANE_3.dcm"));
  io::DeidentifyOptions o;
  o.pseudonym = "SUBJ001";
  o.salt = "s1";
  io::Pseudonymizer names(o.salt);
  const io::DeidentifyReport r = io::deidentifyFolder(in.path(), out.path(), o, names);
  CHECK(r.written == 3);
  CHECK(r.errors.empty());
  CHECK(r.review.empty());
  std::set<std::string> written;
  for (const auto& e : std::filesystem::recursive_directory_iterator(out.path()))
    if (e.is_regular_file())
      written.insert(std::filesystem::relative(e.path(), out.path()).string());
  REQUIRE(written.size() == 3);
  for (const std::string& p : written) {
    INFO(p);
    CHECK(p.find("DOE") == std::string::npos);
    CHECK(p.find("MRN") == std::string::npos);
    CHECK(p.find("12345") == std::string::npos);
  }
  const std::string dirName = names.id("DOE_JANE") + "/" + names.id("MRN-12345_T2");
  CHECK(written.count(dirName + "/1.dcm"));
  CHECK(written.count(dirName + "/" + names.id("DOE_JANE_3.dcm") + ".dcm"));
  std::set<std::string> studies, series, sops;
  for (const std::string& p : written) {
    const std::string f = out.file(p);
    CHECK(tag(f, DCM_PatientName) == "SUBJ001");
    CHECK(tag(f, DCM_PatientID) == "SUBJ001");
    bool present = true;
    tag(f, DCM_StudyDescription, &present);
    CHECK_FALSE(present);  // X in the Basic Profile
    studies.insert(tag(f, DCM_StudyInstanceUID));
    series.insert(tag(f, DCM_SeriesInstanceUID));
    sops.insert(tag(f, DCM_SOPInstanceUID));
  }
  CHECK(studies.size() == 1);
  CHECK(series.size() == 1);
  CHECK(sops.size() == 3);
  CHECK(*series.begin() != info.seriesUid);
  const auto scan = io::scanDicom({out.path()});
  REQUIRE(scan.errors.empty());
  const auto& se = scan.patients.at(0).studies.at(0).series.at(0);
  const image::Image back = io::loadStack(se, se.stacks.at(0));
  REQUIRE(back.dims() == vol.dims());
  for (std::size_t i = 0; i < vol.voxelCount(); ++i)
    REQUIRE(back.data<std::int16_t>()[i] == vol.data<std::int16_t>()[i]);
  // The same salt repeats the export; another (or the default random one) does not link.
  test::TempDir again, other;
  io::Pseudonymizer same("s1"), random("");
  io::deidentifyFolder(in.path(), again.path(), o, same);
  CHECK(tag(again.file(dirName + "/1.dcm"), DCM_SeriesInstanceUID) == *series.begin());
  io::DeidentifyOptions o2 = o;
  o2.salt.clear();
  io::deidentifyFolder(in.path(), other.path(), o2, random);
  CHECK_FALSE(std::filesystem::exists(other.file(dirName + "/1.dcm")));
  CHECK(random.salt().size() >= 16);
}

TEST_CASE("files that may show burned-in text are refused and listed, never exported silently") {
  CHECK(io::burnedInReason("MR", "1.2.840.10008.5.1.4.1.1.4", "").empty());
  CHECK_FALSE(io::burnedInReason("MR", "1.2.840.10008.5.1.4.1.1.4", "YES").empty());
  CHECK_FALSE(io::burnedInReason("US", "1.2.840.10008.5.1.4.1.1.6.1", "").empty());
  CHECK(io::burnedInReason("US", "1.2.840.10008.5.1.4.1.1.6.1", "NO").empty());
  CHECK_FALSE(io::burnedInReason("OT", "1.2.840.10008.5.1.4.1.1.7", "").empty());
  test::TempDir in, out, out2;
  image::Image img(image::PixelType::UInt8, {8, 8, 1});
  io::DicomWriteInfo mr, sc;
  io::writeDicomSeries(img, in.file("mr"), mr);
  sc.modality = "OT";  // Secondary Capture without Burned In Annotation
  io::writeDicomSeries(img, in.file("sc"), sc);
  const auto flagged = io::writeDicomSeries(img, in.file("flagged"), mr);
  {
    DcmFileFormat ff;
    REQUIRE(ff.loadFile(flagged[0].c_str()).good());
    ff.getDataset()->putAndInsertString(DCM_BurnedInAnnotation, "YES");
    REQUIRE(ff.saveFile(flagged[0].c_str(), EXS_LittleEndianExplicit).good());
  }
  io::DeidentifyOptions o;
  io::Pseudonymizer names("b");
  const io::DeidentifyReport r = io::deidentifyFolder(in.path(), out.path(), o, names);
  CHECK(r.written == 1);
  REQUIRE(r.review.size() == 2);
  CHECK(r.review[0].find("Burned In Annotation is YES") != std::string::npos);
  CHECK(r.review[1].find("/sc/") != std::string::npos);
  CHECK(r.review[1].find("Burned In Annotation is not NO") != std::string::npos);
  CHECK_THROWS_AS(io::deidentifyFile(flagged[0], out.file("x.dcm"), o, names), io::BurnedInText);
  // Accepted explicitly: exported, and listed as warnings.
  o.acceptBurnedIn = true;
  const io::DeidentifyReport r2 = io::deidentifyFolder(in.path(), out2.path(), o, names);
  CHECK(r2.written == 3);
  CHECK(r2.review.empty());
  CHECK(r2.warnings.size() == 2);
}

TEST_CASE("exported files give dciodvfy no new errors") {
  if (!std::filesystem::exists("/usr/bin/dciodvfy"))
    OSTEON_SKIP("dciodvfy (Debian package dicom3tools) is not installed");
  test::TempDir in, out;
  image::Image vol(image::PixelType::Int16, {32, 24, 2});
  for (std::size_t i = 0; i < vol.voxelCount(); ++i)
    vol.data<std::int16_t>()[i] = static_cast<std::int16_t>(i % 500);
  io::DicomWriteInfo mr;
  mr.patientName = "DOE^JANE";
  mr.seriesDescription = "Sagittal T2";
  const auto mrFiles = io::writeDicomSeries(vol, in.file("mr"), mr);
  io::DicomWriteInfo dx;
  dx.modality = "DX";
  dx.imagerPixelSpacing = true;
  dx.writeGeometry = false;
  image::Image xr(image::PixelType::UInt16, {40, 60, 1});
  const auto dxFiles = io::writeDicomSeries(xr, in.file("dx"), dx);
  for (const auto& f : {mrFiles[0], dxFiles[0]}) {
    DcmFileFormat ff;
    REQUIRE(ff.loadFile(f.c_str()).good());
    DcmDataset* ds = ff.getDataset();
    ds->putAndInsertString(DCM_InstitutionName, "General Hospital");
    ds->putAndInsertString(DCM_ReferringPhysicianName, "WHO^DR");
    ds->putAndInsertString(DCM_DeviceSerialNumber, "SN123");
    ds->putAndInsertString(DCM_OperatorsName, "TECH^A");
    ds->putAndInsertString(DCM_AccessionNumber, "ACC1");
    ds->putAndInsertString(DCM_ContentDate, "20240101");
    ds->putAndInsertString(DCM_ContentTime, "101010");
    REQUIRE(ff.saveFile(f.c_str(), EXS_LittleEndianExplicit).good());
  }
  // dciodvfy writes its findings to stderr: "Error - ..." and "Warning - ..." lines.
  auto errors = [](const std::string& f) {
    const auto r = test::runCommand("dciodvfy " + test::shellQuote(f) + " 2>&1");
    std::set<std::string> e;
    std::stringstream ss(r.output);
    std::string line;
    while (std::getline(ss, line))
      if (line.rfind("Error", 0) == 0) e.insert(line);
    return e;
  };
  for (const std::set<io::DeidOption>& options :
       {std::set<io::DeidOption>{},
        std::set<io::DeidOption>{io::DeidOption::RetainLongitudinalModifiedDates,
                                 io::DeidOption::CleanDescriptors,
                                 io::DeidOption::RetainPatientCharacteristics}}) {
    for (const auto& f : {mrFiles[0], dxFiles[0]}) {
      io::DeidentifyOptions o;
      o.options = options;
      io::Pseudonymizer names("v");
      const std::string dst =
          out.file(std::to_string(options.size()) + "-" +
                   std::filesystem::path(f).parent_path().filename().string() + ".dcm");
      io::deidentifyFile(f, dst, o, names);
      const auto before = errors(f), after = errors(dst);
      INFO(f << " -> " << dst);
      for (const std::string& e : after) {
        INFO(e);
        CHECK(before.count(e) == 1);
      }
    }
  }
}

TEST_CASE("bad input and options give clear errors") {
  test::TempDir dir;
  io::Pseudonymizer names("x");
  io::DeidentifyOptions o;
  { std::ofstream(dir.file("bad.dcm")) << "DICM but not really"; }
  CHECK_THROWS_WITH(io::deidentifyFile(dir.file("bad.dcm"), dir.file("o.dcm"), o, names),
                    Catch::Contains("cannot read"));
  CHECK_THROWS_WITH(io::deidOptionFromName("retain-everything"),
                    Catch::Contains("unknown de-identification option"));
  CHECK(io::deidOptionFromName("clean-descriptors") == io::DeidOption::CleanDescriptors);
  CHECK_THROWS_AS(io::deidentifyFolder(dir.file("absent"), dir.file("out"), o, names), Error);
}
