// osteon-cli train and serve-json (built with LibTorch).
//  train: a classifier from a folder-per-class dataset (seed 003's layout), best checkpoint saved
//         as a model package; prints the validation report and per-epoch metrics.
//  serve-json: seed 003's run protocol on stdin/stdout, one JSON request a line, one JSON
//         response a line: {"img_path", "destination_path"} -> {"result": "ok"|"fail",
//         "diagnosis", "saliency_img_path", "overlay_img_path"}; bad input answers "fail" with a
//         reason and the server keeps running.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "app/cli/args.h"
#include "app/cli/dicom_results.h"
#include "core/ai/cam.h"
#include "core/ai/classifier.h"
#include "core/ai/device.h"
#include "core/ai/lumbar_localiser.h"
#include "core/ai/model_package.h"
#include "core/ai/preprocess.h"
#include "core/base/error.h"
#include "core/image/colormap.h"
#include "core/image/resample.h"
#include "core/image/window_level.h"
#include "core/io/image_file.h"
#include "core/io/open.h"
#include "core/train/dataset.h"
#include "core/train/evaluation.h"
#include "core/train/localiser_train.h"
#include "core/train/train_settings.h"
#include "core/train/trainer.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace osteon::cli {

namespace {

// Comma-separated numbers ("0.2,0.5,0.7").
std::vector<double> numberList(const std::string& text) {
  std::vector<double> v;
  for (std::size_t a = 0; a <= text.size();) {
    const std::size_t b = std::min(text.find(',', a), text.size());
    if (b > a) {
      try {
        v.push_back(std::stod(text.substr(a, b - a)));
      } catch (const std::exception&) {
        throw UsageError("'" + text + "' is not a list of numbers");
      }
    }
    a = b + 1;
  }
  return v;
}

// The usage lines of the scalar settings (core/train/train_settings.h): flag, help, configuration
// key and range, wrapped at 100 columns.
std::string settingsUsage() {
  std::string text;
  for (const train::TrainSetting& s : train::trainSettings()) {
    if (!*s.flag) continue;
    std::string head = std::string("  ") + s.flag;
    if (s.type != train::SettingType::Bool)
      head += s.type == train::SettingType::Double ? " X" : " N";
    // The help's words, then "(key, range)" or "(key = value)" kept whole.
    std::vector<std::string> words;
    for (std::size_t a = 0, b = 0; a < std::strlen(s.help); a = b + 1) {
      b = std::min(std::string(s.help).find(' ', a), std::strlen(s.help));
      words.push_back(std::string(s.help).substr(a, b - a));
    }
    words.push_back(s.type == train::SettingType::Bool
                        ? "(" + s.path() + " = " + (s.flagSets ? "true" : "false") + ")"
                        : "(" + s.path() + ", " + s.rangeText() + ")");
    if (head.size() < 24)
      head.resize(24, ' ');
    else
      head += "\n" + std::string(24, ' ');
    std::string line = head;
    std::size_t column = 24;
    for (const std::string& word : words) {
      if (column > 24 && column + word.size() + 1 > 100) {
        line += "\n" + std::string(26, ' ');
        column = 26;
      } else if (column > 24) {
        line += ' ';
        ++column;
      }
      line += word;
      column += word.size();
    }
    text += line + "\n";
  }
  return text;
}

}  // namespace

