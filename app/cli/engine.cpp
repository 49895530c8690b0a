#include "app/cli/engine.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace osteon::cli {

namespace {
constexpr const char* kEngine = "osteon-cli-ai";
}

bool isAiCommand(const std::string& c) {
  for (const char* ai : {"train", "serve-json", "infer", "submit", "crops", "import-weights",
                         "gradcam", "train-landmarks", "evaluate-landmarks", "cobb", "evaluate"})
    if (c == ai) return true;
  return false;
}

std::string findEngine(std::string* searched) {
  std::vector<std::filesystem::path> candidates;
  std::error_code ec;
  if (const char* env = std::getenv("OSTEON_CLI_ENGINE"); env && *env)
    candidates.emplace_back(env);  // set: the only place
  else {
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    candidates.push_back(self.parent_path() / kEngine);
    candidates.push_back(self.parent_path().parent_path() / "libexec" / "osteon" / kEngine);
  }
  std::string tried;
  for (const auto& c : candidates) {
    if (::access(c.c_str(), X_OK) == 0) return c.string();
    tried += (tried.empty() ? "" : ", ") + c.string();
  }
  if (searched) *searched = tried;
  return {};
}

int runInEngine(int argc, char** argv) {
#ifndef OSTEON_CLI_DELEGATES_AI
  (void)argc;
  std::fprintf(stderr,
               "osteon-cli %s: this Osteon was built without LibTorch: the AI commands are not "
               "in it (rebuild with LibTorch, see the README)\n",
               argv[1]);
  return 1;
#else
  std::string searched;
  const std::string engine = findEngine(&searched);
  if (engine.empty()) {
    std::fprintf(stderr,
                 "osteon-cli %s: the AI engine (%s) is missing: looked for %s. Reinstall Osteon, "
                 "or set OSTEON_CLI_ENGINE to its path.\n",
                 argv[1], kEngine, searched.c_str());
    return 1;
  }
  std::vector<char*> args(argv, argv + argc);
  args[0] = const_cast<char*>(engine.c_str());
  args.push_back(nullptr);
  std::fflush(nullptr);
  ::execv(engine.c_str(), args.data());
  std::fprintf(stderr, "osteon-cli %s: cannot start the AI engine %s: %s\n", argv[1],
               engine.c_str(), std::strerror(errno));
  return 1;
#endif
}

}  // namespace osteon::cli
