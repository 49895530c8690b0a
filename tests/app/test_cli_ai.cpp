// osteon-cli train and serve-json end to end on osteoporosis phantoms: a model is trained by
// Osteon's own code, then answers seed 003's JSON protocol (ok with Grad-CAM images, fail with a
// reason on bad requests, never a crash).

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "core/image/image.h"
#include "core/io/image_file.h"
#include "tests/support/test_support.h"

using nlohmann::json;
using osteon::test::runCommand;
using osteon::test::shellQuote;

TEST_CASE("train then serve-json speaks seed 003's protocol") {
  osteon::test::TempDir dir;
  const std::string cli = shellQuote(OSTEON_CLI);
  REQUIRE(runCommand(cli +
                     " phantom --task osteoporosis --count 12 --width 256 --height 128 --out " +
                     shellQuote(dir.file("pano")))
              .status == 0);
  auto r = runCommand(cli + " train --data " + shellQuote(dir.file("pano/images")) + " --out " +
                      shellQuote(dir.file("m.osteon")) +
                      " --epochs 2 --size 64 --batch 4 --task osteoporosis");
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("1_healthy=6 3_osteoporosis=6"));
  CHECK_THAT(r.output, Catch::Contains("epoch 2:"));
  REQUIRE(std::filesystem::exists(dir.file("m.osteon")));

  std::string image;
  for (const auto& e : std::filesystem::directory_iterator(dir.file("pano/images/3_osteoporosis")))
    image = e.path().string();
  {
    std::ofstream req(dir.file("requests.jsonl"));
    req << json{{"img_path", image}, {"destination_path", dir.file("out")}}.dump() << "\n";
    req << json{{"img_path", dir.file("missing.png")}, {"destination_path", dir.file("out")}}.dump()
        << "\n";
    req << "{not json\n";
    req << json{{"img_path", 3}}.dump() << "\n";
  }
  r = runCommand(cli + " serve-json --model " + shellQuote(dir.file("m.osteon")) + " < " +
                 shellQuote(dir.file("requests.jsonl")) + " 2>/dev/null");
  INFO(r.output);
  REQUIRE(r.status == 0);
  std::vector<json> answers;
  std::istringstream lines(r.output);
  std::string line;
  while (std::getline(lines, line))
    if (!line.empty() && line[0] == '{') answers.push_back(json::parse(line));
  REQUIRE(answers.size() == 4);
  CHECK(answers[0]["result"] == "ok");
  const std::string diagnosis = answers[0]["diagnosis"];
  CHECK((diagnosis == "Healthy Patient" || diagnosis == "Patient with Osteoporosis"));
  const auto saliency =
      osteon::io::readImageFile(answers[0]["saliency_img_path"].get<std::string>());
  const auto overlay = osteon::io::readImageFile(answers[0]["overlay_img_path"].get<std::string>());
  CHECK(saliency.width() == 256);
  CHECK(overlay.height() == 128);
  CHECK(answers[1]["result"] == "fail");
  CHECK_THAT(answers[1]["reason"].get<std::string>(), Catch::Contains("missing.png"));
  CHECK(answers[2]["result"] == "fail");
  CHECK_THAT(answers[2]["reason"].get<std::string>(), Catch::Contains("not a JSON request"));
  CHECK(answers[3]["result"] == "fail");

  // infer and gradcam share the same prediction.
  r = runCommand(cli + " infer --model " + shellQuote(dir.file("m.osteon")) + " " +
                 shellQuote(image) + " 2>/dev/null");
  REQUIRE(r.status == 0);
  const json inferred = json::parse(r.output.substr(r.output.find('{')));
  CHECK(inferred["diagnosis"] == answers[0]["diagnosis"]);
  CHECK(inferred["probabilities"].size() == 2);
  r = runCommand(cli + " gradcam --model " + shellQuote(dir.file("m.osteon")) + " --out " +
                 shellQuote(dir.file("cam")) + " --method layercam --class 0 " + shellQuote(image) +
                 " 2>/dev/null");
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json cam = json::parse(r.output.substr(r.output.find('{')));
  CHECK(cam["cam"]["method"] == "layercam");
  CHECK(cam["cam"]["class"] == "1_healthy");
  CHECK(std::filesystem::exists(cam["overlay_img_path"].get<std::string>()));
  r = runCommand(cli + " gradcam --model " + shellQuote(dir.file("m.osteon")) + " --out " +
                 shellQuote(dir.file("cam")) + " --method magic " + shellQuote(image) + " 2>&1");
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("unknown CAM method"));
  // Score-CAM's two weightings: softmax over classes (the authors') or over channels
  // (pytorch-grad-cam's), chosen with --score-cam-softmax.
  for (const auto& [softmax, method] :
       {std::pair{"classes", "scorecam"}, std::pair{"channels", "scorecam-channels"}}) {
    r = runCommand(cli + " gradcam --model " + shellQuote(dir.file("m.osteon")) + " --out " +
                   shellQuote(dir.file("cam")) + " --method scorecam --score-cam-softmax " +
                   softmax + " " + shellQuote(image) + " 2>/dev/null");
    INFO(r.output);
    REQUIRE(r.status == 0);
    CHECK(json::parse(r.output.substr(r.output.find('{')))["cam"]["method"] == method);
  }
  r = runCommand(cli + " gradcam --model " + shellQuote(dir.file("m.osteon")) + " --out " +
                 shellQuote(dir.file("cam")) + " --method scorecam --score-cam-softmax logits " +
                 shellQuote(image) + " 2>&1");
  CHECK(r.status == 2);
  CHECK_THAT(r.output, Catch::Contains("classes or channels"));
  r = runCommand(cli + " gradcam --model " + shellQuote(dir.file("m.osteon")) + " --out " +
                 shellQuote(dir.file("cam")) + " --method gradcam --score-cam-softmax channels " +
                 shellQuote(image) + " 2>&1");
  CHECK(r.status == 2);
  CHECK_THAT(r.output, Catch::Contains("applies to --method scorecam only"));
}

