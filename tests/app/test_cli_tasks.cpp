// osteon-cli through the task plugins: infer --task on DICOM phantoms, an RSNA submission for a
// folder of studies, lumbar training crops, and a TorchScript ResNet from python3-torch giving
// PyTorch's logits through `infer --model x.pt`.

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/support/test_support.h"

using nlohmann::json;
using osteon::test::runCommand;
using osteon::test::shellQuote;
namespace fs = std::filesystem;

namespace {
std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);)
    out.push_back(l);
  return out;
}
std::string cli() {
  return shellQuote(OSTEON_CLI);
}
}  // namespace

TEST_CASE("infer --task lumbar and submit on DCMTK-written phantom studies") {
  osteon::test::TempDir dir;
  REQUIRE(runCommand(cli() + " phantom --task lumbar --count 2 --seed 7300 --out " +
                     shellQuote(dir.file("rsna")))
              .status == 0);
  const std::string coords = dir.file("rsna/train_label_coordinates.csv");
  std::string study;
  for (const auto& e : fs::directory_iterator(dir.file("rsna/train_images")))
    if (study.empty() || e.path().string() < study) study = e.path().string();
  auto r = runCommand(cli() + " infer --task lumbar --coordinates " + shellQuote(coords) +
                      " --cam " + shellQuote(dir.file("cam")) + " " + shellQuote(study));
  INFO(r.output);
  if (r.output.find("no model") != std::string::npos ||
      r.output.find("looked") != std::string::npos)
    OSTEON_SKIP("the bundled lumbar demo model is missing");
  REQUIRE(r.status == 0);
  const json j = json::parse(lines(r.output).back());
  CHECK(j["result"] == "ok");
  CHECK(j["outputs"].size() == 25);
  CHECK(j["label"] == "demo: trained on synthetic phantoms, not for clinical use");
  CHECK(fs::exists(j["cam"]["path"].get<std::string>()));

  // submit: 25 rows a study, probabilities summing to 1, ids in RSNA form.
  r = runCommand(cli() + " submit --data " + shellQuote(dir.file("rsna")) + " --out " +
                 shellQuote(dir.file("submission.csv")) + " 2>&1");
  INFO(r.output);
  REQUIRE(r.status == 0);
  std::ifstream f(dir.file("submission.csv"));
  std::stringstream ss;
  ss << f.rdbuf();
  const auto rows = lines(ss.str());
  REQUIRE(rows.size() == 1 + 2 * 25);
  CHECK(rows[0] == "row_id,normal_mild,moderate,severe");
  const std::string id = fs::path(study).filename().string();
  CHECK(rows[1].rfind(id + "_spinal_canal_stenosis_l1_l2,", 0) == 0);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    double a = 0, b = 0, c = 0;
    REQUIRE(std::sscanf(rows[i].substr(rows[i].find(',')).c_str(), ",%lf,%lf,%lf", &a, &b, &c) ==
            3);
    CHECK(a + b + c == Approx(1).epsilon(1e-4));
  }
  // A study folder with a damaged file is reported, the others still submitted.
  CHECK_THAT(r.output, Catch::Contains("2 studies, 0 failed"));

  // Wrong input: a clear failure line, not a crash.
  r = runCommand(cli() + " infer --task lumbar " + shellQuote(dir.file("nowhere")));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("\"result\":\"fail\""));
}

TEST_CASE("crops writes the lumbar training set by severity") {
  osteon::test::TempDir dir;
  REQUIRE(runCommand(cli() + " phantom --task lumbar --count 1 --seed 7400 --out " +
                     shellQuote(dir.file("rsna")))
              .status == 0);
  auto r = runCommand(cli() + " crops --data " + shellQuote(dir.file("rsna")) + " --out " +
                      shellQuote(dir.file("crops")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("1 studies, 25 crops"));
  std::size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir.file("crops")))
    n += e.is_regular_file() ? 1 : 0;
  CHECK(n == 25);
  // evaluate on crops: the metrics, the RSNA competition score over the crops' targets, and the
  // report files. (Every severity needs a crop, so three studies.)
  REQUIRE(runCommand(cli() + " phantom --task lumbar --count 3 --seed 7400 --out " +
                     shellQuote(dir.file("rsna3")) + " && " + cli() + " crops --data " +
                     shellQuote(dir.file("rsna3")) + " --out " + shellQuote(dir.file("crops3")))
              .status == 0);
  r = runCommand(cli() + " evaluate --model " +
                 shellQuote(osteon::test::sourcePath("resources/models/lumbar-demo.osteon")) +
                 " --data " + shellQuote(dir.file("crops3")) + " --report " +
                 shellQuote(dir.file("report")) + " 2>/dev/null");
  INFO(r.output);
  REQUIRE(r.status == 0);
  const auto e = nlohmann::json::parse(r.output.substr(r.output.find('{')));
  CHECK(e["images"] == 75);
  CHECK(e["rsna_score"]["targets"] == 75);
  CHECK(e["rsna_score"]["score"].get<double>() >= 0);
  CHECK(e["per_class"].size() == 3);
  for (const char* f : {"report.json", "predictions.csv", "confusion.png"})
    CHECK(fs::exists(dir.file("report") + "/" + f));
  r = runCommand(cli() + " crops --data " + shellQuote(dir.path()) + " --out " +
                 shellQuote(dir.file("x")));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("not an RSNA 2024 folder"));
}

TEST_CASE("osteon-cli infer gives a TorchScript ResNet's PyTorch logits") {
  if (!osteon::test::pythonHas("torch") || !osteon::test::pythonHas("torchvision"))
    OSTEON_SKIP("python3-torch/torchvision are not installed");
  osteon::test::TempDir dir;
  // The exported model, a picture and PyTorch's own probabilities for it.
  const std::string png = dir.file("x.png");
  auto r =
      runCommand(shellQuote(osteon::test::pythonExe()) + " " +
                 shellQuote(osteon::test::sourcePath("tools/export_torchscript.py")) +
                 " resnet18 " + shellQuote(dir.file("r18.pt")) +
                 " --classes healthy,osteoporosis --size 96 --seed 5 --task osteoporosis" +
                 " --reference-image " + shellQuote(png) + " " + shellQuote(dir.file("probs.raw")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  r = runCommand(cli() + " infer --model " + shellQuote(dir.file("r18.pt")) + " " +
                 shellQuote(png));
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json j = json::parse(lines(r.output).back());
  const auto ref = osteon::test::readDoubles(dir.file("probs.raw"));
  REQUIRE(ref.size() == 2);
  CHECK(j["probabilities"]["healthy"].get<double>() == Approx(ref[0]).margin(1e-4));
  CHECK(j["probabilities"]["osteoporosis"].get<double>() == Approx(ref[1]).margin(1e-4));
  // A TorchScript model has no layers to explain: gradcam says so.
  r = runCommand(cli() + " gradcam --model " + shellQuote(dir.file("r18.pt")) + " --out " +
                 shellQuote(dir.file("g")) + " " + shellQuote(png));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("TorchScript"));
}
