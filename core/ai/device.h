#pragma once
// Where the engine runs its models: the CPU, or a CUDA GPU when LibTorch was built with CUDA and
// one is present. One process-wide setting, "auto" | "cpu" | "cuda" | "cuda:N":
//   - osteon-cli --device D (any AI command) or setDeviceSetting(),
//   - else the environment variable OSTEON_DEVICE,
//   - else "auto": the first CUDA GPU when torch::cuda::is_available(), else the CPU.
// Asking for CUDA where there is none is an error (osteon::Error), never a silent CPU fallback.
// Models are moved to computeDevice() when they are loaded or built for training; inputs follow
// the model (deviceOf), and results that leave core/ai (probabilities, CAM maps, landmarks) are
// brought back to the CPU.

#include <torch/torch.h>

#include <string>

namespace osteon::ai {

struct DeviceSetting {
  enum class Kind { Auto, Cpu, Cuda };
  Kind kind = Kind::Auto;
  int index = -1;  // cuda:N; -1 = the current (first) GPU
  bool operator==(const DeviceSetting& o) const { return kind == o.kind && index == o.index; }
};

// Parses "auto", "cpu", "cuda", "cuda:N" (case-insensitive, surrounding blanks ignored). Throws
// osteon::Error naming the accepted values for anything else.
DeviceSetting parseDeviceSetting(const std::string& text);
std::string toString(const DeviceSetting& s);  // "auto", "cpu", "cuda", "cuda:1"

// The device a setting means on this machine. Throws osteon::Error when CUDA is asked for and
// LibTorch sees no GPU (a CPU-only LibTorch, no driver, no device) or cuda:N is out of range.
// On CUDA, float32 stays float32: TF32 convolutions and matrix products are turned off, so GPU
// results agree with the CPU's to float32 rounding (the models are small; accuracy first).
torch::Device resolveDevice(const DeviceSetting& s);

// The process-wide setting (see the top of this file). setDeviceSetting parses and resolves at
// once, so a bad --device fails before any work starts.
void setDeviceSetting(const std::string& text);
void clearDeviceSetting();             // back to $OSTEON_DEVICE, else auto
DeviceSetting currentDeviceSetting();  // the explicit one, else $OSTEON_DEVICE, else auto
torch::Device computeDevice();         // resolveDevice(currentDeviceSetting())

// Where a module's parameters live (the CPU for a module without parameters).
torch::Device deviceOf(const torch::nn::Module& m);
// "cpu" or "cuda:N" for reports and provenance.
std::string describeDevice(const torch::Device& d);
bool cudaAvailable();  // torch::cuda::is_available() (false with a CPU-only LibTorch)

}  // namespace osteon::ai
