// The report PNGs (loss.png, accuracy.png, confusion.png) are drawn here in plain C++ on purpose,
// while the viewer's live curves use Qt Charts (ui/training/training_curves.cpp): core/ has no Qt
// (osteon-cli trains and writes reports headless, with no display and no QApplication; Qt Charts
// needs QApplication and widgets). Debian 12's C++ plotting libraries do not fit either: MathGL's
// libmgl-dev drags in Qt 5, FLTK, wxWidgets, GLUT and MPI, and PLplot writes PNGs through its
// cairo driver plugin found at run time - both far heavier than these three simple charts.
#include "core/train/plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/base/error.h"

namespace osteon::train {
namespace {

const std::uint8_t kFont[95][8] = {
#include "core/train/plot_font.inc"
};

using Rgb = std::array<std::uint8_t, 3>;
constexpr Rgb kWhite{{255, 255, 255}}, kText{{30, 30, 30}}, kAxis{{60, 60, 60}},
    kGrid{{225, 225, 225}}, kBorder{{170, 170, 170}};

struct Rect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // [x0, x1) x [y0, y1)
};

class Canvas {
 public:
  Canvas(int w, int h) : img_(image::PixelType::RGB8, {w, h, 1}), w_(w), h_(h) {
    std::fill(img_.bytes(), img_.bytes() + img_.byteSize(), std::uint8_t{255});
    clip_ = {0, 0, w, h};
  }
  image::Image take() { return std::move(img_); }
  void setClip(const Rect& r) { clip_ = r; }
  void resetClip() { clip_ = {0, 0, w_, h_}; }

  void set(int x, int y, const Rgb& c) {
    if (x < clip_.x0 || y < clip_.y0 || x >= clip_.x1 || y >= clip_.y1) return;
    std::uint8_t* p = img_.bytes() + (static_cast<std::size_t>(y) * w_ + x) * 3;
    p[0] = c[0];
    p[1] = c[1];
    p[2] = c[2];
  }
  void fill(const Rect& r, const Rgb& c) {
    for (int y = r.y0; y < r.y1; ++y)
      for (int x = r.x0; x < r.x1; ++x)
        set(x, y, c);
  }
  void hline(int x0, int x1, int y, const Rgb& c) { fill({x0, y, x1 + 1, y + 1}, c); }
  void vline(int x, int y0, int y1, const Rgb& c) { fill({x, y0, x + 1, y1 + 1}, c); }
  void frame(const Rect& r, const Rgb& c) {
    hline(r.x0, r.x1 - 1, r.y0, c);
    hline(r.x0, r.x1 - 1, r.y1 - 1, c);
    vline(r.x0, r.y0, r.y1 - 1, c);
    vline(r.x1 - 1, r.y0, r.y1 - 1, c);
  }
  void disc(double cx, double cy, double radius, const Rgb& c) {
    const int r = static_cast<int>(std::ceil(radius));
    for (int dy = -r; dy <= r; ++dy)
      for (int dx = -r; dx <= r; ++dx)
        if (dx * dx + dy * dy <= radius * radius + 0.25)
          set(static_cast<int>(std::lround(cx)) + dx, static_cast<int>(std::lround(cy)) + dy, c);
  }
  // A thick segment; `dashPos` carries the dash phase (in pixels) along a polyline.
  void segment(double x0, double y0, double x1, double y1, const Rgb& c, double thickness,
               bool dashed, double& dashPos) {
    const double len = std::hypot(x1 - x0, y1 - y0);
    const int steps = std::max(1, static_cast<int>(std::ceil(len * 2)));
    for (int i = 0; i <= steps; ++i) {
      const double t = static_cast<double>(i) / steps;
      if (!dashed || std::fmod(dashPos + t * len, 14.0) < 8.0)
        disc(x0 + t * (x1 - x0), y0 + t * (y1 - y0), thickness / 2, c);
    }
    dashPos += len;
  }

