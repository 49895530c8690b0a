// The process log (core/base/log.h): levels and thresholds, the line format, the file sink's
// rotation, the callback sink, and many threads logging at once without torn lines.

#include "core/base/log.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/test_support.h"

namespace lg = osteon::log;
using lg::Level;

namespace {

// Collects the lines a callback sink receives, and removes the sink when it goes.
struct Collector {
  explicit Collector(Level threshold)
      : sink(std::make_shared<lg::CallbackSink>(
            [this](const lg::Record& r, const std::string& line) {
              std::lock_guard<std::mutex> lock(mutex);
              records.push_back(r);
              lines.push_back(line);
            },
            threshold)),
        id(lg::Logger::instance().addSink(sink)) {}
  ~Collector() { lg::Logger::instance().removeSink(id); }
  std::vector<std::string> snapshot() {
    std::lock_guard<std::mutex> lock(mutex);
    return lines;
  }
  std::shared_ptr<lg::CallbackSink> sink;
  lg::SinkId id;
  std::mutex mutex;
  std::vector<lg::Record> records;
  std::vector<std::string> lines;
};

// The default stderr sink quiet for a test (warnings would clutter the test output).
struct QuietStderr {
  QuietStderr() : saved(lg::Logger::instance().stderrSink().threshold()) {
    lg::Logger::instance().stderrSink().setThreshold(Level::Error);
  }
  ~QuietStderr() { lg::Logger::instance().stderrSink().setThreshold(saved); }
  Level saved;
};

const std::regex kLine(
    R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2} (ERROR|WARNING|INFO|DEBUG) +[a-z]+: .*$)");

std::vector<std::string> readLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string l; std::getline(in, l);)
    out.push_back(l);
  return out;
}

}  // namespace

TEST_CASE("log levels have names and parse back") {
  for (Level l : {Level::Error, Level::Warning, Level::Info, Level::Debug}) {
    Level back = Level::Error;
    REQUIRE(lg::parseLevel(lg::levelName(l), &back));
    CHECK(back == l);
  }
  Level w = Level::Debug;
  CHECK(lg::parseLevel("warn", &w));
  CHECK(w == Level::Warning);
  CHECK_FALSE(lg::parseLevel("loud", &w));
}

TEST_CASE("a log line has the ISO time, the level, the component and the message") {
  lg::Record r;
  r.time = std::chrono::system_clock::now();
  r.level = Level::Warning;
  r.component = "io";
  r.message = "3 files could not be read";
  const std::string line = lg::formatLine(r);
  CHECK(std::regex_match(line, kLine));
  CHECK(line.find(" WARNING io: 3 files could not be read") != std::string::npos);
}

TEST_CASE("thresholds: a sink gets its levels and nothing is formatted for a level that is off") {
  QuietStderr quiet;
  int evaluated = 0;
  const auto count = [&evaluated] { return ++evaluated; };
  {
    Collector c(Level::Info);
    CHECK(lg::enabled(Level::Info));
    CHECK_FALSE(lg::enabled(Level::Debug));
    OSTEON_LOG_DEBUG("test", "hidden %d", count());
    CHECK(evaluated == 0);  // the macro did not evaluate its arguments
    OSTEON_LOG_INFO("test", "shown %d", count());
    OSTEON_LOG_WARNING("test", "also %s", "shown");
    CHECK(evaluated == 1);
    const auto lines = c.snapshot();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].find(" INFO    test: shown 1") != std::string::npos);
    CHECK(c.records[1].level == Level::Warning);
    CHECK(c.records[1].message == "also shown");

    c.sink->setThreshold(Level::Debug);
    CHECK(lg::enabled(Level::Debug));
    OSTEON_LOG_DEBUG("test", "now %d", count());
    CHECK(c.snapshot().size() == 3);
    c.sink->setThreshold(Level::Error);
    OSTEON_LOG_INFO("test", "filtered");
    CHECK(c.snapshot().size() == 3);
  }
  // Without the collector only the (quiet) stderr sink is left.
  CHECK_FALSE(lg::enabled(Level::Info));
  CHECK(lg::enabled(Level::Error));
}

TEST_CASE("messages are one line, long messages are whole, and sinks cannot recurse") {
  QuietStderr quiet;
  Collector c(Level::Debug);
  lg::write(Level::Info, "test", "first\nsecond\r\n");
  const std::string big(3000, 'x');
  OSTEON_LOG_INFO("test", "%s|%d", big.c_str(), 7);
  {
    // A callback that logs: its nested line is dropped, not written again into the sinks.
    auto loud = std::make_shared<lg::CallbackSink>(
        [](const lg::Record&, const std::string&) { OSTEON_LOG_INFO("test", "nested"); },
        Level::Info);
    const lg::SinkId id = lg::Logger::instance().addSink(loud);
    OSTEON_LOG_INFO("test", "outer");
    lg::Logger::instance().removeSink(id);
  }
  const auto lines = c.snapshot();
  REQUIRE(lines.size() == 3);
  CHECK(c.records[0].message == "first second");
  CHECK(c.records[1].message == big + "|7");
  CHECK(c.records[2].message == "outer");
}

