// osteon-cli train and serve-json (built with LibTorch).
//  train: a classifier from a folder-per-class dataset (seed 003's layout), best checkpoint saved
//         as a model package; prints the validation report and per-epoch metrics.
//  serve-json: seed 003's run protocol on stdin/stdout, one JSON request a line, one JSON
//         response a line: {"img_path", "destination_path"} -> {"result": "ok"|"fail",
//         "diagnosis", "saliency_img_path", "overlay_img_path"}; bad input answers "fail" with a
//         reason and the server keeps running.

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "app/cli/args.h"
#include "core/ai/cam.h"
#include "core/ai/classifier.h"
#include "core/ai/model_package.h"
#include "core/ai/preprocess.h"
#include "core/base/error.h"
#include "core/image/colormap.h"
#include "core/image/resample.h"
#include "core/image/window_level.h"
#include "core/io/image_file.h"
#include "core/io/open.h"
#include "core/train/classification.h"
#include "core/train/evaluation.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace osteon::cli {

int cmdTrain(int argc, char** argv) {
  Args args(
      argc, argv, 2,
      {"--task", "--data", "--out", "--arch", "--epochs", "--batch", "--lr", "--size", "--seed",
       "--val", "--height", "--rolling-ball", "--cam-layer", "--labels", "--label-column"},
      {"--help", "--demo"});
  if (args.flag("--help")) {
    std::fputs(
        "usage: osteon-cli train --data DIR --out MODEL.osteon [options]\n"
        "  --data DIR      folder-per-class dataset (e.g. 1_healthy/ and 3_osteoporosis/), or\n"
        "                  with --labels the folder the CSV's image paths are relative to\n"
        "  --labels CSV    image path + label CSV (columns filename|path|image and\n"
        "                  label|class|als_type|diagnosis, or --label-column NAME)\n"
        "  --task NAME     task name stored in the model (default: the data folder's name)\n"
        "  --arch A        resnet18 (default), resnet34, resnet50, resnet101, "
        "efficientnet_b0..b3,\n"
        "                  cnn5 (seed 004); append +seed000head for seed 000's dense head\n"
        "  --epochs N      (default 10)   --batch N (default 16)   --lr X (default 1e-3, Adam)\n"
        "  --size N        input size in pixels (default 224)   --val F validation fraction (0.2)\n"
        "  --height N      input height when it differs from --size (e.g. 2:1 panoramics)\n"
        "  --rolling-ball R  rolling-ball background removal, radius R image pixels (seed 003)\n"
        "  --cam-layer L   the CAM layer stored in the model (default: the network's last)\n"
        "  --demo          label the model 'demo: trained on synthetic phantoms, not for clinical\n"
        "                  use' (for models trained on Osteon's phantoms)\n"
        "  --seed S        deterministic split, initialisation and augmentation (default 1)\n"
        "Prints the dataset report, then one line per epoch; the best epoch (validation\n"
        "accuracy) is saved.\n",
        stdout);
    return 0;
  }
  if (!args.has("--data") || !args.has("--out"))
    throw UsageError("give --data DIR and --out MODEL.osteon");
  ai::useAllCores();
  const train::DatasetReport data =
      args.has("--labels") ? train::scanCsvDataset(args.value("--labels"), args.value("--data"),
                                                   args.value("--label-column"))
                           : train::scanFolderDataset(args.value("--data"));
  std::printf("dataset: %s\n", data.text().c_str());
  train::TrainOptions o;
  o.task = args.value("--task", fs::path(args.value("--data")).filename().string());
  o.architecture = args.value("--arch", o.architecture);
  o.epochs = static_cast<int>(args.number("--epochs", o.epochs));
  o.batchSize = static_cast<int>(args.number("--batch", o.batchSize));
  o.learningRate = args.number("--lr", o.learningRate);
  o.inputSize = static_cast<int>(args.number("--size", o.inputSize));
  o.inputHeight = static_cast<int>(args.number("--height", 0));
  o.rollingBallRadius = static_cast<int>(args.number("--rolling-ball", 0));
  o.validationFraction = args.number("--val", o.validationFraction);
  o.seed = static_cast<unsigned>(args.number("--seed", 1));
  std::string command = "osteon-cli";
  for (int i = 1; i < argc; ++i)
    command += std::string(" ") + argv[i];
  o.camLayer = args.value("--cam-layer");
  o.provenance = std::string(args.flag("--demo")
                                 ? "demo: trained on synthetic phantoms, not for clinical use; "
                                 : "") +
                 "trained by Osteon: " + command;
  const auto r =
      train::trainClassifier(data, o, args.value("--out"), [](const train::EpochStats& s) {
        std::printf("epoch %d: train loss %.4f acc %.3f | val loss %.4f acc %.3f | %.1f s\n",
                    s.epoch, s.trainLoss, s.trainAccuracy, s.valLoss, s.valAccuracy, s.seconds);
        std::fflush(stdout);
      });
  std::printf("best epoch %d, validation accuracy %.3f, saved %s\n", r.bestEpoch, r.bestValAccuracy,
              r.modelPath.c_str());
  return 0;
}

