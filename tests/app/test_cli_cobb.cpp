// osteon-cli cobb, train-landmarks and evaluate-landmarks: a DX radiograph written by DCMTK is
// measured with the bundled landmark model; a landmark model is trained on phantoms; and the
// bundled model's stored held-out metrics are reproduced on the real AASCE data when present.

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/test_support.h"

using nlohmann::json;
using osteon::test::runCommand;
using osteon::test::shellQuote;

namespace {
const std::string kModel = osteon::test::sourcePath("resources/models/spine-landmarks.osteon");
}

TEST_CASE("cobb measures a DX radiograph with the bundled model and refuses bad input") {
  osteon::test::TempDir dir;
  const std::string cli = shellQuote(OSTEON_CLI);
  REQUIRE(runCommand(cli + " phantom --task scoliosis --count 1 --seed 3 --out " +
                     shellQuote(dir.file("x")))
              .status == 0);
  std::string dcm;
  for (const auto& e : std::filesystem::directory_iterator(dir.file("x/dicom")))
    dcm = e.path().string();
  auto r = runCommand(cli + " cobb --json " + shellQuote(dcm));
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json j = json::parse(r.output);
  REQUIRE(j["landmarks"].size() == 68);
  CHECK(j["landmarks"][0]["vertebra"] == "T1");
  CHECK(j["landmarks"][0]["corner"] == "top-left");
  CHECK(j["landmarks"][67]["corner"] == "bottom-right");
  // The reported angle is the AASCE principal angle of the reported landmarks, recomputed here:
  // each vertebra's axis runs from the midpoint of its left edge (TL, BL) to that of its right
  // edge (TR, BR); the principal angle is the largest angle between two axes, U above Lo.
  {
    const auto& lm = j["landmarks"];
    auto mid = [&](int v, int a, int b, const char* c) {
      return lm[4 * v + a][c].get<double>() / 2 + lm[4 * v + b][c].get<double>() / 2;
    };
    double best = -1;
    int upper = -1, lower = -1;
    for (int a = 0; a < 17; ++a)
      for (int b = a + 1; b < 17; ++b) {
        const double ax = mid(a, 1, 3, "x") - mid(a, 0, 2, "x"),
                     ay = mid(a, 1, 3, "y") - mid(a, 0, 2, "y");
        const double bx = mid(b, 1, 3, "x") - mid(b, 0, 2, "x"),
                     by = mid(b, 1, 3, "y") - mid(b, 0, 2, "y");
        const double c = (ax * bx + ay * by) / std::hypot(ax, ay) / std::hypot(bx, by);
        const double angle = std::acos(std::clamp(c, -1.0, 1.0)) * 180 / M_PI;
        if (angle > best) best = angle, upper = a, lower = b;
      }
    CHECK(j["cobb"]["principal_deg"].get<double>() == Approx(best).margin(1e-6));
    CHECK(j["cobb"]["upper_end_vertebra"] == lm[4 * upper]["vertebra"]);
    CHECK(j["cobb"]["lower_end_vertebra"] == lm[4 * lower]["vertebra"]);
  }
  CHECK(j["als"].contains("rule"));
  CHECK(j["als"]["caveats"].size() >= 3);
  CHECK_THAT(j["model"].get<std::string>(), Catch::Contains("train-landmarks"));
  // Plain text too.
  r = runCommand(cli + " cobb " + shellQuote(dcm));
  REQUIRE(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("Cobb angles:"));
  CHECK_THAT(r.output, Catch::Contains("ALS:"));

  // Bad input: not an image, a missing file, a model that is not a landmark model.
  std::ofstream(dir.file("bad.dcm")) << "DICM? no";
  r = runCommand(cli + " cobb " + shellQuote(dir.file("bad.dcm")));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("error:"));
  r = runCommand(cli + " cobb " + shellQuote(dcm) + " --model " +
                 shellQuote(dir.file("none.osteon")));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("cannot open the model"));
  {
    // The magic, a metadata length of 1000 bytes, and only 1 of them.
    std::ofstream cut(dir.file("cut.osteon"), std::ios::binary);
    const std::uint64_t n = 1000;
    cut << "OSTEONMODEL1\n";
    cut.write(reinterpret_cast<const char*>(&n), 8);
    cut << "{";
  }
  r = runCommand(cli + " cobb " + shellQuote(dcm) + " --model " +
                 shellQuote(dir.file("cut.osteon")));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("truncated"));
}

