// osteon-cli: the headless face of Osteon. Each subcommand lives in its own cmd_*.cpp and only
// parses arguments, calls core/ and prints. Built twice (app/cli/CMakeLists.txt): as osteon-cli
// without LibTorch, which hands the AI commands to its engine, and as that engine (osteon-cli-ai,
// OSTEON_CLI_HAVE_AI), which runs every command.

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "app/cli/args.h"
#include "app/cli/dicom_results.h"
#include "core/base/error.h"
#include "core/base/log.h"
#ifdef OSTEON_CLI_HAVE_AI
#include "core/ai/device.h"
#else
#include "app/cli/engine.h"
#endif

namespace {

const char* kUsage =
    "usage: osteon-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  info PATH... [--json]           patients > studies > series with geometry and errors\n"
    "  convert IN OUT [options]        a series or image to NIfTI/NRRD/MHA, PNG (stack) or DICOM\n"
    "  phantom --task geometric --out DIR [--seed S]\n"
    "                                  write a synthetic study in the RSNA folder layout\n"
    "  anonymize IN OUT [--option O]   de-identified copy of a DICOM file, folder or RSNA\n"
    "                                  dataset (PS3.15 Table E.1-1 + option profiles)\n"
    "  pacs echo|find|get|move|store   query and retrieve from a PACS (C-ECHO, C-FIND,\n"
    "                                  C-GET, C-MOVE, C-STORE); see 'pacs --help'\n"
    "  export-sr --annotations P.json --image DICOM... --out R.dcm\n"
    "                                  measurements as a DICOM SR TID 1500 Measurement Report\n"
    "  import-sr REPORT.dcm [--json]   the measurements of a TID 1500 Measurement Report\n"
    "  train --data DIR --out MODEL     train a classifier on a folder-per-class dataset\n"
    "  serve-json --model MODEL        seed 003's JSON protocol on stdin/stdout (diagnosis +\n"
    "                                  Grad-CAM saliency and overlay images)\n"
    "  infer --model MODEL IMAGE...    class probabilities as JSON lines (package or TorchScript)\n"
    "  infer --task T INPUT...         a task plugin (scoliosis, lumbar, osteoporosis) with its\n"
    "                                  bundled demo model: outputs, probabilities, CAM (--cam);\n"
    "                                  refuses inputs the task does not accept (exit 3, --force)\n"
    "  submit --data DIR --out CSV     RSNA 2024 submission for a folder of lumbar studies\n"
    "  crops --data DIR --out DIR      lumbar training crops from an RSNA folder\n"
    "  gradcam --model MODEL --out DIR IMAGE [--method M]   CAM saliency + overlay PNGs\n"
    "  train-landmarks --data DIR --out MODEL   spine landmark model (AASCE layout)\n"
    "  evaluate-landmarks --data DIR   landmark error and Cobb SMAPE on the held-out split\n"
    "  cobb IMAGE [--json]             vertebra corners, Cobb angles, S-shape, ALS reading\n"
    "  evaluate --model M --data DIR   accuracy, confusion matrix, CAM pointing game (--masks)\n"
    "  import-weights --arch A IN OUT  a PyTorch .pth or Keras .h5/.keras as a model package\n"
    "                                  (or --backbone-only: a pretrained backbone)\n"
    "  version                         print the version\n"
    "\n"
    "AI commands take --device auto|cpu|cuda|cuda:N (where models run and train; default\n"
    "$OSTEON_DEVICE, else auto: the first CUDA GPU when LibTorch has one, else the CPU).\n"
    "\n"
    "Every command takes, before or after its name:\n"
    "  --verbose                       the log's debug lines on stderr (timings, files, models);\n"
    "                                  without it only warnings and errors go there\n"
    "  --log FILE                      append the log to FILE (info lines, debug with --verbose),\n"
    "                                  e.g. to attach to a bug report\n"
    "\n"
    "Run 'osteon-cli <command> --help' for a command's options.\n";

// The global options --verbose and --log FILE, anywhere on the command line: taken out of argv
// (so no command sees them) and applied to the process log. False with `error` for a usage error.
bool takeLogOptions(int& argc, char** argv, std::string& error) {
  namespace lg = osteon::log;
  bool verbose = false;
  std::string file;
  int out = 1;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--verbose")) {
      verbose = true;
    } else if (!std::strcmp(argv[i], "--log")) {
      if (i + 1 >= argc) {
        error = "option --log needs a FILE";
        return false;
      }
      file = argv[++i];
    } else if (!std::strncmp(argv[i], "--log=", 6)) {
      file = argv[i] + 6;
    } else {
      argv[out++] = argv[i];
    }
  }
  argc = out;
  argv[argc] = nullptr;
  if (verbose) lg::Logger::instance().stderrSink().setThreshold(lg::Level::Debug);
  if (!file.empty()) {
    try {
      lg::Logger::instance().addSink(
          std::make_shared<lg::FileSink>(file, verbose ? lg::Level::Debug : lg::Level::Info));
    } catch (const osteon::Error& e) {
      error = e.what();
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  // osteon-cli hands an AI command to its engine with the command line as given (the engine
  // takes the log options out again), so keep it before the log options go.
  const std::vector<char*> given(argv, argv + argc);
  {
    std::string error;
    if (!takeLogOptions(argc, argv, error)) {
      std::fprintf(stderr, "osteon-cli: %s\n", error.c_str());
      return 2;
    }
  }
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const std::string cmd = argv[1];
  if (osteon::log::enabled(osteon::log::Level::Debug)) {
    std::string line;
    for (int i = 1; i < argc; ++i)
      line += (i > 1 ? " " : "") + std::string(argv[i]);
    OSTEON_LOG_DEBUG("cli", "%s %s: %s", argv[0], OSTEON_VERSION, line.c_str());
  }
#ifndef OSTEON_CLI_HAVE_AI
  // Not here: LibTorch is loaded only by the engine, for the commands that need it.
  if (osteon::cli::isAiCommand(cmd)) {
    OSTEON_LOG_DEBUG("cli", "%s: handing the command to the AI engine", cmd.c_str());
    return osteon::cli::runInEngine(static_cast<int>(given.size()),
                                    const_cast<char**>(given.data()));
  }
#endif
  try {
#ifdef OSTEON_CLI_HAVE_AI
    // --device D, for every AI command: taken out here, so each command's options stay its own.
    std::vector<char*> kept;
    for (int i = 0; i < argc; ++i) {
      if (i >= 2 && !std::strcmp(argv[i], "--device")) {
        if (i + 1 >= argc) throw osteon::cli::UsageError("option --device needs a value");
        osteon::ai::setDeviceSetting(argv[++i]);
        continue;
      }
      kept.push_back(argv[i]);
    }
    argc = static_cast<int>(kept.size());
    kept.push_back(nullptr);
    argv = kept.data();
#endif
    if (cmd == "info") return osteon::cli::cmdInfo(argc, argv);
    if (cmd == "convert") return osteon::cli::cmdConvert(argc, argv);
    if (cmd == "phantom") return osteon::cli::cmdPhantom(argc, argv);
    if (cmd == "anonymize") return osteon::cli::cmdAnonymize(argc, argv);
    if (cmd == "pacs") return osteon::cli::cmdPacs(argc, argv);
    if (cmd == "export-sr") return osteon::cli::cmdExportSr(argc, argv);
    if (cmd == "import-sr") return osteon::cli::cmdImportSr(argc, argv);
#ifdef OSTEON_CLI_HAVE_AI
    if (cmd == "train") return osteon::cli::cmdTrain(argc, argv);
    if (cmd == "serve-json") return osteon::cli::cmdServeJson(argc, argv);
    if (cmd == "infer") {
      for (int i = 2; i < argc; ++i)
        if (!std::strcmp(argv[i], "--task")) return osteon::cli::cmdInferTask(argc, argv);
      return osteon::cli::cmdInfer(argc, argv);
    }
    if (cmd == "submit") return osteon::cli::cmdSubmit(argc, argv);
    if (cmd == "crops") return osteon::cli::cmdCrops(argc, argv);
    if (cmd == "import-weights") return osteon::cli::cmdImportWeights(argc, argv);
    if (cmd == "gradcam") return osteon::cli::cmdGradcam(argc, argv);
    if (cmd == "train-landmarks") return osteon::cli::cmdTrainLandmarks(argc, argv);
    if (cmd == "evaluate-landmarks") return osteon::cli::cmdEvaluateLandmarks(argc, argv);
    if (cmd == "cobb") return osteon::cli::cmdCobb(argc, argv);
    if (cmd == "evaluate") return osteon::cli::cmdEvaluate(argc, argv);
#endif
    if (cmd == "version" || cmd == "--version") {
      std::printf("osteon-cli %s\n", OSTEON_VERSION);
      return 0;
    }
    std::fprintf(stderr, "osteon-cli: unknown command '%s'\n\n%s", cmd.c_str(), kUsage);
    return 2;
  } catch (const osteon::cli::UsageError& e) {
    OSTEON_LOG_INFO("cli", "%s: usage error: %s", cmd.c_str(), e.what());
    std::fprintf(stderr, "osteon-cli %s: %s (see 'osteon-cli %s --help')\n", cmd.c_str(), e.what(),
                 cmd.c_str());
    return 2;
  } catch (const osteon::Error& e) {
    OSTEON_LOG_INFO("cli", "%s failed: %s", cmd.c_str(), e.what());
    std::fprintf(stderr, "osteon-cli %s: error: %s\n", cmd.c_str(), e.what());
    return 1;
  } catch (const std::exception& e) {
    OSTEON_LOG_INFO("cli", "%s failed unexpectedly: %s", cmd.c_str(), e.what());
    std::fprintf(stderr, "osteon-cli %s: unexpected error: %s\n", cmd.c_str(), e.what());
    return 1;
  }
}
