// libFuzzer target for annotation project files (JSON): any bytes end in a document or an
// osteon::Error; a loaded document survives its own JSON round trip.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/annotation/study_annotations.h"
#include "core/base/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) return 0;
  try {
    const auto doc = osteon::annotation::StudyAnnotations::fromJson(j);
    if (!(osteon::annotation::StudyAnnotations::fromJson(doc.toJson()) == doc)) std::abort();
  } catch (const osteon::Error&) {
  }
  return 0;
}
