#pragma once
// The AI panel's "Class activation map" group: whether the heatmap is shown, the CAM method,
// the output, class and layer it explains, opacity and colour map, a second class to compare
// with (and the two side-by-side panes), the line describing the shown map and the two export
// buttons. It holds no maps: it fills its lists from a result and a model's layers and reports
// what the user changes; the AI panel computes and shows the maps.
//
// Its strings are translated in the AI panel's context ("osteon::ui::AiPanel").

#include <QGroupBox>
#include <QString>
#include <QStringList>
#include <string>
#include <utility>
#include <vector>

#include "ui/viewer/colormap.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace osteon {
namespace ui {

class HeatmapPane;

class CamControls : public QGroupBox {
  Q_OBJECT
 public:
  explicit CamControls(QWidget* parent = nullptr);

  // The method ids in the picker's order: "gradcam", "gradcam++", "layercam", "eigencam",
  // "scorecam".
  static QStringList methodIds();

  // "Show the heatmap on the image".
  void setCamEnabled(bool on);
  // Unchecks it without emitting camToggled (a cancelled CAM).
  void switchOffSilently();
  bool camEnabled() const;
  // Whether the check box can be used (a result is shown).
  void setCamAvailable(bool on);

  void setMethod(const QString& id);
  QString method() const;
  QString methodText() const;  // "Grad-CAM"

  void setOutput(int output);
  int output() const;  // 0 when none

  void setClass(int classIndex);
  int classIndex() const;
  QString classText() const;
  QString classText(int classIndex) const;

  void setLayer(const QString& layer);
  QString layer() const;
  QStringList layers() const;

  void setOpacity(double opacity);  // 0..1
  double opacity() const;
  void setColormap(Colormap map);
  Colormap colormap() const;

  // Compare: the check box and the second class.
  bool compare() const;
  void setCompareChecked(bool on);
  // Selects the second class without emitting selectionChanged; ignored when out of range.
  void setCompareClassSilently(int classIndex);
  int compareClass() const;
  QString compareClassText() const;

  // Fills the output list (short name shown, full name as data; the list is shown only with
  // more than one output; `first` is selected) and both class lists, without emitting.
  void setChoices(const std::vector<std::pair<QString, QString>>& outputs, int first,
                  const QStringList& classes);
  // Empties the output and class lists (no result), without emitting.
  void clearChoices();
  // Selects the most probable class of `probabilities` and, to compare with, the runner-up,
  // without emitting.
  void selectRanked(const std::vector<double>& probabilities);
  // The model's layers with the default selected, or "default" when it lists none; without
  // emitting.
  void setLayers(const std::vector<std::string>& layers, const std::string& defaultLayer);

  HeatmapPane* pane(int i) const;
  void setInfo(const QString& text);
  QString info() const;
  void setExportEnabled(bool on);

 signals:
  void camToggled(bool on);
  // Method, class, layer or compare class changed.
  void selectionChanged();
  void outputChanged(int output);
  void opacityChanged(double opacity);
  void colormapChanged(Colormap map);
  void compareToggled(bool on);
  void exportOverlayClicked();
  void exportParametricMapClicked();

 private:
  QCheckBox* camOn_ = nullptr;
  QComboBox *method_ = nullptr, *output_ = nullptr, *class_ = nullptr, *layerBox_ = nullptr,
            *colormap_ = nullptr, *classB_ = nullptr;
  QLabel* outputLabel_ = nullptr;
  QSlider* opacity_ = nullptr;
  QCheckBox* compare_ = nullptr;
  QWidget* compareBox_ = nullptr;
  HeatmapPane *paneA_ = nullptr, *paneB_ = nullptr;
  QLabel* camInfo_ = nullptr;
  QPushButton *export_ = nullptr, *exportDicom_ = nullptr;
};

}  // namespace ui
}  // namespace osteon
