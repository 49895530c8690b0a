// Finds and loads libosteon_io_itk.so on first use (core/io/itk_module.h says why it is a module).

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

#include "core/base/error.h"
#include "core/io/itk_module.h"

namespace osteon::io::detail {

namespace {

constexpr const char* kModuleFile = "libosteon_io_itk.so";

struct Loaded {
  const OsteonItkModule* module = nullptr;
  std::string problem;  // why it is not there, when module is null
};

std::vector<std::filesystem::path> candidates() {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  if (const char* env = std::getenv("OSTEON_ITK_MODULE"); env && *env) {
    out.emplace_back(env);  // set: the only place
    return out;
  }
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // bin/ (the build tree and <prefix>/bin) and libexec/osteon/ (osteon-cli's AI engine).
    out.push_back(exe.parent_path().parent_path() / OSTEON_ITK_MODULE_RELDIR / kModuleFile);
    out.push_back(exe.parent_path().parent_path().parent_path() / OSTEON_ITK_MODULE_RELDIR /
                  kModuleFile);
  }
  out.push_back(fs::path(OSTEON_ITK_MODULE_INSTALL_DIR) / kModuleFile);
  return out;
}

Loaded load() {
#ifndef OSTEON_HAVE_ITK_MODULE
  return {nullptr, "this build of Osteon has no ITK (OSTEON_WITH_ITK=OFF)"};
#else
  std::string problems;
  for (const std::filesystem::path& p : candidates()) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(p, ec)) {
      problems += (problems.empty() ? "" : "; ") + p.string() + ": not there";
      continue;
    }
    // RTLD_LOCAL: ITK's bundled third-party symbols stay out of the program's namespace.
    void* handle = ::dlopen(p.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* why = ::dlerror();
      problems += (problems.empty() ? "" : "; ") + std::string(why ? why : p.string());
      continue;
    }
    using Entry = const OsteonItkModule* (*)();
    auto entry = reinterpret_cast<Entry>(::dlsym(handle, "osteon_itk_module"));
    const OsteonItkModule* m = entry ? entry() : nullptr;
    if (!m || m->abi != OSTEON_ITK_MODULE_ABI) {
      problems += (problems.empty() ? "" : "; ") + p.string() +
                  ": from another Osteon build (module interface " +
                  (m ? std::to_string(m->abi) : std::string("missing")) + ", this program " +
                  std::to_string(OSTEON_ITK_MODULE_ABI) + ")";
      ::dlclose(handle);
      continue;
    }
    return {m, {}};  // kept loaded for the life of the process
  }
  return {nullptr, "Osteon's ITK image module (" + std::string(kModuleFile) +
                       ") was not found or not loaded: " + problems +
                       ". Reinstall Osteon, or set OSTEON_ITK_MODULE to the module's path"};
#endif
}

}  // namespace

const OsteonItkModule& itkModule(const std::string& why) {
  static std::once_flag once;
  static Loaded loaded;
  std::call_once(once, [] { loaded = load(); });
  if (!loaded.module) throw Error(why + " needs ITK: " + loaded.problem);
  return *loaded.module;
}

}  // namespace osteon::io::detail
