#include "ui/viewer/image_view.h"

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "ui/viewer/vtk_slice_renderer.h"

namespace osteon {
namespace ui {

using image::Vec3;

ImageView::ImageView(QWidget* parent)
    : QWidget(parent), renderer_(std::make_unique<VtkSliceRenderer>()) {
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  setMinimumSize(64, 64);
  setAttribute(Qt::WA_OpaquePaintEvent);
  text_ = std::make_shared<TextLayer>(tr("Corner text"));
  connect(&cine_, &QTimer::timeout, this, [this] {
    if (sliceCount() <= 1) return;
    int next = slice_ + cineStep_;
    if (next < 0 || next >= sliceCount()) {
      cineStep_ = -cineStep_;
      next = slice_ + cineStep_;
    }
    setSliceIndex(next);
  });
}

ImageView::~ImageView() = default;

void ImageView::setVolume(std::shared_ptr<const image::Image> volume, const QString& title) {
  volume_ = std::move(volume);
  title_ = title;
  state_ = ViewState{};
  invert_ = false;
  hasCursor_ = false;
  if (volume_) {
    plane_ = image::acquisitionPlane(volume_->geometry);
    // Projection images and plain pictures have no patient orientation to mark.
    auto geo = volume_->meta.find("has_geometry");
    text_->orientationMarkers = geo == volume_->meta.end() || geo->second == "1";
    auto metaOf = [&](const char* key) {
      auto it = volume_->meta.find(key);
      return it == volume_->meta.end() ? std::string() : it->second;
    };
    const bool plain = metaOf("has_geometry") == "0";
    // Real pixel size: DICOM PixelSpacing/ImagerPixelSpacing; volume formats (NIfTI, NRRD, ...)
    // and images made in memory carry their spacing; plain pictures and DICOM without either
    // tag do not.
    const std::string source = metaOf("spacing_source");
    calibrated_ = volume_->meta.count("spacing_source")
                      ? source == "PixelSpacing" || source == "ImagerPixelSpacing"
                      : !plain;
    const QString modality = QString::fromStdString(metaOf("modality")).trimmed().toUpper();
    static const QStringList projections{"DX", "CR", "PX", "MG", "RF", "XA", "IO"};
    projection_ = volume_->depth() == 1 && (plain || projections.contains(modality));
    text_->scaleBar = calibrated_;
    slice_ = sliceCount() / 2;
    wl_ = image::defaultWindow(*volume_);
    if (volume_->pixelType() == image::PixelType::RGB8) wl_ = {127.5, 255};
  }
  sliceDirty_ = windowDirty_ = true;
  updateCornerText();
  update();
  emit sliceChanged(slice_);
}

int ImageView::sliceCount() const {
  return volume_ ? image::sliceCount(*volume_, plane_) : 0;
}

void ImageView::setPlane(image::Plane plane) {
  if (!volume_ || plane == plane_) return;
  // Keep the same patient point in the middle of the new plane when a cursor exists.
  plane_ = plane;
  slice_ = sliceCount() / 2;
  state_.pan = QPointF();
  sliceDirty_ = true;
  if (hasCursor_) setCursorPoint(cursor_);
  updateCornerText();
  update();
  emit sliceChanged(slice_);
}

void ImageView::setSliceIndex(int index) {
  if (!volume_) return;
  index = std::clamp(index, 0, std::max(0, sliceCount() - 1));
  if (index == slice_) return;
  slice_ = index;
  sliceDirty_ = true;
  updateCornerText();
  update();
  emit sliceChanged(slice_);
}

void ImageView::scrollBy(int delta) {
  setSliceIndex(slice_ + delta);
}

void ImageView::setWindow(const image::WindowLevel& wl) {
  wl_ = wl;
  wl_.width = std::max(wl_.width, 1.0);
  windowDirty_ = true;
  updateCornerText();
  update();
  emit windowChanged();
}

void ImageView::autoWindow() {
  if (!volume_) return;
  ensureSlice();
  setWindow(image::autoWindow(sliceImage_));
}

void ImageView::applyPreset(int index) {
  if (!volume_ || index < 0 || index >= static_cast<int>(volume_->windowPresets.size())) return;
  const auto& p = volume_->windowPresets[static_cast<std::size_t>(index)];
  setWindow({p.center, p.width});
}

void ImageView::setViewState(const ViewState& s) {
  state_ = s;
  updateCornerText();
  update();
}

void ImageView::zoomBy(double factor) {
  state_.zoom = std::clamp(state_.zoom * factor, 0.05, 200.0);
  updateCornerText();
  update();
}

void ImageView::fit() {
  state_.zoom = 1;
  state_.pan = QPointF();
  updateCornerText();
  update();
}

void ImageView::oneToOne() {
  if (!volume_) return;
  ensureSlice();
  const ViewTransform t = currentTransform();
  // One image pixel per screen pixel.
  state_.zoom = (1.0 / sliceImage_.geometry.spacing[0]) / t.fitPixelsPerMm();
  updateCornerText();
  update();
}

void ImageView::rotate(int quarterTurns) {
  state_.rotation = ((state_.rotation + quarterTurns) % 4 + 4) % 4;
  update();
}

void ImageView::flipHorizontal() {
  // A flip on screen: mirror along the screen axis whatever the rotation.
  if (state_.rotation % 2 == 0)
    state_.flipH = !state_.flipH;
  else
    state_.flipV = !state_.flipV;
  update();
}

void ImageView::flipVertical() {
  if (state_.rotation % 2 == 0)
    state_.flipV = !state_.flipV;
  else
    state_.flipH = !state_.flipH;
  update();
}

void ImageView::setInvert(bool invert) {
  invert_ = invert;
  windowDirty_ = true;
  update();
}

void ImageView::setSmooth(bool smooth) {
  renderer_->setSmooth(smooth);
  update();
}

void ImageView::setCornerTextVisible(bool visible) {
  text_->setVisible(visible);
  update();
}

QString ImageView::cornerText(int k) const {
  return k >= 0 && k < 4 ? text_->corners[k] : QString();
}

bool ImageView::cornerTextVisible() const {
  return text_->isVisible();
}

void ImageView::setCursorPoint(const Vec3& patient) {
  if (!volume_) return;
  cursor_ = patient;
  hasCursor_ = true;
  const image::ResliceAxes a = image::resliceAxes(volume_->geometry, plane_);
  const Vec3 idx = volume_->geometry.patientToIndex(patient);
  const double k = idx[static_cast<std::size_t>(a.sliceAxis)];
  const int n = sliceCount();
  // Only follow points inside the volume's slab (half a slice of margin).
  if (k >= -0.5 && k <= n - 0.5) setSliceIndex(static_cast<int>(std::lround(k)));
  update();
}

void ImageView::clearCursor() {
  hasCursor_ = false;
  update();
}

void ImageView::addOverlay(std::shared_ptr<OverlayLayer> layer) {
  overlays_.push_back(std::move(layer));
  update();
}

void ImageView::removeOverlay(const std::shared_ptr<OverlayLayer>& layer) {
  overlays_.erase(std::remove(overlays_.begin(), overlays_.end(), layer), overlays_.end());
  update();
}

void ImageView::setOverlaysVisible(bool visible) {
  overlaysVisible_ = visible;
  update();
}

void ImageView::startCine(int fps) {
  cine_.start(std::max(1, 1000 / std::max(1, fps)));
}

void ImageView::stopCine() {
  cine_.stop();
}

void ImageView::setActive(bool active) {
  active_ = active;
  update();
}

void ImageView::ensureSlice() {
  if (!volume_ || !sliceDirty_) return;
  sliceImage_ =
      image::extractSlice(*volume_, plane_, std::clamp(slice_, 0, std::max(0, sliceCount() - 1)));
  renderer_->setSlice(sliceImage_);
  sliceDirty_ = false;
  windowDirty_ = true;
}

const image::Image* ImageView::currentSlice() {
  if (!volume_) return nullptr;
  ensureSlice();
  return &sliceImage_;
}

ViewTransform ImageView::currentTransform() const {
  if (!volume_) return ViewTransform(size(), 1, 1, 1, 1, state_);
  // From the volume and the plane, so it is right even before the slice is extracted.
  const image::ResliceAxes a = image::resliceAxes(volume_->geometry, plane_);
  const auto& d = volume_->dims();
  const auto& sp = volume_->geometry.spacing;
  return ViewTransform(
      size(), d[static_cast<std::size_t>(a.colAxis)], d[static_cast<std::size_t>(a.rowAxis)],
      sp[static_cast<std::size_t>(a.colAxis)], sp[static_cast<std::size_t>(a.rowAxis)], state_);
}

bool ImageView::widgetToPatient(const QPointF& w, Vec3& out) {
  if (!currentSlice()) return false;
  const QPointF s = currentTransform().widgetToSlice(w);
  out = sliceImage_.geometry.indexToPatient({s.x(), s.y(), 0});
  return true;
}

OverlayContext ImageView::context() {
  OverlayContext c;
  c.slice = currentSlice();
  c.transform = currentTransform();
  c.widgetSize = size();
  c.tolerance = volume_
                    ? std::max(0.5, volume_->geometry.spacing[static_cast<std::size_t>(
                                        image::resliceAxes(volume_->geometry, plane_).sliceAxis)] /
                                        2.0)
                    : 1.0;
  return c;
}

void ImageView::updateCornerText() {
  if (!volume_) {
    for (QString& s : text_->corners)
      s.clear();
    return;
  }
  auto meta = [&](const char* key) {
    auto it = volume_->meta.find(key);
    return it == volume_->meta.end() ? QString() : QString::fromStdString(it->second);
  };
  text_->corners[0] = meta("patient_name") + "\n" + meta("patient_id") + "\n" + meta("study_date");
  text_->corners[1] = (title_.isEmpty() ? meta("series_description") : title_) + "\n" +
                      meta("modality") + "\n" + meta("study_description");
  // A projection has no plane and one image: no "axial 1/1".
  text_->corners[2] = projection_ ? (calibrated_ ? QString() : tr("uncalibrated px"))
                                  : tr("%1 %2/%3")
                                        .arg(QString::fromLatin1(image::planeName(plane_)))
                                        .arg(slice_ + 1)
                                        .arg(sliceCount());
  text_->corners[3] = tr("W %1 L %2\nZoom %3%")
                          .arg(wl_.width, 0, 'f', 0)
                          .arg(wl_.center, 0, 'f', 0)
                          .arg(state_.zoom * 100, 0, 'f', 0);
}

void ImageView::paintEvent(QPaintEvent*) {
  QElapsedTimer timer;
  timer.start();
  QPainter p(this);
  const QColor background(12, 12, 14);
  if (!volume_) {
    p.fillRect(rect(), background);
    p.setPen(QColor(140, 140, 140));
    p.drawText(rect(), Qt::AlignCenter, tr("Open a study (Ctrl+O) or drop files here"));
  } else {
    ensureSlice();
    if (windowDirty_) {
      renderer_->setWindow(wl_.center, wl_.width, invert_ != volume_->invertForDisplay);
      windowDirty_ = false;
    }
    const ViewTransform t = currentTransform();
    p.drawImage(0, 0, renderer_->render(t, size(), background));
    OverlayContext ctx = context();
    if (overlaysVisible_)
      for (const auto& layer : overlays_)
        if (layer->isVisible()) layer->paint(p, ctx);
    if (hasCursor_) {
      // Crosshair where the linked cursor crosses this slice (its projection when it is off-plane).
      const Vec3 idx = sliceImage_.geometry.patientToIndex(cursor_);
      const QPointF w = t.sliceToWidget(QPointF(idx[0], idx[1]));
      p.setPen(QPen(QColor(0, 220, 255), 1));
      p.drawLine(QPointF(w.x() - 14, w.y()), QPointF(w.x() - 4, w.y()));
      p.drawLine(QPointF(w.x() + 4, w.y()), QPointF(w.x() + 14, w.y()));
      p.drawLine(QPointF(w.x(), w.y() - 14), QPointF(w.x(), w.y() - 4));
      p.drawLine(QPointF(w.x(), w.y() + 4), QPointF(w.x(), w.y() + 14));
    }
    if (text_->isVisible()) text_->paint(p, ctx);
  }
  if (active_) {
    p.setPen(QPen(QColor(70, 130, 220), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect().adjusted(1, 1, -1, -1));
  }
  lastRenderMs_ = timer.nsecsElapsed() / 1e6;
}

void ImageView::resizeEvent(QResizeEvent*) {
  update();
}

void ImageView::mousePressEvent(QMouseEvent* e) {
  emit activated();
  setFocus();
  editing_ = false;
  if (editHandler_ && volume_ && e->button() == Qt::LeftButton &&
      e->modifiers() == Qt::NoModifier) {
    Vec3 p;
    if (widgetToPatient(e->position(), p) && editHandler_->press(this, e->position(), p)) {
      editing_ = true;
      dragButton_ = Qt::NoButton;
      return;
    }
  }
  dragButton_ = e->button();
  pressPos_ = lastPos_ = e->position().toPoint();
  dragged_ = false;
}

void ImageView::mouseMoveEvent(QMouseEvent* e) {
  const QPoint pos = e->position().toPoint();
  if (editing_) {
    Vec3 p;
    if (widgetToPatient(e->position(), p)) editHandler_->drag(this, e->position(), p);
    return;
  }
  if (volume_ && currentSlice()) {
    const QPointF s = currentTransform().widgetToSlice(pos);
    const int c = static_cast<int>(std::lround(s.x())), r = static_cast<int>(std::lround(s.y()));
    if (sliceImage_.contains(c, r, 0)) {
      const Vec3 lps = sliceImage_.geometry.indexToPatient({double(c), double(r), 0});
      QString value;
      if (sliceImage_.pixelType() == image::PixelType::RGB8)
        value = tr("RGB %1 %2 %3")
                    .arg(sliceImage_.stored(c, r, 0, 0))
                    .arg(sliceImage_.stored(c, r, 0, 1))
                    .arg(sliceImage_.stored(c, r, 0, 2));
      else
        value = tr("stored %1, value %2")
                    .arg(sliceImage_.stored(c, r))
                    .arg(sliceImage_.value(c, r), 0, 'g', 6);
      if (!calibrated_) {
        emit pixelInfo(
            tr("(%1, %2) %3 | uncalibrated px (no pixel spacing)").arg(c).arg(r).arg(value));
      } else {
        emit pixelInfo(tr("(%1, %2) %3 | LPS (%4, %5, %6) mm")
                           .arg(c)
                           .arg(r)
                           .arg(value)
                           .arg(lps[0], 0, 'f', 1)
                           .arg(lps[1], 0, 'f', 1)
                           .arg(lps[2], 0, 'f', 1));
      }
    } else {
      emit pixelInfo(QString());
    }
  }
  if (dragButton_ == Qt::NoButton || !volume_) return;
  const QPoint d = pos - lastPos_;
  lastPos_ = pos;
  if ((pos - pressPos_).manhattanLength() > 3) dragged_ = true;
  if (!dragged_) return;
  const bool pan = dragButton_ == Qt::MiddleButton ||
                   (dragButton_ == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier));
  if (pan) {
    const double s = currentTransform().pixelsPerMm();
    state_.pan -= QPointF(d.x() / s, d.y() / s);
    update();
  } else if (dragButton_ == Qt::RightButton) {
    zoomBy(std::exp(-d.y() * 0.01));
  } else if (dragButton_ == Qt::LeftButton) {
    // Window/level: horizontal = width, vertical = level, scaled to the current width.
    const double k = std::max(wl_.width, 10.0) / 300.0;
    setWindow({wl_.center - d.y() * k, wl_.width + d.x() * k});
  }
}

void ImageView::mouseReleaseEvent(QMouseEvent* e) {
  if (editing_) {
    editing_ = false;
    Vec3 p;
    if (widgetToPatient(e->position(), p)) editHandler_->release(this, e->position(), p);
    return;
  }
  if (dragButton_ == Qt::LeftButton && !dragged_ && volume_) {
    Vec3 p;
    if (widgetToPatient(e->position(), p)) {
      cursor_ = p;
      hasCursor_ = true;
      update();
      emit cursorPlaced(p);
    }
  }
  dragButton_ = Qt::NoButton;
}

void ImageView::wheelEvent(QWheelEvent* e) {
  const int steps = e->angleDelta().y() / 120;
  if (steps == 0) return;
  if (e->modifiers() & Qt::ControlModifier)
    zoomBy(std::pow(1.15, steps));
  else
    scrollBy(-steps);
  e->accept();
}

}  // namespace ui
}  // namespace osteon
