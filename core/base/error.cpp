#include "core/base/error.h"

namespace osteon {

std::string fileError(const std::string& path, const std::string& message) {
  return path + ": " + message;
}

}  // namespace osteon
