#pragma once
// The process-wide log (issue 16): a bug report carries it. One logger per process with pluggable
// sinks, each with its own threshold: stderr (by default warnings and errors, as the CLI printed
// them before; `osteon-cli --verbose` lowers it to debug), a file (appended, rotated once at a
// size cap: osteon.log -> osteon.log.1; `osteon-cli --log FILE`, the viewer's osteon.log) and a
// callback (the viewer's Log dock). Each line: ISO 8601 local time, level, component, message.
//
//   OSTEON_LOG_INFO("io", "scanned %zu files: %zu series", files, series);
//
// The macros test the level first: when no sink wants it, the arguments are not evaluated and
// nothing is formatted. Sinks are called from whichever thread logs; a line is written whole
// (never interleaved with another thread's). Messages are one line: newlines become spaces.
// A line logged from inside a sink's write (on that thread) is dropped, so sinks cannot recurse.

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace osteon::log {

enum class Level { Error = 0, Warning = 1, Info = 2, Debug = 3 };

// "error", "warning", "info", "debug".
const char* levelName(Level level);
// Parses levelName()'s words (and "warn"); false for anything else.
bool parseLevel(const std::string& text, Level* out);

struct Record {
  std::chrono::system_clock::time_point time;
  Level level = Level::Info;
  std::string component;  // a short name: "io", "ai", "train", "net", "cli", "gui"
  std::string message;    // one line
};

// "2026-12-07T03:01:02.345+01:00 INFO    io: message" (no newline).
std::string formatLine(const Record& record);

// A destination for log lines. write() is called from any thread, one call per record, and
// never concurrently for the same sink (the logger serialises each sink's writes).
class Sink {
 public:
  explicit Sink(Level threshold) : threshold_(static_cast<int>(threshold)) {}
  virtual ~Sink() = default;
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  Level threshold() const { return static_cast<Level>(threshold_.load()); }
  // Records up to and including `level` are written (Debug: all).
  void setThreshold(Level level);
  bool wants(Level level) const { return static_cast<int>(level) <= threshold_.load(); }

  // `line` is formatLine(record).
  virtual void write(const Record& record, const std::string& line) = 0;

 private:
  friend class Logger;
  std::atomic<int> threshold_;
  std::mutex writing_;    // one write at a time; removeSink() waits on it
  bool removed_ = false;  // guarded by writing_
};

// Lines to stderr, each with one fwrite.
class StderrSink : public Sink {
 public:
  using Sink::Sink;
  void write(const Record& record, const std::string& line) override;
};

// Lines appended to a file, flushed after each. When a line would take the file past
// `maxBytes`, the file is renamed to FILE.1 (replacing the previous one) and a new one started.
class FileSink : public Sink {
 public:
  static constexpr std::size_t kDefaultMaxBytes = 2u << 20;  // 2 MiB
  // Throws osteon::Error naming the file when it cannot be opened (its folder is created).
  FileSink(const std::string& path, Level threshold, std::size_t maxBytes = kDefaultMaxBytes);
  ~FileSink() override;
  const std::string& path() const { return path_; }
  void write(const Record& record, const std::string& line) override;

 private:
  void open();
  std::string path_;
  std::size_t maxBytes_;
  std::FILE* file_ = nullptr;
  std::size_t size_ = 0;
};

// Calls a function with each record (on the thread that logged it).
class CallbackSink : public Sink {
 public:
  using Callback = std::function<void(const Record& record, const std::string& line)>;
  CallbackSink(Callback callback, Level threshold)
      : Sink(threshold), callback_(std::move(callback)) {}
  void write(const Record& record, const std::string& line) override { callback_(record, line); }

 private:
  Callback callback_;
};

using SinkId = int;

// The process's logger. It starts with one sink, a StderrSink at Warning (stderrSink()).
class Logger {
 public:
  static Logger& instance();

  // Adds a sink; its id removes it. After removeSink() returns, the sink is not being called
  // and will not be called again (so a callback may capture an object about to be destroyed).
  SinkId addSink(std::shared_ptr<Sink> sink);
  void removeSink(SinkId id);
  // The default stderr sink (its threshold can be changed).
  Sink& stderrSink() { return *stderr_; }

  // True when some sink takes records of `level`.
  bool enabled(Level level) const {
    return static_cast<int>(level) <= maxThreshold_.load(std::memory_order_relaxed);
  }
  void write(Level level, const char* component, std::string message);

  // Recomputes enabled() after a threshold change (Sink::setThreshold calls it).
  void thresholdsChanged();

 private:
  Logger();
  struct State;
  std::shared_ptr<State> state_;
  std::shared_ptr<Sink> stderr_;
  std::atomic<int> maxThreshold_{-1};
};

inline bool enabled(Level level) {
  return Logger::instance().enabled(level);
}
// Logs an already formatted message (no level check beyond the sinks').
void write(Level level, const char* component, std::string message);
// printf-style; use the macros below so that arguments are not evaluated when the level is off.
void writef(Level level, const char* component, const char* format, ...)
    __attribute__((format(printf, 3, 4)));

// Seconds from `start` to now, for the "took 1.23 s" of timed events.
inline double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace osteon::log

#define OSTEON_LOG(level, component, ...)                                                        \
  do {                                                                                           \
    if (::osteon::log::enabled(level)) ::osteon::log::writef((level), (component), __VA_ARGS__); \
  } while (0)
#define OSTEON_LOG_ERROR(component, ...) \
  OSTEON_LOG(::osteon::log::Level::Error, component, __VA_ARGS__)
#define OSTEON_LOG_WARNING(component, ...) \
  OSTEON_LOG(::osteon::log::Level::Warning, component, __VA_ARGS__)
#define OSTEON_LOG_INFO(component, ...) \
  OSTEON_LOG(::osteon::log::Level::Info, component, __VA_ARGS__)
#define OSTEON_LOG_DEBUG(component, ...) \
  OSTEON_LOG(::osteon::log::Level::Debug, component, __VA_ARGS__)
