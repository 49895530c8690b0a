// osteon-cli phantom: synthetic labelled studies. Today: the geometric lumbar-like MR study.

#include <chrono>
#include <cstdio>

#include "app/cli/args.h"
#include "core/phantom/geometric_study.h"
#include "core/phantom/lumbar_study.h"
#include "core/phantom/panoramic.h"
#include "core/phantom/spine_xray.h"

namespace osteon::cli {

namespace {
const char* kHelp =
    "usage: osteon-cli phantom --task lumbar|scoliosis|osteoporosis|geometric --out DIR [options]\n"
    "Synthetic, labelled studies written by Osteon (not patients). Every task is deterministic\n"
    "for a seed.\n"
    "  --task lumbar        RSNA 2024 layout: DIR/train_images/<study>/<series>/<n>.dcm for\n"
    "                       Sagittal T1, Sagittal T2/STIR and Axial T2 of one patient, train.csv\n"
    "                       (25 severities), train_label_coordinates.csv,\n"
    "                       train_series_descriptions.csv, masks/<study>/<series>.nii.gz (label\n"
    "                       map 1 + 5*condition + level) and masks/labels.csv\n"
    "      --p-moderate P   probability of Moderate per (condition, level) (default 0.25)\n"
    "      --p-severe P     probability of Severe (default 0.15)\n"
    "      --jitter MM      vary the patient pose per study (shift up to about MM mm, tilt up\n"
    "                       to 0.3 MM degrees; default 0 = same pose), for level localisers\n"
    "  --task scoliosis     AASCE layout: DIR/images/<name>.png, dicom/<name>.dcm (DX),\n"
    "                       filenames.csv, landmarks.csv (68 x then 68 y, normalised),\n"
    "                       angles.csv (3 Cobb angles), labels.csv (ALS type), masks/<name>.png\n"
    "      --als-type T     3CH 3CTL 3CN 3CL 4C 4CL 4CTL (default: cycle through all seven)\n"
    "      --magnitude DEG  principal Cobb angle (default: drawn from 15..60)\n"
    "      --width W --height H  image size (default 600 x 1500)\n"
    "  --task osteoporosis  seed 003 layout under DIR/images: 1_healthy/*.png and\n"
    "                       3_osteoporosis/*.png (train on DIR/images); beside it dicom/*.dcm,\n"
    "                       masks/*.png (discriminative region), labels.csv\n"
    "      --class C        healthy | osteoporosis (default: alternate)\n"
    "      --width W --height H  image size (default 1024 x 512)\n"
    "  --task geometric     a simple three-series MR column (I/O and viewer tests)\n"
    "common options:\n"
    "  --seed S          random seed (default 1); the same seed writes the same files\n"
    "  --count N         number of studies or images (seeds S .. S+N-1; default 1)\n"
    "  --noise F         noise level as a fraction of the brightest signal\n";
}

int cmdPhantom(int argc, char** argv) {
  Args args(argc, argv, 2,
            {"--task", "--out", "--seed", "--count", "--noise", "--p-moderate", "--p-severe",
             "--jitter", "--als-type", "--magnitude", "--width", "--height", "--class"},
            {"--help"});
  if (args.flag("--help")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  const std::string task = args.value("--task", "geometric");
  if (!args.has("--out")) throw UsageError("give --out DIR");
  const int count = static_cast<int>(args.number("--count", 1));
  if (count < 1 || count > 10000) throw UsageError("--count must be between 1 and 10000");
  if (task == "lumbar") {
    phantom::LumbarOptions lo;
    lo.seed = static_cast<std::uint32_t>(args.number("--seed", 1));
    lo.noise = args.number("--noise", lo.noise);
    lo.pModerate = args.number("--p-moderate", lo.pModerate);
    lo.pSevere = args.number("--p-severe", lo.pSevere);
    lo.poseJitter = args.number("--jitter", lo.poseJitter);
    if (lo.poseJitter < 0 || lo.poseJitter > 40) throw UsageError("--jitter must be 0..40 mm");
    const auto t0 = std::chrono::steady_clock::now();
    const auto ids = phantom::writeLumbarDataset(args.value("--out"), lo, count);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("wrote %zu lumbar stud%s to %s in %.2f s (%.2f s per study)\n", ids.size(),
                ids.size() == 1 ? "y" : "ies", args.value("--out").c_str(), s,
                s / static_cast<double>(ids.size()));
    return 0;
  }
  if (task == "scoliosis") {
    phantom::SpineXrayOptions so;
    so.seed = static_cast<std::uint32_t>(args.number("--seed", 1));
    so.noise = args.number("--noise", so.noise);
    if (args.has("--als-type")) so.alsType = phantom::alsTypeFromName(args.value("--als-type"));
    so.magnitude = args.number("--magnitude", -1);
    so.width = static_cast<int>(args.number("--width", so.width));
    so.height = static_cast<int>(args.number("--height", so.height));
    const auto t0 = std::chrono::steady_clock::now();
    const auto names = phantom::writeSpineXrayDataset(args.value("--out"), so, count);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("wrote %zu spine X-ray(s) to %s in %.2f s\n", names.size(),
                args.value("--out").c_str(), s);
    return 0;
  }
  if (task == "osteoporosis") {
    phantom::PanoramicOptions po;
    po.seed = static_cast<std::uint32_t>(args.number("--seed", 1));
    po.noise = args.number("--noise", po.noise);
    if (args.has("--class")) {
      const std::string c = args.value("--class");
      if (c != "healthy" && c != "osteoporosis")
        throw UsageError("--class is healthy or osteoporosis");
      po.osteoporosis = c == "osteoporosis" ? 1 : 0;
    }
    po.width = static_cast<int>(args.number("--width", po.width));
    po.height = static_cast<int>(args.number("--height", po.height));
    const auto t0 = std::chrono::steady_clock::now();
    const auto names = phantom::writePanoramicDataset(args.value("--out"), po, count);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("wrote %zu panoramic radiograph(s) to %s in %.2f s\n", names.size(),
                args.value("--out").c_str(), s);
    return 0;
  }
  if (task != "geometric")
    throw UsageError("unknown task '" + task + "' (lumbar, scoliosis, osteoporosis, geometric)");
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
