// libFuzzer target for the DICOM reader: header scan, stack assembly and pixel loading of one
// file. Any input must end in a loaded image or an osteon::Error, never a crash, a leak or a
// hang; memory is bounded by a low voxel limit.

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "core/base/error.h"
#include "core/image/image.h"
#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"

namespace {
std::string tempPath() {
  static const std::string p = "/tmp/osteon-fuzz-" + std::to_string(getpid()) + ".dcm";
  return p;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  osteon::image::setMaxVoxels(std::size_t{1} << 24);
  osteon::io::registerDicomCodecs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = tempPath();
  if (FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
  } else {
    return 0;
  }
  try {
    osteon::io::ScanOptions opt;
    opt.threads = 1;
    const osteon::io::ScanResult r = osteon::io::scanDicom({path}, opt);
    for (const auto& p : r.patients)
      for (const auto& st : p.studies)
        for (const auto& se : st.series)
          for (const auto& sk : se.stacks) {
            osteon::io::LoadOptions lo;
            lo.threads = 1;
            (void)osteon::io::loadStack(se, sk, lo);
          }
  } catch (const osteon::Error&) {
  }
  return 0;
}
