// osteon-cli train-landmarks, evaluate-landmarks and cobb (built with LibTorch).
//  train-landmarks: a spine landmark model on an AASCE-layout dataset, fixed held-out split.
//  evaluate-landmarks: landmark error and Cobb SMAPE of a model on a dataset's test split.
//  cobb: landmarks, the three Cobb angles, S-shape and the ALS reading of one AP radiograph.

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/args.h"
#include "app/cli/dicom_results.h"
#include "core/ai/classifier.h"
#include "core/ai/model_package.h"
#include "core/ai/preprocess.h"
#include "core/ai/spine_analyzer.h"
#include "core/ai/spine_landmarks.h"
#include "core/annotation/als.h"
#include "core/base/error.h"
#include "core/io/open.h"
#include "core/train/landmarks.h"

using nlohmann::json;

namespace osteon::cli {

namespace {

json evalJson(const train::LandmarkEval& e) {
  return {{"images", e.images},
          {"landmark_error_px_mean", e.meanErrorPx},
          {"landmark_error_px_median", e.medianErrorPx},
          {"cobb_smape_percent", e.smape},
          {"principal_angle_mae_deg", e.meanAbsPrincipal}};
}

std::string commandLine(int argc, char** argv) {
  std::string c = "osteon-cli";
  for (int i = 1; i < argc; ++i)
    c += std::string(" ") + argv[i];
  return c;
}

}  // namespace

int cmdTrainLandmarks(int argc, char** argv) {
  Args args(argc, argv, 2,
            {"--data", "--out", "--arch", "--epochs", "--batch", "--lr", "--width", "--height",
             "--test", "--val-every", "--seed", "--provenance", "--shape-loss"},
            {"--help", "--no-augment"});
  if (args.flag("--help") || !args.has("--data") || !args.has("--out")) {
    std::fputs(
        "usage: osteon-cli train-landmarks --data DIR --out MODEL.osteon [options]\n"
        "  --data DIR        AASCE layout: filenames.csv, landmarks.csv, angles.csv, images/\n"
        "  --arch A          landmarknet (default) or landmarknet-small\n"
        "  --width W --height H   input size, multiples of 32 (default 160 x 384)\n"
        "  --epochs N (100)  --batch N (16)  --lr X (1e-3, AdamW, cosine)  --seed S (1)\n"
        "  --test F          held-out fraction: the last rows of filenames.csv (default 0.2)\n"
        "  --val-every K     every K-th remaining row picks the best epoch (default 8)\n"
        "  --no-augment      no rotation/zoom/shift/mirror/intensity augmentation\n"
        "  --shape-loss W    add W x L1 of the endplate vectors (what Cobb angles depend on)\n"
        "Prints one line per epoch and the held-out test metrics; they are stored in the model.\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::useAllCores();
  const train::LandmarkDataset data = train::scanLandmarkDataset(args.value("--data"));
  std::printf("dataset: %s\n", data.text().c_str());
  train::LandmarkTrainOptions o;
  o.architecture = args.value("--arch", o.architecture);
  o.inputWidth = static_cast<int>(args.number("--width", o.inputWidth));
  o.inputHeight = static_cast<int>(args.number("--height", o.inputHeight));
  o.epochs = static_cast<int>(args.number("--epochs", o.epochs));
  o.batchSize = static_cast<int>(args.number("--batch", o.batchSize));
  o.learningRate = args.number("--lr", o.learningRate);
  o.testFraction = args.number("--test", o.testFraction);
  o.valEvery = static_cast<int>(args.number("--val-every", o.valEvery));
  o.seed = static_cast<unsigned>(args.number("--seed", 1));
  o.augment = !args.flag("--no-augment");
  o.shapeLoss = args.number("--shape-loss", 0);
  o.provenance = args.value("--provenance", "trained by Osteon: " + commandLine(argc, argv));
  const auto r =
      train::trainLandmarks(data, o, args.value("--out"), [](const train::LandmarkEpoch& e) {
        std::printf(
            "epoch %d: loss %.5f lr %.2e | val error %.1f px (median %.1f), Cobb SMAPE "
            "%.2f%% | %.1f s\n",
            e.epoch, e.trainLoss, e.learningRate, e.val.meanErrorPx, e.val.medianErrorPx,
            e.val.smape, e.seconds);
        std::fflush(stdout);
      });
  std::printf(
      "best epoch %d; held-out test (%d images): landmark error %.1f px mean, %.1f px "
      "median; Cobb SMAPE %.2f%%; principal angle MAE %.2f deg\nsaved %s (trained on %s)\n",
      r.bestEpoch, r.test.images, r.test.meanErrorPx, r.test.medianErrorPx, r.test.smape,
      r.test.meanAbsPrincipal, r.modelPath.c_str(), r.device.c_str());
  return 0;
}

int cmdEvaluateLandmarks(int argc, char** argv) {
  Args args(argc, argv, 2, {"--data", "--model", "--test", "--split"}, {"--help"});
  if (args.flag("--help") || !args.has("--data")) {
    std::fputs(
        "usage: osteon-cli evaluate-landmarks --data DIR [--model MODEL.osteon] [--split "
        "test|all]\n"
        "  Landmark error (pixels) and Cobb SMAPE (%) as JSON. --split test (default) uses the\n"
        "  held-out rows (the last --test fraction, default 0.2); all uses every row.\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::useAllCores();
  const ai::SpineLandmarkModel model(
      args.value("--model", ai::bundledModelPath("spine-landmarks.osteon")));
  const train::LandmarkDataset data = train::scanLandmarkDataset(args.value("--data"));
  std::vector<std::size_t> idx;
  const std::string split = args.value("--split", "test");
  if (split == "all") {
    for (std::size_t i = 0; i < data.samples.size(); ++i)
      idx.push_back(i);
  } else if (split == "test") {
    idx = train::splitLandmarkDataset(data.samples.size(), args.number("--test", 0.2), 8).test;
  } else {
    throw UsageError("--split is test or all");
  }
  const auto e = train::evaluateLandmarks(model, data, idx);
  std::cout << json{{"dataset", data.root}, {"split", split}, {"metrics", evalJson(e)}}.dump(2)
            << std::endl;
  return 0;
}

int cmdCobb(int argc, char** argv) {
  Args args(argc, argv, 2, {"--model", "--slice", "--als-model", "--sr"}, {"--help", "--json"});
  if (args.flag("--help") || args.positional().size() != 1) {
    std::fputs(
        "usage: osteon-cli cobb IMAGE [--json] [--model MODEL.osteon]\n"
        "  Detects the 68 vertebra corners (T1..L5) of an AP spine X-ray (DICOM or picture),\n"
        "  measures the three Cobb angles (AASCE definition), the S-shape and reads the ALS type\n"
        "  from the curve pattern. Default model: the bundled spine-landmarks.osteon.\n"
        "  --als-model M   also run an image-level ALS classifier (a package from\n"
        "                  'osteon-cli train') and show its probabilities beside the rules.\n"
        "  --sr OUT.dcm    also write the result (three Cobb angles with their end vertebrae,\n"
        "                  the 68 corners) as a DICOM SR Measurement Report (DICOM input only).\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::useAllCores();
  const ai::SpineAnalyzer analyzer(args.value("--model"));
  const image::Image img = io::openImage(args.positional()[0]);
  const int slice = static_cast<int>(args.number("--slice", img.depth() / 2));
  const ai::SpineAnalysis a = analyzer.analyze(img, slice);
  std::string srNote;
  if (args.has("--sr"))
    srNote = writeAutoCobbSr(args.positional()[0], slice, a.landmarks, args.value("--sr"));
  const auto& points = a.landmarks;
  const annotation::CobbResult& cobb = a.cobb;
  const annotation::AlsReading& als = a.als;
  const double ms = a.milliseconds;
  json classifier = nullptr;
  if (args.has("--als-model")) {
    const ai::Classifier model(args.value("--als-model"));
    const std::vector<double> p = model.predict(img, img.depth() / 2);
    const auto& names = model.info().classNames;
    if (p.size() != names.size())
      throw Error("--als-model " + args.value("--als-model") + " has " + std::to_string(p.size()) +
                  " outputs for " + std::to_string(names.size()) +
                  " classes: not a single-output classifier");
    json probs = json::object();
    for (std::size_t c = 0; c < names.size(); ++c)
      probs[names[c]] = p[c];
    const std::size_t best =
        static_cast<std::size_t>(std::max_element(p.begin(), p.end()) - p.begin());
    classifier = {
        {"type", names[best]}, {"probabilities", probs}, {"model", model.info().provenance}};
  }
  json lm = json::array();
  for (std::size_t i = 0; i < points.size(); ++i)
    lm.push_back({{"vertebra", annotation::kVertebraNames[i / 4]},
                  {"corner", ai::spineLandmarkOutputNames()[i].substr(
                                 2 + std::string(annotation::kVertebraNames[i / 4]).size() + 1)},
                  {"x", points[i].x},
                  {"y", points[i].y}});
  json curves = json::array();
  for (const auto& c : als.curves)
    curves.push_back(
        {{"upper_end", annotation::kVertebraNames[static_cast<std::size_t>(c.upperEnd)]},
         {"lower_end", annotation::kVertebraNames[static_cast<std::size_t>(c.lowerEnd)]},
         {"apex", annotation::kVertebraNames[static_cast<std::size_t>(c.apex)]},
         {"region", annotation::curveRegionName(c.region)},
         {"cobb_deg", c.cobb},
         {"convex_to", c.convexToImageRight ? "image right" : "image left"}});
  const json out = {
      {"image", args.positional()[0]},
      {"width", img.width()},
      {"height", img.height()},
      {"model", analyzer.provenance()},
      {"landmarks", lm},
      {"cobb",
       {{"principal_deg", cobb.principal},
        {"second_deg", cobb.second},
        {"third_deg", cobb.third},
        {"upper_end_vertebra", annotation::kVertebraNames[static_cast<std::size_t>(cobb.upper)]},
        {"lower_end_vertebra", annotation::kVertebraNames[static_cast<std::size_t>(cobb.lower)]},
        {"s_shaped", cobb.sShaped}}},
      {"als",
       {{"type", als.type.empty() ? json(nullptr) : json(als.type)},
        {"candidates", als.candidates},
        {"rule", als.rule},
        {"caveats", als.caveats},
        {"curves", curves},
        {"image_classifier", classifier}}},
      {"inference_ms", ms}};
  if (args.flag("--json")) {
    json o = out;
    if (args.has("--sr")) o["sr"] = args.value("--sr");
    std::cout << o.dump(2) << std::endl;
    return 0;
  }
  if (!srNote.empty()) std::printf("%s\n", srNote.c_str());
  std::printf("%s (%dx%d)\nCobb angles: %.1f (%s-%s), %.1f, %.1f degrees; %s\n",
              args.positional()[0].c_str(), img.width(), img.height(), cobb.principal,
              annotation::kVertebraNames[static_cast<std::size_t>(cobb.upper)],
              annotation::kVertebraNames[static_cast<std::size_t>(cobb.lower)], cobb.second,
              cobb.third, cobb.sShaped ? "S-shaped" : "C-shaped");
  std::printf("ALS: %s — %s\n",
              als.type.empty() ? (als.candidates.empty() ? "n/a" : "undecided") : als.type.c_str(),
              als.rule.c_str());
  if (!classifier.is_null())
    std::printf("ALS image classifier: %s (p = %.2f; %s)\n",
                classifier["type"].get<std::string>().c_str(),
                classifier["probabilities"][classifier["type"].get<std::string>()].get<double>(),
                classifier["model"].get<std::string>().c_str());
  std::printf("model: %s\n", analyzer.provenance().c_str());
  return 0;
}

}  // namespace osteon::cli
