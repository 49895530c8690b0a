#pragma once
// Live training curves painted with QPainter (Qt Charts is not a dependency): loss (train and
// validation) or metrics (train accuracy, validation accuracy, validation macro-F1) against the
// epoch. Axes with tick labels, a legend, points added as epochs arrive and the best epoch of
// every fold marked with a ring and a dotted vertical line. One fold: one colour per series;
// K-fold: one colour per fold and one line style per series.

#include <QColor>
#include <QStringList>
#include <QWidget>
#include <map>
#include <vector>

namespace osteon {
namespace ui {

class TrainingCurves : public QWidget {
  Q_OBJECT
 public:
  enum class Kind { Loss, Metrics };
  explicit TrainingCurves(Kind kind, QWidget* parent = nullptr);

  Kind kind() const { return kind_; }
  // Loss: {train loss, validation loss}; Metrics: {train accuracy, validation accuracy,
  // validation macro-F1}.
  QStringList seriesNames() const;
  void clear();
  // One epoch of one fold (1-based): a value per series (NaN = not drawn).
  void addPoint(int fold, int epoch, const std::vector<double>& values);
  // The fold's best epoch so far (0 = none).
  void setBest(int fold, int epoch);
  int bestEpoch(int fold) const;
  int pointCount() const;
  int foldCount() const { return static_cast<int>(folds_.size()); }
  // The colour a series of a fold is drawn with.
  QColor seriesColor(int fold, int series) const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent*) override;

 private:
  struct Fold {
    std::map<int, std::vector<double>> points;  // epoch -> values
    int best = 0;
  };
  Kind kind_;
  std::map<int, Fold> folds_;
};

}  // namespace ui
}  // namespace osteon
