// core/net against a real Orthanc on loopback (tests/support/orthanc_server.h): DCMTK-written
// phantom studies are stored with C-STORE, found with C-FIND by name, ID, date and modality,
// retrieved with C-GET and C-MOVE and compared file by file (SOP Instance UIDs, pixel data);
// error cases: wrong called AE title, nothing listening, a peer that never answers, an unknown
// C-MOVE destination, cancel in the middle of a retrieve.

#include <arpa/inet.h>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>

#include "core/net/pacs.h"
#include "core/phantom/lumbar_study.h"
#include "core/phantom/spine_xray.h"
#include "tests/support/orthanc_server.h"
#include "tests/support/test_support.h"

namespace fs = std::filesystem;
using namespace osteon;
using osteon::test::OrthancServer;

namespace {

struct DicomFacts {
  std::string studyUid, seriesUid, modality;
  std::vector<std::uint8_t> pixels;
};

DicomFacts readFacts(const std::string& path) {
  DcmFileFormat ff;
  REQUIRE(ff.loadFile(path.c_str()).good());
  DcmDataset* ds = ff.getDataset();
  DicomFacts f;
  OFString s;
  if (ds->findAndGetOFString(DCM_StudyInstanceUID, s).good()) f.studyUid = s.c_str();
  if (ds->findAndGetOFString(DCM_SeriesInstanceUID, s).good()) f.seriesUid = s.c_str();
  if (ds->findAndGetOFString(DCM_Modality, s).good()) f.modality = s.c_str();
  DcmElement* e = nullptr;
  REQUIRE(ds->findAndGetElement(DCM_PixelData, e).good());
  if (e->getVR() == EVR_OW) {
    Uint16* w = nullptr;
    REQUIRE(e->getUint16Array(w).good());
    const auto* b = reinterpret_cast<const std::uint8_t*>(w);
    f.pixels.assign(b, b + e->getLength());
  } else {
    Uint8* b = nullptr;
    REQUIRE(e->getUint8Array(b).good());
    f.pixels.assign(b, b + e->getLength());
  }
  return f;
}

std::string sopUid(const std::string& path) {
  DcmFileFormat ff;
  REQUIRE(ff.loadFile(path.c_str(), EXS_Unknown, EGL_noChange, 256).good());
  OFString s;
  ff.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, s);
  return s.c_str();
}

std::vector<std::string> dicomFilesUnder(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".dcm") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// The phantom studies, written once per process: a lumbar MR study (3 series, 82 images,
// PHANTOM^LUMBAR^1 / LUMBAR1, 2026-01-01) and a spine X-ray (DX, PHANTOM^SPINE^1 / SPINE1),
// re-dated 2024-06-15 here so that date ranges separate the two studies.
struct Phantoms {
  test::TempDir dir;
  std::string lumbarDir, xrayFile;
  std::map<std::string, std::string> lumbarBySop;  // SOP Instance UID -> file
  std::string lumbarStudyUid, xrayStudyUid;
  Phantoms() {
    phantom::LumbarOptions lo;
    lo.seed = 1;
    phantom::writeLumbarDataset(dir.file("lumbar"), lo, 1);
    lumbarDir = dir.file("lumbar/train_images");
    for (const std::string& f : dicomFilesUnder(lumbarDir))
      lumbarBySop[sopUid(f)] = f;
    lumbarStudyUid = readFacts(lumbarBySop.begin()->second).studyUid;
    phantom::SpineXrayOptions so;
    so.seed = 1;
    so.width = 200;
    so.height = 500;
    phantom::writeSpineXrayDataset(dir.file("xray"), so, 1);
    xrayFile = dicomFilesUnder(dir.file("xray/dicom")).front();
    DcmFileFormat ff;
    REQUIRE(ff.loadFile(xrayFile.c_str()).good());
    ff.getDataset()->putAndInsertString(DCM_StudyDate, "20240615");
    REQUIRE(ff.saveFile(xrayFile.c_str(), EXS_LittleEndianExplicit).good());
    xrayStudyUid = readFacts(xrayFile).studyUid;
  }
};

const Phantoms& phantoms() {
  static Phantoms p;
  return p;
}

net::Node nodeFor(const OrthancServer& o) {
  net::Node n;
  n.name = "test Orthanc";
  n.calledAeTitle = OrthancServer::kAet;
  n.callingAeTitle = OrthancServer::kOurAet;
  n.host = "127.0.0.1";
  n.port = o.dicomPort();
  n.moveStoragePort = o.movePort();
  n.connectTimeoutS = 5;
  n.acseTimeoutS = 5;
  n.dimseTimeoutS = 20;
  return n;
}