TEST_CASE("train with rolling ball and a chosen CAM layer, then evaluate with the pointing game") {
  osteon::test::TempDir dir;
  const std::string cli = shellQuote(OSTEON_CLI);
  for (const auto& [name, seed, count] :
       {std::tuple{"train", "200", "12"}, std::tuple{"test", "900", "6"}})
    REQUIRE(runCommand(cli + " phantom --task osteoporosis --count " + count +
                       " --width 256 --height 128 --seed " + seed + " --out " +
                       shellQuote(dir.file(name)))
                .status == 0);
  auto r = runCommand(cli + " train --data " + shellQuote(dir.file("train/images")) + " --out " +
                      shellQuote(dir.file("m.osteon")) +
                      " --arch cnn5 --size 64 --height 32 --rolling-ball 8 --cam-layer block4"
                      " --epochs 2 --batch 4 --task osteoporosis --demo");
  INFO(r.output);
  REQUIRE(r.status == 0);
  r = runCommand(cli + " evaluate --model " + shellQuote(dir.file("m.osteon")) + " --data " +
                 shellQuote(dir.file("test/images")) + " --masks " +
                 shellQuote(dir.file("test/masks")) + " --methods gradcam,layercam");
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json e = json::parse(r.output);
  CHECK(e["images"] == 6);
  CHECK(e["cam_layer"] == "block4");
  int total = 0;
  for (const auto& row : e["confusion_matrix"])
    for (const auto& v : row)
      total += v.get<int>();
  CHECK(total == 6);
  CHECK(e["pointing_game"]["gradcam"]["images"] == 6);
  CHECK(e["pointing_game"]["layercam"]["images"] == 6);
  const json& pg = e["pointing_game"]["gradcam"];
  CHECK(pg["fraction"].get<double>() == Approx(pg["hits"].get<int>() / 6.0));
  // The pointing game itself: with masks that cover every image, every peak is a hit; with empty
  // masks, none is, whatever the model learned in two epochs.
  for (const auto& [name, value, fraction] :
       {std::tuple{"full", 255, 1.0}, std::tuple{"empty", 0, 0.0}}) {
    std::filesystem::create_directories(dir.file(name));
    for (const auto& f : std::filesystem::directory_iterator(dir.file("test/masks"))) {
      osteon::image::Image mask(osteon::image::PixelType::UInt8, {32, 16, 1});
      std::fill(mask.data<std::uint8_t>(), mask.data<std::uint8_t>() + 32 * 16,
                static_cast<std::uint8_t>(value));
      osteon::io::writeImageFile(mask, dir.file(name) + "/" + f.path().filename().string());
    }
    r = runCommand(cli + " evaluate --model " + shellQuote(dir.file("m.osteon")) + " --data " +
                   shellQuote(dir.file("test/images")) + " --masks " + shellQuote(dir.file(name)) +
                   " --methods gradcam,eigencam,scorecam");
    INFO(name << ": " << r.output);
    REQUIRE(r.status == 0);
    const json f = json::parse(r.output);
    for (const char* m : {"gradcam", "eigencam", "scorecam"}) {
      CHECK(f["pointing_game"][m]["images"] == 6);
      CHECK(f["pointing_game"][m]["fraction"].get<double>() == fraction);
    }
  }
  // The demo label travels with the model and infer prints it.
  std::string image;
  for (const auto& f : std::filesystem::directory_iterator(dir.file("test/images/1_healthy")))
    image = f.path().string();
  r = runCommand(cli + " infer --model " + shellQuote(dir.file("m.osteon")) + " " +
                 shellQuote(image));
  REQUIRE(r.status == 0);
  CHECK_THAT(r.output,
             Catch::Contains("demo: trained on synthetic phantoms, not for clinical use"));
  // A CAM layer the network does not have is refused before training.
  r = runCommand(cli + " train --data " + shellQuote(dir.file("train/images")) + " --out " +
                 shellQuote(dir.file("x.osteon")) +
                 " --arch cnn5 --size 64 --cam-layer layer4 --epochs 1");
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("not a CAM layer of cnn5"));
}

