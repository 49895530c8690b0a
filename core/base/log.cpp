#include "core/base/log.h"

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <system_error>
#include <utility>
#include <vector>

#include "core/base/error.h"

namespace osteon::log {

namespace {

// Set while this thread is inside a sink's write: lines logged there are dropped.
thread_local bool tInSink = false;

}  // namespace

const char* levelName(Level level) {
  switch (level) {
    case Level::Error:
      return "error";
    case Level::Warning:
      return "warning";
    case Level::Info:
      return "info";
    case Level::Debug:
      return "debug";
  }
  return "?";
}

bool parseLevel(const std::string& text, Level* out) {
  for (Level l : {Level::Error, Level::Warning, Level::Info, Level::Debug})
    if (text == levelName(l)) {
      *out = l;
      return true;
    }
  if (text == "warn") {
    *out = Level::Warning;
    return true;
  }
  return false;
}

std::string formatLine(const Record& r) {
  using namespace std::chrono;
  const std::time_t t = system_clock::to_time_t(r.time);
  const auto ms = duration_cast<milliseconds>(r.time.time_since_epoch()).count() % 1000;
  std::tm tm{};
  localtime_r(&t, &tm);
  char stamp[64];
  const std::size_t n = std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &tm);
  const long off = tm.tm_gmtoff / 60;
  std::snprintf(stamp + n, sizeof stamp - n, ".%03d%c%02ld:%02ld", static_cast<int>(ms),
                off < 0 ? '-' : '+', std::labs(off) / 60, std::labs(off) % 60);
  char level[16];
  std::snprintf(level, sizeof level, "%-7s", levelName(r.level));
  for (char* c = level; *c; ++c)
    *c = static_cast<char>(*c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c);
  std::string line;
  line.reserve(40 + r.component.size() + r.message.size());
  line += stamp;
  line += ' ';
  line += level;
  line += ' ';
  line += r.component;
  line += ": ";
  line += r.message;
  return line;
}

void Sink::setThreshold(Level level) {
  threshold_.store(static_cast<int>(level));
  Logger::instance().thresholdsChanged();
}

void StderrSink::write(const Record&, const std::string& line) {
  std::string out = line + '\n';
  std::fwrite(out.data(), 1, out.size(), stderr);
  std::fflush(stderr);
}

FileSink::FileSink(const std::string& path, Level threshold, std::size_t maxBytes)
    : Sink(threshold), path_(path), maxBytes_(maxBytes) {
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  open();
  if (!file_)
    throw Error(fileError(path, std::string("cannot open the log: ") + std::strerror(errno)));
}

FileSink::~FileSink() {
  if (file_) std::fclose(file_);
}

void FileSink::open() {
  file_ = std::fopen(path_.c_str(), "ae");  // append; not inherited by exec'd programs
  size_ = 0;
  if (file_ && std::fseek(file_, 0, SEEK_END) == 0) {
    const long end = std::ftell(file_);
    size_ = end > 0 ? static_cast<std::size_t>(end) : 0;
  }
}

void FileSink::write(const Record&, const std::string& line) {
  if (size_ > 0 && size_ + line.size() + 1 > maxBytes_) {
    // One rotation: FILE -> FILE.1 (replacing it), then a fresh FILE.
    if (file_) std::fclose(file_);
    file_ = nullptr;
    std::error_code ec;
    std::filesystem::rename(path_, path_ + ".1", ec);
    open();
  }
  if (!file_) return;
  std::fwrite(line.data(), 1, line.size(), file_);
  std::fputc('\n', file_);
  std::fflush(file_);
  size_ += line.size() + 1;
}

struct Logger::State {
  std::mutex mutex;  // guards sinks and nextId
  std::vector<std::pair<SinkId, std::shared_ptr<Sink>>> sinks;
  SinkId nextId = 1;
};

Logger& Logger::instance() {
  // Never destroyed: code that runs during static destruction may still log.
  static Logger* logger = new Logger;
  return *logger;
}

Logger::Logger() : state_(std::make_shared<State>()) {
  stderr_ = std::make_shared<StderrSink>(Level::Warning);
  state_->sinks.emplace_back(0, stderr_);
  maxThreshold_.store(static_cast<int>(Level::Warning));
}

SinkId Logger::addSink(std::shared_ptr<Sink> sink) {
  if (!sink) return -1;
  SinkId id;
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    id = state_->nextId++;
    state_->sinks.emplace_back(id, std::move(sink));
  }
  thresholdsChanged();
  return id;
}

void Logger::removeSink(SinkId id) {
  std::shared_ptr<Sink> sink;
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    auto& v = state_->sinks;
    const auto it = std::find_if(v.begin(), v.end(), [id](const auto& p) { return p.first == id; });
    if (it == v.end()) return;
    sink = it->second;
    v.erase(it);
  }
  {
    // Wait for a write in progress on another thread, and mark it so that no later one starts.
    std::lock_guard<std::mutex> lock(sink->writing_);
    sink->removed_ = true;
  }
  thresholdsChanged();
}

void Logger::thresholdsChanged() {
  std::lock_guard<std::mutex> lock(state_->mutex);
  int most = -1;
  for (const auto& [id, sink] : state_->sinks)
    most = std::max(most, sink->threshold_.load());
  maxThreshold_.store(most);
}

void Logger::write(Level level, const char* component, std::string message) {
  if (tInSink || !enabled(level)) return;
  Record record;
  record.time = std::chrono::system_clock::now();
  record.level = level;
  record.component = component ? component : "";
  for (char& c : message)
    if (c == '\n' || c == '\r') c = ' ';
  while (!message.empty() && message.back() == ' ')
    message.pop_back();
  record.message = std::move(message);

  std::vector<std::shared_ptr<Sink>> sinks;
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    sinks.reserve(state_->sinks.size());
    for (const auto& [id, sink] : state_->sinks)
      if (sink->wants(level)) sinks.push_back(sink);
  }
  if (sinks.empty()) return;
  const std::string line = formatLine(record);
  tInSink = true;
  for (const auto& sink : sinks) {
    std::lock_guard<std::mutex> lock(sink->writing_);
    if (sink->removed_) continue;
    try {
      sink->write(record, line);
    } catch (...) {
      // A sink that fails loses the line; logging never throws into the code that logs.
    }
  }
  tInSink = false;
}

void write(Level level, const char* component, std::string message) {
  Logger::instance().write(level, component, std::move(message));
}

void writef(Level level, const char* component, const char* format, ...) {
  Logger& logger = Logger::instance();
  if (!logger.enabled(level)) return;
  char small[512];
  va_list args;
  va_start(args, format);
  va_list copy;
  va_copy(copy, args);
  const int n = std::vsnprintf(small, sizeof small, format, args);
  va_end(args);
  std::string message;
  if (n < 0) {
    message = format;
  } else if (static_cast<std::size_t>(n) < sizeof small) {
    message.assign(small, static_cast<std::size_t>(n));
  } else {
    message.resize(static_cast<std::size_t>(n) + 1);
    std::vsnprintf(message.data(), message.size(), format, copy);
    message.resize(static_cast<std::size_t>(n));
  }
  va_end(copy);
  logger.write(level, component, std::move(message));
}

}  // namespace osteon::log