std::unique_ptr<OrthancServer> startOrthanc() {
  if (test::orthancBinary().empty()) return nullptr;
  return std::make_unique<OrthancServer>();
}

void storePhantoms(const net::Node& node) {
  const auto& p = phantoms();
  const auto r = net::store(node, {p.lumbarDir, p.xrayFile});
  INFO("failures: " << (r.failures.empty() ? "" : r.failures.front()));
  REQUIRE(r.failed == 0);
  REQUIRE(r.sent == static_cast<int>(p.lumbarBySop.size()) + 1);
}

// Files retrieved: the study's images, each with its SOP Instance UID and pixel data identical
// to what was stored.
void checkRetrievedLumbar(const net::RetrieveResult& r, const std::string& outDir) {
  const auto& p = phantoms();
  CHECK(r.completed == static_cast<int>(p.lumbarBySop.size()));
  CHECK(r.failed == 0);
  const auto files = dicomFilesUnder(outDir);
  REQUIRE(files.size() == p.lumbarBySop.size());
  REQUIRE(r.files.size() == files.size());
  std::set<std::string> seen;
  for (const std::string& f : files) {
    const std::string sop = sopUid(f);
    INFO(f);
    REQUIRE(p.lumbarBySop.count(sop) == 1);
    CHECK(seen.insert(sop).second);
    const DicomFacts got = readFacts(f), want = readFacts(p.lumbarBySop.at(sop));
    CHECK(got.studyUid == p.lumbarStudyUid);
    CHECK(got.seriesUid == want.seriesUid);
    CHECK(fs::path(f).filename().string() == sop + ".dcm");
    CHECK(fs::path(f).parent_path().filename().string() == want.seriesUid);
    CHECK(got.pixels.size() == want.pixels.size());
    CHECK(got.pixels == want.pixels);
  }
}

double secondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST_CASE("PACS: C-ECHO, C-STORE and C-FIND by name, ID, date range and modality on Orthanc",
          "[pacs]") {
  auto orthanc = startOrthanc();
  if (!orthanc) OSTEON_SKIP("Orthanc is not installed (Debian package orthanc)");
  const net::Node node = nodeFor(*orthanc);
  CHECK(net::echo(node) > 0);
  storePhantoms(node);
  const auto& p = phantoms();

  net::Query q;
  q.patientName = "PHANTOM^LUMBAR*";
  const auto t0 = std::chrono::steady_clock::now();
  auto r = net::find(node, q);
  WARN("C-FIND (study level, one match): " << secondsSince(t0) << " s");
  REQUIRE(r.size() == 1);
  CHECK(r[0].studyInstanceUid == p.lumbarStudyUid);
  CHECK(r[0].patientName == "PHANTOM^LUMBAR^1");
  CHECK(r[0].patientId == "LUMBAR1");
  CHECK(r[0].studyDate == "20260101");
  CHECK(r[0].modalitiesInStudy == "MR");
  CHECK(r[0].numberOfSeries == 3);
  CHECK(r[0].numberOfInstances == static_cast<int>(p.lumbarBySop.size()));

  q = {};
  q.patientName = "PHANTOM*";
  r = net::find(node, q);
  CHECK(r.size() == 2);

  q = {};
  q.patientId = "SPINE1";
  r = net::find(node, q);
  REQUIRE(r.size() == 1);
  CHECK(r[0].studyInstanceUid == p.xrayStudyUid);
  CHECK(r[0].studyDate == "20240615");

  q = {};
  q.dateFrom = "20240101";
  q.dateTo = "20241231";
  r = net::find(node, q);
  REQUIRE(r.size() == 1);
  CHECK(r[0].studyInstanceUid == p.xrayStudyUid);
  q.dateFrom = "20250101";
  q.dateTo = "";
  r = net::find(node, q);
  REQUIRE(r.size() == 1);
  CHECK(r[0].studyInstanceUid == p.lumbarStudyUid);
  q.dateFrom = "20270101";
  CHECK(net::find(node, q).empty());

  q = {};
  q.modality = "DX";
  r = net::find(node, q);
  REQUIRE(r.size() == 1);
  CHECK(r[0].studyInstanceUid == p.xrayStudyUid);
  q.modality = "MR";
  r = net::find(node, q);
  REQUIRE(r.size() == 1);
  CHECK(r[0].studyInstanceUid == p.lumbarStudyUid);
  q.modality = "CT";
  CHECK(net::find(node, q).empty());

  // Patient level (Patient Root) and series level (Study Root).
  q = {};
  q.level = net::Level::Patient;
  q.patientName = "PHANTOM*";
  r = net::find(node, q);
  REQUIRE(r.size() == 2);
  std::set<std::string> ids{r[0].patientId, r[1].patientId};
  CHECK(ids == std::set<std::string>{"LUMBAR1", "SPINE1"});

  q = {};
  q.level = net::Level::Series;
  q.studyInstanceUid = p.lumbarStudyUid;
  r = net::find(node, q);
  REQUIRE(r.size() == 3);
  int instances = 0;
  std::set<std::string> descriptions;
  for (const auto& s : r) {
    CHECK(s.modality == "MR");
    CHECK(s.studyInstanceUid == p.lumbarStudyUid);
    instances += s.numberOfInstances;
    descriptions.insert(s.seriesDescription);
  }
  CHECK(instances == static_cast<int>(p.lumbarBySop.size()));
  CHECK(descriptions.count("Axial T2") == 1);

  // Bad query input is refused before anything is sent.
  q = {};
  q.dateFrom = "20260132";
  CHECK_THROWS_WITH(net::find(node, q), Catch::Contains("invalid date '20260132'"));
  q = {};
  q.level = net::Level::Series;
  CHECK_THROWS_WITH(net::find(node, q), Catch::Contains("needs the Study Instance UID"));
}

