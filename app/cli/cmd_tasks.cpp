// osteon-cli commands that go through the task plugins (plugins/):
//  infer --task T    the task's bundled demo model (or --model) on images or lumbar studies;
//                    inputs the task does not accept are refused (exit 3) unless --force
//  submit            an RSNA 2024 submission CSV for a folder of studies in Kaggle layout
//  crops             an RSNA training folder -> folder-per-class lumbar crops for `train`

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/cli/args.h"
#include "core/ai/networks.h"
#include "core/ai/task_input_check.h"
#include "core/annotation/csv.h"
#include "core/annotation/rsna_dataset.h"
#include "core/annotation/rsna_layout.h"
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
  if (!r.placedCoordinates.empty()) {
    json placed = json::array();  // train_label_coordinates.csv columns
    for (const auto& c : r.placedCoordinates)
      placed.push_back(
          {{"study_id", c.study},
           {"series_id", c.series},
           {"instance_number", c.instance},
           {"condition", annotation::rsna::kConditionNames[static_cast<std::size_t>(c.condition)]},
           {"level", annotation::rsna::kLevelNames[static_cast<std::size_t>(c.level)]},
           {"x", c.x},
           {"y", c.y}});
    j["placed_coordinates"] = placed;
  }
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

// A study folder (<study>/<series>/<instance>.dcm) as a lumbar task input. A series that cannot
// be read, or one the descriptions list without a folder, is kept with its problem (no volume):
// the study is graded where possible and the targets read on that series say why they are not.
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
  std::set<std::string> found;
  for (const auto& sd : seriesDirs) {
    ai::TaskSeries ts;
    ts.seriesId = sd.filename().string();
    found.insert(ts.seriesId);
    const auto it = desc.find(ts.seriesId);
    try {
      io::OpenedSeries s = io::openSeries(sd.string());
      ts.description = it != desc.end() ? it->second : s.description;
      ts.instanceNumbers = std::move(s.instanceNumbers);
      ts.volume = std::make_shared<const image::Image>(std::move(s.volume));
    } catch (const Cancelled&) {
      throw;
    } catch (const std::exception& e) {
      ts.description = it != desc.end() ? it->second : std::string();
      ts.problem = e.what();
    }
    in.series.push_back(std::move(ts));
  }
  for (const auto& [id, description] : desc)
    if (!found.count(id)) {
      ai::TaskSeries ts;
      ts.seriesId = id;
      ts.description = description;
      ts.problem = "listed in the series descriptions but has no folder " + (dir / id).string();
      in.series.push_back(std::move(ts));
    }
  if (in.series.empty()) throw Error(fileError(dir.string(), "no series folders in this study"));
  in.coordinates = coords.coordinates(in.studyId);
  return in;
}

// Series that could not be used, as "series <id> (<description>): <problem>".
std::vector<std::string> seriesProblems(const ai::TaskInput& in) {
  std::vector<std::string> out;
  for (const ai::TaskSeries& s : in.series)
    if (!s.problem.empty())
      out.push_back("series " + s.seriesId +
                    (s.description.empty() ? std::string() : " (" + s.description + ")") + ": " +
                    s.problem);
  return out;
}

// Why targets were not measured, each reason once with its count: a note "<reason>: <condition>
// at <level> not measured" counts for <reason>.
std::vector<std::pair<std::string, int>> unmeasuredReasons(const ai::TaskResult& r) {
  std::vector<std::pair<std::string, int>> out;
  for (const ai::TaskOutput& o : r.outputs) {
    if (o.measured) continue;
    std::string reason = o.note.empty() ? std::string("no reason given") : o.note;
    // "<reason>: <condition> at <level> not measured[ (level localiser: ...)]" -> "<reason>[ (level
    // localiser: ...)]": one line for all the targets that share it.
    const auto tail = reason.rfind(" not measured");
    if (tail != std::string::npos) {
      const auto colon = reason.rfind(": ", tail);
      if (colon != std::string::npos) reason = reason.substr(0, colon) + reason.substr(tail + 13);
    }
    auto it =
        std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == reason; });
    if (it == out.end())
      out.emplace_back(reason, 1);
    else
      ++it->second;
  }
  return out;
}

