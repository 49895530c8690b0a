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
std::string readText(const std::string& path) {
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}
bool haveTool(const std::string& tool) {
  return runCommand("command -v " + tool + " >/dev/null 2>&1").status == 0;
}
// The RSNA train layout written by `phantom --task lumbar` turned into Kaggle's test layout:
// test_images/ and test_series_descriptions.csv, no train.csv, no coordinates, no masks.
void toTestLayout(const std::string& root) {
  fs::rename(root + "/train_images", root + "/test_images");
  fs::rename(root + "/train_series_descriptions.csv", root + "/test_series_descriptions.csv");
  fs::remove(root + "/train.csv");
  fs::remove(root + "/train_label_coordinates.csv");
  fs::remove_all(root + "/masks");
}
// Study id -> series id -> description, from a *_series_descriptions.csv.
std::map<std::string, std::map<std::string, std::string>> seriesOf(const std::string& csv) {
  std::map<std::string, std::map<std::string, std::string>> out;
  const auto rows = lines(readText(csv));
  for (std::size_t i = 1; i < rows.size(); ++i) {
    std::vector<std::string> c;
    std::stringstream cs(rows[i]);
    for (std::string cell; std::getline(cs, cell, ',');)
      c.push_back(cell);
    if (c.size() == 3) out[c[0]][c[1]] = c[2];
  }
  return out;
}
std::string seriesWith(const std::map<std::string, std::string>& series, const std::string& d) {
  for (const auto& [id, desc] : series)
    if (desc == d) return id;
  return {};
}
const char* const kConditions[5] = {"spinal_canal_stenosis", "left_neural_foraminal_narrowing",
                                    "right_neural_foraminal_narrowing",
                                    "left_subarticular_stenosis", "right_subarticular_stenosis"};
const char* const kLevels[5] = {"l1_l2", "l2_l3", "l3_l4", "l4_l5", "l5_s1"};
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
  CHECK_THAT(r.output, Catch::Contains("2 studies (50 rows): 0 failed"));
  CHECK_THAT(r.output, Catch::Contains("50 targets measured, 0 got the prior"));
  // A study folder with only a damaged file is graded as far as it goes (nothing): its rows are
  // the priors, with a warning naming the study and the file; the other studies are unchanged.
  fs::create_directories(dir.file("rsna/train_images/999/1"));
  std::ofstream(dir.file("rsna/train_images/999/1/1.dcm")) << "DICM? not really";
  r = runCommand(cli() + " submit --data " + shellQuote(dir.file("rsna")) + " --out " +
                 shellQuote(dir.file("submission2.csv")) + " 2>&1");
  INFO(r.output);
  CHECK(r.status == 3);
  CHECK_THAT(r.output, Catch::Contains("3 studies (75 rows): 0 failed"));
  CHECK_THAT(r.output, Catch::Contains("warning: study 999: series 1: "));
  CHECK_THAT(r.output, Catch::Contains("[1/3] 999: 0/25 targets measured"));
  {
    std::ifstream f2(dir.file("submission2.csv"));
    std::stringstream ss2;
    ss2 << f2.rdbuf();
    const auto rows2 = lines(ss2.str());
    REQUIRE(rows2.size() == rows.size() + 25);
    // 999 sorts first (numeric ids by value); the other studies' rows follow unchanged.
    CHECK(rows2[1].rfind("999_spinal_canal_stenosis_l1_l2,", 0) == 0);
    CHECK(rows2[25].rfind("999_right_subarticular_stenosis_l5_s1,", 0) == 0);
    CHECK(std::vector<std::string>(rows2.begin() + 26, rows2.end()) ==
          std::vector<std::string>(rows.begin() + 1, rows.end()));
  }
  fs::remove_all(dir.file("rsna/train_images/999"));

  // Wrong input: a clear failure line, not a crash.
  r = runCommand(cli() + " infer --task lumbar " + shellQuote(dir.file("nowhere")));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("\"result\":\"fail\""));
}

