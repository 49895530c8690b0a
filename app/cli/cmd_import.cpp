// osteon-cli import-weights: a PyTorch checkpoint or a Keras file as an Osteon model package
// (core/ai/weight_import.h), or as a pretrained backbone for `train --init-from`.

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "app/cli/args.h"
#include "core/ai/weight_import.h"

namespace osteon::cli {

namespace {

std::vector<std::string> splitList(const std::string& text) {
  std::vector<std::string> v;
  for (std::size_t a = 0; a <= text.size();) {
    const std::size_t b = std::min(text.find(',', a), text.size());
    if (b > a) v.push_back(text.substr(a, b - a));
    a = b + 1;
  }
  return v;
}

std::vector<double> numbers(const std::string& text) {
  std::vector<double> v;
  for (const std::string& s : splitList(text)) {
    try {
      std::size_t used = 0;
      v.push_back(std::stod(s, &used));
      if (used != s.size()) throw std::invalid_argument(s);
    } catch (const std::exception&) {
      throw UsageError("'" + text + "' is not a list of numbers");
    }
  }
  if (v.size() != 3) throw UsageError("'" + text + "' needs three numbers (R,G,B)");
  return v;
}

}  // namespace

int cmdImportWeights(int argc, char** argv) {
  Args args(argc, argv, 2,
            {"--arch", "--classes", "--task", "--size", "--height", "--keras-preprocessing",
             "--mean", "--std", "--provenance"},
            {"--help", "--backbone-only"});
  if (args.flag("--help")) {
    std::fputs(
        "usage: osteon-cli import-weights --arch ARCH IN OUT.osteon [options]\n"
        "IN: a PyTorch file (.pth/.pt/.bin: a torch.save'd state_dict in zip format, or a\n"
        "    checkpoint dict with state_dict/model_state_dict/model; 'module.' prefixes are\n"
        "    stripped) with torchvision names, or lukemelas efficientnet_pytorch names (mapped\n"
        "    onto efficientnet_bN_tf); or a Keras file (.h5 full model or weights, .keras)\n"
        "ARCH: resnet18/34/50/101, efficientnet_b0..b3 (_tf for lukemelas), inception_v3,\n"
        "    keras_resnet50, xception; '+seed000head' for seed 000's dense head (Keras ALS)\n"
        "  --classes a,b,c   class names (default class_0.. from the file's classifier)\n"
        "  --task T          scoliosis | lumbar | osteoporosis | any name\n"
        "  --backbone-only   drop the file's classifier: a pretrained backbone for\n"
        "                    'train --init-from OUT.osteon' (any number of classes)\n"
        "  --size N --height N   input size stored in the package\n"
        "  --keras-preprocessing caffe|tf|torch|rescale   how the Keras model's inputs were\n"
        "                    scaled (default: caffe for keras_resnet50, tf for xception)\n"
        "  --mean r,g,b --std r,g,b   override the package's normalisation (0..1 RGB)\n",
        stdout);
    return 0;
  }
  if (args.positional().size() != 2) throw UsageError("give IN and OUT.osteon");
  if (!args.has("--arch")) throw UsageError("give --arch");
  ai::ImportOptions o;
  o.architecture = args.value("--arch");
  o.classes = splitList(args.value("--classes"));
  o.task = args.value("--task", "classification");
  o.backboneOnly = args.flag("--backbone-only");
  o.inputSize = static_cast<int>(args.number("--size", 0));
  o.inputHeight = static_cast<int>(args.number("--height", 0));
  o.kerasPreprocessing = args.value("--keras-preprocessing");
  if (args.has("--mean")) o.mean = numbers(args.value("--mean"));
  if (args.has("--std")) o.stdev = numbers(args.value("--std"));
  o.provenance = args.value("--provenance");
  const auto t0 = std::chrono::steady_clock::now();
  const ai::ImportResult r =
      ai::importWeightsToPackage(args.positional()[0], args.positional()[1], o);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  for (const std::string& n : r.notes)
    std::printf("note: %s\n", n.c_str());
  std::printf("imported %d tensors (%s names) into %s, %zu classes, in %.2f s: wrote %s\n",
              r.tensors, r.format.c_str(), r.model.info.architecture.c_str(),
              r.model.info.classNames.size(), s, args.positional()[1].c_str());
  return 0;
}

}  // namespace osteon::cli
