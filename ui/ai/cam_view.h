#pragma once
// The class activation maps the AI panel computed, and showing them: the cache of maps by
// output, class, method and layer (or why one could not be computed), the heatmap layer over
// the image views (navigating a view to the explained slice), the two compare panes, the line
// describing the shown map, writing picture + heatmap as PNG and the map as a DICOM Parametric
// Map, and showing a Parametric Map file as the heatmap layer. The AI panel computes the maps
// (on its worker thread) and stores them here; what to show comes from its CamControls.
//
// Its strings are translated in the AI panel's context ("osteon::ui::AiPanel").

#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include "core/ai/task.h"
#include "ui/browser/study_loader.h"
#include "ui/viewer/image_view.h"
#include "ui/viewer/overlays.h"

namespace osteon {
namespace ui {

class CamControls;

class CamView {
 public:
  struct Host {
    std::function<ImageView*()> activeView;
    std::function<std::vector<ImageView*>()> views;
    std::function<const std::vector<LoadedSeries>*()> series;
    std::function<void(const QString& message)> status;
    // The panel's error line: show a message / hide it.
    std::function<void(const QString& message)> showError;
    std::function<void()> hideError;
    // A map was shown (true, its description) or could not be (false, why).
    std::function<void(bool ok, const QString& message)> finished;
  };
  struct Entry {
    std::shared_ptr<const ai::TaskExplanation> explanation;
    QString error;
  };
  // `input` is the explained input (the panel's result input); it must outlive this.
  CamView(CamControls* controls, Host host, const ai::TaskInput& input);

  std::shared_ptr<HeatmapLayer> layer() const { return layer_; }
  std::shared_ptr<const ai::TaskExplanation> explanation() const { return shown_; }
  std::shared_ptr<const ai::TaskExplanation> compareExplanation() const { return shownB_; }

  // The cache key of class `classIndex` at the controls' output, method and layer.
  QString key(int classIndex) const;
  const Entry* find(const QString& key) const;
  void store(const QString& key, Entry entry);
  // Forgets the maps (a new result).
  void forget();
  // Forgets the maps and hides the layer, the panes and the description (no result).
  void clear();
  // Hides the shown map (CAMs off or nothing to explain).
  void hide();
  // A map could not be computed: the message in the panel, the layer hidden.
  void fail(const QString& message);
  // Shows the cached map(s) of the controls' class (and compare class); `key` is the first
  // class's key: a map not shown before navigates a view to its slice.
  void show(const QString& key);
  // The controls' opacity / colour map changed.
  void updateOpacity();
  void updateColormap();

  bool exportOverlay(const QString& path);
  bool exportParametricMap(const QString& path);
  bool showParametricMap(const QString& path, QString& message);

 private:
  // An export that cannot be done: the message shown, false returned.
  bool refuseExport(const QString& why);
  static QString nothingShown();
  void showCam(bool navigate);
  void refreshPanes();
  std::shared_ptr<const image::Image> camVolume(const ai::TaskExplanation& e, int& slice) const;
  image::WindowLevel windowFor(const image::Image& volume) const;
  void updateViews();

  CamControls* controls_;
  Host host_;
  const ai::TaskInput& input_;
  std::map<QString, Entry> cams_;
  std::shared_ptr<const ai::TaskExplanation> shown_, shownB_;
  QString shownKey_;
  std::shared_ptr<HeatmapLayer> layer_;
};

}  // namespace ui
}  // namespace osteon
