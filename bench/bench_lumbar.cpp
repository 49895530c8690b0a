// osteon-bench-lumbar: fully automatic lumbar grading (issue 17) on held-out phantom studies.
//  * localise: the level localiser's placement per study (ms), its point / slice / level errors;
//  * grade: the lumbar task per study with the study's own coordinates and without any (the
//    localiser places them), the RSNA 2024 weighted log loss and accuracy both ways;
//  * the localiser's network on one study's inputs against the same network defined in PyTorch
//    (bench/localiser_torch_ref.py, weights read from the package): time ratio and max output
//    difference, same thread count.
// usage: osteon-bench-lumbar [--data RSNA_DIR] [--json OUT] [--threads N]
//   Without --data: 10 phantom studies (seeds 5000.., pose jitter 20 mm) in a temp folder.

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "core/ai/lumbar_localiser.h"
#include "core/ai/model_package.h"
#include "core/annotation/rsna.h"
#include "core/annotation/rsna_dataset.h"
#include "core/phantom/lumbar_study.h"
#include "core/train/localiser_train.h"
#include "core/train/metrics.h"
#include "plugins/registry.h"

using namespace osteon;
using nlohmann::json;
namespace fs = std::filesystem;
namespace rsna = annotation::rsna;

namespace {
double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

int main(int argc, char** argv) {
  std::string data, out;
  int threads = 2;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--data") data = argv[i + 1];
    if (a == "--json") out = argv[i + 1];
    if (a == "--threads") threads = std::atoi(argv[i + 1]);
  }
  torch::set_num_threads(threads);
  const fs::path tmp =
      fs::temp_directory_path() / ("osteon-bench-lumbar-" + std::to_string(getpid()));
  if (data.empty()) {
    phantom::LumbarOptions o;
    o.seed = 5000;
    o.poseJitter = 20;
    phantom::writeLumbarDataset((tmp / "rsna").string(), o, 10);
    data = (tmp / "rsna").string();
  }
  try {
    const train::LocaliserData d = train::loadLocaliserData(data);
    const annotation::RsnaDataset labels = annotation::RsnaDataset::load(data);
    const std::string locPath = ai::bundledModelPath(ai::lumbar::kLocaliserBundled);
    const ai::lumbar::LumbarLocaliser loc(locPath);
    std::vector<std::size_t> all(d.studies.size());
    for (std::size_t i = 0; i < all.size(); ++i)
      all[i] = i;
    const train::LocaliserEval e = train::evaluateLocaliser(loc, d, all);

    auto task = plugins::makeTask("lumbar");
    task->load("");
    std::vector<train::RsnaTarget> withCoords, without;
    int correctWith = 0, correctWithout = 0, labelled = 0, measuredWithout = 0;
    double msWith = 0, msWithout = 0;
    for (const auto& st : d.studies) {
      for (int pass = 0; pass < 2; ++pass) {
        ai::TaskInput in = st.input;
        if (pass == 0) in.coordinates = st.truth;
        const auto t0 = std::chrono::steady_clock::now();
        const ai::TaskResult r = task->run(in);
        (pass == 0 ? msWith : msWithout) += msSince(t0);
        for (int c = 0; c < 5; ++c)
          for (int l = 0; l < 5; ++l) {
            const ai::TaskOutput& o = r.outputs[static_cast<std::size_t>(c * 5 + l)];
            train::RsnaTarget t;
            t.study = st.input.studyId;
            t.condition = rsna::kConditionKeys[static_cast<std::size_t>(c)];
            t.level = rsna::kLevelKeys[static_cast<std::size_t>(l)];
            t.truth = labels.grade(t.study, c, l);
            for (int k = 0; k < 3; ++k)
              t.p[k] = o.probabilities[static_cast<std::size_t>(k)];
            if (t.truth < 0) continue;
            if (pass == 0) {
              ++labelled;
              correctWith += o.best() == t.truth ? 1 : 0;
              withCoords.push_back(t);
            } else {
              correctWithout += o.best() == t.truth ? 1 : 0;
              measuredWithout += o.measured ? 1 : 0;
              without.push_back(t);
            }
          }
      }
    }
    const auto sWith = train::rsnaWeightedLogLoss(withCoords);
    const auto sWithout = train::rsnaWeightedLogLoss(without);
    const double n = static_cast<double>(d.studies.size());

    // The network alone, C++ vs PyTorch, on one study's inputs.
    json torchCmp = {{"available", false}};
    {
      const auto& st = d.studies.front().input;
      const int S = loc.info().inputSize;
      const int sag = ai::lumbar::seriesForHead(st, ai::lumbar::SagittalT2),
                ax = ai::lumbar::seriesForHead(st, ai::lumbar::AxialT2);
      const auto ps =
          ai::lumbar::prepareSeries(*st.series[static_cast<std::size_t>(sag)].volume, S);
      const auto pa = ai::lumbar::prepareSeries(*st.series[static_cast<std::size_t>(ax)].volume, S);
      std::vector<torch::Tensor> xs;
      for (int k = 0; k < ps.depth; ++k)
        xs.push_back(ai::lumbar::stackAt(ps, k));
      for (int k = 0; k < 5; ++k)
        xs.push_back(ai::lumbar::stackAt(pa, pa.depth * (k + 1) / 6));
      const torch::Tensor x = torch::stack(xs).contiguous();
      torch::NoGradGuard ng;
      auto study = [&] {
        return std::vector<torch::Tensor>{loc.net().forwardHead(0, x.slice(0, 0, ps.depth)),
                                          loc.net().forwardHead(1, x.slice(0, 0, ps.depth)),
                                          loc.net().forwardHead(2, x.slice(0, ps.depth))};
      };
      const auto outs = study();
      std::vector<double> ts;
      for (int r = 0; r < 5; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        study();
        ts.push_back(msSince(t0));
      }
      std::sort(ts.begin(), ts.end());
      const double cppMs = ts[2];
      torchCmp["cpp_ms"] = cppMs;
      fs::create_directories(tmp);
      const std::string in = (tmp / "x.f32").string(), res = (tmp / "y.f32").string();
      {
        std::ofstream f(in, std::ios::binary);
        f.write(reinterpret_cast<const char*>(x.data_ptr<float>()),
                static_cast<std::streamsize>(x.numel() * 4));
      }
      const std::string cmd = std::string(OSTEON_BENCH_PYTHON) + " " +
                              OSTEON_BENCH_LOCALISER_SCRIPT + " '" + locPath + "' " +
                              std::to_string(threads) + " '" + in + "' " +
                              std::to_string(ps.depth) + " 5 '" + res + "' 2>/dev/null";
      if (FILE* p = popen(cmd.c_str(), "r")) {
        std::string text;
        char buf[512];
        while (fgets(buf, sizeof buf, p))
          text += buf;
        if (pclose(p) == 0 && !text.empty()) {
          const json pj = json::parse(text);
          std::vector<float> ref(static_cast<std::size_t>(fs::file_size(res) / 4));
          std::ifstream f(res, std::ios::binary);
          f.read(reinterpret_cast<char*>(ref.data()), static_cast<std::streamsize>(ref.size() * 4));
          torch::Tensor mine =
              torch::cat({outs[0].flatten(), outs[1].flatten(), outs[2].flatten()});
          double maxDiff = -1;
          if (static_cast<std::size_t>(mine.numel()) == ref.size())
            maxDiff =
                (mine - torch::from_blob(ref.data(), {mine.numel()})).abs().max().item<double>();
          torchCmp = {{"available", true},
                      {"cpp_ms", cppMs},
                      {"pytorch_ms", pj["ms"]},
                      {"ratio_cpp_over_pytorch", cppMs / pj["ms"].get<double>()},
                      {"max_abs_output_difference", maxDiff}};
        }
      }
    }

    json j = {{"studies", d.studies.size()},
              {"threads", threads},
              {"localiser", {{"model", locPath}, {"evaluation", e.toJson()}}},
              {"ms_per_study",
               {{"localise", e.msPerStudy},
                {"grade_with_coordinates", msWith / n},
                {"localise_and_grade", msWithout / n}}},
              {"grading",
               {{"with_coordinates",
                 {{"rsna_score", sWith.toJson()},
                  {"accuracy", static_cast<double>(correctWith) / labelled}}},
                {"without_coordinates",
                 {{"rsna_score", sWithout.toJson()},
                  {"accuracy", static_cast<double>(correctWithout) / labelled},
                  {"measured", measuredWithout},
                  {"targets", labelled}}}}},
              {"network_vs_pytorch", torchCmp}};
    std::printf("%s\n", j.dump(2).c_str());
    if (!out.empty()) {
      fs::create_directories(fs::path(out).parent_path());
      std::ofstream(out) << j.dump(2) << "\n";
    }
  } catch (const std::exception& ex) {
    std::fprintf(stderr, "osteon-bench-lumbar: %s\n", ex.what());
    fs::remove_all(tmp);
    return 1;
  }
  std::error_code ec;
  fs::remove_all(tmp, ec);
  return 0;
}
