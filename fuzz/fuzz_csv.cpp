// libFuzzer target for the CSV parser and the RSNA dataset checks: any bytes end in a table or an
// osteon::Error; a parsed table formats back to the same bytes.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/annotation/csv.h"
#include "core/base/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const osteon::annotation::CsvTable t = osteon::annotation::parseCsv(text, "fuzz.csv");
    // Byte-for-byte round trip is the contract: a mismatch is a bug.
    if (osteon::annotation::formatCsv(t) != text) std::abort();
  } catch (const osteon::Error&) {
  }
  return 0;
}