TEST_CASE("submit on Kaggle's test layout never drops a study and says why rows are priors") {
  osteon::test::TempDir dir;
  const std::string root = dir.file("rsna");
  REQUIRE(
      runCommand(cli() + " phantom --task lumbar --count 3 --seed 7350 --out " + shellQuote(root))
          .status == 0);
  toTestLayout(root);
  auto series = seriesOf(root + "/test_series_descriptions.csv");
  REQUIRE(series.size() == 3);
  auto it = series.begin();
  const std::string intact = it->first, noT1 = (++it)->first, broken = (++it)->first;
  // One study loses its Sagittal T1 folder (still listed), one has an unreadable axial series,
  // one is listed in test_series_descriptions.csv but has no folder at all.
  const std::string t1 = seriesWith(series[noT1], "Sagittal T1");
  REQUIRE_FALSE(t1.empty());
  fs::remove_all(root + "/test_images/" + noT1 + "/" + t1);
  const std::string axial = seriesWith(series[broken], "Axial T2");
  for (const auto& e : fs::directory_iterator(root + "/test_images/" + broken + "/" + axial))
    std::ofstream(e.path(), std::ios::trunc) << "not DICOM";
  {
    std::ofstream csv(root + "/test_series_descriptions.csv", std::ios::app);
    csv << "9999999,88888,Sagittal T1\n";
  }
  auto r = runCommand(cli() + " submit --data " + shellQuote(root) + " --out " +
                      shellQuote(dir.file("submission.csv")) + " 2>&1");
  INFO(r.output);
  if (r.output.find("lumbar-demo.osteon was not found") != std::string::npos)
    OSTEON_SKIP("the bundled lumbar demo model is missing");
  // The study without a folder fell back entirely: exit status 1, the CSV still written.
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("[1/4] "));
  CHECK_THAT(r.output, Catch::Contains("[4/4] 9999999: 0/25 targets measured"));
  CHECK_THAT(r.output, Catch::Contains("warning: study 9999999 fell back to the priors for all 25 "
                                       "targets: no study folder"));
  CHECK_THAT(r.output, Catch::Contains("warning: study " + noT1 + ": series " + t1 +
                                       " (Sagittal T1): listed in the series descriptions but "
                                       "has no folder"));
  CHECK_THAT(r.output,
             Catch::Contains("warning: study " + broken + ": series " + axial + " (Axial T2): "));
  CHECK_THAT(r.output, Catch::Contains("4 studies (100 rows): 1 failed"));
  // 25 rows per study, in Kaggle's row_id form and order, probabilities summing to 1.
  const auto rows = lines(readText(dir.file("submission.csv")));
  REQUIRE(rows.size() == 1 + 4 * 25);
  CHECK(rows[0] == "row_id,normal_mild,moderate,severe");
  std::map<std::string, std::vector<double>> p;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const std::string id = rows[i].substr(0, rows[i].find(','));
    double a = 0, b = 0, c = 0;
    REQUIRE(std::sscanf(rows[i].substr(rows[i].find(',')).c_str(), ",%lf,%lf,%lf", &a, &b, &c) ==
            3);
    CHECK(a + b + c == Approx(1).epsilon(1e-4));
    CHECK(p.count(id) == 0);
    p[id] = {a, b, c};
  }
  std::vector<std::string> studies{intact, noT1, broken, "9999999"};
  std::sort(studies.begin(), studies.end(), [](const std::string& x, const std::string& y) {
    return x.size() != y.size() ? x.size() < y.size() : x < y;
  });
  std::size_t row = 1;
  for (const std::string& s : studies)
    for (const char* c : kConditions)
      for (const char* l : kLevels) {
        INFO("row " << row);
        REQUIRE(row < rows.size());
        CHECK(rows[row++].rfind(s + "_" + c + "_" + l + ",", 0) == 0);
      }
  // The failed study's rows are the model's prior: all the same.
  const auto prior = p["9999999_spinal_canal_stenosis_l1_l2"];
  for (const char* c : kConditions)
    for (const char* l : kLevels)
      CHECK(p["9999999_" + std::string(c) + "_" + l] == prior);
  // Without a Sagittal T1 nothing can be placed for the foramina: their rows are the prior,
  // localiser or not, and the warning names the series.
  for (const char* c : {kConditions[1], kConditions[2]})
    for (const char* l : kLevels)
      CHECK(p[noT1 + "_" + c + "_" + l] == prior);
  CHECK_THAT(r.output, Catch::Contains("warning: study " + noT1 +
                                       ": 10 targets not measured "
                                       "(prior): Sagittal T1 series " +
                                       t1));
  for (const char* c : {kConditions[3], kConditions[4]})
    for (const char* l : kLevels)
      CHECK(p[broken + "_" + c + "_" + l] == prior);
}

