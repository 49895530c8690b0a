// osteon-cli phantom: synthetic labelled studies. Today: the geometric lumbar-like MR study.

#include <chrono>
#include <cstdio>

#include "app/cli/args.h"
#include "core/phantom/geometric_study.h"

namespace osteon::cli {

namespace {
const char* kHelp =
    "usage: osteon-cli phantom --task geometric --out DIR [--seed S] [--count N] [--noise F]\n"
    "  --task geometric  three MR series (sagittal T1, sagittal T2/STIR, axial T2) of a simple\n"
    "                    lumbar-like column, written as DICOM in the RSNA layout:\n"
    "                    DIR/train_images/<study_id>/<series_id>/<instance>.dcm and\n"
    "                    DIR/train_series_descriptions.csv. Synthetic: not a patient.\n"
    "  --seed S          random seed (default 1); the same seed writes the same files\n"
    "  --count N         number of studies (seeds S .. S+N-1; default 1)\n"
    "  --noise F         noise level as a fraction of the brightest tissue (default 0.03)\n";
}

int cmdPhantom(int argc, char** argv) {
  Args args(argc, argv, 2, {"--task", "--out", "--seed", "--count", "--noise"}, {"--help"});
  if (args.flag("--help")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  const std::string task = args.value("--task", "geometric");
  if (task != "geometric")
    throw UsageError("task '" + task + "' is not available yet (available: geometric)");
  if (!args.has("--out")) throw UsageError("give --out DIR");
  const int count = static_cast<int>(args.number("--count", 1));
  if (count < 1 || count > 10000) throw UsageError("--count must be between 1 and 10000");
  phantom::GeometricStudyOptions opt;
  opt.noise = args.number("--noise", opt.noise);
  const auto seed = static_cast<std::uint32_t>(args.number("--seed", 1));
  for (int i = 0; i < count; ++i) {
    opt.seed = seed + static_cast<std::uint32_t>(i);
    const auto t0 = std::chrono::steady_clock::now();
    const std::string dir = phantom::writeGeometricStudy(args.value("--out"), opt);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("wrote %s (%.2f s)\n", dir.c_str(), s);
  }
  return 0;
}

}  // namespace osteon::cli
