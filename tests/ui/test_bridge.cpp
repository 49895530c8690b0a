// The Qt 6 <-> VTK bridge on a known image: pixel values, orientation, rotation/flip and overlay
// positions, read back from a real rendered widget.

#include <QApplication>
#include <QTest>
#include <cmath>

#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/viewer/image_view.h"

using namespace osteon;
using image::Image;

namespace {

// 64 x 32 axial image, 1 mm pixels: background 100, a bright block (1000) top-left, a mid block
// (500) bottom-right.
std::shared_ptr<Image> knownImage() {
  auto img = std::make_shared<Image>(image::PixelType::Int16, Image::Dims{64, 32, 1});
  for (int r = 0; r < 32; ++r)
    for (int c = 0; c < 64; ++c) {
      double v = 100;
      if (c >= 4 && c < 12 && r >= 3 && r < 11) v = 1000;
      if (c >= 48 && c < 60 && r >= 18 && r < 28) v = 500;
      img->setStored(c, r, 0, v);
    }
  img->geometry.origin = {-32, -16, 0};
  return img;
}

int grey(const QImage& img, const QPointF& p) {
  return qGray(img.pixel(static_cast<int>(p.x()), static_cast<int>(p.y())));
}

}  // namespace

TEST_CASE("the VTK bridge shows a known image with exact values, orientation and overlays",
          "[bridge]") {
  ui::ImageView view;
  view.resize(640, 320);
  view.setCornerTextVisible(false);
  view.setSmooth(false);
  view.setVolume(knownImage());
  view.setWindow({500, 1000});
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));

  const ui::ViewTransform t = view.currentTransform();
  CHECK(t.pixelsPerMm() == Approx(10));
  QImage shot = test::screenshot(&view, "bridge-known-image");
  // DICOM linear window 500/1000: 100 -> 26, 500 -> 128, 1000 -> 255 (VTK's table: +-2).
  const QPointF bright = t.sliceToWidget({7.5, 6.5}), mid = t.sliceToWidget({53.5, 22.5}),
                bg = t.sliceToWidget({30, 15});
  CHECK(std::abs(grey(shot, bright) - 255) <= 2);
  CHECK(std::abs(grey(shot, mid) - 128) <= 3);
  CHECK(std::abs(grey(shot, bg) - 26) <= 3);
  // Orientation: the bright block is at the top left of the widget, the mid block bottom right.
  CHECK(bright.x() < 160);
  CHECK(bright.y() < 120);
  CHECK(mid.x() > 480);
  CHECK(mid.y() > 180);
  // Block edges land where the transform says (within a pixel): column 4 starts at x = 40 + 0.
  CHECK(grey(shot, t.sliceToWidget({3.5 + 0.15, 6.5})) >= 250);
  CHECK(grey(shot, t.sliceToWidget({3.5 - 0.15, 6.5})) <= 30);

  SECTION("rotation and flips move the image and the transform together") {
    view.rotate(1);
    shot = test::screenshot(&view, "bridge-rotated");
    const ui::ViewTransform r = view.currentTransform();
    const QPointF b = r.sliceToWidget({7.5, 6.5});
    CHECK(b.x() > 320);  // top-left block goes top-right after a clockwise quarter turn
    CHECK(grey(shot, b) >= 250);
    view.rotate(-1);
    view.flipHorizontal();
    shot = test::screenshot(&view, "bridge-flipped");
    const QPointF f = view.currentTransform().sliceToWidget({7.5, 6.5});
    CHECK(f.x() > 480);
    CHECK(grey(shot, f) >= 250);
    CHECK(grey(shot, view.currentTransform().sliceToWidget({53.5, 22.5})) == Approx(128).margin(3));
  }

  SECTION("overlays are drawn at the patient positions they hold, under zoom and pan") {
    auto marks = std::make_shared<ui::AnnotationLayer>("marks");
    const Image& img = *view.volume();
    const image::Vec3 p1 = img.geometry.indexToPatient({7.5, 6.5, 0}),
                      p2 = img.geometry.indexToPatient({53.5, 22.5, 0});
    marks->addItem({ui::AnnotationLayer::Kind::Line, {p1, p2}, "", QColor(255, 0, 255)});
    view.addOverlay(marks);
    auto heat = std::make_shared<Image>(image::PixelType::Float32, Image::Dims{64, 32, 1});
    heat->geometry = img.geometry;
    for (int r = 18; r < 28; ++r)
      for (int c = 48; c < 60; ++c)
        heat->setStored(c, r, 0, 1.0);
    auto heatLayer = std::make_shared<ui::HeatmapLayer>("heat");
    heatLayer->setMap(heat);
    heatLayer->setOpacity(1.0);
    heatLayer->setThreshold(0.5);
    heatLayer->setColormap(ui::Colormap::Jet);
    view.addOverlay(heatLayer);
    view.zoomBy(1.5);
    view.setViewState([&] {
      auto s = view.viewState();
      s.pan = QPointF(4, -2);
      return s;
    }());
    shot = test::screenshot(&view, "bridge-overlays");
    const ui::ViewTransform z = view.currentTransform();
    const QPointF a = z.sliceToWidget({7.5, 6.5}), b = z.sliceToWidget({53.5, 22.5});
    const QPointF midLine = (a + b) / 2;
    const QRgb line = shot.pixel(static_cast<int>(midLine.x()), static_cast<int>(midLine.y()));
    CHECK(qRed(line) > 200);
    CHECK(qBlue(line) > 200);
    CHECK(qGreen(line) < 80);
    // Jet at 1.0 is dark red, fully opaque over the mid block.
    const QPointF h = z.sliceToWidget({57.5, 26.5});
    if (QRect(QPoint(0, 0), view.size()).contains(h.toPoint())) {
      const QRgb hp = shot.pixel(h.toPoint());
      CHECK(qRed(hp) == Approx(128).margin(4));
      CHECK(qGreen(hp) < 10);
    }
    // Hidden layers are not drawn.
    view.setOverlaysVisible(false);
    shot = test::screenshot(&view, "bridge-overlays-hidden");
    const QRgb plain = shot.pixel(static_cast<int>(midLine.x()), static_cast<int>(midLine.y()));
    CHECK(qRed(plain) == qBlue(plain));
  }
}