TEST_CASE("a removed callback sink is not called again") {
  QuietStderr quiet;
  std::atomic<int> calls{0};
  auto sink = std::make_shared<lg::CallbackSink>(
      [&calls](const lg::Record&, const std::string&) { ++calls; }, Level::Info);
  const lg::SinkId id = lg::Logger::instance().addSink(sink);
  OSTEON_LOG_INFO("test", "one");
  lg::Logger::instance().removeSink(id);
  OSTEON_LOG_INFO("test", "two");
  CHECK(calls == 1);
}

TEST_CASE("the file sink appends, and rotates once at its size cap") {
  QuietStderr quiet;
  osteon::test::TempDir dir;
  const std::string path = dir.file("logs/osteon.log");  // its folder is created
  const std::size_t cap = 4096;
  {
    auto file = std::make_shared<lg::FileSink>(path, Level::Info, cap);
    const lg::SinkId id = lg::Logger::instance().addSink(file);
    OSTEON_LOG_INFO("test", "before reopen");
    lg::Logger::instance().removeSink(id);
  }
  auto file = std::make_shared<lg::FileSink>(path, Level::Info, cap);
  const lg::SinkId id = lg::Logger::instance().addSink(file);
  OSTEON_LOG_DEBUG("test", "below the threshold");
  OSTEON_LOG_INFO("test", "after reopen");
  {
    const auto lines = readLines(path);
    REQUIRE(lines.size() == 2);  // appended, not truncated
    CHECK(lines[0].find("before reopen") != std::string::npos);
    CHECK(lines[1].find("after reopen") != std::string::npos);
  }
  // ~80-byte lines: 200 of them are ~4 caps, so the file rotated several times.
  for (int i = 0; i < 200; ++i)
    OSTEON_LOG_INFO("test", "line %03d of the rotation test", i);
  lg::Logger::instance().removeSink(id);
  REQUIRE(std::filesystem::exists(path + ".1"));
  CHECK_FALSE(std::filesystem::exists(path + ".2"));  // one rotation kept
  CHECK(std::filesystem::file_size(path) <= cap);
  CHECK(std::filesystem::file_size(path + ".1") <= cap);
  const auto current = readLines(path);
  const auto previous = readLines(path + ".1");
  REQUIRE_FALSE(current.empty());
  REQUIRE_FALSE(previous.empty());
  CHECK(current.back().find("line 199 of") != std::string::npos);
  // The two files hold a contiguous, complete run of the last lines.
  std::vector<std::string> all = previous;
  all.insert(all.end(), current.begin(), current.end());
  for (std::size_t k = 0; k < all.size(); ++k) {
    INFO(all[k]);
    CHECK(std::regex_match(all[k], kLine));
    char expect[64];
    std::snprintf(expect, sizeof expect, "line %03zu of", 200 - all.size() + k);
    CHECK(all[k].find(expect) != std::string::npos);
  }
}

TEST_CASE("the file sink names the file it cannot open") {
  osteon::test::TempDir dir;
  std::ofstream(dir.file("not-a-folder")) << "x";
  CHECK_THROWS_WITH(lg::FileSink(dir.file("not-a-folder/osteon.log"), Level::Info),
                    Catch::Contains("not-a-folder/osteon.log"));
}

TEST_CASE("many threads log at once without torn or lost lines") {
  QuietStderr quiet;
  osteon::test::TempDir dir;
  const std::string path = dir.file("threads.log");
  auto file = std::make_shared<lg::FileSink>(path, Level::Debug, 64u << 20);
  const lg::SinkId id = lg::Logger::instance().addSink(file);
  Collector c(Level::Debug);
  constexpr int kThreads = 8, kLines = 1500;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([t] {
      for (int i = 0; i < kLines; ++i)
        OSTEON_LOG(i % 2 ? Level::Debug : Level::Info, "worker", "thread %d line %d %s", t, i,
                   "padding padding padding padding padding padding padding padding");
    });
  for (auto& th : threads)
    th.join();
  lg::Logger::instance().removeSink(id);

  const std::regex body(R"(.* worker: thread (\d+) line (\d+) (padding ?){8}$)");
  for (const auto& lines : {readLines(path), c.snapshot()}) {
    REQUIRE(lines.size() == kThreads * kLines);
    std::set<std::pair<int, int>> seen;
    int bad = 0;
    for (const std::string& l : lines) {
      std::smatch m;
      if (!std::regex_match(l, kLine) || !std::regex_match(l, m, body)) {
        ++bad;
        continue;
      }
      seen.insert({std::stoi(m[1]), std::stoi(m[2])});
    }
    CHECK(bad == 0);
    CHECK(seen.size() == static_cast<std::size_t>(kThreads * kLines));
  }
}