TEST_CASE("serve-json without --model answers with the bundled osteoporosis demo model") {
  osteon::test::TempDir dir;
  const std::string cli = shellQuote(OSTEON_CLI);
  REQUIRE(runCommand(
              cli +
              " phantom --task osteoporosis --count 2 --width 512 --height 256 --seed 7000 --out " +
              shellQuote(dir.file("p")))
              .status == 0);
  std::string image;
  for (const auto& f : std::filesystem::directory_iterator(dir.file("p/images/3_osteoporosis")))
    image = f.path().string();
  {
    std::ofstream req(dir.file("req.jsonl"));
    req << json{{"img_path", image}, {"destination_path", dir.file("out")}}.dump() << "\n";
    req << "{\"img_path\": 3}\n";
  }
  const auto r = runCommand(cli + " serve-json < " + shellQuote(dir.file("req.jsonl")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("demo: trained on synthetic phantoms"));
  std::istringstream lines(r.output);
  std::vector<json> answers;
  for (std::string l; std::getline(lines, l);)
    if (!l.empty() && l[0] == '{') answers.push_back(json::parse(l));
  REQUIRE(answers.size() == 2);
  CHECK(answers[0]["result"] == "ok");
  // The image is an osteoporosis phantom; the bundled demo model classifies its held-out
  // phantoms 40/40.
  CHECK(answers[0]["diagnosis"] == "Patient with Osteoporosis");
  CHECK(std::filesystem::exists(answers[0]["overlay_img_path"].get<std::string>()));
  CHECK(answers[1]["result"] == "fail");
}

TEST_CASE("osteon-cli starts without LibTorch and hands AI commands to its engine") {
  const std::string cli = shellQuote(OSTEON_CLI);
  // The light executable does not link LibTorch; the engine beside it does.
  auto r = runCommand("ldd " + cli);
  REQUIRE(r.status == 0);
  CHECK_THAT(r.output, !Catch::Contains("libtorch"));
  const std::string engine =
      (std::filesystem::path(OSTEON_CLI).parent_path() / "osteon-cli-ai").string();
  REQUIRE(std::filesystem::exists(engine));
  r = runCommand("ldd " + shellQuote(engine));
  CHECK_THAT(r.output, Catch::Contains("libtorch"));
  // Delegated: arguments, output and exit status pass through unchanged.
  r = runCommand(cli + " cobb --help");
  CHECK(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("usage: osteon-cli cobb"));
  r = runCommand(cli + " infer --task knee /nonexistent.dcm");
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("unknown task 'knee'"));
  // A missing engine is a clear error, not a crash.
  r = runCommand("OSTEON_CLI_ENGINE=/nonexistent/osteon-cli-ai " + cli + " cobb --help");
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("osteon-cli-ai"));
  CHECK_THAT(r.output, Catch::Contains("OSTEON_CLI_ENGINE"));
}

TEST_CASE(
    "the global options --verbose and --log reach the AI engine with the command line as given") {
  osteon::test::TempDir dir;
  const std::string cli = shellQuote(OSTEON_CLI);
  const auto read = [](const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  auto r = runCommand(cli + " cobb --help 2>/dev/null >" + shellQuote(dir.file("plain.out")));
  REQUIRE(r.status == 0);
  const std::string log = dir.file("cli.log");
  // A subshell: runCommand adds its own 2>&1 outside it.
  r = runCommand("(" + cli + " --log " + shellQuote(log) + " cobb --verbose --help 2>" +
                 shellQuote(dir.file("v.err")) + " >" + shellQuote(dir.file("v.out")) + ")");
  REQUIRE(r.status == 0);
  CHECK(read(dir.file("v.out")) == read(dir.file("plain.out")));
  const std::string err = read(dir.file("v.err"));
  CHECK_THAT(err, Catch::Contains("cli: cobb: handing the command to the AI engine"));
  CHECK_THAT(err, Catch::Contains("osteon-cli-ai"));  // the engine's own first line
  const std::string logged = read(log);
  CHECK_THAT(logged, Catch::Contains("handing the command to the AI engine"));
  CHECK_THAT(logged, Catch::Contains("osteon-cli-ai"));
}
