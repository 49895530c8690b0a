#include "core/ai/model_package.h"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/annotation/csv.h"
#include "core/base/error.h"

namespace osteon::ai {

using nlohmann::json;

namespace {
const char kMagic[] = "OSTEONMODEL1\n";

std::vector<std::pair<std::string, torch::Tensor>> stateOf(Network& net) {
  std::vector<std::pair<std::string, torch::Tensor>> out;
  for (const auto& p : net.named_parameters(true))
    out.emplace_back(p.key(), p.value());
  for (const auto& b : net.named_buffers(true))
    out.emplace_back(b.key(), b.value());
  return out;
}
}  // namespace

std::string bundledModelPath(const std::string& fileName) {
  namespace fs = std::filesystem;
  std::vector<fs::path> places;
  if (const char* env = std::getenv("OSTEON_MODEL_DIR")) places.emplace_back(env);
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) places.push_back(exe.parent_path().parent_path() / "share" / "osteon" / "models");
  // osteon-cli's AI engine is installed as <prefix>/libexec/osteon/osteon-cli-ai.
  if (!ec && exe.parent_path().filename() == "osteon" &&
      exe.parent_path().parent_path().filename() == "libexec")
    places.push_back(exe.parent_path().parent_path().parent_path() / "share" / "osteon" / "models");
#if defined(OSTEON_SOURCE_MODELS_DIR) && defined(OSTEON_BUILD_BIN_DIR)
  // The source tree's models serve the build tree's executables only: an installed binary finds
  // its models under <prefix>/share/osteon/models and never in a source tree that happens to
  // exist on the machine (the package test relies on this).
  if (!ec && fs::equivalent(exe.parent_path(), fs::path(OSTEON_BUILD_BIN_DIR), ec) && !ec)
    places.emplace_back(OSTEON_SOURCE_MODELS_DIR);
#endif
  std::string looked;
  for (const fs::path& p : places) {
    if (fs::is_regular_file(p / fileName, ec)) return (p / fileName).string();
    looked += (looked.empty() ? "" : ", ") + p.string();
  }
  throw Error("the bundled model " + fileName + " was not found (looked in " + looked +
              "; set OSTEON_MODEL_DIR or pass --model)");
}

void saveModel(const std::string& path, const ModelInfo& info, Network& net) {
  json j;
  j["format"] = "osteon-model";
  j["version"] = 1;
  j["task"] = info.task;
  j["architecture"] = info.architecture;
  j["classes"] = info.classNames;
  if (!info.classDisplayNames.empty()) j["class_display_names"] = info.classDisplayNames;
  if (!info.outputNames.empty()) j["outputs"] = info.outputNames;
  j["input_size"] = info.inputSize;
  if (info.inputHeight > 0) j["input_height"] = info.inputHeight;
  if (info.rollingBallRadius > 0) j["rolling_ball_radius"] = info.rollingBallRadius;
  j["mean"] = info.mean;
  j["std"] = info.stdev;
  j["cam_layer"] = info.camLayer;
  j["provenance"] = info.provenance;
  j["metrics"] = info.metrics;
  json tensors = json::array();
  std::string blob;
  for (const auto& [name, t] : stateOf(net)) {
    const torch::Tensor c = t.detach().to(torch::kCPU).to(torch::kFloat32).contiguous();
    tensors.push_back({{"name", name}, {"shape", c.sizes().vec()}});
    blob.append(reinterpret_cast<const char*>(c.data_ptr<float>()),
                static_cast<std::size_t>(c.numel()) * 4);
  }
  j["tensors"] = tensors;
  const std::string text = j.dump();
  std::string file(kMagic);
  std::uint64_t n = text.size();
  file.append(reinterpret_cast<const char*>(&n), 8);
  file += text;
  file += blob;
  annotation::writeFileAtomically(path, file);
}

LoadedModel loadModel(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(fileError(path, "cannot open the model"));
  const std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const std::size_t magic = sizeof(kMagic) - 1;
  if (data.size() < magic + 8 || data.compare(0, magic, kMagic) != 0)
    throw Error(fileError(
        path, "not an Osteon model package (a TorchScript model needs a .pt or .ts file name)"));
  std::uint64_t n = 0;
  std::memcpy(&n, data.data() + magic, 8);
  if (n > data.size() - magic - 8)
    throw Error(fileError(path, "the model file is truncated (metadata)"));
  json j;
  try {
    j = json::parse(data.substr(magic + 8, n));
  } catch (const json::exception& e) {
    throw Error(fileError(path, std::string("damaged model metadata: ") + e.what()));
  }
  LoadedModel m;
  try {
    m.info.task = j.at("task");
    m.info.architecture = j.at("architecture");
    m.info.classNames = j.at("classes").get<std::vector<std::string>>();
    m.info.classDisplayNames = j.value("class_display_names", std::vector<std::string>{});
    m.info.outputNames = j.value("outputs", std::vector<std::string>{});
    m.info.inputSize = j.at("input_size");
    m.info.inputHeight = j.value("input_height", 0);
    m.info.rollingBallRadius = j.value("rolling_ball_radius", 0);
    m.info.mean = j.at("mean").get<std::vector<double>>();
    m.info.stdev = j.at("std").get<std::vector<double>>();
    m.info.camLayer = j.at("cam_layer");
    m.info.provenance = j.value("provenance", "");
    m.info.metrics = j.value("metrics", json::object());
  } catch (const json::exception& e) {
    throw Error(fileError(path, std::string("model metadata is incomplete: ") + e.what()));
  }
  if (m.info.inputSize < 8 || m.info.inputSize > 4096 || inputHeightOf(m.info) < 8 ||
      inputHeightOf(m.info) > 4096)
    throw Error(fileError(path, "the model's input size is out of range"));
  m.network = makeNetwork(m.info.architecture, logitCountOf(m.info), m.info.inputSize,
                          inputHeightOf(m.info));
  std::size_t offset = magic + 8 + n;
  std::map<std::string, torch::Tensor> state;
  for (const auto& [name, t] : stateOf(*m.network))
    state[name] = t;
  torch::NoGradGuard ng;
  for (const json& t : j.at("tensors")) {
    const std::string name = t.at("name");
    const auto shape = t.at("shape").get<std::vector<int64_t>>();
    auto it = state.find(name);
    if (it == state.end())
      throw Error(
          fileError(path, "tensor '" + name + "' does not belong to " + m.info.architecture));
    if (it->second.sizes().vec() != shape)
      throw Error(fileError(path, "tensor '" + name + "' has the wrong shape"));
    const std::size_t bytes = static_cast<std::size_t>(it->second.numel()) * 4;
    if (offset + bytes > data.size())
      throw Error(fileError(path, "the model file is truncated (weights)"));
    torch::Tensor src =
        torch::from_blob(const_cast<char*>(data.data() + offset), shape, torch::kFloat32);
    it->second.copy_(src.to(it->second.dtype()));
    offset += bytes;
    state.erase(it);
  }
  if (!state.empty())
    throw Error(fileError(path, "the model file lacks tensor '" + state.begin()->first + "'"));
  m.network->eval();
  return m;
}

}  // namespace osteon::ai
