#pragma once
// Class probabilities of a task result. One output (osteoporosis, ALS type): a Qt Charts
// horizontal bar chart (QChartView), one bar per class labelled with its display name and
// percent, the most probable class highlighted (QBarSet's selected colour), a percent axis.
// Several outputs (lumbar's 25 condition/level targets): a compact heat table painted here, one
// row per output and one cell per class shaded by its probability; a click on a row selects that
// output (for the CAM). Outputs the model could not measure are greyed.

#include <QString>
#include <QStringList>
#include <QWidget>
#include <vector>

class QChartView;
class QBarSet;

namespace osteon {
namespace ui {

class ProbabilityChart : public QWidget {
  Q_OBJECT
 public:
  struct Row {
    QString name;
    std::vector<double> probabilities;  // one per class
    bool measured = true;
    QString note;  // tool tip: the full output name and why it was not measured
  };
  explicit ProbabilityChart(QWidget* parent = nullptr);

  void setData(const QStringList& classNames, std::vector<Row> rows);
  void clear();
  const QStringList& classNames() const { return classes_; }
  const std::vector<Row>& rows() const { return rows_; }
  bool isTable() const { return rows_.size() > 1; }
  int selectedRow() const { return selected_; }
  void setSelectedRow(int row);
  // Where row `row` is drawn (the table's rows; the whole chart for bars).
  QRect rowRect(int row) const;
  // The bar chart (one output; hidden for the table and when empty) and its bars: the colours of
  // the ordinary and the most probable class.
  QChartView* chartView() const { return view_; }
  static QColor barColor();
  static QColor bestBarColor();

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 signals:
  void rowSelected(int row);

 protected:
  void paintEvent(QPaintEvent*) override;
  void mousePressEvent(QMouseEvent*) override;
  bool event(QEvent*) override;  // tool tips with each row's note
  void resizeEvent(QResizeEvent*) override;
  void changeEvent(QEvent*) override;

 private:
  int rowAt(const QPoint& p) const;
  int rowHeight() const;
  int headerHeight() const;
  void paintTable(QPainter& p);
  void updateBars();  // the bar chart from classes_ and rows_.front()

  QStringList classes_;
  std::vector<Row> rows_;
  int selected_ = 0;
  QChartView* view_ = nullptr;
};

}  // namespace ui
}  // namespace osteon
