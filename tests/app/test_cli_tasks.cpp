// osteon-cli through the task plugins: infer --task on DICOM phantoms, an RSNA submission for a
// folder of studies, lumbar training crops, and a TorchScript ResNet from python3-torch giving
// PyTorch's logits through `infer --model x.pt`.

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
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
  CHECK_THAT(r.output, Catch::Contains("2 studies, 0 failed"));
  // A study folder with a damaged file is reported, the others still submitted.
  fs::create_directories(dir.file("rsna/train_images/999/1"));
  std::ofstream(dir.file("rsna/train_images/999/1/1.dcm")) << "DICM? not really";
  r = runCommand(cli() + " submit --data " + shellQuote(dir.file("rsna")) + " --out " +
                 shellQuote(dir.file("submission2.csv")) + " 2>&1");
  INFO(r.output);
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("3 studies, 1 failed"));
  CHECK_THAT(r.output, Catch::Contains("999: skipped:"));
  {
    std::ifstream f2(dir.file("submission2.csv"));
    std::stringstream ss2;
    ss2 << f2.rdbuf();
    CHECK(lines(ss2.str()) == rows);
  }
  fs::remove_all(dir.file("rsna/train_images/999"));

  // Wrong input: a clear failure line, not a crash.
  r = runCommand(cli() + " infer --task lumbar " + shellQuote(dir.file("nowhere")));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("\"result\":\"fail\""));
}

