#include "core/io/deidentify.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvr.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <random>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "core/base/error.h"
#include "core/io/dicom_scan.h"
#include "core/io/dicom_writer.h"
#include "core/io/itk_bridge.h"

namespace osteon::io {

// The text of core/io/deid/ps3_15_table_e1_1.tsv, compiled in by CMake (deid_table.cpp.in).
extern const char* const kDeidTableE11;

namespace fs = std::filesystem;

// --- options ------------------------------------------------------------------------------

namespace {

struct OptionInfo {
  DeidOption option;
  const char* name;
  const char* title;
  const char* code;
  int column;  // column of the option in the table (0 = tag)
};

const OptionInfo kOptions[] = {
    {DeidOption::RetainUids, "retain-uids", "Retain UIDs Option", "113110", 4},
    {DeidOption::RetainDeviceIdentity, "retain-device-identity", "Retain Device Identity Option",
     "113109", 5},
    {DeidOption::RetainInstitutionIdentity, "retain-institution-identity",
     "Retain Institution Identity Option", "113112", 6},
    {DeidOption::RetainPatientCharacteristics, "retain-patient-characteristics",
     "Retain Patient Characteristics Option", "113108", 7},
    {DeidOption::RetainLongitudinalFullDates, "retain-dates",
     "Retain Longitudinal Temporal Information Full Dates Option", "113106", 8},
    {DeidOption::RetainLongitudinalModifiedDates, "retain-modified-dates",
     "Retain Longitudinal Temporal Information Modified Dates Option", "113107", 9},
    {DeidOption::CleanDescriptors, "clean-descriptors", "Clean Descriptors Option", "113105", 10},
};

const OptionInfo& info(DeidOption o) {
  for (const OptionInfo& i : kOptions)
    if (i.option == o) return i;
  throw Error("unknown de-identification option");
}

}  // namespace

std::vector<DeidOption> allDeidOptions() {
  std::vector<DeidOption> v;
  for (const OptionInfo& i : kOptions)
    v.push_back(i.option);
  return v;
}
const char* deidOptionName(DeidOption o) {
  return info(o).name;
}
const char* deidOptionTitle(DeidOption o) {
  return info(o).title;
}
const char* deidOptionCode(DeidOption o) {
  return info(o).code;
}

DeidOption deidOptionFromName(const std::string& name) {
  std::string known;
  for (const OptionInfo& i : kOptions) {
    if (name == i.name) return i.option;
    known += std::string(known.empty() ? "" : ", ") + i.name;
  }
  throw Error("unknown de-identification option '" + name + "' (options: " + known + ")");
}

// --- the table ----------------------------------------------------------------------------

namespace {

struct Row {
  std::uint16_t group = 0, element = 0;
  std::uint16_t groupMask = 0xFFFF, elementMask = 0xFFFF;  // 0 bits: 'x' digits of the tag
  std::string name;
  std::string basic;
  std::string option[11];  // by table column (4..10 used)
};

bool parseTagPattern(const std::string& s, Row& r) {
  // "(GGGG,EEEE)" with hex digits or 'x'.
  if (s.size() != 11 || s[0] != '(' || s[5] != ',' || s[10] != ')') return false;
  auto field = [](const std::string& hex, std::uint16_t& value, std::uint16_t& mask) {
    value = 0;
    mask = 0;
    for (char c : hex) {
      value = static_cast<std::uint16_t>(value << 4);
      mask = static_cast<std::uint16_t>(mask << 4);
      if (c == 'x' || c == 'X') continue;
      if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
      value |= static_cast<std::uint16_t>(std::stoi(std::string(1, c), nullptr, 16));
      mask |= 0xF;
    }
    return true;
  };
  return field(s.substr(1, 4), r.group, r.groupMask) &&
         field(s.substr(6, 4), r.element, r.elementMask);
}

struct Table {
  std::vector<Row> rows;
  std::unordered_map<std::uint32_t, const Row*> exact;  // (group << 16 | element) -> row
  std::vector<const Row*> wildcards;                    // (50xx,xxxx), (60xx,3000), ...
};

const Table& table() {
  static const Table t = [] {
    Table out;
    std::istringstream in(kDeidTableE11);
    std::string line;
    bool header = false;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cells;
      std::string cell;
      std::istringstream ls(line);
      while (std::getline(ls, cell, '\t'))
        cells.push_back(cell);
      if (!header) {  // the column names
        header = true;
        continue;
      }
      Row r;
      if (cells.size() < 3 || !parseTagPattern(cells[0], r)) continue;  // the private row
      r.name = cells[1];
      r.basic = cells[2];
      for (std::size_t c = 3; c < cells.size() && c < 11; ++c)
        r.option[c] = cells[c];
      out.rows.push_back(std::move(r));
    }
    // Looked up once per element of every file: a hash for the plain tags.
    for (const Row& r : out.rows) {
      if (r.groupMask == 0xFFFF && r.elementMask == 0xFFFF)
        out.exact.emplace((std::uint32_t(r.group) << 16) | r.element, &r);
      else
        out.wildcards.push_back(&r);
    }
    return out;
  }();
  return t;
}

const Row* findRow(std::uint16_t g, std::uint16_t e) {
  const Table& t = table();
  const auto it = t.exact.find((std::uint32_t(g) << 16) | e);
  if (it != t.exact.end()) return it->second;
  for (const Row* r : t.wildcards)
    if ((g & r->groupMask) == r->group && (e & r->elementMask) == r->element) return r;
  return nullptr;
}

// The action under the options: an option's cell replaces the basic action; when several
// selected options speak, keeping wins over cleaning.
std::string actionOf(const Row& r, const std::set<DeidOption>& options) {
  std::string a = r.basic;
  bool keep = false;
  for (DeidOption o : options) {
    const std::string& cell = r.option[info(o).column];
    if (cell.empty() || keep) continue;
    a = cell;
    keep = cell == "K";
  }
  return a;
}

bool isOverlayOrCurveGroup(std::uint16_t g) {
  return (g & 0xFF01) == 0x6000 || (g & 0xFF01) == 0x5000;
}

}  // namespace