TEST_CASE("PACS: C-GET retrieves the phantom study from Orthanc, files equal to the originals",
          "[pacs]") {
  auto orthanc = startOrthanc();
  if (!orthanc) OSTEON_SKIP("Orthanc is not installed (Debian package orthanc)");
  const net::Node node = nodeFor(*orthanc);
  storePhantoms(node);
  test::TempDir out;
  std::vector<double> fractions;
  Progress progress([&](double f, const std::string&) { fractions.push_back(f); });
  const auto t0 = std::chrono::steady_clock::now();
  const auto r = net::get(node, {phantoms().lumbarStudyUid, ""}, out.path(), progress);
  WARN("C-GET of " << r.files.size() << " images: " << secondsSince(t0) << " s");
  checkRetrievedLumbar(r, out.path());
  REQUIRE(fractions.size() >= 2);
  CHECK(fractions.back() == 1.0);
  CHECK(std::is_sorted(fractions.begin(), fractions.end()));

  // One series only.
  test::TempDir one;
  net::Query q;
  q.level = net::Level::Series;
  q.studyInstanceUid = phantoms().lumbarStudyUid;
  const auto series = net::find(node, q);
  REQUIRE(!series.empty());
  const auto rs = net::get(node, {q.studyInstanceUid, series[0].seriesInstanceUid}, one.path());
  CHECK(static_cast<int>(rs.files.size()) == series[0].numberOfInstances);
  for (const auto& f : rs.files)
    CHECK(readFacts(f).seriesUid == series[0].seriesInstanceUid);
}

TEST_CASE("PACS: C-MOVE to Osteon's storage SCP retrieves the phantom study from Orthanc",
          "[pacs]") {
  auto orthanc = startOrthanc();
  if (!orthanc) OSTEON_SKIP("Orthanc is not installed (Debian package orthanc)");
  const net::Node node = nodeFor(*orthanc);
  storePhantoms(node);
  test::TempDir out;
  std::vector<double> fractions;
  Progress progress([&](double f, const std::string&) { fractions.push_back(f); });
  const auto t0 = std::chrono::steady_clock::now();
  const auto r = net::move(node, {phantoms().lumbarStudyUid, ""}, out.path(), progress);
  WARN("C-MOVE of " << r.files.size() << " images: " << secondsSince(t0) << " s");
  checkRetrievedLumbar(r, out.path());
  CHECK(fractions.back() == 1.0);

  // The storage SCP is gone after the call: the port can be opened again at once.
  test::TempDir again;
  const auto r2 = net::move(node, {phantoms().xrayStudyUid, ""}, again.path());
  REQUIRE(r2.files.size() == 1);
  CHECK(readFacts(r2.files[0]).pixels == readFacts(phantoms().xrayFile).pixels);

  // Orthanc does not know this AE title as a destination.
  net::Node stranger = node;
  stranger.callingAeTitle = "STRANGER";
  test::TempDir none;
  CHECK_THROWS_AS(net::move(stranger, {phantoms().lumbarStudyUid, ""}, none.path()), Error);
  CHECK(dicomFilesUnder(none.path()).empty());
}

