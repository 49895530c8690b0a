#include "ui/ai/cam_view.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <algorithm>

#include "core/annotation/dicom_results.h"
#include "core/base/error.h"
#include "core/image/reslice.h"
#include "ui/ai/cam_controls.h"
#include "ui/ai/heatmap_pane.h"

namespace osteon {
namespace ui {

namespace {

// A 2D map computed on slice `slice` of `volume` placed in patient space: it covers the slice's
// field of view, its pixels stretched when its grid differs from the slice's (a CAM at the
// network's input size, a Parametric Map read back).
std::shared_ptr<image::Image> placeOnSlice(image::Image map, const image::Image& volume,
                                           int slice) {
  auto out = std::make_shared<image::Image>(std::move(map));
  const double sx = double(volume.width()) / out->width(),
               sy = double(volume.height()) / out->height();
  out->geometry = volume.geometry;
  out->geometry.spacing[0] *= sx;
  out->geometry.spacing[1] *= sy;
  out->geometry.origin =
      volume.geometry.indexToPatient({0.5 * sx - 0.5, 0.5 * sy - 0.5, double(slice)});
  return out;
}

QString q(const std::string& s) {
  return QString::fromStdString(s);
}

double maxOf(const image::Image& map) {
  double m = 0;
  for (int y = 0; y < map.height(); ++y)
    for (int x = 0; x < map.width(); ++x)
      m = std::max(m, map.value(x, y, 0));
  return m;
}

}  // namespace

CamView::CamView(CamControls* controls, Host host, const ai::TaskInput& input)
    : controls_(controls), host_(std::move(host)), input_(input) {
  layer_ = std::make_shared<HeatmapLayer>(
      QCoreApplication::translate("osteon::ui::AiPanel", "AI heatmap"));
  layer_->setVisible(false);
}

QString CamView::key(int classIndex) const {
  return QStringLiteral("%1|%2|%3|%4")
      .arg(controls_->output())
      .arg(classIndex)
      .arg(controls_->method(), controls_->layer());
}

const CamView::Entry* CamView::find(const QString& key) const {
  const auto it = cams_.find(key);
  return it == cams_.end() ? nullptr : &it->second;
}

void CamView::store(const QString& key, Entry entry) {
  cams_[key] = std::move(entry);
}

void CamView::forget() {
  cams_.clear();
  shown_.reset();
  shownB_.reset();
  shownKey_.clear();
}

void CamView::clear() {
  forget();
  controls_->setInfo(QString());
  controls_->pane(0)->clear();
  controls_->pane(1)->clear();
  layer_->setVisible(false);
  layer_->setMap(nullptr);
}

void CamView::hide() {
  shown_.reset();
  shownB_.reset();
  shownKey_.clear();
  layer_->setVisible(false);
  controls_->pane(0)->clear();
  controls_->pane(1)->clear();
  controls_->setInfo(QString());
  updateViews();
}

void CamView::fail(const QString& message) {
  host_.showError(message);
  controls_->setInfo(QString());
  layer_->setVisible(false);
  updateViews();
  host_.finished(false, message);
}

void CamView::show(const QString& key) {
  showCam(shownKey_ != key);
  shownKey_ = key;
}

void CamView::updateOpacity() {
  layer_->setOpacity(controls_->opacity());
  refreshPanes();
  updateViews();
}

void CamView::updateColormap() {
  layer_->setColormap(controls_->colormap());
  refreshPanes();
  updateViews();
}

void CamView::updateViews() {
  if (!host_.views) return;
  for (ImageView* v : host_.views())
    v->update();
}

std::shared_ptr<const image::Image> CamView::camVolume(const ai::TaskExplanation& e,
                                                       int& slice) const {
  std::shared_ptr<const image::Image> vol;
  if (e.seriesIndex < 0) {
    vol = input_.image;
  } else if (e.seriesIndex < static_cast<int>(input_.series.size())) {
    vol = input_.series[static_cast<std::size_t>(e.seriesIndex)].volume;
  }
  slice = e.slice;
  if (vol && (slice < 0 || slice >= vol->depth())) slice = e.seriesIndex < 0 ? input_.slice : 0;
  return vol;
}

image::WindowLevel CamView::windowFor(const image::Image& volume) const {
  if (host_.views)
    for (ImageView* v : host_.views())
      if (v->volume().get() == &volume) return v->window();
  if (volume.pixelType() == image::PixelType::RGB8) return {127.5, 255};
  return image::defaultWindow(volume);
}

void CamView::showCam(bool navigate) {
  shown_ = cams_[key(controls_->classIndex())].explanation;
  shownB_.reset();
  if (controls_->compare() && controls_->compareClass() >= 0)
    shownB_ = cams_[key(controls_->compareClass())].explanation;
  int slice = 0;
  const std::shared_ptr<const image::Image> vol = shown_ ? camVolume(*shown_, slice) : nullptr;
  if (!shown_ || !vol || shown_->heatmap.empty()) {
    const QString msg =
        QCoreApplication::translate("osteon::ui::AiPanel",
                                    "The class activation map could not be computed: %1")
            .arg(
                QCoreApplication::translate("osteon::ui::AiPanel", "the task returned no heatmap"));
    host_.showError(msg);
    host_.finished(false, msg);
    return;
  }
  host_.hideError();
  // The map in patient space: the explained slice's geometry, stretched when its size differs.
  const image::Image& heat = shown_->heatmap;
  layer_->setMap(placeOnSlice(heat.clone(), *vol, slice));
  layer_->setOpacity(controls_->opacity());
  layer_->setColormap(controls_->colormap());
  layer_->setVisible(true);
  if (navigate && host_.views) {
    // Show the explained slice: in a view that shows that series, else in the active view.
    ImageView* target = nullptr;
    for (ImageView* v : host_.views())
      if (v->volume() == vol) {
        target = v;
        break;
      }
    if (!target && host_.activeView && (target = host_.activeView())) {
      QString title;
      if (shown_->seriesIndex >= 0)
        title = q(input_.series[static_cast<std::size_t>(shown_->seriesIndex)].description);
      target->setVolume(vol, title);
    }
    if (target && vol->depth() > 1) {
      if (image::resliceAxes(vol->geometry, target->plane()).sliceAxis != 2)
        target->setPlane(image::acquisitionPlane(vol->geometry));
      target->setSliceIndex(slice);
    }
  }
  QString where;
  if (shown_->seriesIndex >= 0)
    where = QCoreApplication::translate("osteon::ui::AiPanel", "%1, slice %2")
                .arg(q(input_.series[static_cast<std::size_t>(shown_->seriesIndex)].description))
                .arg(slice + 1);
  const QString info =
      QCoreApplication::translate("osteon::ui::AiPanel", "%1 of class %2 at layer %3: %4 ms")
          .arg(controls_->methodText(), controls_->classText(),
               q(shown_->layer.empty() ? controls_->layer().toStdString() : shown_->layer))
          .arg(shown_->milliseconds, 0, 'f', 0) +
      (where.isEmpty() ? QString() : QStringLiteral(" (") + where + QLatin1Char(')'));
  controls_->setInfo(maxOf(heat) < layer_->threshold()
                         ? info + QLatin1Char('\n') +
                               QCoreApplication::translate(
                                   "osteon::ui::AiPanel",
                                   "The map is empty: no region of the image supports this class.")
                         : info);
  refreshPanes();
  controls_->setExportEnabled(true);
  updateViews();
  host_.finished(true, info);
}

void CamView::refreshPanes() {
  if (!controls_->compare() || !shown_) {
    controls_->pane(0)->clear();
    controls_->pane(1)->clear();
    return;
  }
  const std::shared_ptr<const ai::TaskExplanation> maps[2] = {shown_, shownB_};
  HeatmapPane* panes[2] = {controls_->pane(0), controls_->pane(1)};
  const QString names[2] = {controls_->classText(), controls_->compareClassText()};
  for (int i = 0; i < 2; ++i) {
    if (!maps[i]) {
      panes[i]->clear(names[i]);
      continue;
    }
    int slice = 0;
    const auto vol = camVolume(*maps[i], slice);
    if (!vol) continue;
    panes[i]->setImage(
        composeHeatmap(*vol, slice, windowFor(*vol), &maps[i]->heatmap, controls_->colormap(),
                       controls_->opacity(), layer_->threshold()),
        maxOf(maps[i]->heatmap) < layer_->threshold()
            ? QCoreApplication::translate("osteon::ui::AiPanel", "%1: empty map").arg(names[i])
            : names[i]);
  }
}

bool CamView::refuseExport(const QString& why) {
  host_.showError(why);
  return false;
}

QString CamView::nothingShown() {
  return QCoreApplication::translate("osteon::ui::AiPanel",
                                     "Nothing to export: show a class activation map first.");
}

bool CamView::exportOverlay(const QString& path) {
  if (!shown_) return refuseExport(nothingShown());
  std::vector<std::pair<QImage, QString>> parts;
  const std::shared_ptr<const ai::TaskExplanation> maps[2] = {shown_, shownB_};
  const QString names[2] = {controls_->classText(), controls_->compareClassText()};
  for (int i = 0; i < (controls_->compare() && shownB_ ? 2 : 1); ++i) {
    int slice = 0;
    const auto vol = camVolume(*maps[i], slice);
    if (!vol)
      return refuseExport(QCoreApplication::translate(
          "osteon::ui::AiPanel", "Nothing to export: the explained image is gone."));
    parts.emplace_back(
        composeHeatmap(*vol, slice, windowFor(*vol), &maps[i]->heatmap, controls_->colormap(),
                       controls_->opacity(), layer_->threshold()),
        names[i]);
  }
  QImage out = parts.front().first;
  if (parts.size() == 2) {
    // Side by side under a caption strip naming each class.
    const int gap = 8, strip = 28;
    const QImage& a = parts[0].first;
    const QImage& b = parts[1].first;
    out = QImage(a.width() + gap + b.width(), strip + std::max(a.height(), b.height()),
                 QImage::Format_RGB32);
    out.fill(Qt::black);
    QPainter p(&out);
    p.drawImage(0, strip, a);
    p.drawImage(a.width() + gap, strip, b);
    QFont f = p.font();
    f.setPixelSize(16);
    p.setFont(f);
    p.setPen(Qt::white);
    const QString method = controls_->methodText();
    p.drawText(QRect(6, 0, a.width() - 12, strip), Qt::AlignVCenter | Qt::AlignLeft,
               parts[0].second + QStringLiteral(" (") + method + QLatin1Char(')'));
    p.drawText(QRect(a.width() + gap + 6, 0, b.width() - 12, strip),
               Qt::AlignVCenter | Qt::AlignLeft,
               parts[1].second + QStringLiteral(" (") + method + QLatin1Char(')'));
  }
  if (out.isNull() || !out.save(path, "PNG"))
    return refuseExport(
        QCoreApplication::translate("osteon::ui::AiPanel", "Could not write %1").arg(path));
  if (host_.status)
    host_.status(
        QCoreApplication::translate("osteon::ui::AiPanel", "Overlay written to %1").arg(path));
  return true;
}

bool CamView::exportParametricMap(const QString& path) {
  if (!shown_) return refuseExport(nothingShown());
  int slice = 0;
  const auto vol = camVolume(*shown_, slice);
  if (!vol)
    return refuseExport(QCoreApplication::translate(
        "osteon::ui::AiPanel", "Nothing to export: the explained image is gone."));
  const annotation::SliceSource* source = nullptr;
  if (const std::vector<LoadedSeries>* all = host_.series ? host_.series() : nullptr)
    for (const LoadedSeries& s : *all)
      if (s.volume == vol && slice < static_cast<int>(s.sources.size()))
        source = &s.sources[static_cast<std::size_t>(slice)];
  if (!source)
    return refuseExport(QCoreApplication::translate(
        "osteon::ui::AiPanel",
        "The explained image is not a DICOM image: a Parametric Map references its "
        "source by DICOM UIDs (export the overlay as PNG instead)."));
  const QString description =
      QCoreApplication::translate("osteon::ui::AiPanel", "%1 of class %2 at layer %3")
          .arg(controls_->methodText(), controls_->classText(),
               q(shown_->layer.empty() ? controls_->layer().toStdString() : shown_->layer));
  try {
    const std::string summary = annotation::writeHeatmapMap(
        *source, shown_->heatmap, description.toStdString(), path.toStdString());
    if (host_.status) host_.status(q(summary));
    return true;
  } catch (const Error& e) {
    return refuseExport(QCoreApplication::translate("osteon::ui::AiPanel",
                                                    "The Parametric Map could not be written: %1")
                            .arg(q(e.what())));
  }
}

bool CamView::showParametricMap(const QString& path, QString& message) {
  try {
    annotation::HeatmapMap hm = annotation::readHeatmapMap(path.toStdString());
    const LoadedSeries* series = nullptr;
    int slice = -1;
    if (const std::vector<LoadedSeries>* all = host_.series ? host_.series() : nullptr)
      for (const LoadedSeries& s : *all)
        for (std::size_t k = 0; k < s.sources.size() && !series; ++k) {
          const annotation::SliceSource& src = s.sources[k];
          if (src.header.sopInstanceUid != hm.map.sourceSopInstanceUid) continue;
          if (hm.map.sourceFrame > 0 && src.frame > 0 && hm.map.sourceFrame != src.frame) continue;
          series = &s;
          slice = static_cast<int>(k);
        }
    if (!series || !series->volume)
      throw Error("the image it was derived from (SOP Instance " + hm.map.sourceSopInstanceUid +
                  ") is not open: open its study first, then the map");
    // The map covers the slice's field of view (its grid may be coarser), as a CAM does.
    const image::Image& vol = *series->volume;
    shown_.reset();
    shownB_.reset();
    layer_->setMap(placeOnSlice(std::move(hm.heatmap), vol, slice));
    layer_->setOpacity(controls_->opacity());
    layer_->setColormap(controls_->colormap());
    layer_->setVisible(true);
    controls_->setExportEnabled(false);
    if (host_.views) {
      ImageView* target = nullptr;
      for (ImageView* v : host_.views())
        if (v->volume() == series->volume) {
          target = v;
          break;
        }
      if (!target && host_.activeView && (target = host_.activeView()))
        target->setVolume(series->volume, series->label());
      if (target && vol.depth() > 1) {
        if (image::resliceAxes(vol.geometry, target->plane()).sliceAxis != 2)
          target->setPlane(image::acquisitionPlane(vol.geometry));
        target->setSliceIndex(slice);
      }
    }
    message =
        QCoreApplication::translate("osteon::ui::AiPanel", "Parametric Map %1 on %2, slice %3")
            .arg(QFileInfo(path).fileName(), series->label())
            .arg(slice + 1) +
        (hm.map.contentDescription.empty() ? QString()
                                           : QStringLiteral(": ") + q(hm.map.contentDescription));
    controls_->setInfo(message);
    host_.hideError();
    updateViews();
    return true;
  } catch (const Error& e) {
    message = QCoreApplication::translate("osteon::ui::AiPanel",
                                          "The Parametric Map %1 could not be shown: %2")
                  .arg(QFileInfo(path).fileName(), q(e.what()));
    host_.showError(message);
    return false;
  }
}

}  // namespace ui
}  // namespace osteon
