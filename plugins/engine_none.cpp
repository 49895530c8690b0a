// A build without LibTorch has no engine: engine::get() stays null, and the viewer says that AI
// and training are not in this build.

#include "core/engine/engine.h"

namespace osteon::engine {

void installDefault() {}

}  // namespace osteon::engine