std::string deidAction(std::uint16_t group, std::uint16_t element,
                       const std::set<DeidOption>& options) {
  if (group & 1) return "X";  // private attributes (Retain Safe Private is not offered)
  const Row* r = findRow(group, element);
  if (r) return actionOf(*r, options);
  if (isOverlayOrCurveGroup(group)) return "X";  // the rest of a removed overlay or curve
  return "";
}

std::size_t deidTableSize() {
  return table().rows.size();
}

// --- pseudonyms ---------------------------------------------------------------------------

namespace {

std::uint64_t fnv1a(const std::string& s, std::uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s)
    h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string randomSalt() {
  std::random_device rd;
  std::ostringstream s;
  for (int i = 0; i < 4; ++i)
    s << std::hex << rd();
  return s.str();
}

}  // namespace

Pseudonymizer::Pseudonymizer(std::string salt)
    : salt_(salt.empty() ? randomSalt() : std::move(salt)) {}

std::string Pseudonymizer::uid(const std::string& original) {
  if (original.empty()) return original;
  auto it = uids_.find(original);
  if (it != uids_.end()) return it->second;
  const std::string out = makeUid(salt_ + "|uid|" + original);
  uids_.emplace(original, out);
  return out;
}

std::string Pseudonymizer::id(const std::string& original) {
  auto it = ids_.find(original);
  if (it != ids_.end()) return it->second;
  std::uint64_t h = fnv1a(salt_ + "|id|" + original);
  std::string out;
  do {
    out = std::to_string(1000000000ull + h % 9000000000ull);
    h = fnv1a(out, h);  // a collision (two originals, one pseudonym) takes the next number
  } while (usedIds_.count(out));
  usedIds_.insert(out);
  ids_.emplace(original, out);
  return out;
}

int Pseudonymizer::dateShiftDays(const std::string& patientKey) const {
  return -static_cast<int>(365 + fnv1a(salt_ + "|date|" + patientKey) % 3288);
}

// --- burned-in text -----------------------------------------------------------------------