int cmdTrain(int argc, char** argv) {
  // The scalar settings' flags come from the table (--lr, --epochs, --no-augment, ...).
  std::set<std::string> valued = {"--config",      "--task",         "--data",
                                  "--out",         "--arch",         "--cam-layer",
                                  "--labels",      "--label-column", "--optimizer",
                                  "--scheduler",   "--monitor",      "--loss",
                                  "--focal-alpha", "--report",       "--kind",
                                  "--init-from",   "--write-config", "--preview-augment"},
                        flags = {"--help"};
  for (const train::TrainSetting& s : train::trainSettings())
    if (*s.flag) (s.type == train::SettingType::Bool ? flags : valued).insert(s.flag);
  Args args(argc, argv, 2, valued, flags);
  if (args.flag("--help")) {
    std::fputs(
        "usage: osteon-cli train --config FILE.json [options that override it]\n"
        "       osteon-cli train --data DIR --out MODEL.osteon [options]\n"
        "Dataset\n"
        "  --kind K        folder (default; DIR/<class>/<image>), csv (--labels CSV), rsna (an "
        "RSNA\n"
        "                  2024 training folder: crops around the coordinates, 3 severities),\n"
        "                  rsna-localiser (the lumbar level localiser from an RSNA folder's\n"
        "                  train_label_coordinates.csv + DICOM; defaults of --task "
        "lumbar-localiser)\n"
        "  --data DIR      dataset folder (csv: the folder image paths are relative to)\n"
        "  --labels CSV    image path + label CSV (columns filename|path|image and\n"
        "                  label|class|als_type|diagnosis, or --label-column NAME)\n"
        "Model\n"
        "  --task NAME     scoliosis | lumbar | osteoporosis | any name: also picks the seeds'\n"
        "                  defaults for everything not given\n"
        "  --arch A        resnet18, resnet34, resnet50, resnet101, efficientnet_b0..b3, cnn5;\n"
        "                  +seed000head for seed 000's dense head\n"
        "  --size N alone makes the input square; --size N --height N is width x height\n"
        "  --cam-layer L   the layer the model's CAM uses\n"
        "  --init-from M   start from this package's weights (fine-tuning)\n"
        "Optimisation\n"
        "  --optimizer adam|adamw|sgd   --scheduler none|plateau|cosine\n"
        "  --monitor val_loss|val_accuracy|macro_f1|roc_auc  (best checkpoint, plateau, stop)\n"
        "  --frozen-epochs N --unfreeze-blocks N: two-phase fine-tuning (needs --init-from\n"
        "                  a pretrained backbone: osteon-cli import-weights --backbone-only;\n"
        "                  --allow-random-frozen trains a head on a random backbone anyway)\n"
        "  --loss cross_entropy|focal  --focal-alpha a,b,c\n"
        "Output\n"
        "  --out MODEL.osteon   --report DIR (default MODEL-report: report.json, epochs.csv,\n"
        "                  loss.png, accuracy.png, confusion.png, the checkpoint)\n"
        "  --write-config FILE   write the resulting configuration and stop\n"
        "  --preview-augment IMAGE   write IMAGE's augmentations as a grid PNG to --out\n"
        "Settings (configuration key, range; the defaults are --task's)\n",
        stdout);
    std::fputs(settingsUsage().c_str(), stdout);
    return 0;
  }
  train::TrainConfig c;
  if (args.has("--config")) {
    c = train::TrainConfig::load(args.value("--config"));
  } else {
    c = train::TrainConfig::defaultsFor(
        args.value("--task", args.value("--kind") == "rsna-localiser" ? "lumbar-localiser"
                                                                      : "classification"));
    if (args.has("--labels")) c.datasetKind = "csv";
    if (!args.has("--task") && args.has("--data"))
      c.task = fs::path(args.value("--data")).filename().string();
  }
  if (args.has("--task")) c.task = args.value("--task");
  if (args.has("--kind")) c.datasetKind = args.value("--kind");
  if (args.has("--data")) c.data = args.value("--data");
  if (args.has("--labels")) c.labels = args.value("--labels");
  if (args.has("--label-column")) c.labelColumns = {args.value("--label-column")};
  if (args.has("--out")) c.out = args.value("--out");
  if (args.has("--report")) c.reportDir = args.value("--report");
  c.architecture = args.value("--arch", c.architecture);
  // The scalar settings: the value of each flag given, then each checked against its range
  // (after all are set: the validation fraction is only checked without K-fold).
  for (const train::TrainSetting& s : train::trainSettings()) {
    if (!*s.flag) continue;
    if (s.type == train::SettingType::Bool) {
      if (args.flag(s.flag)) s.set(c, s.flagSets);
      continue;
    }
    if (!args.has(s.flag)) continue;
    const double v = args.number(s.flag, 0);
    // Whole-number settings take the whole part, as always; a value their type cannot hold is
    // refused before it is converted.
    const bool fits =
        s.type == train::SettingType::Int
            ? v > std::numeric_limits<int>::min() - 1.0 && v < std::numeric_limits<int>::max() + 1.0
        : s.type == train::SettingType::Unsigned
            ? v > -1.0 && v < std::numeric_limits<unsigned>::max() + 1.0
            : true;
    if (!fits) throw UsageError(std::string("option ") + s.flag + " " + s.rangeProblem(v));
    s.set(c, v);
  }
  // --size alone means a square input; --height makes it width x height.
  if (args.has("--size") && !args.has("--height")) c.inputHeight = 0;
  for (const train::TrainSetting& s : train::trainSettings()) {
    if (!*s.flag || s.type == train::SettingType::Bool || !args.has(s.flag)) continue;
    if (s.checkedWhen && !s.checkedWhen(c)) continue;
    const std::string problem = s.rangeProblem(s.get(c));
    if (!problem.empty()) throw UsageError(std::string("option ") + s.flag + " " + problem);
  }
  c.camLayer = args.value("--cam-layer", c.camLayer);
  c.initFrom = args.value("--init-from", c.initFrom);
  c.optimizer = args.value("--optimizer", c.optimizer);
  c.scheduler = args.value("--scheduler", c.scheduler);
  c.monitor = args.value("--monitor", c.monitor);
  c.loss = args.value("--loss", c.loss);
  if (args.has("--focal-alpha")) c.focalAlpha = numberList(args.value("--focal-alpha"));
  if (c.frozenEpochs > 0 && c.initFrom.empty() && c.allowRandomFrozenBackbone)
    std::fprintf(stderr,
                 "WARNING: %d frozen epochs train only the head on a RANDOMLY initialised %s "
                 "backbone (no --init-from)\n",
                 c.frozenEpochs, c.architecture.c_str());
  else if (c.initFrom.empty() &&
           (c.architecture.rfind("resnet50", 0) == 0 || c.architecture.rfind("resnet101", 0) == 0 ||
            c.architecture.rfind("efficientnet", 0) == 0 ||
            c.architecture.rfind("inception", 0) == 0 || c.architecture.rfind("xception", 0) == 0 ||
            c.architecture.rfind("keras_", 0) == 0))
    std::fprintf(stderr,
                 "note: %s starts from random weights; the reference projects start from "
                 "ImageNet weights: osteon-cli import-weights --arch ARCH --backbone-only "
                 "WEIGHTS.pth BACKBONE.osteon, then --init-from BACKBONE.osteon\n",
                 c.architecture.c_str());
  if (!args.has("--config") && c.provenance.empty()) {
    std::string command = "osteon-cli";
    for (int i = 1; i < argc; ++i)
      command += std::string(" ") + argv[i];
    c.provenance = "trained by Osteon: " + command;
  }
  if (args.has("--preview-augment")) {
    if (c.out.empty()) throw UsageError("give --out PREVIEW.png");
    io::writeImageFile(train::augmentationPreview(args.value("--preview-augment"), c, 8, c.seed),
                       c.out);
    std::printf("wrote %s\n", c.out.c_str());
    return 0;
  }
  if (const std::string problem = c.validate(); !problem.empty())
    throw UsageError("training configuration: " + problem);
  if (args.has("--write-config")) {
    c.save(args.value("--write-config"));
    std::printf("wrote %s\n", args.value("--write-config").c_str());
    return 0;
  }
  const auto t0 = std::chrono::steady_clock::now();
  const train::DatasetReport data = train::loadDataset(c);
  std::printf("dataset (%s): %s\n", data.kind.c_str(), data.text().c_str());
  std::printf("checked in %.1f s\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  std::fflush(stdout);
  train::TrainCallbacks cb;
  cb.onLog = [](const std::string& s) {
    std::printf("%s\n", s.c_str());
    std::fflush(stdout);
  };
  cb.onEpoch = [&](const train::EpochRecord& e) {
    if (c.datasetKind == "rsna-localiser") return;  // its own epoch lines come through onLog
    std::printf(
        "%sepoch %d%s: lr %.2g | train loss %.4f acc %.3f | val loss %.4f acc %.3f macro-F1 "
        "%.3f AUC %.3f | %.1f s, %.0f img/s, data wait %.1f%%%s\n",
        c.folds > 1 ? ("fold " + std::to_string(e.fold) + " ").c_str() : "", e.epoch,
        e.phase == 2 ? " (fine-tune)" : "", e.learningRate, e.trainLoss, e.trainAccuracy, e.valLoss,
        e.valAccuracy, e.valMacroF1, e.valRocAuc, e.seconds, e.imagesPerSecond,
        100 * e.dataWaitFraction, e.best ? "  [best]" : "");
    std::fflush(stdout);
  };
  std::atomic<bool> cancel{false};
  const train::TrainReport r = train::train(c, data, cb, Progress({}, &cancel));
  const std::string dir = c.resolvedReportDir();
  r.write(dir);
  const auto s = r.summary();
  const auto fmt = [&](const char* key) {
    const auto& m = s.at(key);
    if (m.at("mean").is_null()) return std::string("n/a");
    char b[64];
    std::snprintf(b, sizeof b, "%.4f +- %.4f", m.at("mean").get<double>(),
                  m.at("sd").get<double>());
    return std::string(b);
  };
  std::printf("validation (best epoch%s): accuracy %s, macro-F1 %s, ROC AUC %s\n",
              r.folds.size() > 1 ? ", mean +- sd over folds" : "", fmt("accuracy").c_str(),
              fmt("macro_f1").c_str(), fmt("roc_auc").c_str());
  std::printf("model %s; report %s; %.1f s on %s\n", r.modelPath.c_str(), dir.c_str(), r.seconds,
              r.device.c_str());
  return r.cancelled ? 1 : 0;
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
// With `dicom` non-empty, the CAM also as a DICOM Parametric Map referencing the source slice.
json predict(const ai::Classifier& model, const std::string& imgPath, const std::string& dest,
             ai::CamMethod method, int forcedClass, const std::string& layer,
             const std::string& dicom = "") {
  try {
    const ai::ModelInfo& info = model.info();
    const image::Image img = io::openImage(imgPath);
    const std::vector<double> probs = model.predict(img, img.depth() / 2);
    if (probs.size() != info.classNames.size())
      throw Error("the model has " + std::to_string(probs.size()) + " outputs for " +
                  std::to_string(info.classNames.size()) + " classes");
    const int predicted =
        static_cast<int>(std::max_element(probs.begin(), probs.end()) - probs.begin());
    json probabilities = json::object();
    for (std::size_t c = 0; c < info.classNames.size(); ++c)
      probabilities[info.classNames[c]] = probs[c];
    json out = {{"result", "ok"},
                {"diagnosis", diagnosisOf(info.classNames[static_cast<std::size_t>(predicted)])},
                {"class", info.classNames[static_cast<std::size_t>(predicted)]},
                {"probability", probs[static_cast<std::size_t>(predicted)]},
                {"probabilities", probabilities},
                {"model", info.provenance},
                {"device", ai::describeDevice(model.device())},
                {"demo", model.isDemo()}};
    if (dest.empty()) return out;
    const int cls = forcedClass >= 0 ? forcedClass : predicted;
    // Saliency (jet) and overlay at the image's own size.
    const image::Image camFull = model.camImage(img, img.depth() / 2, cls, layer, method);
    const image::Image grey =
        image::windowTo8Bit(image::toFloat(img), image::defaultWindow(img), img.depth() / 2, false);
    image::Image saliency(image::PixelType::RGB8, {img.width(), img.height(), 1});
    for (std::size_t i = 0; i < saliency.voxelCount(); ++i) {
      const auto c = image::colormapRgb(image::Colormap::Jet, camFull.data<float>()[i]);
      std::copy(c.begin(), c.end(), saliency.bytes() + 3 * i);
    }
    // The seed's overlay: the map at 40 % over the whole picture (Osteon's one blend rule).
    const image::Image overlay = image::blendHeatmap(grey, camFull, {image::Colormap::Jet, 0.4, 0});
    std::error_code ec;
    fs::create_directories(dest, ec);
    const std::string stem = fs::path(imgPath).stem().string(), when = stamp();
    const std::string sPath = (fs::path(dest) / (stem + "_saliency_" + when + ".png")).string();
    const std::string oPath = (fs::path(dest) / (stem + "_overlay_" + when + ".png")).string();
    io::writeImageFile(saliency, sPath);
    io::writeImageFile(overlay, oPath);
    if (!dicom.empty()) {
      writeHeatmapParametricMap(imgPath, img.depth() / 2, camFull,
                                std::string(ai::camMethodName(method)) + " of class " +
                                    info.classNames[static_cast<std::size_t>(cls)],
                                dicom);
      out["dicom_path"] = dicom;
    }
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
  Args args(
      argc, argv, 2,
      {"--model", "--out", "--method", "--class", "--layer", "--score-cam-softmax", "--dicom"},
      {"--help"});
  if (args.flag("--help") || !args.has("--model") || !args.has("--out") ||
      args.positional().size() != 1) {
    std::fputs(
        "usage: osteon-cli gradcam --model MODEL.osteon --out DIR IMAGE [--method M] [--class N] "
        "[--layer L]\n"
        "       [--score-cam-softmax classes|channels]\n"
        "  Writes <image>_saliency_<time>.png (the map, jet) and <image>_overlay_<time>.png in DIR "
        "and\n"
        "  prints the prediction as JSON. M: gradcam (default), gradcam++, layercam, eigencam,\n"
        "  scorecam, scorecam-channels; N: class index (default: the predicted class); L: conv1,\n"
        "  layer1..layer4. Score-CAM weights each channel by the softmax over the classes of the\n"
        "  masked image (Wang et al. 2020, the default: classes); channels weights by the softmax\n"
        "  over the channels of the raw class logit, as pytorch-grad-cam does (= "
        "scorecam-channels).\n"
        "  --dicom OUT.dcm  also write the map as a DICOM Parametric Map (float, referencing the\n"
        "                   source slice; DICOM input only).\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::CamMethod method = ai::camMethodFromName(args.value("--method", "gradcam"));
  if (args.has("--score-cam-softmax")) {
    const std::string softmax = args.value("--score-cam-softmax");
    if (softmax != "classes" && softmax != "channels") {
      std::fprintf(stderr, "error: --score-cam-softmax is classes or channels, not '%s'\n",
                   softmax.c_str());
      return 2;
    }
    if (method != ai::CamMethod::ScoreCam && method != ai::CamMethod::ScoreCamChannels) {
      std::fputs("error: --score-cam-softmax applies to --method scorecam only\n", stderr);
      return 2;
    }
    method = softmax == "channels" ? ai::CamMethod::ScoreCamChannels : ai::CamMethod::ScoreCam;
  }
  ai::useAllCores();
  const ai::Classifier m(args.value("--model"));
  const json r = predict(m, args.positional()[0], args.value("--out"), method,
                         static_cast<int>(args.number("--class", -1)), args.value("--layer"),
                         args.value("--dicom"));
  std::cout << r.dump(2) << std::endl;
  return r["result"] == "ok" ? 0 : 1;
}

int cmdEvaluate(int argc, char** argv) {
  Args args(argc, argv, 2,
            {"--model", "--data", "--masks", "--methods", "--layer", "--labels", "--label-column",
             "--report"},
            {"--help"});
  if (args.flag("--help") || !args.has("--model") || !args.has("--data")) {
    std::fputs(
        "usage: osteon-cli evaluate --model MODEL.osteon --data DIR [--masks DIR] [--methods "
        "M,..]\n"
        "  Accuracy and confusion matrix on a folder-per-class dataset, as JSON. With --masks\n"
        "  (MASKS/<image stem>.png, non-zero = lesion), the pointing game of each CAM method:\n"
        "  how often the heatmap peak for the true class falls inside the mask. Methods:\n"
        "  gradcam,gradcam++,layercam,eigencam,scorecam (default: all five), scorecam-channels.\n"
        "  --labels CSV reads\n"
        "  an image + label CSV instead of class folders (as train does). --report DIR writes\n"
        "  report.json, predictions.csv (probabilities per image) and confusion.png.\n"
        "  A lumbar level localiser package (train --kind rsna-localiser) is evaluated on the\n"
        "  RSNA folder DIR instead: per condition and level the point error in mm (PixelSpacing),\n"
        "  the slice error (instances) and the level-assignment accuracy.\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::useAllCores();
  if (ai::loadModel(args.value("--model")).info.task == ai::lumbar::kLocaliserTask) {
    // A lumbar level localiser: point error (mm), slice error and level accuracy per condition
    // and level on every study of an RSNA folder.
    const ai::lumbar::LumbarLocaliser model(args.value("--model"));
    const train::LocaliserData data = train::loadLocaliserData(args.value("--data"));
    std::vector<std::size_t> all(data.studies.size());
    for (std::size_t i = 0; i < all.size(); ++i)
      all[i] = i;
    const train::LocaliserEval e = train::evaluateLocaliser(model, data, all);
    json j = {{"result", "ok"},
              {"kind", "lumbar-localiser"},
              {"model", args.value("--model")},
              {"provenance", model.info().provenance},
              {"data", args.value("--data")},
              {"problems", data.problems},
              {"evaluation", e.toJson()}};
    if (model.isDemo()) j["label"] = ai::kDemoLabel;
    if (args.has("--report")) {
      fs::create_directories(args.value("--report"));
      std::ofstream out(fs::path(args.value("--report")) / "report.json");
      out << j.dump(2) << "\n";
      if (!out) throw Error(fileError(args.value("--report"), "cannot write report.json"));
      std::fprintf(stderr, "report written to %s\n", args.value("--report").c_str());
    }
    std::cout << j.dump(2) << std::endl;
    return 0;
  }
  std::vector<ai::CamMethod> methods;
  std::string list = args.value("--methods", "gradcam,gradcam++,layercam,eigencam,scorecam");
  for (std::size_t a = 0; a <= list.size();) {
    const std::size_t b = std::min(list.find(',', a), list.size());
    if (b > a) methods.push_back(ai::camMethodFromName(list.substr(a, b - a)));
    a = b + 1;
  }
  std::vector<std::string> labelColumns;
  if (args.has("--label-column")) labelColumns.push_back(args.value("--label-column"));
  const train::DatasetReport data =
      args.has("--labels")
          ? train::scanCsvDataset(args.value("--labels"), args.value("--data"), labelColumns)
          : train::scanFolderDataset(args.value("--data"));
  if (!data.problems.empty())
    std::fprintf(stderr, "dataset: %zu problem(s), first: %s\n", data.problems.size(),
                 data.problems.front().c_str());
  const auto e = train::evaluateClassifier(
      args.value("--model"), data, args.value("--masks"),
      args.has("--masks") ? methods : std::vector<ai::CamMethod>{}, args.value("--layer"));
  if (args.has("--report")) {
    e.write(args.value("--report"));
    std::fprintf(stderr, "report written to %s\n", args.value("--report").c_str());
  }
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
