// osteon-cli pacs against a real Orthanc on loopback: store a phantom study written by
// `osteon-cli phantom`, echo, find (table and JSON), get and move it, and the error exits.

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/orthanc_server.h"
#include "tests/support/test_support.h"

namespace fs = std::filesystem;
using osteon::test::OrthancServer;
using osteon::test::runCommand;
using osteon::test::shellQuote;

namespace {

std::string cli() {
  return shellQuote(OSTEON_CLI);
}

std::size_t dcmCount(const std::string& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".dcm") ++n;
  return n;
}

}  // namespace

TEST_CASE("osteon-cli pacs: store, echo, find, get and move a phantom study on Orthanc", "[pacs]") {
  if (osteon::test::orthancBinary().empty())
    OSTEON_SKIP("Orthanc is not installed (Debian package orthanc)");
  OrthancServer orthanc;
  osteon::test::TempDir tmp;
  const std::string node = " --host 127.0.0.1 --port " + std::to_string(orthanc.dicomPort()) +
                           " --aet ORTHANC --our-aet OSTEON --timeout 20";
  auto r =
      runCommand(cli() + " phantom --task lumbar --count 1 --out " + shellQuote(tmp.file("ph")));
  REQUIRE(r.status == 0);
  const std::size_t images = dcmCount(tmp.file("ph/train_images"));
  REQUIRE(images > 10);

  r = runCommand(cli() + " pacs store" + node + " " + shellQuote(tmp.file("ph/train_images")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(r.output.find("stored " + std::to_string(images) + " files") != std::string::npos);

  r = runCommand(cli() + " pacs echo" + node);
  INFO(r.output);
  CHECK(r.status == 0);
  CHECK(r.output.find("C-ECHO ORTHANC@127.0.0.1:" + std::to_string(orthanc.dicomPort()) + ": ok") !=
        std::string::npos);

  // A node file gives the same node.
  {
    std::ofstream f(tmp.file("node.json"));
    f << R"({"name": "test", "aet": "ORTHANC", "host": "127.0.0.1", "port": )"
      << orthanc.dicomPort() << R"(, "our_aet": "OSTEON", "move_port": )" << orthanc.movePort()
      << "}";
  }
  r = runCommand(cli() + " pacs find --node " + shellQuote(tmp.file("node.json")) +
                 " --name 'PHANTOM^LUMBAR*' --modality MR");
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(r.output.find("PHANTOM^LUMBAR^1") != std::string::npos);
  CHECK(r.output.find("2026-01-01") != std::string::npos);
  CHECK(r.output.find("1 match") != std::string::npos);

  r = runCommand(cli() + " pacs find" + node + " --id LUMBAR1 --json 2>/dev/null");
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.output);
  REQUIRE(j.size() == 1);
  CHECK(j[0]["patient_name"] == "PHANTOM^LUMBAR^1");
  CHECK(j[0]["number_of_instances"] == static_cast<int>(images));
  const std::string study = j[0]["study_instance_uid"];

  r = runCommand(cli() + " pacs find" + node + " --from 20270101 --json 2>/dev/null");
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(r.output).empty());

  r = runCommand(cli() + " pacs find" + node + " --level series --study " + study +
                 " --json 2>/dev/null");
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(r.output).size() == 3);

  r = runCommand(cli() + " pacs get" + node + " --study " + study + " --out " +
                 shellQuote(tmp.file("got")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(dcmCount(tmp.file("got")) == images);
  CHECK(r.output.find("C-GET: 100%") != std::string::npos);  // progress on stderr

  r = runCommand(cli() + " pacs move --node " + shellQuote(tmp.file("node.json")) + " --study " +
                 study + " --out " + shellQuote(tmp.file("moved")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(dcmCount(tmp.file("moved")) == images);

  // Errors: a wrong called AE title, nothing listening, usage.
  r = runCommand(cli() + " pacs echo --host 127.0.0.1 --port " +
                 std::to_string(orthanc.dicomPort()) + " --aet XYZ");
  CHECK(r.status == 1);
  CHECK(
      r.output.find("association rejected by XYZ@127.0.0.1:" + std::to_string(orthanc.dicomPort()) +
                    ": called AE title 'XYZ' not recognised") != std::string::npos);
  r = runCommand(cli() + " pacs echo --host 127.0.0.1 --port " +
                 std::to_string(osteon::test::freeTcpPort()));
  CHECK(r.status == 1);
  CHECK(r.output.find("connection refused") != std::string::npos);
  r = runCommand(cli() + " pacs move" + node + " --study " + study + " --out " +
                 shellQuote(tmp.file("x")));
  CHECK(r.status == 2);
  CHECK(r.output.find("--move-port") != std::string::npos);
  r = runCommand(cli() + " pacs find" + node + " --from 2026-01-01");
  CHECK(r.status == 1);
  CHECK(r.output.find("invalid date") != std::string::npos);
}
