#pragma once
// Shared by the benchmarks: run a reference command (python3 + pydicom/torch) and read the JSON
// object it prints. An empty JSON value when the command fails or prints none, so a missing
// reference shows as "unavailable" in the table instead of stopping the benchmark.

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace osteon::bench {

inline nlohmann::json runJsonCommand(const std::string& cmd) {
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return {};
  std::string out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0)
    out.append(buf, n);
  if (pclose(p) != 0 || out.find('{') == std::string::npos) return {};
  try {
    return nlohmann::json::parse(out.substr(out.find('{')));
  } catch (const nlohmann::json::exception&) {
    return {};
  }
}

}  // namespace osteon::bench
