// osteon-cli commands that go through the task plugins (plugins/):
//  infer --task T    the task's bundled demo model (or --model) on images or lumbar studies;
//                    inputs the task does not accept are refused (exit 3) unless --force
//  submit            an RSNA 2024 submission CSV for a folder of studies in Kaggle layout
//  crops             an RSNA training folder -> folder-per-class lumbar crops for `train`

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "app/cli/args.h"
#include "core/ai/networks.h"
#include "core/ai/task_input_check.h"
#include "core/annotation/csv.h"
#include "core/annotation/rsna_dataset.h"
#include "core/base/error.h"
#include "core/image/colormap.h"
#include "core/image/window_level.h"
#include "core/io/image_file.h"
#include "core/io/open.h"
#include "core/train/rsna_crops.h"
#include "plugins/lumbar/lumbar_task.h"
#include "plugins/registry.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace osteon::cli {

namespace {

json resultJson(const ai::TaskResult& r) {
  json outs = json::array();
  for (const auto& o : r.outputs) {
    json p = json::object();
    for (std::size_t c = 0; c < r.classNames.size() && c < o.probabilities.size(); ++c)
      p[r.classNames[c]] = o.probabilities[c];
    const auto best = static_cast<std::size_t>(std::max(0, o.best()));
    json jo = {{"name", o.name},
               {"class", o.best() >= 0 ? r.classNames[best] : ""},
               {"display", o.best() >= 0 ? r.displayName(best) : ""},
               {"probabilities", p},
               {"measured", o.measured}};
    if (!o.note.empty()) jo["note"] = o.note;
    outs.push_back(jo);
  }
  // Raw class names stay the keys scripts rely on; "class_display_names" gives the words shown.
  json names = json::object();
  for (std::size_t c = 0; c < r.classNames.size(); ++c)
    names[r.classNames[c]] = r.displayName(c);
  json j = {{"result", "ok"},
            {"task", r.task},
            {"class_display_names", names},
            {"summary", r.summary()},
            {"outputs", outs},
            {"model", r.modelPath},
            {"provenance", r.provenance},
            {"milliseconds", r.milliseconds}};
  if (!r.device.empty()) j["device"] = r.device;
  if (r.demo) j["label"] = ai::kDemoLabel;
  return j;
}

// series id -> description from a *_series_descriptions.csv, for one study.
std::map<std::string, std::string> descriptionsFor(const annotation::CsvTable& t,
                                                   const std::string& study) {
  std::map<std::string, std::string> m;
  const int st = t.column("study_id"), se = t.column("series_id"),
            de = t.column("series_description");
  if (st < 0 || se < 0 || de < 0) return m;
  for (const auto& row : t.rows)
    if (row[static_cast<std::size_t>(st)] == study)
      m[row[static_cast<std::size_t>(se)]] = row[static_cast<std::size_t>(de)];
  return m;
}

// A study folder (<study>/<series>/<instance>.dcm) as a lumbar task input.
ai::TaskInput loadStudy(const fs::path& dir, const annotation::CsvTable* descriptions,
                        const annotation::RsnaDataset& coords) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw Error(fileError(dir.string(), "not a study folder (<study>/<series>/*.dcm)"));
  ai::TaskInput in;
  in.studyId = dir.filename().string();
  const auto desc = descriptions ? descriptionsFor(*descriptions, in.studyId)
                                 : std::map<std::string, std::string>{};
  std::vector<fs::path> seriesDirs;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_directory()) seriesDirs.push_back(e.path());
  std::sort(seriesDirs.begin(), seriesDirs.end());
  for (const auto& sd : seriesDirs) {
    io::OpenedSeries s = io::openSeries(sd.string());
    ai::TaskSeries ts;
    ts.seriesId = sd.filename().string();
    const auto it = desc.find(ts.seriesId);
    ts.description = it != desc.end() ? it->second : s.description;
    ts.instanceNumbers = std::move(s.instanceNumbers);
    ts.volume = std::make_shared<const image::Image>(std::move(s.volume));
    in.series.push_back(std::move(ts));
  }
  if (in.series.empty()) throw Error(fileError(dir.string(), "no series folders in this study"));
  in.coordinates = coords.coordinates(in.studyId);
  return in;
}

void writeHeatmapPng(const ai::TaskInput& in, const ai::TaskExplanation& e,
                     const std::string& path) {
  const image::Image& img =
      e.seriesIndex < 0 ? *in.image : *in.series[static_cast<std::size_t>(e.seriesIndex)].volume;
  const image::Image grey =
      image::windowTo8Bit(image::toFloat(img), image::defaultWindow(img), e.slice, false);
  image::Image out(image::PixelType::RGB8, {img.width(), img.height(), 1});
  for (std::size_t i = 0; i < grey.voxelCount(); ++i) {
    const float h = e.heatmap.data<float>()[i];
    const auto c = image::colormapRgb(image::Colormap::Jet, h);
    const double a = 0.45 * std::min(1.0, h * 3.0);  // faint where the map is near zero
    for (int k = 0; k < 3; ++k)
      out.bytes()[3 * i + static_cast<std::size_t>(k)] =
          static_cast<std::uint8_t>((1 - a) * grey.bytes()[i] + a * c[static_cast<std::size_t>(k)]);
  }
  io::writeImageFile(out, path);
}

}  // namespace