namespace {

std::string diagnosisOf(const std::string& cls) {
  std::string l = cls;
  for (char& c : l)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (l.find("osteopor") != std::string::npos) return "Patient with Osteoporosis";
  if (l.find("health") != std::string::npos) return "Healthy Patient";
  return cls;
}

std::string stamp() {
  const std::time_t t = std::time(nullptr);
  char b[32];
  std::strftime(b, sizeof b, "%Y%m%d%H%M%S", std::localtime(&t));
  return b;
}

// Prediction for one image; with `dest` non-empty, the CAM saliency and overlay PNGs too.
json predict(const ai::Classifier& model, const std::string& imgPath, const std::string& dest,
             ai::CamMethod method, int forcedClass, const std::string& layer) {
  try {
    const ai::ModelInfo& info = model.info();
    const image::Image img = io::openImage(imgPath);
    const torch::Tensor x = model.input(img, img.depth() / 2);
    const torch::Tensor probs = model.probabilities(x)[0];
    const int predicted = static_cast<int>(probs.argmax().item<int64_t>());
    json probabilities = json::object();
    for (std::size_t c = 0; c < info.classNames.size(); ++c)
      probabilities[info.classNames[c]] = probs[static_cast<long>(c)].item<double>();
    json out = {{"result", "ok"},
                {"diagnosis", diagnosisOf(info.classNames[static_cast<std::size_t>(predicted)])},
                {"class", info.classNames[static_cast<std::size_t>(predicted)]},
                {"probability", probs[predicted].item<double>()},
                {"probabilities", probabilities},
                {"model", info.provenance},
                {"demo", model.isDemo()}};
    if (dest.empty()) return out;
    const int cls = forcedClass >= 0 ? forcedClass : predicted;
    const ai::CamResult cam = model.cam(x, cls, layer, method);
    // Saliency (jet) and overlay at the image's own size.
    const image::Image camFull = ai::camToImage(cam.map, img.width(), img.height());
    const image::Image grey =
        image::windowTo8Bit(image::toFloat(img), image::defaultWindow(img), img.depth() / 2, false);
    image::Image saliency(image::PixelType::RGB8, {img.width(), img.height(), 1}),
        overlay(image::PixelType::RGB8, {img.width(), img.height(), 1});
    for (std::size_t i = 0; i < saliency.voxelCount(); ++i) {
      const auto c = image::colormapRgb(image::Colormap::Jet, camFull.data<float>()[i]);
      const double g = grey.bytes()[i];
      for (int k = 0; k < 3; ++k) {
        saliency.bytes()[3 * i + static_cast<std::size_t>(k)] = c[static_cast<std::size_t>(k)];
        overlay.bytes()[3 * i + static_cast<std::size_t>(k)] =
            static_cast<std::uint8_t>(0.6 * g + 0.4 * c[static_cast<std::size_t>(k)]);
      }
    }
    std::error_code ec;
    fs::create_directories(dest, ec);
    const std::string stem = fs::path(imgPath).stem().string(), when = stamp();
    const std::string sPath = (fs::path(dest) / (stem + "_saliency_" + when + ".png")).string();
    const std::string oPath = (fs::path(dest) / (stem + "_overlay_" + when + ".png")).string();
    io::writeImageFile(saliency, sPath);
    io::writeImageFile(overlay, oPath);
    out["saliency_img_path"] = sPath;
    out["overlay_img_path"] = oPath;
    out["cam"] = {{"method", ai::camMethodName(method)},
                  {"class", info.classNames[static_cast<std::size_t>(cls)]},
                  {"layer", layer.empty() ? info.camLayer : layer}};
    return out;
  } catch (const std::exception& e) {
    return {{"result", "fail"}, {"reason", e.what()}};
  }
}

json answer(const ai::Classifier& m, const json& req) {
  if (!req.is_object() || !req.contains("img_path") || !req.contains("destination_path") ||
      !req["img_path"].is_string() || !req["destination_path"].is_string())
    return {{"result", "fail"},
            {"reason", "a request needs \"img_path\" and \"destination_path\" strings"}};
  return predict(m, req["img_path"], req["destination_path"], ai::CamMethod::GradCam, -1, "");
}

}  // namespace

