#pragma once
// Lumbar level localiser (stage 1 of RSNA 2024 lumbar grading): places the 25 (condition, level)
// coordinates of a study that has none, each on a series and instance, so the crop grader
// (plugins/lumbar) can grade every target.
//
// Method, after the RSNA 2024 winners' write-ups (1st place: heatmap/coordinate regression of the
// level points on sagittal stacks, axial slices chosen through the patient geometry; 2nd and 7th:
// 2.5D inputs of adjacent slices, slice choice from the per-slice heatmap peak), kept small
// enough to train on 2 CPU cores in minutes:
//   * 2.5D input: slice k with its neighbours k-1 and k+1 (clamped) as 3 channels, each slice
//     bilinearly resized to S x S (S = inputSize, default 128) and scaled by the series' 99.5th
//     intensity percentile (MR has no fixed scale).
//   * Three small U-Nets ("lumbar-localiser": a stem and 4 encoder stages of 8..32 channels, 3 skip
//     decoder stages, output at S/2; the deepest decoder stage also gets the position in the field
//     of view as two coordinate channels), one per series type, each regressing Gaussian heatmaps
//     of its points:
//       sagittal T2/STIR: 5 spinal canal points (L1/L2 .. L5/S1);
//       sagittal T1: 5 foraminal points, one per level and side-agnostic (a sagittal slice
//         does not show which side it is on): the peak over the slices on the patient's left of
//         the midline (the canal points' patient x) is the left point, on the right the right;
//       axial T2: 2 subarticular points (left, right) on the slice of one level.
//     On sagittal series the target amplitude also falls off with the slice distance to the
//     labelled instance (Gaussian, sigma 1 slice), so the network is run on every slice and
//     each point is the peak over (slice, row, column): the slice choice is the heatmap peak over
//     slices (left and right foramina from their side's slices). The peak is refined to sub-pixel
//     by the weighted centroid of its 5 x 5 neighbourhood.
//   * Axial: each level's spinal canal point (given, or placed on sagittal T2) is mapped through
//     the DICOM patient coordinates (ImagePositionPatient / ImageOrientationPatient / spacing,
//     image::Geometry, as the viewer's linked cursor does) into the axial stack; the nearest
//     axial slice is that level's slice, and the axial net places left and right there.
// Given coordinates always win: only (condition, level) pairs without one are placed.
// Internal to core/: callers get annotation::RsnaCoordinate rows, not tensors.

#include <torch/torch.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "core/ai/model_package.h"
#include "core/ai/task.h"
#include "core/annotation/rsna_dataset.h"
#include "core/image/image.h"

namespace osteon::ai::lumbar {

constexpr const char* kLocaliserTask = "lumbar-localiser";
constexpr const char* kLocaliserArchitecture = "lumbar-localiser";
constexpr const char* kLocaliserBundled = "lumbar-localiser-demo.osteon";
constexpr int kLocaliserWidth = 8;  // channels of the first U-Net stage (8, 16, 24, 32, 32)

// Heads of the localiser and their point channels.
enum LocaliserHead { SagittalT2 = 0, SagittalT1 = 1, AxialT2 = 2 };
constexpr int kHeads = 3;
constexpr std::array<int, kHeads> kHeadChannels{5, 5, 2};
constexpr double kSliceSigma = 1.0;  // slices: target amplitude falloff across sagittal slices
constexpr double kPointSigma = 1.5;  // heatmap pixels (at S/2)

// Which head and channel a (condition, level) is placed by; channel -1 for none.
struct PointChannel {
  int head = 0, channel = 0;
};
PointChannel channelOf(int condition, int level);
// The RSNA series description a head reads ("Sagittal T2/STIR", "Sagittal T1", "Axial T2").
const char* headSeries(int head);
// The output (class) names stored in a localiser package: 12 channel names, head by head.
std::vector<std::string> localiserChannelNames();

// The network: three U-Nets as submodules "sag_t2", "sag_t1", "axial". forwardHead gives the
// heatmaps (N, channels, S/2, S/2) of one head for a 2.5D batch (N, 3, S, S).
class LocaliserNet : public Network {
 public:
  LocaliserNet(int inputSize, int width);
  torch::Tensor forwardHead(int head, const torch::Tensor& x);
  torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override;  // = sagittal T2 head
  std::vector<std::string> camLayers() const override { return {}; }
  std::string architecture() const override { return kLocaliserArchitecture; }
  int inputSize() const { return inputSize_; }