TEST_CASE("infer --task lumbar grades what it can and every unmeasured target says why") {
  if (!haveTool("dcmodify")) OSTEON_SKIP("dcmodify (DCMTK) is not installed");
  osteon::test::TempDir dir;
  const std::string root = dir.file("rsna");
  REQUIRE(
      runCommand(cli() + " phantom --task lumbar --count 2 --seed 7360 --out " + shellQuote(root))
          .status == 0);
  auto series = seriesOf(root + "/train_series_descriptions.csv");
  REQUIRE(series.size() == 2);
  const std::string a = series.begin()->first, b = std::next(series.begin())->first;
  const auto dcmodifyAll = [&](const std::string& folder, const std::string& edit) {
    const auto res = runCommand("dcmodify -nb -m " + shellQuote(edit) + " " + shellQuote(folder) +
                                "/*.dcm 2>&1");
    INFO(res.output);
    REQUIRE(res.status == 0);
  };
  // Study a: no Sagittal T1 (folder deleted), the axial stack in another frame of reference,
  // and no subarticular coordinates (nothing to grade them with unless placed).
  fs::remove_all(root + "/train_images/" + a + "/" + seriesWith(series[a], "Sagittal T1"));
  const std::string axialA = seriesWith(series[a], "Axial T2");
  dcmodifyAll(root + "/train_images/" + a + "/" + axialA, "(0020,0052)=1.2.826.0.1.3680043.9.7777");
  // Study b: the Sagittal T2/STIR stack tilted 60 degrees out of the sagittal plane and the
  // Sagittal T1 cut to 3 slices, with no spinal canal or foraminal coordinates.
  const std::string t2B = seriesWith(series[b], "Sagittal T2/STIR");
  dcmodifyAll(root + "/train_images/" + b + "/" + t2B, "(0020,0037)=0.8660254\\0.5\\0\\0\\0\\-1");
  const std::string t1B = seriesWith(series[b], "Sagittal T1");
  for (const auto& e : fs::directory_iterator(root + "/train_images/" + b + "/" + t1B))
    if (std::stoi(e.path().stem().string()) > 3) fs::remove(e.path());
  // Coordinates: a keeps its canal ones, b keeps its subarticular ones.
  {
    const auto in = lines(readText(root + "/train_label_coordinates.csv"));
    std::ofstream out(dir.file("coords.csv"));
    out << in[0] << "\n";
    for (std::size_t i = 1; i < in.size(); ++i)
      if ((in[i].rfind(a + ",", 0) == 0 && in[i].find("Spinal Canal") != std::string::npos) ||
          (in[i].rfind(b + ",", 0) == 0 && in[i].find("Subarticular") != std::string::npos))
        out << in[i] << "\n";
  }
  // Series descriptions from the DICOM headers: the deleted series is simply not there.
  auto r = runCommand(cli() + " infer --task lumbar --coordinates " +
                      shellQuote(dir.file("coords.csv")) + " " +
                      shellQuote(root + "/train_images/" + a) + " " +
                      shellQuote(root + "/train_images/" + b) + " 2>&1");
  INFO(r.output);
  if (r.output.find("lumbar-demo.osteon was not found") != std::string::npos)
    OSTEON_SKIP("the bundled lumbar demo model is missing");
  REQUIRE(r.status == 0);
  std::vector<json> results;
  for (const auto& l : lines(r.output))
    if (!l.empty() && l[0] == '{') results.push_back(json::parse(l));
  REQUIRE(results.size() == 2);
  const auto output = [](const json& j, int c, int l) -> const json& {
    return j["outputs"][static_cast<std::size_t>(c * 5 + l)];
  };
  for (const json& j : results) {
    REQUIRE(j["result"] == "ok");
    REQUIRE(j["outputs"].size() == 25);
    for (const json& o : j["outputs"]) {
      INFO(o.dump());
      if (!o["measured"].get<bool>()) CHECK_FALSE(o.value("note", "").empty());
    }
  }
  const json& ja = results[0];
  const json& jb = results[1];
  CHECK(ja["input"].get<std::string>().find(a) != std::string::npos);
  // a: the canal graded from its coordinates; foramina and recesses not, each saying why.
  for (int l = 0; l < 5; ++l) {
    CHECK(output(ja, 0, l)["measured"] == true);
    for (int c : {1, 2}) {
      CHECK(output(ja, c, l)["measured"] == false);
      CHECK_THAT(output(ja, c, l)["note"].get<std::string>(),
                 Catch::StartsWith("no Sagittal T1 series: ") &&
                     Catch::Contains("neural foraminal narrowing at " +
                                     std::string(l == 4 ? "L5/S1"
                                                        : "L" + std::to_string(l + 1) + "/L" +
                                                              std::to_string(l + 2)) +
                                     " not measured"));
    }
    for (int c : {3, 4}) {
      CHECK(output(ja, c, l)["measured"] == false);
      CHECK_THAT(
          output(ja, c, l)["note"].get<std::string>(),
          Catch::Contains("Axial T2 series " + axialA + " is in another frame of reference") &&
              Catch::Contains("FrameOfReferenceUID differs") &&
              Catch::Contains("subarticular stenosis at"));
    }
  }
  // b: the recesses graded from their coordinates; the canal and foramina not, each saying why.
  for (int l = 0; l < 5; ++l) {
    for (int c : {3, 4})
      CHECK(output(jb, c, l)["measured"] == true);
    CHECK(output(jb, 0, l)["measured"] == false);
    CHECK_THAT(output(jb, 0, l)["note"].get<std::string>(),
               Catch::Contains("Sagittal T2/STIR series " + t2B +
                               " is tilted 60 degrees out of "
                               "the sagittal plane: spinal canal stenosis at"));
    for (int c : {1, 2}) {
      CHECK(output(jb, c, l)["measured"] == false);
      CHECK_THAT(output(jb, c, l)["note"].get<std::string>(),
                 Catch::Contains("Sagittal T1 series " + t1B + " has 3 slices"));
    }
  }
  CHECK(ja["measured"] == 5);
  CHECK(jb["measured"] == 10);
}

