#pragma once
// Minimal argument handling for osteon-cli subcommands: positionals, --flag and --key value.

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace osteon::cli {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  // `valued`: options that take a value; `flags`: options that do not; `pairs`: options that
  // take two values (stored as values(k) = {a, b}).
  Args(int argc, char** argv, int first, const std::set<std::string>& valued,
       const std::set<std::string>& flags, const std::set<std::string>& pairs = {}) {
    for (int i = first; i < argc; ++i) {
      std::string a = argv[i];
      if (a.rfind("--", 0) == 0) {
        if (flags.count(a)) {
          flags_.insert(a);
        } else if (pairs.count(a)) {
          if (i + 2 >= argc) throw UsageError("option " + a + " needs two values");
          values_[a] = {argv[i + 1], argv[i + 2]};
          i += 2;
        } else if (valued.count(a)) {
          if (i + 1 >= argc) throw UsageError("option " + a + " needs a value");
          values_[a].push_back(argv[++i]);
        } else {
          throw UsageError("unknown option " + a);
        }
      } else {
        positional_.push_back(a);
      }
    }
  }
  const std::vector<std::string>& positional() const { return positional_; }
  bool flag(const std::string& f) const { return flags_.count(f) != 0; }
  bool has(const std::string& k) const { return values_.count(k) != 0; }
  std::string value(const std::string& k, const std::string& fallback = "") const {
    auto it = values_.find(k);
    return it == values_.end() ? fallback : it->second.back();
  }
  const std::vector<std::string>& values(const std::string& k) const {
    static const std::vector<std::string> none;
    auto it = values_.find(k);
    return it == values_.end() ? none : it->second;
  }
  double number(const std::string& k, double fallback) const {
    if (!has(k)) return fallback;
    const std::string v = value(k);
    try {
      std::size_t used = 0;
      const double d = std::stod(v, &used);
      if (used != v.size()) throw std::invalid_argument(v);
      return d;
    } catch (const std::exception&) {
      throw UsageError("option " + k + " expects a number, got '" + v + "'");
    }
  }

 private:
  std::vector<std::string> positional_;
  std::set<std::string> flags_;
  std::map<std::string, std::vector<std::string>> values_;
};

int cmdInfo(int argc, char** argv);
int cmdConvert(int argc, char** argv);
int cmdPhantom(int argc, char** argv);
int cmdAnonymize(int argc, char** argv);
int cmdPacs(int argc, char** argv);
int cmdTrain(int argc, char** argv);
int cmdServeJson(int argc, char** argv);
int cmdInfer(int argc, char** argv);
int cmdGradcam(int argc, char** argv);
int cmdTrainLandmarks(int argc, char** argv);
int cmdEvaluateLandmarks(int argc, char** argv);
int cmdCobb(int argc, char** argv);
int cmdEvaluate(int argc, char** argv);
int cmdInferTask(int argc, char** argv);
int cmdSubmit(int argc, char** argv);
int cmdCrops(int argc, char** argv);
int cmdImportWeights(int argc, char** argv);

}  // namespace osteon::cli