TEST_CASE("train-landmarks trains on spine phantoms and stores held-out metrics") {
  osteon::test::TempDir dir;
  const std::string cli = shellQuote(OSTEON_CLI);
  REQUIRE(
      runCommand(cli +
                 " phantom --task scoliosis --count 12 --seed 50 --width 240 --height 600 --out " +
                 shellQuote(dir.file("x")))
          .status == 0);
  auto r = runCommand(cli + " train-landmarks --data " + shellQuote(dir.file("x")) + " --out " +
                      shellQuote(dir.file("lm.osteon")) +
                      " --arch landmarknet-small --width 64 --height 160 --epochs 2 --batch 4 "
                      "--test 0.25 --val-every 3");
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("12 labelled radiograph(s)"));
  CHECK_THAT(r.output, Catch::Contains("held-out test (3 images)"));
  CHECK_THAT(r.output, !Catch::Contains("nan"));
  r = runCommand(cli + " evaluate-landmarks --data " + shellQuote(dir.file("x")) + " --model " +
                 shellQuote(dir.file("lm.osteon")) + " --test 0.25");
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(json::parse(r.output)["metrics"]["images"] == 3);
  r = runCommand(cli + " train-landmarks --data " + shellQuote(dir.file("nowhere")) + " --out " +
                 shellQuote(dir.file("z.osteon")));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("filenames.csv is missing"));
}

TEST_CASE("the bundled landmark model reproduces its stored held-out metrics on AASCE") {
  const std::string data = osteon::test::sharedData("aasce-spine-xray-train");
  if (data.empty()) OSTEON_SKIP("../shared/data/aasce-spine-xray-train is absent");
  REQUIRE(std::filesystem::exists(kModel));
  const auto r = runCommand(shellQuote(OSTEON_CLI) + " evaluate-landmarks --data " +
                            shellQuote(data) + " --model " + shellQuote(kModel));
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json got = json::parse(r.output)["metrics"];
  // The metrics the package states (and the README reports) are what the model does.
  std::ifstream in(kModel, std::ios::binary);
  std::string magic(13, '\0');
  in.read(&magic[0], 13);
  std::uint64_t n = 0;
  in.read(reinterpret_cast<char*>(&n), 8);
  std::string text(n, '\0');
  in.read(&text[0], static_cast<std::streamsize>(n));
  const json stored = json::parse(text)["metrics"]["test"];
  CHECK(got["images"] == 96);
  CHECK(got["images"] == stored["images"]);
  CHECK(got["cobb_smape_percent"].get<double>() ==
        Approx(stored["cobb_smape_percent"].get<double>()).margin(0.05));
  CHECK(got["landmark_error_px_mean"].get<double>() ==
        Approx(stored["landmark_error_px_mean"].get<double>()).margin(0.1));
}

TEST_CASE("cobb shows an image-level ALS classifier beside the rule-based reading") {
  osteon::test::TempDir dir;
  const std::string cli = shellQuote(OSTEON_CLI);
  REQUIRE(
      runCommand(cli +
                 " phantom --task scoliosis --count 7 --seed 60 --width 240 --height 600 --out " +
                 shellQuote(dir.file("x")))
          .status == 0);
  // Folder-per-class from labels.csv (filename, als_type, ...).
  std::ifstream labels(dir.file("x/labels.csv"));
  std::string line, first;
  std::getline(labels, line);
  while (std::getline(labels, line)) {
    const std::string name = line.substr(0, line.find(','));
    const std::string type =
        line.substr(name.size() + 1, line.find(',', name.size() + 1) - name.size() - 1);
    std::filesystem::create_directories(dir.file("cls/" + type));
    std::filesystem::copy_file(dir.file("x/images/" + name), dir.file("cls/" + type + "/" + name));
    if (first.empty()) first = dir.file("x/images/" + name);
  }
  auto r = runCommand(cli + " train --data " + shellQuote(dir.file("cls")) + " --out " +
                      shellQuote(dir.file("als.osteon")) +
                      " --epochs 1 --size 64 --batch 4 --val 0.01 --task scoliosis");
  INFO(r.output);
  REQUIRE(r.status == 0);
  r = runCommand(cli + " cobb --json " + shellQuote(first) + " --als-model " +
                 shellQuote(dir.file("als.osteon")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json c = json::parse(r.output)["als"]["image_classifier"];
  REQUIRE(c.is_object());
  double sum = 0;
  for (const auto& [k, v] : c["probabilities"].items())
    sum += v.get<double>();
  CHECK(sum == Approx(1.0).margin(1e-4));
  CHECK(c["probabilities"].size() == 7);
  CHECK(c["probabilities"].contains(c["type"].get<std::string>()));
}
