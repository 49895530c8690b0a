#pragma once
// The study browser: patients > studies > series with thumbnails, description, slice count and
// modality. Activating a series asks the main window to show it in the active view.

#include <QTreeWidget>
#include <memory>

#include "ui/browser/study_loader.h"

namespace osteon {
namespace ui {

class StudyBrowser : public QTreeWidget {
  Q_OBJECT
 public:
  explicit StudyBrowser(QWidget* parent = nullptr);
  void setSeries(const std::vector<LoadedSeries>* series);
  // Index (into the series given) of the selected series item, or -1.
  int selectedSeries() const;

 signals:
  void seriesActivated(int index);
};

}  // namespace ui
}  // namespace osteon