  static int textWidth(const std::string& s, int scale) {
    return s.empty() ? 0 : static_cast<int>(s.size()) * 6 * scale - scale;
  }
  static int textHeight(int scale) { return 7 * scale; }  // capitals; descenders go 1 below
  // Horizontal text with its top-left corner at (x, y); vertical text reads bottom to top with
  // its bottom-left corner at (x, y).
  void text(int x, int y, const std::string& s, int scale, const Rgb& c, bool vertical = false) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto ch = static_cast<unsigned char>(s[i]);
      const std::uint8_t* g = kFont[(ch >= 32 && ch <= 126) ? ch - 32 : '?' - 32];
      const int advance = static_cast<int>(i) * 6 * scale;
      for (int row = 0; row < 8; ++row)
        for (int col = 0; col < 5; ++col) {
          if (!(g[row] & (0x10 >> col))) continue;
          for (int sy = 0; sy < scale; ++sy)
            for (int sx = 0; sx < scale; ++sx) {
              const int gx = advance + col * scale + sx, gy = row * scale + sy;
              if (vertical)
                set(x + gy, y - gx, c);
              else
                set(x + gx, y + gy, c);
            }
        }
    }
  }
  void textCentered(int cx, int y, const std::string& s, int scale, const Rgb& c) {
    text(cx - textWidth(s, scale) / 2, y, s, scale, c);
  }

 private:
  image::Image img_;
  int w_, h_;
  Rect clip_;
};

