#pragma once
// A confusion matrix as a heat map painted with QPainter: rows are the true classes, columns the
// predicted ones, each cell coloured by its share of the row (row-normalised, so a rare class
// reads as clearly as a common one) and labelled with its count; class names on both axes and a
// caption (which fold and epoch the matrix belongs to).

#include <QStringList>
#include <QWidget>
#include <vector>

namespace osteon {
namespace ui {

class ConfusionMatrixView : public QWidget {
  Q_OBJECT
 public:
  explicit ConfusionMatrixView(QWidget* parent = nullptr);

  // matrix[true][predicted]; class names may be fewer than the rows (then numbered).
  void setMatrix(const QStringList& classNames, const std::vector<std::vector<int>>& matrix,
                 const QString& caption);
  void clear();
  const std::vector<std::vector<int>>& matrix() const { return matrix_; }
  const QStringList& classNames() const { return classes_; }
  QString caption() const { return caption_; }
  // The colour of a cell with this share of its row.
  QColor cellColor(double rowShare) const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent*) override;

 private:
  QStringList classes_;
  std::vector<std::vector<int>> matrix_;
  QString caption_;
};

}  // namespace ui
}  // namespace osteon
