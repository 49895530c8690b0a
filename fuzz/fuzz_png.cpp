// libFuzzer target for the PNG reader (libpng with caught errors): never a crash or an abort.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "core/base/error.h"
#include "core/image/image.h"
#include "core/io/image_file.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Small images only: ASan's quarantine keeps freed buffers, and big ones would exhaust the
  // fuzzer's memory limit without finding anything new.
  osteon::image::setMaxVoxels(std::size_t{1} << 20);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/osteon-fuzz-" + std::to_string(getpid()) + ".png";
  if (FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
  } else {
    return 0;
  }
  try {
    (void)osteon::io::readImageFile(path);
  } catch (const osteon::Error&) {
  }
  return 0;
}