 private:
  int inputSize_;
  std::array<std::shared_ptr<torch::nn::Module>, kHeads> heads_;
};
std::shared_ptr<Network> makeLocaliserNetwork(int inputSize, int width);

// A series made ready for the network: every slice resized to S x S, intensity-scaled, as a
// float tensor (depth, S, S), with what is needed to map back to the series' own pixels.
struct PreparedSeries {
  torch::Tensor slices;  // (D, S, S)
  int width = 0, height = 0, depth = 0;
  double spacingX = 1, spacingY = 1;
};
PreparedSeries prepareSeries(const image::Image& volume, int inputSize);
// The 2.5D input of slice k: (3, S, S) = slices k-1, k, k+1 (clamped at the ends).
torch::Tensor stackAt(const PreparedSeries& s, int k);
// Pixel (x, y) of the series <-> heatmap grid position (S/2 cells), centre-aligned.
double toHeatmap(double pixel, int size, int inputSize);
double fromHeatmap(double cell, int size, int inputSize);

// A heatmap peak: slice index, sub-pixel heatmap position, value.
struct Peak {
  int slice = 0;
  double hx = 0, hy = 0, value = 0;
};
// The maximum of maps (D, H, W) over all slices, refined by the weighted centroid (positive
// values) of the 5 x 5 neighbourhood on its slice.
Peak decodePeak(const torch::Tensor& maps);

// The canal points of the 5 levels from sagittal heatmaps (D, 5, h, w) of `volume`, decoded
// jointly: up to 6 local maxima per level (peak over slices per pixel, 5 x 5 suppression), and
// the assignment with the highest summed peak value in which every level lies at least
// minGapMm below (patient z) the level above it. The levels look alike, so a level's own
// maximum can sit on its neighbour; the order and spacing of the column settle it. Without a
// feasible assignment, each level's own peak.
std::vector<Peak> decodeOrderedLevels(const torch::Tensor& maps, const image::Image& volume,
                                      int inputSize, double minGapMm = 15);

// Maps a point (column, row) on slice k of `from` through patient coordinates into `to`:
// the continuous index (i, j, k) there.
image::Vec3 projectPoint(const image::Image& from, double x, double y, int k,
                         const image::Image& to);

// One placement or the reason it failed.
struct Placement {
  std::vector<annotation::RsnaCoordinate> placed;
  std::vector<std::string> notes;  // "no Axial T2 series: subarticular points not placed", ...
  double milliseconds = 0;
};

class LumbarLocaliser {
 public:
  // Throws osteon::Error when the file is not a lumbar localiser package.
  explicit LumbarLocaliser(const std::string& path);
  explicit LumbarLocaliser(LoadedModel model);
  const ModelInfo& info() const { return model_.info; }
  bool isDemo() const;
  const std::string& path() const { return path_; }

  // Places every (condition, level) of `input` that has no coordinate in `given` (matched per
  // condition and level, as the lumbar task matches them). Placed rows carry the study id, the
  // series id and the instance number of the slice they lie on.
  Placement place(const TaskInput& input,
                  const std::vector<annotation::RsnaCoordinate>& given) const;

  LocaliserNet& net() const;

 private:
  LoadedModel model_;
  std::string path_;
};

// Series of `input` a head reads: -1 when the study has none (by RSNA description, then by the
// DICOM description's words: "sag" + "t1", "sag" + "t2" or "stir", "ax" + "t2").
int seriesForHead(const TaskInput& input, int head);

}  // namespace osteon::ai::lumbar
