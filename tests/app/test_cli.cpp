// osteon-cli end to end: phantom -> info -> convert, and the errors users see.

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/io/image_file.h"
#include "tests/support/test_support.h"

using nlohmann::json;
using osteon::test::runCommand;
using osteon::test::shellQuote;

namespace {
std::string cli(const std::string& args) {
  return shellQuote(OSTEON_CLI) + " " + args;
}
}  // namespace

TEST_CASE("phantom - info --json and convert work end to end") {
  osteon::test::TempDir dir;
  auto r = runCommand(cli("phantom --task geometric --seed 3 --out " + shellQuote(dir.path())));
  REQUIRE(r.status == 0);
  r = runCommand(cli("info --json " + shellQuote(dir.path())));
  REQUIRE(r.status == 0);
  const json j = json::parse(r.output.substr(r.output.find('{')));
  CHECK(j["summary"]["series"] == 3);
  CHECK(j["summary"]["errors"] == 0);
  CHECK(j["summary"]["instances"] == 17 + 17 + 30);
  const json& series = j["patients"][0]["studies"][0]["series"];
  CHECK(series[2]["description"] == "Axial T2");
  CHECK(series[2]["stacks"][0]["dims"] == json::array({320, 320, 30}));

  const std::string study = dir.path() + "/train_images/1000003";
  r = runCommand(
      cli("convert " + shellQuote(study) + " " + shellQuote(dir.file("ax.nii.gz")) + " --stack 3"));
  REQUIRE(r.status == 0);
  const auto vol = osteon::io::readImageFile(dir.file("ax.nii.gz"));
  CHECK(vol.dims() == osteon::image::Image::Dims{320, 320, 30});

  r = runCommand(cli("convert " + shellQuote(study) + " " + shellQuote(dir.file("png")) +
                     " --stack 1 --format png --window 500 1000"));
  REQUIRE(r.status == 0);
  const auto png = osteon::io::readImageFile(dir.file("png/9.png"));
  CHECK(png.pixelType() == osteon::image::PixelType::UInt8);
  CHECK(png.width() == 384);
  CHECK(std::filesystem::exists(dir.file("png/17.png")));

  r = runCommand(
      cli("convert " + shellQuote(study) + " " + shellQuote(dir.file("sc.dcm")) + " --stack 2"));
  REQUIRE(r.status == 0);
  r = runCommand(cli("info " + shellQuote(dir.file("sc.dcm"))));
  CHECK(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("Series 1 OT"));
}

TEST_CASE("errors name the problem and set the exit status") {
  osteon::test::TempDir dir;
  auto r = runCommand(cli("info " + shellQuote(dir.file("missing"))));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("no such file"));
  r = runCommand(cli("convert a"));
  CHECK(r.status == 2);
  CHECK_THAT(r.output, Catch::Contains("give IN and OUT"));
  r = runCommand(cli("frobnicate"));
  CHECK(r.status == 2);
  r = runCommand(cli("phantom --task knee --out " + shellQuote(dir.path())));
  CHECK(r.status == 2);
  CHECK_THAT(r.output, Catch::Contains("unknown task"));
  r = runCommand(cli("phantom --task scoliosis --als-type 5CX --out " + shellQuote(dir.path())));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("unknown ALS type"));
  r = runCommand(
      cli("convert " + shellQuote(dir.file("missing.dcm")) + " " + shellQuote(dir.file("o.nii"))));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("missing.dcm"));
  r = runCommand(cli("info --help"));
  CHECK(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("--json"));
}

TEST_CASE(
    "the global options --verbose and --log: debug lines on stderr, the log in a file, stdout "
    "unchanged") {
  osteon::test::TempDir dir;
  auto r = runCommand(cli("phantom --task geometric --seed 5 --out " + shellQuote(dir.path())));
  REQUIRE(r.status == 0);
  const std::string study = shellQuote(dir.path());
  osteon::test::TempDir out;  // outputs and the log, outside the scanned study
  const auto read = [](const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  // Runs osteon-cli with stdout in NAME.out and stderr in NAME.err (a subshell: runCommand adds
  // its own 2>&1 outside it).
  const auto split = [&](const std::string& args, const std::string& name) {
    return runCommand("(" + cli(args) + " 2>" + shellQuote(out.file(name + ".err")) + " >" +
                      shellQuote(out.file(name + ".out")) + ")");
  };
  // Plain: stdout only, and nothing on stderr.
  r = split("info " + study, "plain");
  REQUIRE(r.status == 0);
  const std::string plain = read(out.file("plain.out"));
  CHECK_THAT(plain, Catch::Contains("Axial T2"));
  CHECK(read(out.file("plain.err")).empty());

  // --verbose before the command, --log after it: the same stdout.
  const std::string log = out.file("logs/osteon-cli.log");
  r = split("--verbose info " + study + " --log " + shellQuote(log), "verbose");
  REQUIRE(r.status == 0);
  CHECK(read(out.file("verbose.out")) == plain);
  const std::string err = read(out.file("verbose.err"));
  CHECK_THAT(err, Catch::Contains(" DEBUG   cli: "));
  CHECK_THAT(err, Catch::Contains(" INFO    io: DICOM scan: "));
  CHECK_THAT(err, Catch::Contains("3 series"));
  const std::string logged = read(log);
  CHECK_THAT(logged, Catch::Contains(" INFO    io: DICOM scan: "));
  CHECK_THAT(logged, Catch::Contains(" DEBUG   cli: "));  // --verbose: debug in the file too

  // --log alone: info lines in the file (appended), stderr and stdout as without it.
  r = split("info --json " + study + " --log=" + shellQuote(log), "json");
  REQUIRE(r.status == 0);
  CHECK(read(out.file("json.err")).empty());
  const json j = json::parse(read(out.file("json.out")));  // stdout is exactly the JSON
  CHECK(j["summary"]["series"] == 3);
  const std::string appended = read(log);
  CHECK(appended.size() > logged.size());
  CHECK(appended.compare(0, logged.size(), logged) == 0);
  const std::string added = appended.substr(logged.size());
  CHECK_THAT(added, Catch::Contains(" INFO    io: DICOM scan: "));
  CHECK_THAT(added, !Catch::Contains(" DEBUG "));

  // Usage errors name the option.
  r = runCommand(cli("info " + study + " --log"));
  CHECK(r.status == 2);
  CHECK_THAT(r.output, Catch::Contains("--log needs a FILE"));
  r = runCommand(cli("--help"));
  CHECK_THAT(r.output, Catch::Contains("--verbose"));
  CHECK_THAT(r.output, Catch::Contains("--log FILE"));
}
