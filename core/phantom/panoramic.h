#pragma once
// Synthetic panoramic dental radiographs, healthy or osteoporotic (seed 003's task). The image
// shows the maxilla and the mandible (body, rami, condyles), 32 teeth with enamel, dentin, pulp
// and roots in their sockets, the hard palate and maxillary sinuses, the airway and soft tissue.
// Bone health changes what radiologists and seed 003's models look at:
//   * the inferior mandibular cortex: thick and even when healthy; thin, porous and eroded on its
//     inner (endosteal) side with osteoporosis (the mandibular cortical index C1 -> C2/C3);
//   * the trabecular bone of the mandibular body and maxilla: a dense, thick network when
//     healthy; sparse and thin with osteoporosis.
// The label mask marks that discriminative region: the inferior cortex and the trabecular bone
// of the mandibular body between the canine and the first molar on both sides.

#include <cstdint>
#include <string>
#include <vector>

#include "core/image/image.h"

namespace osteon::phantom {

struct PanoramicOptions {
  std::uint32_t seed = 1;
  int osteoporosis = -1;  // 1 = osteoporosis, 0 = healthy, -1 = draw (half each)
  int width = 1024, height = 512;
  double pixelSpacing = 0.25;  // mm
  double noise = 0.02;
};

struct Panoramic {
  std::string name;
  bool osteoporosis = false;
  double corticalThicknessMm = 0;  // drawn inferior cortex thickness below the mental region
  double boneVolumeFraction = 0;   // trabecular bone fraction of the mandibular body
  image::Image image;              // uint8, MONOCHROME2
  image::Image mask;               // uint8 0/255: discriminative region
};

Panoramic makePanoramic(const PanoramicOptions& options);

// Writes `count` radiographs (classes alternate when options.osteoporosis < 0): images/ is a
// dataset in seed 003's folder-per-class layout (images/1_healthy/<name>.png,
// images/3_osteoporosis/<name>.png, nothing else, so it can be trained on directly), and beside
// it dicom/<name>.dcm, masks/<name>.png and labels.csv.
std::vector<std::string> writePanoramicDataset(const std::string& outDir,
                                               const PanoramicOptions& options, int count);

}  // namespace osteon::phantom