TEST_CASE("infer --task refuses an input the task does not accept unless --force") {
  osteon::test::TempDir dir;
  REQUIRE(runCommand(cli() + " phantom --task lumbar --count 1 --seed 7310 --out " +
                     shellQuote(dir.file("rsna")))
              .status == 0);
  std::string study;
  for (const auto& e : fs::directory_iterator(dir.file("rsna/train_images")))
    study = e.path().string();
  REQUIRE_FALSE(study.empty());
  // Osteoporosis on a lumbar MR study: refused with the reason, exit status 3, nothing run.
  auto r = runCommand(cli() + " infer --task osteoporosis " + shellQuote(study) + " 2>&1");
  INFO(r.output);
  if (r.output.find("looked") != std::string::npos)
    OSTEON_SKIP("the bundled osteoporosis demo model is missing");
  CHECK(r.status == 3);
  CHECK_THAT(r.output, Catch::Contains("osteoporosis expects one panoramic dental radiograph; "
                                       "this is an MR series"));
  CHECK_THAT(r.output, Catch::Contains("--force runs it anyway"));
  const json refused = json::parse(lines(r.output).back());
  CHECK(refused["result"] == "refused");
  CHECK_THAT(refused["reason"].get<std::string>(), Catch::Contains("this is an MR series"));
  CHECK_FALSE(refused.contains("outputs"));
  // Scoliosis refuses it too.
  r = runCommand(cli() + " infer --task scoliosis " + shellQuote(study) + " 2>/dev/null");
  CHECK(r.status == 3);
  CHECK_THAT(r.output, Catch::Contains("scoliosis expects one AP spine radiograph"));
  // --force runs it, for research use, and says so in the JSON.
  r = runCommand(cli() + " infer --task osteoporosis --force " + shellQuote(study) + " 2>&1");
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json forced = json::parse(lines(r.output).back());
  CHECK(forced["result"] == "ok");
  CHECK_THAT(forced["warning"].get<std::string>(), Catch::Contains("this is an MR series"));
  // --help documents it.
  r = runCommand(cli() + " infer --task osteoporosis --help");
  CHECK(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("--force runs it anyway"));
  CHECK_THAT(r.output, Catch::Contains("3 an input was refused"));

  // A panoramic radiograph is accepted; classes are shown as words, raw names kept as keys.
  REQUIRE(runCommand(cli() +
                     " phantom --task osteoporosis --count 1 --width 512 --height 256 "
                     "--seed 7311 --out " +
                     shellQuote(dir.file("pano")))
              .status == 0);
  std::string png;
  for (const auto& e : fs::recursive_directory_iterator(dir.file("pano/images")))
    if (e.path().extension() == ".png") png = e.path().string();
  REQUIRE_FALSE(png.empty());
  r = runCommand(cli() + " infer --task osteoporosis " + shellQuote(png));
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json ok = json::parse(lines(r.output).back());
  CHECK_FALSE(ok.contains("warning"));
  const std::string raw = ok["outputs"][0]["class"];
  const std::string shown = ok["outputs"][0]["display"];
  CHECK((raw == "1_healthy" || raw == "3_osteoporosis"));
  CHECK(shown == (raw == "1_healthy" ? "Healthy" : "Osteoporosis"));
  CHECK(ok["class_display_names"]["3_osteoporosis"] == "Osteoporosis");
  CHECK(ok["outputs"][0]["probabilities"].contains("1_healthy"));
  CHECK_THAT(ok["summary"].get<std::string>(), Catch::StartsWith(shown + " "));
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
  // The RSNA 2024 metric recomputed here from predictions.csv: per condition group the sample-
  // weighted log loss (weights 1, 2, 4 for normal/mild, moderate, severe), any_severe_spinal the
  // binary loss of each study's highest severe probability over its spinal rows (weight: the
  // highest of those rows), the score their mean.
  {
    std::ifstream pf(dir.file("report/predictions.csv"));
    std::stringstream ps;
    ps << pf.rdbuf();
    const auto pred = lines(ps.str());
    REQUIRE(pred.size() == 76);
    const std::vector<std::string> groups{"spinal", "foraminal", "subarticular"};
    std::vector<double> loss(3, 0), weight(3, 0);
    struct Study {
      double p = 0, w = 0;
      int severe = 0;
    };
    std::map<std::string, Study> studies;
    for (std::size_t i = 1; i < pred.size(); ++i) {
      std::vector<std::string> cols;
      std::stringstream cs(pred[i]);
      for (std::string c; std::getline(cs, c, ',');)
        cols.push_back(c);
      REQUIRE(cols.size() == 6);
      const int truth = cols[1][0] - '0';
      const double p[3] = {std::stod(cols[3]), std::stod(cols[4]), std::stod(cols[5])};
      const std::string stem = fs::path(cols[0]).stem().string();
      std::size_t g = 0;
      while (g < 3 && stem.find(groups[g]) == std::string::npos)
        ++g;
      REQUIRE(g < 3);
      const double w = truth == 0 ? 1 : truth == 1 ? 2 : 4;
      loss[g] += -w * std::log(std::clamp(p[truth], 1e-15, 1.0));
      weight[g] += w;
      if (g == 0) {
        Study& st = studies[stem.substr(0, stem.find('_'))];
        st.p = std::max(st.p, p[2]);
        st.w = std::max(st.w, w);
        st.severe = std::max(st.severe, truth == 2 ? 1 : 0);
      }
    }
    REQUIRE(studies.size() == 3);
    double anyLoss = 0, anyWeight = 0;
    for (const auto& [id, st] : studies) {
      const double q = std::clamp(st.p, 1e-15, 1 - 1e-15);
      anyLoss += -st.w * std::log(st.severe ? q : 1 - q);
      anyWeight += st.w;
    }
    double sum = anyLoss / anyWeight;
    CHECK(e["rsna_score"]["any_severe_spinal"].get<double>() == Approx(sum).epsilon(1e-6));
    for (std::size_t g = 0; g < 3; ++g) {
      INFO(groups[g]);
      REQUIRE(weight[g] > 0);
      CHECK(e["rsna_score"][groups[g]].get<double>() == Approx(loss[g] / weight[g]).epsilon(1e-6));
      sum += loss[g] / weight[g];
    }
    CHECK(e["rsna_score"]["score"].get<double>() == Approx(sum / 4).epsilon(1e-6));
  }
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
