// Projection radiographs are shown as projections: no "axial 1/1" label, and the scale bar and
// mm only where the pixels have a real size (DICOM PixelSpacing/ImagerPixelSpacing). A PNG has no
// pixel size: no scale bar, "uncalibrated px".

#include <QSignalSpy>
#include <QTest>
#include <filesystem>

#include "core/io/dicom_writer.h"
#include "core/io/image_file.h"
#include "core/io/open.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/viewer/image_view.h"

using namespace osteon;

namespace {

// A dark picture with a grey band, so the scale bar's light grey (230) shows on black.
image::Image darkPicture() {
  image::Image img(image::PixelType::UInt8, {400, 200, 1});
  for (int y = 80; y < 120; ++y)
    for (int x = 40; x < 360; ++x)
      img.setStored(x, y, 0, 90);
  img.geometry.spacing = {0.2, 0.2, 1};
  return img;
}

// Light pixels in the band where the scale bar is drawn (bottom right, above the corner text).
int barPixels(const QImage& shot) {
  const int W = shot.width(), H = shot.height();
  int n = 0;
  for (int y = H - 58; y < H - 41; ++y)
    for (int x = W - W / 2; x < W - 4; ++x) {
      const QRgb c = shot.pixel(x, y);
      n += qRed(c) > 200 && qGreen(c) > 200 && qBlue(c) > 200 ? 1 : 0;
    }
  return n;
}

QImage show(ui::ImageView& view, std::shared_ptr<const image::Image> img) {
  view.setVolume(std::move(img));
  view.setCornerTextVisible(true);
  view.update();
  QTest::qWait(50);
  return view.grab().toImage();
}

}  // namespace

TEST_CASE("a PNG shows no scale bar and no plane label; a DX with ImagerPixelSpacing does",
          "[window]") {
  test::TempDir dir;
  io::writeImageFile(darkPicture(), dir.file("picture.png"));
  io::DicomWriteInfo info;
  info.modality = "DX";
  info.imagerPixelSpacing = true;
  info.writeGeometry = false;
  info.seriesDescription = "AP spine";
  image::Image dx = darkPicture();
  io::writeDicomImage(dx, 0, dir.file("dx.dcm"), info, 1);

  ui::ImageView view;
  view.resize(600, 400);
  view.show();
  REQUIRE(QTest::qWaitForWindowExposed(&view));

  // PNG: a projection without pixel size.
  auto png = std::make_shared<image::Image>(io::openImage(dir.file("picture.png")));
  const QImage a = show(view, png);
  a.save(QString::fromStdString(std::string(OSTEON_SCREENSHOTS) + "/projection-png.png"));
  CHECK(view.isProjection());
  CHECK_FALSE(view.isCalibrated());
  CHECK(view.cornerText(2) == "uncalibrated px");
  CHECK_FALSE(view.cornerText(2).contains("axial"));
  const int barsPng = barPixels(a);
  // The status bar text says so when the mouse is over the picture.
  QSignalSpy info1(&view, &ui::ImageView::pixelInfo);
  QTest::mouseMove(&view, QPoint(300, 200));
  QTest::qWait(20);
  REQUIRE(info1.count() > 0);
  CHECK(info1.last().at(0).toString().contains("uncalibrated px"));
  CHECK_FALSE(info1.last().at(0).toString().contains(" mm"));

  // DX with ImagerPixelSpacing: calibrated, still a projection (no "axial 1/1"), scale bar drawn.
  auto dcm = std::make_shared<image::Image>(io::openImage(dir.file("dx.dcm")));
  REQUIRE(dcm->meta.at("spacing_source") == "ImagerPixelSpacing");
  const QImage b = show(view, dcm);
  b.save(QString::fromStdString(std::string(OSTEON_SCREENSHOTS) + "/projection-dx.png"));
  CHECK(view.isProjection());
  CHECK(view.isCalibrated());
  CHECK(view.cornerText(2).isEmpty());
  const int barsDx = barPixels(b);
  INFO("light pixels in the scale-bar band: PNG " << barsPng << ", DX " << barsDx);
  CHECK(barsPng < 5);
  CHECK(barsDx > 40);
  QSignalSpy info2(&view, &ui::ImageView::pixelInfo);
  QTest::mouseMove(&view, QPoint(310, 210));
  QTest::qWait(20);
  REQUIRE(info2.count() > 0);
  CHECK(info2.last().at(0).toString().contains(" mm"));

  // A volume in memory (an MR slice stack) keeps its plane label and its scale bar.
  auto mr = std::make_shared<image::Image>(image::PixelType::UInt8, image::Image::Dims{64, 64, 5});
  show(view, mr);
  CHECK_FALSE(view.isProjection());
  CHECK(view.isCalibrated());
  CHECK(view.cornerText(2).contains("/5"));
}
