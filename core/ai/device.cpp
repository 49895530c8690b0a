#include "core/ai/device.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>
#include <optional>

#include "core/base/error.h"

namespace osteon::ai {

namespace {
std::mutex gMutex;
std::optional<DeviceSetting> gExplicit;

std::string trimLower(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
}  // namespace

DeviceSetting parseDeviceSetting(const std::string& text) {
  const std::string t = trimLower(text);
  DeviceSetting s;
  if (t == "auto" || t.empty()) return s;
  if (t == "cpu") {
    s.kind = DeviceSetting::Kind::Cpu;
    return s;
  }
  if (t == "cuda") {
    s.kind = DeviceSetting::Kind::Cuda;
    return s;
  }
  if (t.rfind("cuda:", 0) == 0 && t.size() > 5 && t.size() <= 8 &&
      std::all_of(t.begin() + 5, t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    s.kind = DeviceSetting::Kind::Cuda;
    s.index = std::stoi(t.substr(5));
    return s;
  }
  throw Error("unknown device '" + text + "' (auto, cpu, cuda or cuda:N)");
}

std::string toString(const DeviceSetting& s) {
  switch (s.kind) {
    case DeviceSetting::Kind::Auto:
      return "auto";
    case DeviceSetting::Kind::Cpu:
      return "cpu";
    case DeviceSetting::Kind::Cuda:
      return s.index < 0 ? "cuda" : "cuda:" + std::to_string(s.index);
  }
  return "auto";
}

bool cudaAvailable() {
  return torch::cuda::is_available();
}

torch::Device resolveDevice(const DeviceSetting& s) {
  switch (s.kind) {
    case DeviceSetting::Kind::Cpu:
      return torch::kCPU;
    case DeviceSetting::Kind::Auto:
      return cudaAvailable() ? resolveDevice({DeviceSetting::Kind::Cuda, 0})
                             : torch::Device(torch::kCPU);
    case DeviceSetting::Kind::Cuda: {
      if (!cudaAvailable())
        throw Error("device '" + toString(s) +
                    "' was asked for, but LibTorch sees no CUDA GPU (a CPU-only LibTorch build, "
                    "no NVIDIA driver or no device); use --device cpu or auto");
      const int n = static_cast<int>(torch::cuda::device_count());
      const int i = s.index < 0 ? 0 : s.index;
      if (i >= n)
        throw Error("device '" + toString(s) + "' does not exist: this machine has " +
                    std::to_string(n) + " CUDA GPU(s) (cuda:0.." + std::to_string(n - 1) + ")");
      static std::once_flag ieee;
      std::call_once(ieee, [] {
        at::globalContext().setAllowTF32CuDNN(false);
        at::globalContext().setAllowTF32CuBLAS(false);
      });
      return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(i));
    }
  }
  return torch::kCPU;
}

void setDeviceSetting(const std::string& text) {
  const DeviceSetting s = parseDeviceSetting(text);
  resolveDevice(s);  // fail now, not at the first model
  std::lock_guard<std::mutex> lock(gMutex);
  gExplicit = s;
}

void clearDeviceSetting() {
  std::lock_guard<std::mutex> lock(gMutex);
  gExplicit.reset();
}

DeviceSetting currentDeviceSetting() {
  {
    std::lock_guard<std::mutex> lock(gMutex);
    if (gExplicit) return *gExplicit;
  }
  if (const char* env = std::getenv("OSTEON_DEVICE")) {
    try {
      return parseDeviceSetting(env);
    } catch (const Error& e) {
      throw Error(std::string("OSTEON_DEVICE: ") + e.what());
    }
  }
  return DeviceSetting{};
}

torch::Device computeDevice() {
  return resolveDevice(currentDeviceSetting());
}

torch::Device deviceOf(const torch::nn::Module& m) {
  for (const auto& p : m.parameters(true))
    return p.device();
  for (const auto& b : m.buffers(true))
    return b.device();
  return torch::kCPU;
}

std::string describeDevice(const torch::Device& d) {
  if (!d.is_cuda()) return "cpu";
  return "cuda:" + std::to_string(d.has_index() ? d.index() : 0);
}

}  // namespace osteon::ai