// Study ids in a natural order: numeric ids (Kaggle's) by value, then the others by name.
bool studyOrder(const std::string& a, const std::string& b) {
  const auto digits = [](const std::string& s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (digits(a) && digits(b) && a.size() != b.size()) return a.size() < b.size();
  return a < b;
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
             "--layer", "--localiser"},
            {"--help", "--force"});
  if (args.flag("--help") || args.positional().empty()) {
    std::fputs(
        "usage: osteon-cli infer --task scoliosis|osteoporosis [--model M] IMAGE... [--cam DIR]\n"
        "                        [--force]\n"
        "       osteon-cli infer --task lumbar [--model M] [--coordinates CSV] [--localiser L]\n"
        "                        STUDY_DIR... [--force]\n"
        "  Runs a task plugin (default: its bundled demo model) and prints one JSON line per\n"
        "  input: the outputs with their class probabilities, the summary, and the demo label\n"
        "  for models trained on synthetic phantoms. Lumbar studies are <study>/<series>/*.dcm\n"
        "  folders; --coordinates is a train_label_coordinates.csv-style file and\n"
        "  --series-descriptions a *_series_descriptions.csv (default: DICOM descriptions).\n"
        "  Targets without a coordinate are placed by the level localiser (--localiser L: a\n"
        "  localiser package, default the bundled lumbar-localiser-demo.osteon, 'none' = off);\n"
        "  given coordinates win. The placed points are in \"placed_coordinates\".\n"
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
  if (lumbar && args.has("--localiser"))
    plugins::setLumbarLocaliser(*task, args.value("--localiser"));
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
      if (lumbar) {
        // Series that could not be used, and why targets were not measured (each output's
        // "note" says it per target).
        const auto problems = seriesProblems(in);
        if (!problems.empty()) r["series_problems"] = problems;
        int measured = 0;
        for (const auto& o : res.outputs)
          measured += o.measured ? 1 : 0;
        r["measured"] = measured;
        for (const auto& p : problems)
          std::fprintf(stderr, "%s: warning: %s\n", in.studyId.c_str(), p.c_str());
      }
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
        "  An RSNA 2024 submission (row_id,normal_mild,moderate,severe; 25 rows a study, row_id\n"
        "  <study>_<condition>_<level> as in Kaggle's sample_submission.csv) for every study of\n"
        "  DIR: the folders under DIR/<test|train>_images/ (or --images FOLDER) and the studies\n"
        "  DIR/<split>_series_descriptions.csv lists. Series descriptions come from that CSV when\n"
        "  present (else from the DICOM headers); coordinates from --coordinates (default\n"
        "  DIR/<split>_label_coordinates.csv; a test split has none) or, where none is given, "
        "from\n"
        "  the model's level localiser when it has one. No study is ever left out: a study that\n"
        "  cannot be graded (no folder, unreadable or missing series, an error) gets its 25 rows\n"
        "  with the model's training prior, and targets that cannot be measured get the prior;\n"
        "  each case is a warning on stderr naming the study and the reason. Progress on stderr.\n"
        "  Default model: the bundled lumbar demo (trained on synthetic phantoms, not for\n"
        "  clinical use).\n"
        "  Exit status: 0 every target of every study measured; 3 some targets got the prior\n"
        "  (no study failed); 1 a study fell back to the priors entirely (it failed); 2 usage.\n"
        "  The CSV is written in every case but a usage error or a model that cannot be loaded.\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  ai::useAllCores();
  const auto tStart = std::chrono::steady_clock::now();
  const fs::path root = args.value("--data");
  fs::path images = args.value("--images");
  std::optional<annotation::RsnaLayout> layout;
  std::error_code ec;
  if (images.empty()) {
    layout = annotation::RsnaLayout::detect(root);
    if (layout) images = layout->images();
  }
  if (images.empty() || !fs::is_directory(images, ec))
    throw Error(fileError(root.string(), "no test_images/ or train_images/ folder (use --images)"));
  if (!layout)  // --images given: the split whose series list is there (train first)
    for (const char* s : {"train", "test"})
      if (fs::exists(annotation::RsnaLayout{root, s}.seriesDescriptions(), ec)) {
        layout = annotation::RsnaLayout{root, s};
        break;
      }
  std::string coordPath = args.value("--coordinates");
  if (coordPath.empty() && layout && fs::exists(layout->coordinates()))
    coordPath = layout->coordinates().string();
  const annotation::RsnaDataset coords =
      coordPath.empty() ? annotation::RsnaDataset::empty()
                        : annotation::RsnaDataset::loadCoordinateFile(coordPath);
  std::string descPath = args.value("--series-descriptions");
  if (descPath.empty() && layout && fs::exists(layout->seriesDescriptions()))
    descPath = layout->seriesDescriptions().string();
  annotation::CsvTable descriptions;
  bool haveDescriptions = false;
  std::set<std::string> studyIds;
  if (!descPath.empty()) {
    // A descriptions file that cannot be used is a warning: the DICOM descriptions stand in.
    try {
      descriptions = annotation::readCsv(descPath);
      std::string missing;
      for (const char* c : {"study_id", "series_id", "series_description"})
        if (descriptions.column(c) < 0) missing += (missing.empty() ? "" : ", ") + std::string(c);
      if (!missing.empty()) {
        std::string found;
        for (const auto& h : descriptions.header)
          found += (found.empty() ? "" : ", ") + h;
        throw Error(descPath + ": missing column(s) " + missing +
                    " (expected study_id, series_id, series_description; found " + found + ")");
      }
      haveDescriptions = true;
      const int st = descriptions.column("study_id");
      for (const auto& row : descriptions.rows)
        if (!row[static_cast<std::size_t>(st)].empty())
          studyIds.insert(row[static_cast<std::size_t>(st)]);
    } catch (const Error& e) {
      std::fprintf(stderr, "warning: %s; the DICOM series descriptions are used\n", e.what());
    }
  }
  auto task = plugins::makeTask("lumbar");
  task->load(args.value("--model"));
  for (const auto& e : fs::directory_iterator(images))
    if (e.is_directory()) studyIds.insert(e.path().filename().string());
  std::vector<std::string> studies(studyIds.begin(), studyIds.end());
  std::sort(studies.begin(), studies.end(), studyOrder);

  std::string csv = std::string(plugins::kSubmissionHeader) + "\n";
  int failed = 0, partial = 0, measuredTargets = 0, priorTargets = 0;
  for (std::size_t i = 0; i < studies.size(); ++i) {
    const std::string& id = studies[i];
    const auto t0 = std::chrono::steady_clock::now();
    ai::TaskResult r;
    std::string failure;
    std::vector<std::string> problems;
    try {
      if (!fs::is_directory(images / id, ec))
        throw Error("no study folder " + (images / id).string() +
                    " (the series descriptions list the study)");
      const ai::TaskInput in =
          loadStudy(images / id, haveDescriptions ? &descriptions : nullptr, coords);
      problems = seriesProblems(in);
      r = task->run(in);
      if (r.outputs.size() != static_cast<std::size_t>(plugins::kSubmissionTargets))
        throw Error("the model gave " + std::to_string(r.outputs.size()) + " targets, not " +
                    std::to_string(plugins::kSubmissionTargets));
    } catch (const std::exception& e) {
      failure = e.what();
    } catch (...) {
      failure = "an unexpected error";
    }
    if (!failure.empty()) r = plugins::lumbarPriorResult(*task, failure);
    std::vector<std::string> rows;
    try {
      rows = plugins::submissionRows(r, id);
    } catch (const std::exception& e) {  // cannot happen with lumbarPriorResult's rows
      failure = e.what();
      r = plugins::lumbarPriorResult(*task, failure);
      rows = plugins::submissionRows(r, id);
    }
    for (const auto& row : rows)
      csv += row + "\n";
    int measured = 0;
    for (const auto& o : r.outputs)
      measured += o.measured && failure.empty() ? 1 : 0;
    measuredTargets += measured;
    priorTargets += static_cast<int>(r.outputs.size()) - measured;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::fprintf(stderr, "[%zu/%zu] %s: %d/%zu targets measured (%.2f s)\n", i + 1, studies.size(),
                 id.c_str(), measured, r.outputs.size(), seconds);
    if (!failure.empty()) {
      ++failed;
      std::fprintf(stderr, "warning: study %s fell back to the priors for all %zu targets: %s\n",
                   id.c_str(), r.outputs.size(), failure.c_str());
      continue;
    }
    for (const std::string& p : problems)
      std::fprintf(stderr, "warning: study %s: %s\n", id.c_str(), p.c_str());
    if (measured < static_cast<int>(r.outputs.size())) {
      ++partial;
      for (const auto& [reason, count] : unmeasuredReasons(r))
        std::fprintf(stderr, "warning: study %s: %d target%s not measured (prior): %s\n",
                     id.c_str(), count, count == 1 ? "" : "s", reason.c_str());
    }
  }
  annotation::writeFileAtomically(args.value("--out"), csv);
  const double total =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - tStart).count();
  std::fprintf(stderr,
               "%zu studies (%zu rows): %d failed and fell back to the priors, %d partly "
               "measured; %d targets measured, %d got the prior; %.1f s (%.2f s a study) -> %s\n",
               studies.size(), studies.size() * plugins::kSubmissionTargets, failed, partial,
               measuredTargets, priorTargets, total,
               studies.empty() ? 0.0 : total / static_cast<double>(studies.size()),
               args.value("--out").c_str());
  return failed > 0 ? 1 : partial > 0 ? 3 : 0;
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
