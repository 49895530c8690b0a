#pragma once
// Shared helpers for Osteon's Catch2 suites: temporary folders, the optional ../shared/data
// folder, and running reference tools (python3 + pydicom) in the same test.

#include <catch2/catch.hpp>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace osteon::test {

// Absolute path of ../shared/data/<sub> when it exists, else "".
std::string sharedData(const std::string& sub = "");

// A fresh folder under the system temp dir, removed with its contents on destruction
// (kept when OSTEON_KEEP_TEST_FILES is set, to look at what a test wrote).
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct CommandResult {
  int status = -1;     // exit status, or -1 when it could not run
  std::string output;  // stdout and stderr
};
CommandResult runCommand(const std::string& command);

// Quotes a string for /bin/sh.
std::string shellQuote(const std::string& s);

// python3 with the given module importable (e.g. "pydicom", "numpy").
bool pythonHas(const std::string& module);
std::string pythonExe();

// Path of a file in the source tree.
std::string sourcePath(const std::string& rel);

// Reads a whole file of little-endian float64 values.
std::vector<double> readDoubles(const std::string& path);

// Runs tests/support/pydicom_probe.py (python3 + pydicom) over files: one JSON object per file
// (see the script), pixels as float64 in dir/<index>.raw. Empty when pydicom is missing.
struct PydicomProbe {
  std::vector<std::string> records;  // JSON text, one per file, in the order given
  TempDir dir;
  std::string rawPath(std::size_t index) const { return dir.file(std::to_string(index) + ".raw"); }
};
std::unique_ptr<PydicomProbe> runPydicomProbe(const std::vector<std::string>& files);

}  // namespace osteon::test

// Catch2 2.x has no SKIP. OSTEON_SKIP(reason) ends the test and records the reason; at the end of
// the run the listener in test_support.cpp prints one "OSTEON-SKIPPED: <test>: <reason>" line per
// skip on stdout when nothing failed, which ctest's SKIP_REGULAR_EXPRESSION (osteon_discover_tests
// in tests/CMakeLists.txt) turns into "Skipped" (not "Passed"). A failure in the same run is never
// hidden behind a skip. When the environment variable CI is set (non-empty), a missing reference
// (Python package, ../shared/data, bundled model, a build without LibTorch) is a failure instead.
namespace osteon::test {
bool ciMode();
void noteSkip(const std::string& reason);
}  // namespace osteon::test

#define OSTEON_SKIP(reason)                                                                       \
  do {                                                                                            \
    std::ostringstream osteon_skip_reason_;                                                       \
    osteon_skip_reason_ << reason;                                                                \
    if (::osteon::test::ciMode()) FAIL("missing reference in CI: " << osteon_skip_reason_.str()); \
    ::osteon::test::noteSkip(osteon_skip_reason_.str());                                          \
    WARN("SKIPPED: " << osteon_skip_reason_.str());                                               \
    return;                                                                                       \
  } while (0)