TEST_CASE("train --kind rsna on the CSVs without DICOM prints the dataset's validation report") {
  osteon::test::TempDir dir;
  const std::string root = dir.file("rsna");
  fs::create_directories(root);
  // Shaped like the real RSNA 2024 files: train.csv with study_id and the 25 condition columns,
  // train_label_coordinates.csv and train_series_descriptions.csv; no train_images/.
  {
    std::ofstream t(root + "/train.csv");
    t << "study_id";
    for (const char* c : kConditions)
      for (const char* l : kLevels)
        t << "," << c << "_" << l;
    t << "\n";
    const char* grades[3] = {"Normal/Mild", "Moderate", "Severe"};
    for (int s = 0; s < 3; ++s) {
      t << 4003253 + s;
      for (int i = 0; i < 25; ++i)
        t << "," << (i == 7 && s == 1 ? "" : grades[(i + s) % 3]);
      t << "\n";
    }
    std::ofstream d(root + "/train_series_descriptions.csv");
    d << "study_id,series_id,series_description\n";
    std::ofstream c(root + "/train_label_coordinates.csv");
    c << "study_id,series_id,instance_number,condition,level,x,y\n";
    const char* names[5] = {"Spinal Canal Stenosis", "Left Neural Foraminal Narrowing",
                            "Right Neural Foraminal Narrowing", "Left Subarticular Stenosis",
                            "Right Subarticular Stenosis"};
    const char* levels[5] = {"L1/L2", "L2/L3", "L3/L4", "L4/L5", "L5/S1"};
    for (int s = 0; s < 3; ++s) {
      const long study = 4003253 + s, base = 702807833 + 10 * s;
      d << study << "," << base << ",Sagittal T1\n"
        << study << "," << base + 1 << ",Sagittal T2/STIR\n"
        << study << "," << base + 2 << ",Axial T2\n";
      for (int cond = 0; cond < 5; ++cond)
        for (int l = 0; l < 5; ++l)
          c << study << ","
            << base + (cond == 0  ? 1
                       : cond < 3 ? 0
                                  : 2)
            << "," << 8 + l << "," << names[cond] << "," << levels[l] << "," << 320.5 + l << ","
            << 200.25 + 30 * l << "\n";
    }
  }
  auto r = runCommand(cli() + " train --kind rsna --task lumbar --epochs 1 --data " +
                      shellQuote(root) + " --out " + shellQuote(dir.file("m.osteon")) + " 2>&1");
  INFO(r.output);
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("has no readable DICOM images under train_images/"));
  CHECK_THAT(r.output, Catch::Contains("3 studies, 0 series, 0 DICOM files; 74 graded targets"));
  CHECK_THAT(r.output, Catch::Contains("75 coordinates"));
  CHECK_THAT(r.output, Catch::Contains("3 of 3 studies have no images"));
  CHECK_THAT(r.output, Catch::Contains("9 of 9 series in train_series_descriptions.csv have no "
                                       "files"));
  CHECK_THAT(r.output, Catch::Contains("75 of 75 coordinates name an instance that has no file"));
  CHECK_THAT(r.output, Catch::Contains("study 4003254: no folder"));
  CHECK_THAT(r.output, Catch::Contains("train_images: the DICOM images are missing"));
  // Not the internal crops folder.
  CHECK_THAT(r.output, !Catch::Contains("class folder"));
  CHECK_THAT(r.output, !Catch::Contains("0_normal_mild"));

  // Wrong columns: the file, the expected and the found columns.
  {
    std::ofstream t(root + "/train.csv");
    t << "study_id,spinal_canal_stenosis_l1_l2,knee_pain\n4003253,Severe,\n";
  }
  r = runCommand(cli() + " train --kind rsna --data " + shellQuote(root) + " --out " +
                 shellQuote(dir.file("m.osteon")) + " 2>&1");
  INFO(r.output);
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("train.csv: unknown column 'knee_pain'") &&
                           Catch::Contains("expected study_id and <condition>_<level> columns") &&
                           Catch::Contains("found study_id, spinal_canal_stenosis_l1_l2, "
                                           "knee_pain"));
  {
    std::ofstream t(root + "/train.csv");
    t << "study_id,spinal_canal_stenosis_l1_l2\n4003253,Severe\n";
    std::ofstream c(root + "/train_label_coordinates.csv");
    c << "study_id,series_id,instance_number,condition,level,x\n";
  }
  r = runCommand(cli() + " train --kind rsna --data " + shellQuote(root) + " --out " +
                 shellQuote(dir.file("m.osteon")) + " 2>&1");
  INFO(r.output);
  CHECK(r.status == 1);
  CHECK_THAT(r.output,
             Catch::Contains("train_label_coordinates.csv: missing column 'y' (expected columns "
                             "study_id, series_id, instance_number, condition, level, x, y; "
                             "found study_id, series_id, instance_number, condition, level, x)"));
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
