#pragma once
// Live training curves, a Qt Charts QChartView: loss (train and validation) or metrics (train
// accuracy, validation accuracy, validation macro-F1) against the epoch, with labelled value
// axes, a legend and the points added as epochs arrive. The best epoch of every fold is marked
// with a dotted vertical line and a ring on the validation series (captioned with one fold). One
// fold: one colour per series, a legend entry per series on top; K-fold: one colour per fold and
// one line style per series, a legend entry per fold on the right ("fold k") and the line styles
// named under the title (a legend entry per fold and series does not fit a narrow chart: Qt
// Charts then drew no entry at all). Validation epochs that were not evaluated (NaN) are left out
// of their series.

#include <QChartView>
#include <QColor>
#include <QStringList>
#include <map>
#include <vector>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace osteon {
namespace ui {

class TrainingCurves : public QChartView {
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
  // The chart's line of series `series` of `fold` (null when that fold has no points yet).
  QLineSeries* lineSeries(int fold, int series) const;
  // The legend entries shown (labels of the visible markers), in order.
  QStringList legendLabels() const;
  QValueAxis* epochAxis() const { return xAxis_; }
  QValueAxis* valueAxis() const { return yAxis_; }

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void changeEvent(QEvent*) override;

 private:
  struct Fold {
    std::map<int, std::vector<double>> points;  // epoch -> values
    int best = 0;
    std::vector<QLineSeries*> lines;  // one per series
    QLineSeries* bestLine = nullptr;  // dotted vertical line at the best epoch
    QScatterSeries* bestRing = nullptr;
  };
  void rebuild();         // every series and the legend, from folds_ (fold count changed)
  void refresh(Fold& f);  // one fold's points and best-epoch marks
  void updateAxes();
  void applyPalette();
  QLineSeries* addLine(const QString& name, const QPen& pen);
  QString title() const;  // K-fold: with the line styles' names

  Kind kind_;
  std::map<int, Fold> folds_;
  QValueAxis* xAxis_ = nullptr;
  QValueAxis* yAxis_ = nullptr;
  double yMax_ = 1;
};

}  // namespace ui
}  // namespace osteon
