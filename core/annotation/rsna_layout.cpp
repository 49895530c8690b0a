#include "core/annotation/rsna_layout.h"

namespace osteon::annotation {

namespace fs = std::filesystem;

std::optional<RsnaLayout> RsnaLayout::ofSeriesFolder(const fs::path& seriesFolder) {
  const fs::path series = seriesFolder.lexically_normal();
  const fs::path s = series.filename().empty() ? series.parent_path() : series;
  const fs::path images = s.parent_path().parent_path();
  const std::string name = images.filename().string();
  for (const char* split : {"train", "test"})
    if (name == std::string(split) + "_images") return RsnaLayout{images.parent_path(), split};
  return std::nullopt;
}

std::optional<RsnaLayout> RsnaLayout::detect(const fs::path& root) {
  std::error_code ec;
  for (const char* split : {"test", "train"}) {
    RsnaLayout l{root, split};
    if (fs::is_directory(l.images(), ec)) return l;
  }
  return std::nullopt;
}

}  // namespace osteon::annotation