int cmdInfer(int argc, char** argv) {
  Args args(argc, argv, 2, {"--model"}, {"--help"});
  if (args.flag("--help") || !args.has("--model") || args.positional().empty()) {
    std::fputs(
        "usage: osteon-cli infer --model MODEL.osteon IMAGE...\n"
        "  One JSON line per image: class, probabilities, diagnosis (or result fail + reason).\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::useAllCores();
  const ai::Classifier m(args.value("--model"));
  int failures = 0;
  for (const std::string& p : args.positional()) {
    json r = predict(m, p, "", ai::CamMethod::GradCam, -1, "");
    r["img_path"] = p;
    failures += r["result"] == "ok" ? 0 : 1;
    std::cout << r.dump() << std::endl;
  }
  return failures == 0 ? 0 : 1;
}

int cmdGradcam(int argc, char** argv) {
  Args args(argc, argv, 2, {"--model", "--out", "--method", "--class", "--layer"}, {"--help"});
  if (args.flag("--help") || !args.has("--model") || !args.has("--out") ||
      args.positional().size() != 1) {
    std::fputs(
        "usage: osteon-cli gradcam --model MODEL.osteon --out DIR IMAGE [--method M] [--class N] "
        "[--layer L]\n"
        "  Writes <image>_saliency_<time>.png (the map, jet) and <image>_overlay_<time>.png in DIR "
        "and\n"
        "  prints the prediction as JSON. M: gradcam (default), gradcam++, layercam, eigencam,\n"
        "  scorecam; N: class index (default: the predicted class); L: conv1, layer1..layer4.\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::useAllCores();
  const ai::Classifier m(args.value("--model"));
  const json r = predict(m, args.positional()[0], args.value("--out"),
                         ai::camMethodFromName(args.value("--method", "gradcam")),
                         static_cast<int>(args.number("--class", -1)), args.value("--layer"));
  std::cout << r.dump(2) << std::endl;
  return r["result"] == "ok" ? 0 : 1;
}

int cmdEvaluate(int argc, char** argv) {
  Args args(argc, argv, 2,
            {"--model", "--data", "--masks", "--methods", "--layer", "--labels", "--label-column"},
            {"--help"});
  if (args.flag("--help") || !args.has("--model") || !args.has("--data")) {
    std::fputs(
        "usage: osteon-cli evaluate --model MODEL.osteon --data DIR [--masks DIR] [--methods "
        "M,..]\n"
        "  Accuracy and confusion matrix on a folder-per-class dataset, as JSON. With --masks\n"
        "  (MASKS/<image stem>.png, non-zero = lesion), the pointing game of each CAM method:\n"
        "  how often the heatmap peak for the true class falls inside the mask. Methods:\n"
        "  gradcam,gradcam++,layercam,eigencam,scorecam (default: all five). --labels CSV reads\n"
        "  an image + label CSV instead of class folders (as train does).\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::useAllCores();
  std::vector<ai::CamMethod> methods;
  std::string list = args.value("--methods", "gradcam,gradcam++,layercam,eigencam,scorecam");
  for (std::size_t a = 0; a <= list.size();) {
    const std::size_t b = std::min(list.find(',', a), list.size());
    if (b > a) methods.push_back(ai::camMethodFromName(list.substr(a, b - a)));
    a = b + 1;
  }
  const train::DatasetReport data =
      args.has("--labels") ? train::scanCsvDataset(args.value("--labels"), args.value("--data"),
                                                   args.value("--label-column"))
                           : train::scanFolderDataset(args.value("--data"));
  const auto e = train::evaluateClassifier(
      args.value("--model"), data, args.value("--masks"),
      args.has("--masks") ? methods : std::vector<ai::CamMethod>{}, args.value("--layer"));
  std::cout << e.toJson().dump(2) << std::endl;
  return 0;
}

int cmdServeJson(int argc, char** argv) {
  Args args(argc, argv, 2, {"--model"}, {"--help"});
  if (args.flag("--help")) {
    std::fputs(
        "usage: osteon-cli serve-json [--model MODEL.osteon]\n"
        "  Without --model: the bundled osteoporosis demo model (trained on synthetic phantoms,\n"
        "  not for clinical use).\n"
        "  Reads one JSON request a line on stdin: {\"img_path\": ..., \"destination_path\": ...}\n"
        "  and answers one JSON line on stdout: {\"result\": \"ok\", \"diagnosis\": ...,\n"
        "  \"saliency_img_path\": ..., \"overlay_img_path\": ...} or {\"result\": \"fail\",\n"
        "  \"reason\": ...}. The images are a Grad-CAM map and its overlay on the radiograph.\n",
        stdout);
    return 0;
  }
  ai::useAllCores();
  const ai::Classifier m(args.value("--model", ai::bundledModelPath("osteoporosis-demo.osteon")));
  std::fprintf(stderr, "Loaded pretrained weights (%s, %s)\n", m.info().architecture.c_str(),
               m.info().provenance.c_str());
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json res;
    try {
      res = answer(m, json::parse(line));
    } catch (const json::exception& e) {
      res = {{"result", "fail"}, {"reason", std::string("not a JSON request: ") + e.what()}};
    }
    std::cout << res.dump() << std::endl;
  }
  return 0;
}

}  // namespace osteon::cli
