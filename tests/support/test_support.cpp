// The skip listener derives from Catch's TestEventListenerBase, declared only with this defined.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "tests/support/test_support.h"

#include <unistd.h>

#include <sys/wait.h>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

namespace fs = std::filesystem;

namespace osteon::test {

namespace {

struct Skip {
  std::string test;
  std::string reason;
};

std::vector<Skip>& skips() {
  static std::vector<Skip> s;
  return s;
}

std::string& currentTest() {
  static std::string name;
  return name;
}

// Prints the skips of a run once it is over, unless something failed (ctest would otherwise
// report a failing executable as skipped).
class SkipListener : public Catch::TestEventListenerBase {
 public:
  using TestEventListenerBase::TestEventListenerBase;
  void testCaseStarting(Catch::TestCaseInfo const& info) override { currentTest() = info.name; }
  void testRunEnded(Catch::TestRunStats const& stats) override {
    if (skips().empty()) return;
    const bool failed = stats.totals.assertions.failed > 0 || stats.totals.testCases.failed > 0;
    for (const auto& s : skips())
      std::cout << (failed ? "osteon: skipped (not reported, the run failed): "
                           : "OSTEON-SKIPPED: ")
                << s.test << ": " << s.reason << "\n";
    std::cout.flush();
  }
};

}  // namespace

CATCH_REGISTER_LISTENER(SkipListener)

bool ciMode() {
  const char* ci = std::getenv("CI");
  return ci && *ci;
}

void noteSkip(const std::string& reason) {
  skips().push_back({currentTest(), reason});
}

std::string sharedData(const std::string& sub) {
  fs::path p = fs::path(OSTEON_SHARED_DATA);
  if (!sub.empty()) p /= sub;
  std::error_code ec;
  return fs::exists(p, ec) ? p.string() : std::string();
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  const fs::path base = fs::temp_directory_path();
  for (;;) {
    fs::path p = base / ("osteon-test-" + std::to_string(getpid()) + "-" +
                         std::to_string(counter++) + "-" + std::to_string(rd() % 100000));
    std::error_code ec;
    if (fs::create_directory(p, ec)) {
      path_ = p.string();
      return;
    }
  }
}

TempDir::~TempDir() {
  if (std::getenv("OSTEON_KEEP_TEST_FILES")) return;
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string shellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

CommandResult runCommand(const std::string& command) {
  CommandResult r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return r;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0)
    r.output.append(buf, n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string pythonExe() {
  const std::string configured = OSTEON_PYTHON;
  return configured.empty() ? std::string("python3") : configured;
}

bool pythonHas(const std::string& module) {
  return runCommand(shellQuote(pythonExe()) + " -c " + shellQuote("import " + module)).status == 0;
}

std::string sourcePath(const std::string& rel) {
  return (fs::path(OSTEON_SOURCE_DIR) / rel).string();
}

std::vector<double> readDoubles(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  std::vector<double> v;
  if (!in) return v;
  const auto size = static_cast<std::size_t>(in.tellg());
  v.resize(size / sizeof(double));
  in.seekg(0);
  in.read(reinterpret_cast<char*>(v.data()),
          static_cast<std::streamsize>(v.size() * sizeof(double)));
  return v;
}

std::unique_ptr<PydicomProbe> runPydicomProbe(const std::vector<std::string>& files) {
  auto p = std::make_unique<PydicomProbe>();
  std::string cmd = shellQuote(pythonExe()) + " " +
                    shellQuote(sourcePath("tests/support/pydicom_probe.py")) + " " +
                    shellQuote(p->dir.path());
  for (const auto& f : files)
    cmd += " " + shellQuote(f);
  const auto res = runCommand(cmd);
  if (res.status != 0) return p;
  std::size_t start = 0;
  while (start < res.output.size()) {
    std::size_t end = res.output.find('\n', start);
    if (end == std::string::npos) end = res.output.size();
    const std::string line = res.output.substr(start, end - start);
    if (!line.empty() && line[0] == '{') p->records.push_back(line);
    start = end + 1;
  }
  return p;
}

}  // namespace osteon::test