std::string burnedInReason(const std::string& modality, const std::string& sopClassUid,
                           const std::string& burnedIn) {
  if (burnedIn == "YES") return "Burned In Annotation is YES: the pixels show identifying text";
  if (burnedIn == "NO") return "";
  static const char* kBurnIn[] = {"US", "ES", "XC", "OT", "GM", "SM", "IVUS"};
  for (const char* m : kBurnIn)
    if (modality == m)
      return "modality " + modality +
             " often has text burned into the pixels and Burned In Annotation is not NO";
  // Secondary Capture image storage (single and multi-frame): screenshots, scanned documents.
  if (sopClassUid.rfind("1.2.840.10008.5.1.4.1.1.7", 0) == 0)
    return "a Secondary Capture image (often a screenshot) and Burned In Annotation is not NO";
  return "";
}

// --- the profile --------------------------------------------------------------------------

namespace {

struct Context {
  const DeidentifyOptions& o;
  Pseudonymizer& names;
  int shiftDays = 0;
  std::vector<std::string> identifiers;  // values of the file to scrub out of free text
};

std::string upper(std::string s) {
  for (char& c : s)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Clean Descriptors: free text keeps its words but loses every identifier the file holds
// (names, IDs, accession number, institution, ...), dates and runs of 5 or more digits.
std::string scrub(const std::string& text, const std::vector<std::string>& identifiers) {
  std::string out = text;
  std::string up = upper(out);
  for (const std::string& id : identifiers) {
    if (id.size() < 2) continue;
    for (std::size_t at = up.find(id); at != std::string::npos; at = up.find(id, at)) {
      out.replace(at, id.size(), std::string(id.size(), '*'));
      up.replace(at, id.size(), std::string(id.size(), '*'));
    }
  }
  std::string res;
  for (std::size_t i = 0; i < out.size();) {
    std::size_t j = i;
    while (j < out.size() &&
           (std::isdigit(static_cast<unsigned char>(out[j])) ||
            ((out[j] == '-' || out[j] == '/' || out[j] == '.') && j > i && j + 1 < out.size() &&
             std::isdigit(static_cast<unsigned char>(out[j + 1])))))
      ++j;
    int digits = 0;
    for (std::size_t k = i; k < j; ++k)
      digits += std::isdigit(static_cast<unsigned char>(out[k])) ? 1 : 0;
    if (j > i && digits >= 5) {
      res += std::string(j - i, '*');
      i = j;
    } else if (j > i) {
      res += out.substr(i, j - i);
      i = j;
    } else {
      res += out[i++];
    }
  }
  return res;
}

// Shifts a DA (YYYYMMDD) or the date part of a DT by `days`; other text is returned unchanged.
std::string shiftDate(const std::string& v, int days) {
  if (v.size() < 8) return v;
  for (int i = 0; i < 8; ++i)
    if (!std::isdigit(static_cast<unsigned char>(v[static_cast<std::size_t>(i)]))) return v;
  std::tm tm{};
  tm.tm_year = std::stoi(v.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(v.substr(4, 2)) - 1;
  tm.tm_mday = std::stoi(v.substr(6, 2)) + days;
  tm.tm_hour = 12;
  const std::time_t t = timegm(&tm);
  std::tm out{};
  gmtime_r(&t, &out);
  char b[40];
  std::snprintf(b, sizeof b, "%04d%02d%02d", out.tm_year + 1900, out.tm_mon + 1, out.tm_mday);
  return std::string(b) + v.substr(8);
}

std::string dummyFor(DcmEVR vr) {
  switch (vr) {
    case EVR_DA:
      return "19000101";
    case EVR_TM:
      return "000000";
    case EVR_DT:
      return "19000101000000";
    case EVR_AS:
      return "000Y";
    case EVR_IS:
    case EVR_DS:
    case EVR_US:
    case EVR_SS:
    case EVR_UL:
    case EVR_SL:
    case EVR_FL:
    case EVR_FD:
    case EVR_UV:
    case EVR_SV:
      return "0";
    case EVR_AE:
    case EVR_CS:
    case EVR_SH:
      return "ANONYMIZED";
    default:
      return "ANONYMIZED";
  }
}

bool isText(DcmEVR vr) {
  return vr == EVR_LO || vr == EVR_LT || vr == EVR_SH || vr == EVR_ST || vr == EVR_UT ||
         vr == EVR_UC || vr == EVR_PN || vr == EVR_CS || vr == EVR_AE;
}

void cleanItem(DcmItem* item, Context& cx);

void cleanSequence(DcmElement* e, Context& cx) {
  auto* sq = static_cast<DcmSequenceOfItems*>(e);
  for (unsigned long j = 0; j < sq->card(); ++j)
    cleanItem(sq->getItem(j), cx);
}

void emptyElement(DcmElement* e) {
  if (e->ident() == EVR_SQ) {
    auto* sq = static_cast<DcmSequenceOfItems*>(e);
    while (sq->card() > 0)
      delete sq->remove(0UL);
    return;
  }
  e->putString("");
}

// Replaces every UID of a (possibly multi-valued) UI element.
void mapUids(DcmElement* e, Context& cx) {
  OFString all;
  if (e->getOFStringArray(all).bad() || all.empty()) return;
  std::string in = all.c_str(), out;
  std::size_t start = 0;
  while (true) {
    const std::size_t bs = in.find('\\', start);
    const std::string one = in.substr(start, bs == std::string::npos ? bs : bs - start);
    out += (out.empty() && start == 0 ? "" : "\\") + cx.names.uid(one);
    if (bs == std::string::npos) break;
    start = bs + 1;
  }
  e->putString(out.c_str());
}

void cleanItem(DcmItem* item, Context& cx) {
  // Decide first, then change: removing elements while walking the item would skip some.
  std::vector<DcmTagKey> remove;
  for (unsigned long i = 0; i < item->card(); ++i) {
    DcmElement* e = item->getElement(i);
    const DcmTagKey tag = e->getTag();
    const DcmEVR vr = e->ident();
    std::string a = deidAction(tag.getGroup(), tag.getElement(), cx.o.options);
    // Combined codes (the IOD type is not known here): the choice that keeps IODs conformant.
    if (a == "Z/D") a = "D";
    if (a == "X/Z" || a == "X/Z/D") a = "Z";
    if (a == "X/D") a = "X";
    if (a == "X/Z/U*") a = "U";
    if (a == "X") {
      remove.push_back(tag);
    } else if (a == "Z") {
      if (tag == DCM_PatientName)
        e->putString(cx.o.pseudonym.c_str());
      else
        emptyElement(e);
    } else if (a == "D") {
      if (vr == EVR_SQ) {
        cleanSequence(e, cx);
      } else if (tag == DCM_PatientID) {
        e->putString(cx.o.pseudonym.c_str());
      } else if (vr == EVR_UI) {
        mapUids(e, cx);
      } else if (e->putString(dummyFor(vr).c_str()).bad()) {
        remove.push_back(tag);  // binary VRs cannot take a dummy text: remove
      }
    } else if (a == "U") {
      if (vr == EVR_SQ)
        cleanSequence(e, cx);
      else if (vr == EVR_UI)
        mapUids(e, cx);
      else
        remove.push_back(tag);
    } else if (a == "C") {
      if (vr == EVR_SQ) {
        cleanSequence(e, cx);
      } else if (vr == EVR_DA || vr == EVR_DT) {
        OFString v;
        if (e->getOFStringArray(v).good() && !v.empty())
          e->putString(shiftDate(v.c_str(), cx.shiftDays).c_str());
      } else if (vr == EVR_AE) {
        OFString v;
        if (e->getOFStringArray(v).good() && !v.empty())
          e->putString(("AE" + cx.names.id(v.c_str()).substr(0, 8)).c_str());
      } else if (vr == EVR_PN) {
        // A person's name has no clean form that keeps its meaning: it becomes a dummy.
        OFString v;
        if (e->getOFStringArray(v).good() && !v.empty()) e->putString("ANONYMIZED");
      } else if (isText(vr)) {
        OFString v;
        if (e->getOFStringArray(v).good() && !v.empty())
          e->putString(scrub(v.c_str(), cx.identifiers).c_str());
      }
      // TM and numbers keep their value (times of day are not shifted).
    } else {  // K, or not listed: kept; sequences are cleaned inside
      if (vr == EVR_SQ) cleanSequence(e, cx);
    }
  }
  for (const DcmTagKey& k : remove)
    item->findAndDeleteElement(k);
}

// Values of the file that identify someone, upper-cased, to scrub out of kept free text.
std::vector<std::string> identifiersOf(DcmItem* ds) {
  std::vector<std::string> ids;
  const DcmTagKey keys[] = {DCM_PatientName,
                            DCM_PatientID,
                            DCM_OtherPatientNames,
                            DCM_RETIRED_OtherPatientIDs,
                            DCM_PatientBirthName,
                            DCM_PatientMotherBirthName,
                            DCM_AccessionNumber,
                            DCM_StudyID,
                            DCM_PatientBirthDate,
                            DCM_InstitutionName,
                            DCM_InstitutionAddress,
                            DCM_InstitutionalDepartmentName,
                            DCM_ReferringPhysicianName,
                            DCM_PerformingPhysicianName,
                            DCM_NameOfPhysiciansReadingStudy,
                            DCM_OperatorsName,
                            DCM_StationName,
                            DCM_DeviceSerialNumber,
                            DCM_PatientAddress,
                            DCM_PatientTelephoneNumbers};
  for (const DcmTagKey& k : keys) {
    OFString v;
    if (ds->findAndGetOFStringArray(k, v, OFTrue).bad() || v.empty()) continue;
    std::string s = upper(v.c_str());
    ids.push_back(s);
    // Parts of names and addresses: "DOE^JOHN" -> DOE, JOHN.
    std::string part;
    for (char c : s + "^") {
      if (c == '^' || c == ' ' || c == '\\' || c == ',') {
        if (part.size() >= 3) ids.push_back(part);
        part.clear();
      } else {
        part += c;
      }
    }
  }
  std::sort(ids.begin(), ids.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return ids;
}

std::string getString(DcmItem* ds, const DcmTagKey& k) {
  OFString v;
  return ds->findAndGetOFString(k, v).good() ? std::string(v.c_str()) : std::string();
}

}  // namespace

std::string deidentifyFile(const std::string& in, const std::string& out,
                           const DeidentifyOptions& o, Pseudonymizer& names) {
  detail::initDcmtk();
  DcmFileFormat ff;
  OFCondition st = ff.loadFile(in.c_str());
  if (st.bad()) throw Error(fileError(in, std::string("cannot read: ") + st.text()));
  DcmDataset* ds = ff.getDataset();
  const E_TransferSyntax xfer = ds->getOriginalXfer();
  const std::string reason =
      burnedInReason(getString(ds, DCM_Modality), getString(ds, DCM_SOPClassUID),
                     getString(ds, DCM_BurnedInAnnotation));
  if (!reason.empty() && !o.acceptBurnedIn) throw BurnedInText(fileError(in, reason));
  if (o.options.count(DeidOption::RetainLongitudinalFullDates) &&
      o.options.count(DeidOption::RetainLongitudinalModifiedDates))
    throw Error("choose one of the full-dates and modified-dates options, not both");

  Context cx{o, names, 0, {}};
  cx.identifiers = identifiersOf(ds);
  cx.shiftDays = names.dateShiftDays(getString(ds, DCM_IssuerOfPatientID) + "|" +
                                     getString(ds, DCM_PatientID));
  cleanItem(ds, cx);

  ds->putAndInsertString(DCM_PatientIdentityRemoved, "YES");
  std::string method = "DICOM PS3.15 Basic Application Level Confidentiality Profile";
  for (DeidOption opt : o.options)
    method += std::string(", ") + deidOptionTitle(opt);
  method += " (Osteon, PS3.15 2026d Table E.1-1)";
  ds->putAndInsertString(DCM_DeidentificationMethod, method.substr(0, 64).c_str());
  ds->findAndDeleteElement(DCM_DeidentificationMethodCodeSequence);
  auto addCode = [&](const char* value, const char* meaning, long at) {
    DcmItem* code = nullptr;
    if (ds->findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, at).good() &&
        code) {
      code->putAndInsertString(DCM_CodeValue, value);
      code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
      code->putAndInsertString(DCM_CodeMeaning, meaning);
    }
  };
  addCode("113100", "Basic Application Confidentiality Profile", 0);
  long at = 1;
  for (DeidOption opt : o.options)
    addCode(deidOptionCode(opt), deidOptionTitle(opt), at++);
  ds->putAndInsertString(
      DCM_LongitudinalTemporalInformationModified,
      o.options.count(DeidOption::RetainLongitudinalFullDates)
          ? "UNMODIFIED"
          : (o.options.count(DeidOption::RetainLongitudinalModifiedDates) ? "MODIFIED"
                                                                          : "REMOVED"));

  DcmMetaInfo* meta = ff.getMetaInfo();
  if (meta) {
    meta->putAndInsertString(DCM_MediaStorageSOPInstanceUID,
                             getString(ds, DCM_SOPInstanceUID).c_str());
    meta->findAndDeleteElement(DCM_SourceApplicationEntityTitle);
    meta->findAndDeleteElement(DCM_SendingApplicationEntityTitle);
    meta->findAndDeleteElement(DCM_ReceivingApplicationEntityTitle);
    meta->findAndDeleteElement(DCM_PrivateInformationCreatorUID);
    meta->findAndDeleteElement(DCM_PrivateInformation);
  }
  std::error_code ec;
  fs::create_directories(fs::path(out).parent_path(), ec);
  st = ff.saveFile(out.c_str(), xfer == EXS_Unknown ? EXS_LittleEndianExplicit : xfer);
  if (st.bad()) throw Error(fileError(out, std::string("cannot write: ") + st.text()));
  return reason;
}

namespace {

bool plainInstanceNumber(const std::string& stem) {
  return !stem.empty() && stem.size() <= 6 && std::all_of(stem.begin(), stem.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

fs::path pseudonymPath(const fs::path& rel, Pseudonymizer& names) {
  fs::path out;
  std::vector<fs::path> parts(rel.begin(), rel.end());
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string part = parts[i].string();
    if (i + 1 < parts.size()) {
      out /= names.id(part);
      continue;
    }
    const std::string stem = parts[i].stem().string(), ext = parts[i].extension().string();
    if (plainInstanceNumber(stem) && (ext.empty() || ext == ".dcm" || ext == ".DCM"))
      out /= part;
    else
      out /= names.id(part) + ".dcm";
  }
  return out;
}

}  // namespace

DeidentifyReport deidentifyFolder(const std::string& inDir, const std::string& outDir,
                                  const DeidentifyOptions& o, Pseudonymizer& names,
                                  const Progress& progress) {
  DeidentifyReport report;
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator
           it(inDir, fs::directory_options::skip_permission_denied, ec),
       end;
       it != end; it.increment(ec)) {
    if (ec) break;
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec && files.empty()) throw Error(fileError(inDir, "cannot read the folder: " + ec.message()));
  std::sort(files.begin(), files.end());
  for (std::size_t i = 0; i < files.size(); ++i) {
    progress.throwIfCancelled();
    progress.report(
        static_cast<double>(i) / static_cast<double>(files.size()),
        "de-identifying " + std::to_string(i + 1) + " of " + std::to_string(files.size()));
    const std::string path = files[i].string();
    if (!looksLikeDicom(path)) continue;
    const fs::path rel = fs::relative(files[i], inDir);
    if (rel.filename() == "DICOMDIR") {
      report.warnings.push_back(fileError(
          path, "a DICOMDIR is not copied: its file names would be wrong (make a new one)"));
      continue;
    }
    const fs::path outRel = pseudonymPath(rel, names);
    try {
      const std::string why = deidentifyFile(path, (fs::path(outDir) / outRel).string(), o, names);
      ++report.written;
      report.paths[rel.string()] = outRel.string();
      if (!why.empty()) report.warnings.push_back(fileError(path, "exported although " + why));
    } catch (const BurnedInText& e) {
      report.review.push_back(e.what());
    } catch (const Error& e) {
      report.errors.push_back(e.what());
    }
  }
  progress.report(1.0, "de-identified " + std::to_string(report.written) + " file(s)");
  return report;
}

}  // namespace osteon::io
