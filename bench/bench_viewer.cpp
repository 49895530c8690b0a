// osteon-bench-viewer: viewer responsiveness (run under Xvfb: xvfb-run -a osteon-bench-viewer).
//  * slice-scroll frame time: a 512 x 512 x 60 MR series in a 600 x 600 view with an annotation
//    layer (25 labelled points, 5 lines) and a heatmap layer, every slice painted synchronously;
//  * launch to first image: the osteon executable on a phantom study (--measure-startup).
// Not a test: prints a table.

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "core/phantom/geometric_study.h"
#include "core/phantom/lumbar_study.h"
#include "ui/viewer/image_view.h"

using namespace osteon;

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  phantom::GeometricStudyOptions go;
  go.axialSize = 512;
  go.axialSlices = 60;
  go.sagittalSize = 64;
  go.sagittalSlices = 3;
  auto series = phantom::makeGeometricStudy(go);
  auto volume = std::make_shared<image::Image>(std::move(series[2].volume));

  ui::ImageView view;
  view.resize(600, 600);
  view.setVolume(volume, "Axial T2 512x512");
  auto marks = std::make_shared<ui::AnnotationLayer>("marks");
  for (int i = 0; i < 25; ++i) {
    const image::Vec3 p =
        volume->geometry.indexToPatient({100.0 + 12 * i, 256.0 + 40 * std::sin(i), 30.0});
    marks->addItem(
        {ui::AnnotationLayer::Kind::Point, {p}, QString("P%1").arg(i), QColor(255, 200, 0)});
  }
  for (int i = 0; i < 5; ++i) {
    const image::Vec3 a = volume->geometry.indexToPatient({50.0, 50.0 + 80 * i, 30.0});
    const image::Vec3 b = volume->geometry.indexToPatient({450.0, 80.0 + 80 * i, 30.0});
    marks->addItem({ui::AnnotationLayer::Kind::Line, {a, b}, "", QColor(0, 255, 0)});
  }
  auto heat =
      std::make_shared<image::Image>(image::PixelType::Float32, image::Image::Dims{128, 128, 60});
  heat->geometry = volume->geometry;
  heat->geometry.spacing[0] *= 4;
  heat->geometry.spacing[1] *= 4;
  for (int k = 0; k < 60; ++k)
    for (int j = 0; j < 128; ++j)
      for (int i = 0; i < 128; ++i)
        heat->setStored(i, j, k,
                        std::exp(-((i - 64.0) * (i - 64.0) + (j - 70.0) * (j - 70.0)) / 400.0));
  auto heatLayer = std::make_shared<ui::HeatmapLayer>("cam");
  heatLayer->setMap(heat);
  view.addOverlay(marks);
  view.addOverlay(heatLayer);
  view.show();
  app.processEvents();

  std::vector<double> frames;
  for (int warm = 0; warm < 5; ++warm)
    view.repaint();
  for (int i = 0; i < 240; ++i) {
    QElapsedTimer t;
    t.start();
    view.setSliceIndex(i % volume->depth());
    view.repaint();
    frames.push_back(t.nsecsElapsed() / 1e6);
  }
  std::sort(frames.begin(), frames.end());
  const double median = frames[frames.size() / 2], p95 = frames[frames.size() * 95 / 100];

  // Launch to first image, 3 runs on a lumbar phantom.
  QTemporaryDir dir;
  phantom::writeLumbarDataset(dir.path().toStdString(), {}, 1);
  std::vector<double> launches;
  for (int run = 0; run < 3; ++run) {
    QProcess p;
    p.start(OSTEON_GUI_EXE, {"--measure-startup", "--layout", "1x3", dir.path()});
    p.waitForFinished(60000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const int at = out.indexOf("first image after ");
    if (at >= 0) launches.push_back(out.mid(at + 18).section(' ', 0, 0).toDouble());
  }
  std::sort(launches.begin(), launches.end());
  std::printf("| measurement (Xvfb + Mesa llvmpipe) | median | p95 / range |\n|---|---|---|\n");
  std::printf(
      "| slice scroll, 512x512 MR, 600x600 view, annotations + heatmap (ms/frame) | %.1f | %.1f "
      "|\n",
      median, p95);
  if (!launches.empty())
    std::printf("| launch to first image, lumbar phantom, 1x3 layout (ms) | %.0f | %.0f-%.0f |\n",
                launches[launches.size() / 2], launches.front(), launches.back());
  return 0;
}
