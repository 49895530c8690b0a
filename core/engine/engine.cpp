#include "core/engine/engine.h"

namespace osteon::engine {

namespace {
std::unique_ptr<Engine>& slot() {
  static std::unique_ptr<Engine> installed;
  return installed;
}
}  // namespace

const Engine* get() {
  return slot().get();
}

void install(std::unique_ptr<Engine> engine) {
  slot() = std::move(engine);
}

}  // namespace osteon::engine