TEST_CASE("PACS: wrong called AE title gives the rejection reason", "[pacs]") {
  auto orthanc = startOrthanc();
  if (!orthanc) OSTEON_SKIP("Orthanc is not installed (Debian package orthanc)");
  net::Node node = nodeFor(*orthanc);
  node.name = "";
  node.calledAeTitle = "XYZ";
  const std::string want =
      "association rejected by XYZ@127.0.0.1:" + std::to_string(orthanc->dicomPort()) +
      ": called AE title 'XYZ' not recognised";
  CHECK_THROWS_WITH(net::echo(node), want);
  CHECK_THROWS_WITH(net::find(node, net::Query{}), want);
  test::TempDir out;
  CHECK_THROWS_WITH(net::get(node, {"1.2.3", ""}, out.path()), want);
  // The right title works on the same server.
  node.calledAeTitle = OrthancServer::kAet;
  CHECK(net::echo(node) > 0);
}

TEST_CASE("PACS: nothing listening, a peer that never answers, bad node settings", "[pacs]") {
  net::Node node;
  node.host = "127.0.0.1";
  node.port = test::freeTcpPort();
  node.connectTimeoutS = 3;
  node.acseTimeoutS = 2;
  auto t0 = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH(net::echo(node), Catch::Contains("cannot connect to ORTHANC@127.0.0.1:" +
                                                     std::to_string(node.port)) &&
                                         Catch::Contains("connection refused"));
  CHECK(secondsSince(t0) < 10);  // a hang check, not a benchmark

  // A socket that accepts TCP connections (the kernel does) but never speaks DICOM.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  REQUIRE(listen(fd, 4) == 0);
  REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
  node.port = ntohs(addr.sin_port);
  t0 = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH(net::echo(node), Catch::Contains("no answer from ORTHANC@127.0.0.1:" +
                                                     std::to_string(node.port)) &&
                                         Catch::Contains("within 2 s"));
  const double waited = secondsSince(t0);
  CHECK(waited >= 1.5);
  CHECK(waited < 15);
  close(fd);

  net::Node bad;
  bad.calledAeTitle = "A_TITLE_LONGER_THAN_16";
  CHECK_THROWS_WITH(net::echo(bad), Catch::Contains("longer than 16 characters"));
  bad = {};
  bad.port = 70000;
  CHECK_THROWS_WITH(net::echo(bad), Catch::Contains("outside 1..65535"));
  bad = {};
  bad.dimseTimeoutS = 0;
  CHECK_THROWS_WITH(net::echo(bad), Catch::Contains("at least 1 s"));
  bad = {};
  bad.moveStoragePort = 0;
  test::TempDir out;
  CHECK_THROWS_WITH(net::move(bad, {"1.2.3", ""}, out.path()), Catch::Contains("local port"));

  // Node files.
  const net::Node n = net::nodeFromJson(
      R"({"name":"ward","aet":"PACS1","host":"pacs.local","port":104,"our_aet":"OST","move_port":11113})");
  CHECK(n.calledAeTitle == "PACS1");
  CHECK(n.port == 104);
  CHECK(n.moveStoragePort == 11113);
  CHECK(n.dimseTimeoutS == 30);
  CHECK(net::nodeFromJson(net::nodeToJson(n)).host == "pacs.local");
  CHECK_THROWS_WITH(net::nodeFromJson("{\"port\": \"abc\"}"), Catch::Contains("wrong type"));
  CHECK_THROWS_WITH(net::nodeFromJson("{oops"), Catch::Contains("not valid JSON"));
}

TEST_CASE("PACS: cancel in the middle of C-GET and C-MOVE stops the retrieve", "[pacs]") {
  auto orthanc = startOrthanc();
  if (!orthanc) OSTEON_SKIP("Orthanc is not installed (Debian package orthanc)");
  const net::Node node = nodeFor(*orthanc);
  storePhantoms(node);
  const int total = static_cast<int>(phantoms().lumbarBySop.size());
  for (const bool useMove : {false, true}) {
    INFO((useMove ? "C-MOVE" : "C-GET"));
    test::TempDir out;
    std::atomic<bool> cancel{false};
    int reports = 0;
    Progress progress(
        [&](double, const std::string& what) {
          if (what.find("images") != std::string::npos && ++reports == 5) cancel = true;
        },
        &cancel);
    const auto t0 = std::chrono::steady_clock::now();
    if (useMove)
      CHECK_THROWS_AS(net::move(node, {phantoms().lumbarStudyUid, ""}, out.path(), progress),
                      Cancelled);
    else
      CHECK_THROWS_AS(net::get(node, {phantoms().lumbarStudyUid, ""}, out.path(), progress),
                      Cancelled);
    CHECK(secondsSince(t0) < 30);  // a hang check
    const auto files = dicomFilesUnder(out.path());
    CHECK(files.size() >= 1);
    CHECK(static_cast<int>(files.size()) < total);
    // Orthanc is still fine afterwards.
    CHECK(net::echo(node) > 0);
  }
}
