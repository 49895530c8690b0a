// osteon-cli anonymize end to end: an RSNA phantom dataset, a single file, options, refusals and
// the errors users see.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "tests/support/test_support.h"

using osteon::test::runCommand;
using osteon::test::shellQuote;

namespace {

std::string cli(const std::string& args) {
  return shellQuote(OSTEON_CLI) + " " + args;
}

std::string firstLine(const std::string& path) {
  std::ifstream in(path);
  std::string header, row;
  std::getline(in, header);
  std::getline(in, row);
  return row;
}

std::string attribute(const std::string& path, const DcmTagKey& key) {
  DcmFileFormat ff;
  REQUIRE(ff.loadFile(path.c_str()).good());
  OFString v;
  ff.getDataset()->findAndGetOFString(key, v);
  return v.c_str();
}

}  // namespace

TEST_CASE("anonymize copies an RSNA dataset under pseudonyms that the CSVs share") {
  osteon::test::TempDir dir;
  const std::string in = dir.file("in"), out = dir.file("out");
  REQUIRE(runCommand(cli("phantom --task lumbar --seed 4 "
                         "--out " +
                         shellQuote(in)))
              .status == 0);
  const std::string study =
      firstLine(in + "/train.csv").substr(0, firstLine(in + "/train.csv").find(','));
  auto r = runCommand(cli("anonymize " + shellQuote(in) + " " + shellQuote(out) +
                          " --option clean-descriptors --option retain-modified-dates --salt s"));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(r.output.find("and 3 CSV file(s)") != std::string::npos);
  CHECK(r.output.find("0 refused for review, 0 error(s)") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out + "/train_images/" + study));
  const std::string row = firstLine(out + "/train_label_coordinates.csv");
  const std::string pseudo = row.substr(0, row.find(','));
  CHECK(pseudo != study);
  CHECK(pseudo.size() == 10);
  const std::string series =
      row.substr(pseudo.size() + 1, row.find(',', pseudo.size() + 1) - pseudo.size() - 1);
  REQUIRE(std::filesystem::is_directory(out + "/train_images/" + pseudo + "/" + series));
  CHECK(firstLine(out + "/train.csv").rfind(pseudo + ",", 0) == 0);
  const std::string file = out + "/train_images/" + pseudo + "/" + series + "/1.dcm";
  CHECK(attribute(file, DCM_PatientName) == "ANONYMOUS");
  CHECK(attribute(file, DCM_PatientIdentityRemoved) == "YES");
  CHECK(attribute(file, DCM_LongitudinalTemporalInformationModified) == "MODIFIED");
  CHECK_FALSE(attribute(file, DCM_SeriesDescription).empty());  // cleaned, not removed
  // The same salt gives the same pseudonyms again.
  r = runCommand(cli("anonymize " + shellQuote(in) + " " + shellQuote(dir.file("again")) +
                     " --salt s --option clean-descriptors --option retain-modified-dates"));
  REQUIRE(r.status == 0);
  CHECK(std::filesystem::exists(dir.file("again") + "/train_images/" + pseudo + "/" + series +
                                "/1.dcm"));
}

TEST_CASE("anonymize refuses burned-in files with status 3 and explains its options") {
  osteon::test::TempDir dir;
  REQUIRE(runCommand(cli("phantom --task geometric --seed 2 --out " + shellQuote(dir.file("g"))))
              .status == 0);
  std::string one;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir.file("g/train_images")))
    if (e.path().filename() == "1.dcm") one = e.path().string();
  REQUIRE(!one.empty());
  {
    DcmFileFormat ff;
    REQUIRE(ff.loadFile(one.c_str()).good());
    ff.getDataset()->putAndInsertString(DCM_BurnedInAnnotation, "YES");
    REQUIRE(ff.saveFile(one.c_str(), EXS_LittleEndianExplicit).good());
  }
  auto r = runCommand(cli("anonymize " + shellQuote(one) + " " + shellQuote(dir.file("x.dcm"))));
  CHECK(r.status == 3);
  CHECK(r.output.find("refused for review") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("x.dcm")));
  r = runCommand(cli("anonymize " + shellQuote(one) + " " + shellQuote(dir.file("x.dcm")) +
                     " --accept-burned-in"));
  CHECK(r.status == 0);
  CHECK(std::filesystem::exists(dir.file("x.dcm")));
  r = runCommand(cli("anonymize " + shellQuote(dir.file("g")) + " " + shellQuote(dir.file("o"))));
  CHECK(r.status == 3);  // the rest is written, the flagged file is listed
  CHECK(r.output.find("1 refused for review") != std::string::npos);
  r = runCommand(cli("anonymize --help"));
  CHECK(r.status == 0);
  CHECK(r.output.find("retain-modified-dates") != std::string::npos);
  CHECK(r.output.find("656 attributes") != std::string::npos);
  r = runCommand(cli("anonymize " + shellQuote(one) + " " + shellQuote(dir.file("y.dcm")) +
                     " --option retain-everything"));
  CHECK(r.status != 0);
  CHECK(r.output.find("unknown de-identification option 'retain-everything'") != std::string::npos);
  r = runCommand(
      cli("anonymize " + shellQuote(dir.file("absent")) + " " + shellQuote(dir.file("z"))));
  CHECK(r.status != 0);
  CHECK(r.output.find("does not exist") != std::string::npos);
}