int cmdInferTask(int argc, char** argv) {
  Args args(argc, argv, 2,
            {"--task", "--model", "--coordinates", "--series-descriptions", "--cam", "--method",
             "--layer"},
            {"--help", "--force"});
  if (args.flag("--help") || args.positional().empty()) {
    std::fputs(
        "usage: osteon-cli infer --task scoliosis|osteoporosis [--model M] IMAGE... [--cam DIR]\n"
        "                        [--force]\n"
        "       osteon-cli infer --task lumbar [--model M] --coordinates CSV STUDY_DIR... "
        "[--force]\n"
        "  Runs a task plugin (default: its bundled demo model) and prints one JSON line per\n"
        "  input: the outputs with their class probabilities, the summary, and the demo label\n"
        "  for models trained on synthetic phantoms. Lumbar studies are <study>/<series>/*.dcm\n"
        "  folders; --coordinates is a train_label_coordinates.csv-style file and\n"
        "  --series-descriptions a *_series_descriptions.csv (default: DICOM descriptions).\n"
        "  --cam DIR writes <input>_cam.png: the heatmap of the predicted class (lumbar: of the\n"
        "  most severe measured target) over the image; --method M (gradcam ...), --layer L.\n"
        "  Each input is checked against what the task accepts (osteoporosis: one panoramic\n"
        "  dental radiograph, PX or DX/CR of the jaw, or a wide picture; scoliosis: one AP spine\n"
        "  radiograph, DX/CR of the spine, or a tall picture; lumbar: an MR study with sagittal\n"
        "  T1, sagittal T2/STIR or axial T2 series). An input that does not fit is refused with\n"
        "  the reason ({\"result\":\"refused\"}); --force runs it anyway (research use; the\n"
        "  JSON then carries the reason as \"warning\").\n"
        "  Exit status: 0 every input ran, 1 an input failed, 3 an input was refused (no\n"
        "  failure), 2 usage.\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::useAllCores();
  auto task = plugins::makeTask(args.value("--task"));
  task->load(args.value("--model"));
  const bool lumbar = task->name() == "lumbar";
  const annotation::RsnaDataset coords =
      args.has("--coordinates")
          ? annotation::RsnaDataset::loadCoordinateFile(args.value("--coordinates"))
          : annotation::RsnaDataset::empty();
  annotation::CsvTable descriptions;
  if (args.has("--series-descriptions"))
    descriptions = annotation::readCsv(args.value("--series-descriptions"));
  const bool force = args.flag("--force");
  int failures = 0, refused = 0;
  for (const std::string& p : args.positional()) {
    json r;
    try {
      ai::TaskInput in;
      if (lumbar) {
        in = loadStudy(p, args.has("--series-descriptions") ? &descriptions : nullptr, coords);
      } else {
        auto img = std::make_shared<image::Image>(io::openImage(p));
        in.slice = img->depth() / 2;
        in.image = std::move(img);
      }
      const ai::InputCheck check = ai::checkTaskInput(task->name(), task->accepts(), in);
      if (!check.ok && !force) {
        std::fprintf(stderr, "%s: %s (--force runs it anyway, for research use)\n", p.c_str(),
                     check.reason.c_str());
        r = {{"result", "refused"}, {"reason", check.reason}};
        ++refused;
        r["input"] = p;
        std::cout << r.dump() << std::endl;
        continue;
      }
      const ai::TaskResult res = task->run(in);
      r = resultJson(res);
      if (!check.ok) r["warning"] = check.reason + " (run with --force, for research use)";
      if (args.has("--cam")) {
        // The predicted class; for lumbar the measured target with the highest severe score.
        int output = 0;
        double worst = -1;
        for (std::size_t o = 0; o < res.outputs.size(); ++o)
          if (res.outputs[o].measured && res.outputs[o].probabilities.back() > worst)
            worst = res.outputs[o].probabilities.back(), output = static_cast<int>(o);
        const int cls = res.outputs[static_cast<std::size_t>(output)].best();
        const ai::TaskExplanation e = task->explain(
            in, output, cls, args.value("--method", "gradcam"), args.value("--layer"));
        fs::create_directories(args.value("--cam"));
        const std::string out =
            (fs::path(args.value("--cam")) / (fs::path(p).filename().stem().string() + "_cam.png"))
                .string();
        writeHeatmapPng(in, e, out);
        r["cam"] = {{"path", out},
                    {"output", res.outputs[static_cast<std::size_t>(output)].name},
                    {"class", res.classNames[static_cast<std::size_t>(cls)]},
                    {"method", e.method},
                    {"layer", e.layer}};
      }
    } catch (const std::exception& e) {  // osteon::Error, and filesystem errors on odd paths
      r = {{"result", "fail"}, {"reason", e.what()}};
      ++failures;
    }
    r["input"] = p;
    std::cout << r.dump() << std::endl;
  }
  return failures > 0 ? 1 : refused > 0 ? 3 : 0;
}

int cmdSubmit(int argc, char** argv) {
  Args args(argc, argv, 2,
            {"--data", "--coordinates", "--out", "--model", "--images", "--series-descriptions"},
            {"--help"});
  if (args.flag("--help") || !args.has("--data") || !args.has("--out")) {
    std::fputs(
        "usage: osteon-cli submit --data DIR --out submission.csv [--coordinates CSV] [--model M]\n"
        "  An RSNA 2024 submission (row_id,normal_mild,moderate,severe; 25 rows a study) for\n"
        "  every study under DIR/<test|train>_images/ (or --images FOLDER). Coordinates come from\n"
        "  --coordinates (default DIR/<split>_label_coordinates.csv); series descriptions from\n"
        "  DIR/<split>_series_descriptions.csv when present. Targets without a coordinate get the\n"
        "  model's training prior and are counted on stderr. Default model: the bundled lumbar "
        "demo\n"
        "  (trained on synthetic phantoms, not for clinical use).\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::useAllCores();
  const fs::path root = args.value("--data");
  fs::path images = args.value("--images");
  std::string split;
  if (images.empty())
    for (const char* s : {"test", "train"})
      if (fs::is_directory(root / (std::string(s) + "_images"))) {
        images = root / (std::string(s) + "_images");
        split = s;
        break;
      }
  if (images.empty() || !fs::is_directory(images))
    throw Error(fileError(root.string(), "no test_images/ or train_images/ folder (use --images)"));
  std::string coordPath = args.value("--coordinates");
  if (coordPath.empty() && !split.empty() && fs::exists(root / (split + "_label_coordinates.csv")))
    coordPath = (root / (split + "_label_coordinates.csv")).string();
  const annotation::RsnaDataset coords =
      coordPath.empty() ? annotation::RsnaDataset::empty()
                        : annotation::RsnaDataset::loadCoordinateFile(coordPath);
  std::string descPath = args.value("--series-descriptions");
  if (descPath.empty() && !split.empty() && fs::exists(root / (split + "_series_descriptions.csv")))
    descPath = (root / (split + "_series_descriptions.csv")).string();
  annotation::CsvTable descriptions;
  if (!descPath.empty()) descriptions = annotation::readCsv(descPath);
  auto task = plugins::makeTask("lumbar");
  task->load(args.value("--model"));
  std::vector<fs::path> studies;
  for (const auto& e : fs::directory_iterator(images))
    if (e.is_directory()) studies.push_back(e.path());
  std::sort(studies.begin(), studies.end());
  std::string csv = std::string(plugins::kSubmissionHeader) + "\n";
  int unmeasured = 0, failed = 0;
  for (const auto& s : studies) {
    try {
      const ai::TaskInput in = loadStudy(s, descPath.empty() ? nullptr : &descriptions, coords);
      const ai::TaskResult r = task->run(in);
      for (const auto& o : r.outputs)
        unmeasured += o.measured ? 0 : 1;
      for (const auto& row : plugins::submissionRows(r, in.studyId))
        csv += row + "\n";
      std::fprintf(stderr, "%s: %s\n", in.studyId.c_str(), r.summary().c_str());
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s: skipped: %s\n", s.filename().string().c_str(), e.what());
      ++failed;
    }
  }
  annotation::writeFileAtomically(args.value("--out"), csv);
  std::fprintf(stderr, "%zu studies, %d failed, %d targets without a coordinate -> %s\n",
               studies.size(), failed, unmeasured, args.value("--out").c_str());
  return failed == 0 ? 0 : 1;
}

int cmdCrops(int argc, char** argv) {
  Args args(argc, argv, 2, {"--data", "--out"}, {"--help"});
  if (args.flag("--help") || !args.has("--data") || !args.has("--out")) {
    std::fputs(
        "usage: osteon-cli crops --data RSNA_DIR --out DIR\n"
        "  Writes the lumbar crop around every graded coordinate as "
        "DIR/<0_normal_mild|1_moderate|\n"
        "  2_severe>/<study>_<series>_<condition>_<level>.png: a folder-per-class dataset for\n"
        "  'osteon-cli train --task lumbar'. The crops are the ones the lumbar plugin "
        "classifies.\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  const train::CropReport rep = train::writeLumbarCrops(args.value("--data"), args.value("--out"));
  std::printf("%s\n", rep.text().c_str());
  return rep.crops > 0 ? 0 : 1;
}

}  // namespace osteon::cli