double niceStep(double range, double targetTicks) {
  const double raw = range / std::max(1.0, targetTicks);
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  const double norm = raw / mag;
  return (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
}

int decimalsFor(double step) {
  int d = 0;
  for (double s = step; d < 8 && std::fabs(s - std::round(s)) > 1e-6 * std::max(1.0, s); ++d)
    s *= 10;
  return d;
}

std::string formatTick(double v, int decimals) {
  if (std::fabs(v) < 1e-12) v = 0;  // no "-0.0"
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::vector<double> ticks(double lo, double hi, double step) {
  std::vector<double> t;
  for (double v = std::ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step)
    t.push_back(v);
  return t;
}

Rgb blend(const Rgb& a, const Rgb& b, double t) {
  Rgb r;
  for (int i = 0; i < 3; ++i)
    r[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(
        std::lround(a[static_cast<std::size_t>(i)] * (1 - t) + b[static_cast<std::size_t>(i)] * t));
  return r;
}

bool finitePoint(const PlotSeries& s, std::size_t i) {
  return std::isfinite(s.x[i]) && std::isfinite(s.y[i]);
}

}  // namespace

image::Image plotLines(const std::vector<PlotSeries>& series, const std::string& title,
                       const std::string& xLabel, const std::string& yLabel, int width, int height,
                       double yMin, double yMax) {
  if (width < 200 || height < 150)
    throw Error("plot: " + std::to_string(width) + " x " + std::to_string(height) +
                " is too small (at least 200 x 150)");
  double xLo = std::numeric_limits<double>::infinity(), xHi = -xLo, yLo = xLo, yHi = -xLo;
  bool integerX = true;
  for (const auto& s : series) {
    if (s.x.size() != s.y.size())
      throw Error("plot: series \"" + s.name + "\" has " + std::to_string(s.x.size()) +
                  " x values but " + std::to_string(s.y.size()) + " y values");
    for (std::size_t i = 0; i < s.x.size(); ++i) {
      if (!finitePoint(s, i)) continue;
      xLo = std::min(xLo, s.x[i]);
      xHi = std::max(xHi, s.x[i]);
      yLo = std::min(yLo, s.y[i]);
      yHi = std::max(yHi, s.y[i]);
      integerX = integerX && s.x[i] == std::round(s.x[i]);
    }
  }
  if (!(xLo <= xHi)) xLo = 0, xHi = 1, yLo = 0, yHi = 1;  // no finite point
  if (xHi - xLo <= 0) xLo -= 1, xHi += 1;

  const int scale = std::min(width, height) >= 300 ? 2 : 1;
  const int th = Canvas::textHeight(scale), pad = 4 * scale;
  Canvas cv(width, height);

  // Plot area: title on top, tick labels and axis labels left and below.
  Rect plot;
  plot.y0 = pad * 2 + th + pad * 2;
  plot.y1 = height - (pad * 6 + th * 2);  // tick labels, a gap, the x label
  plot.x1 = width - pad * 4;

  // y range and ticks (need the tick label widths before the plot's left edge is known).
  const double yTarget = std::max(2.0, (plot.y1 - plot.y0) / (18.0 * scale + 10));
  double yStep;
  if (yMin < yMax) {
    yLo = yMin;
    yHi = yMax;
    yStep = niceStep(yHi - yLo, yTarget);
  } else {
    if (yHi - yLo <= 0) {
      const double d = std::fabs(yLo) > 0 ? std::fabs(yLo) * 0.1 : 1;
      yLo -= d;
      yHi += d;
    }
    yStep = niceStep(yHi - yLo, yTarget);
    yLo = std::floor(yLo / yStep + 1e-9) * yStep;
    yHi = std::ceil(yHi / yStep - 1e-9) * yStep;
  }
  const std::vector<double> yTicks = ticks(yLo, yHi, yStep);
  const int yDecimals = decimalsFor(yStep);
  int tickLabelWidth = 0;
  for (double v : yTicks)
    tickLabelWidth = std::max(tickLabelWidth, Canvas::textWidth(formatTick(v, yDecimals), scale));
  plot.x0 = pad * 2 + th + pad * 2 + tickLabelWidth + pad * 2;

  double xStep = niceStep(xHi - xLo, std::max(2.0, (plot.x1 - plot.x0) / (50.0 * scale + 20)));
  if (integerX) xStep = std::max(1.0, xStep);
  const std::vector<double> xTicks = ticks(xLo, xHi, xStep);
  const int xDecimals = decimalsFor(xStep);

  const auto px = [&](double x) {
    return plot.x0 + (x - xLo) / (xHi - xLo) * (plot.x1 - 1 - plot.x0);
  };
  const auto py = [&](double y) {
    return plot.y1 - 1 - (y - yLo) / (yHi - yLo) * (plot.y1 - 1 - plot.y0);
  };

  // Grid, ticks and tick labels.
  for (double v : yTicks) {
    const int y = static_cast<int>(std::lround(py(v)));
    cv.hline(plot.x0, plot.x1 - 1, y, kGrid);
    cv.hline(plot.x0 - pad, plot.x0, y, kAxis);
    const std::string s = formatTick(v, yDecimals);
    cv.text(plot.x0 - pad * 2 - Canvas::textWidth(s, scale), y - th / 2, s, scale, kText);
  }
  for (double v : xTicks) {
    const int x = static_cast<int>(std::lround(px(v)));
    cv.vline(x, plot.y0, plot.y1 - 1, kGrid);
    cv.vline(x, plot.y1, plot.y1 + pad, kAxis);
    cv.textCentered(x, plot.y1 + pad * 2, formatTick(v, xDecimals), scale, kText);
  }
  cv.frame({plot.x0 - 1, plot.y0 - 1, plot.x1 + 1, plot.y1 + 1}, kAxis);

  // Title (bold: drawn twice) and axis labels.
  cv.textCentered((plot.x0 + plot.x1) / 2, pad * 2, title, scale, kText);
  cv.textCentered((plot.x0 + plot.x1) / 2 + 1, pad * 2, title, scale, kText);
  cv.textCentered((plot.x0 + plot.x1) / 2, height - pad * 2 - th, xLabel, scale, kText);
  cv.text(pad * 2, (plot.y0 + plot.y1) / 2 + Canvas::textWidth(yLabel, scale) / 2, yLabel, scale,
          kText, true);

  // Series, clipped to the plot area.
  cv.setClip(plot);
  const double thickness = scale == 2 ? 2.5 : 1.5;
  for (const auto& s : series) {
    double dash = 0;
    const bool dots = s.x.size() <= 25;
    for (std::size_t i = 0; i < s.x.size(); ++i) {
      if (!finitePoint(s, i)) continue;
      const bool prev = i > 0 && finitePoint(s, i - 1);
      const bool next = i + 1 < s.x.size() && finitePoint(s, i + 1);
      if (prev)
        cv.segment(px(s.x[i - 1]), py(s.y[i - 1]), px(s.x[i]), py(s.y[i]), s.color, thickness,
                   s.dashed, dash);
      else
        dash = 0;
      if (dots || (!prev && !next)) cv.disc(px(s.x[i]), py(s.y[i]), thickness + 0.5, s.color);
    }
  }
  cv.resetClip();

  // Legend in the corner of the plot area that covers the fewest points.
  if (!series.empty()) {
    const int sample = 14 * scale, row = th + pad * 2;
    int textW = 0;
    for (const auto& s : series)
      textW = std::max(textW, Canvas::textWidth(s.name, scale));
    const int lw = pad * 2 + sample + pad * 2 + textW + pad * 2;
    const int lh = pad + static_cast<int>(series.size()) * row + pad;
    const int m = pad * 2;
    const Rect corners[4] = {{plot.x1 - m - lw, plot.y0 + m, plot.x1 - m, plot.y0 + m + lh},
                             {plot.x0 + m, plot.y0 + m, plot.x0 + m + lw, plot.y0 + m + lh},
                             {plot.x1 - m - lw, plot.y1 - m - lh, plot.x1 - m, plot.y1 - m},
                             {plot.x0 + m, plot.y1 - m - lh, plot.x0 + m + lw, plot.y1 - m}};
    Rect best = corners[0];
    std::size_t bestCount = std::numeric_limits<std::size_t>::max();
    for (const Rect& r : corners) {
      std::size_t count = 0;
      const auto inside = [&](double x, double y) {
        return x >= r.x0 - m && x < r.x1 + m && y >= r.y0 - m && y < r.y1 + m;
      };
      for (const auto& s : series)  // points and samples every few pixels along the lines
        for (std::size_t i = 0; i < s.x.size(); ++i) {
          if (!finitePoint(s, i)) continue;
          const double x = px(s.x[i]), y = py(s.y[i]);
          count += inside(x, y) ? 1 : 0;
          if (i + 1 >= s.x.size() || !finitePoint(s, i + 1)) continue;
          const double x1 = px(s.x[i + 1]), y1 = py(s.y[i + 1]);
          const int steps = static_cast<int>(std::hypot(x1 - x, y1 - y) / 4);
          for (int k = 1; k < steps; ++k)
            count += inside(x + (x1 - x) * k / steps, y + (y1 - y) * k / steps) ? 1 : 0;
        }
      if (count < bestCount) bestCount = count, best = r;
    }
    cv.fill(best, kWhite);
    cv.frame(best, kBorder);
    for (std::size_t k = 0; k < series.size(); ++k) {
      const auto& s = series[k];
      const int y = best.y0 + pad + static_cast<int>(k) * row + row / 2;
      double dash = 0;
      cv.segment(best.x0 + pad * 2, y, best.x0 + pad * 2 + sample, y, s.color, thickness, s.dashed,
                 dash);
      cv.text(best.x0 + pad * 4 + sample, y - th / 2, s.name, scale, kText);
    }
  }
  return cv.take();
}

image::Image plotConfusion(const std::vector<std::vector<int>>& confusion,
                           const std::vector<std::string>& classNames, const std::string& title,
                           int cellSize) {
  const std::size_t n = confusion.size();
  if (n == 0) throw Error("confusion plot: the matrix is empty");
  for (const auto& r : confusion) {
    if (r.size() != n)
      throw Error("confusion plot: the matrix is not square (" + std::to_string(n) +
                  " rows, a row of " + std::to_string(r.size()) + ")");
    for (int v : r)
      if (v < 0) throw Error("confusion plot: negative count " + std::to_string(v));
  }
  if (!classNames.empty() && classNames.size() != n)
    throw Error("confusion plot: " + std::to_string(classNames.size()) + " class names for " +
                std::to_string(n) + " classes");
  if (cellSize < 16)
    throw Error("confusion plot: cell size " + std::to_string(cellSize) + " is below 16");
  std::vector<std::string> names = classNames;
  for (std::size_t i = names.size(); i < n; ++i)
    names.push_back(std::to_string(i));

  const int scale = cellSize >= 40 ? 2 : 1;
  const int th = Canvas::textHeight(scale), pad = 4 * scale;
  const int cells = static_cast<int>(n) * cellSize;
  int nameW = 0;
  for (const auto& s : names)
    nameW = std::max(nameW, Canvas::textWidth(s, scale));
  const bool verticalColumnNames = nameW > cellSize - 4;
  const int left = pad * 2 + th + pad * 2 + nameW + pad * 2;
  const int top = pad * 2 + th + pad * 3;
  const int below = pad * 2 + (verticalColumnNames ? nameW : th) + pad * 2 + th + pad * 2;
  const int width = std::max(left + cells + pad * 4, Canvas::textWidth(title, scale) + pad * 4);
  const int height = top + cells + below;
  Canvas cv(width, height);

  const Rgb low{{247, 251, 255}}, mid{{107, 174, 214}}, high{{8, 48, 107}};
  for (std::size_t r = 0; r < n; ++r) {
    double rowSum = 0;
    for (int v : confusion[r])
      rowSum += v;
    for (std::size_t c = 0; c < n; ++c) {
      const double v = rowSum > 0 ? confusion[r][c] / rowSum : 0;
      const Rgb color = v < 0.5 ? blend(low, mid, v * 2) : blend(mid, high, v * 2 - 1);
      const Rect cell{left + static_cast<int>(c) * cellSize, top + static_cast<int>(r) * cellSize,
                      left + static_cast<int>(c + 1) * cellSize,
                      top + static_cast<int>(r + 1) * cellSize};
      cv.fill(cell, color);
      cv.frame(cell, kWhite);
      const Rgb ink = v > 0.45 ? kWhite : kText;
      const std::string count = std::to_string(confusion[r][c]);
      const int cs = Canvas::textWidth(count, scale) <= cellSize - 6 ? scale : 1;
      const bool percent = cellSize >= 56;
      const int cy = (cell.y0 + cell.y1) / 2 - (percent ? 7 * cs / 2 + 5 : 7 * cs / 2);
      cv.textCentered((cell.x0 + cell.x1) / 2, cy, count, cs, ink);
      if (percent && rowSum > 0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f%%", v * 100);
        cv.textCentered((cell.x0 + cell.x1) / 2, cy + 7 * cs + 4, buf, 1, ink);
      }
    }
    // Row (true) names, right-aligned against the matrix.
    const int y = top + static_cast<int>(r) * cellSize + cellSize / 2 - th / 2;
    cv.text(left - pad * 2 - Canvas::textWidth(names[r], scale), y, names[r], scale, kText);
  }
  for (std::size_t c = 0; c < n; ++c) {
    const int cx = left + static_cast<int>(c) * cellSize + cellSize / 2;
    if (verticalColumnNames)
      cv.text(cx - th / 2, top + cells + pad * 2 + Canvas::textWidth(names[c], scale), names[c],
              scale, kText, true);
    else
      cv.textCentered(cx, top + cells + pad * 2, names[c], scale, kText);
  }
  cv.frame({left - 1, top - 1, left + cells + 1, top + cells + 1}, kAxis);

  cv.textCentered(width / 2, pad * 2, title, scale, kText);
  cv.textCentered(width / 2 + 1, pad * 2, title, scale, kText);
  cv.textCentered(left + cells / 2, height - pad * 2 - th, "predicted", scale, kText);
  cv.text(pad * 2, top + cells / 2 + Canvas::textWidth("true", scale) / 2, "true", scale, kText,
          true);
  return cv.take();
}

}  // namespace osteon::train
