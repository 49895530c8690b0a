#pragma once
// Training plots drawn in plain C++ (no Qt, no plotting library) into an RGB8 image, ready for
// io::writeImageFile(img, "x.png"): loss/accuracy curves and confusion matrices. Text uses a small
// built-in 5 x 8 bitmap font (ASCII 32..126; other bytes draw as '?').

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/image/image.h"

namespace osteon::train {

struct PlotSeries {
  std::string name;
  std::vector<double> x, y;
  std::array<std::uint8_t, 3> color{{31, 119, 180}};
  bool dashed = false;
};

// Line chart with axes, numeric tick labels, axis labels, title and a legend (placed in the
// corner of the plot area the lines cross least). The y range comes from the data (rounded out to
// ticks) unless yMin < yMax fixes it; points with a NaN or infinite x or y are skipped and break
// the line. Throws osteon::Error when x and y of a series differ in length or the size is below 200
// x 150.
image::Image plotLines(const std::vector<PlotSeries>& series, const std::string& title,
                       const std::string& xLabel, const std::string& yLabel, int width = 800,
                       int height = 480, double yMin = 0, double yMax = 0);

// Confusion matrix heat map ([true][predicted]): cell colour by the row-normalised value (white to
// dark blue), the count (and the row percentage when cells are large enough) in each cell, class
// names on both axes, "true" and "predicted" axis labels. Throws osteon::Error on a non-square or
// empty matrix, negative counts, a class-name count that differs (empty names: "0", "1", ...) or a
// cell size below 16.
image::Image plotConfusion(const std::vector<std::vector<int>>& confusion,
                           const std::vector<std::string>& classNames, const std::string& title,
                           int cellSize = 64);

}  // namespace osteon::train
