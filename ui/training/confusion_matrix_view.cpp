#include "ui/training/confusion_matrix_view.h"

#include <QPainter>
#include <algorithm>

namespace osteon {
namespace ui {

namespace {
const QColor kHot(30, 100, 200);
QColor mix(const QColor& a, const QColor& b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                          static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                          static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}
}  // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixView::setMatrix(const QStringList& classNames,
                                    const std::vector<std::vector<int>>& matrix,
                                    const QString& caption) {
  classes_ = classNames;
  matrix_ = matrix;
  caption_ = caption;
  update();
}

void ConfusionMatrixView::clear() {
  setMatrix({}, {}, QString());
}

QColor ConfusionMatrixView::cellColor(double share) const {
  return mix(palette().color(QPalette::Base), kHot, 0.08 + 0.92 * share);
}

QSize ConfusionMatrixView::sizeHint() const {
  return QSize(300, 240);
}

QSize ConfusionMatrixView::minimumSizeHint() const {
  return QSize(180, 150);
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing, false);
  const QColor base = palette().color(QPalette::Base), text = palette().color(QPalette::Text);
  const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
  p.fillRect(rect(), base);
  const QFontMetrics fm = fontMetrics();
  const int m = 6, fh = fm.height();
  QFont bold = font();
  bold.setBold(true);
  p.setFont(bold);
  p.setPen(text);
  p.drawText(QRect(m, m, width() - 2 * m, fh), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(tr("Validation confusion"), Qt::ElideRight, width() - 2 * m));
  p.setFont(font());
  p.setPen(dim);
  p.drawText(QRect(m, m + fh, width() - 2 * m, fh), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(caption_, Qt::ElideRight, width() - 2 * m));
  const int n = static_cast<int>(matrix_.size());
  const QRect area(m, m + 2 * fh + 6, width() - 2 * m, height() - 2 * m - 2 * fh - 6);
  if (n == 0) {
    p.setPen(dim);
    p.drawText(area, Qt::AlignCenter, tr("No epochs yet"));
    return;
  }
  const auto name = [&](int i) { return i < classes_.size() ? classes_[i] : QString::number(i); };
  // Row labels on the left (with the "true" axis title turned on its side), column labels on
  // top under "predicted".
  int labelW = 0;
  for (int i = 0; i < n; ++i)
    labelW = std::max(labelW, fm.horizontalAdvance(name(i)));
  labelW = std::min(labelW + 6, area.width() / 3);
  const int axisW = fh + 4;
  const int gridLeft = area.left() + axisW + labelW;
  const int gridTop = area.top() + 2 * fh + 4;
  const int cell = std::max(
      8, std::min((area.right() - gridLeft) / n, (area.bottom() - gridTop) / std::max(1, n)));
  const QRect grid(gridLeft, gridTop, cell * n, cell * n);
  p.setPen(dim);
  p.drawText(QRect(grid.left(), area.top(), grid.width(), fh), Qt::AlignCenter, tr("predicted"));
  p.save();
  p.translate(area.left() + fh / 2.0 + 1, grid.center().y());
  p.rotate(-90);
  p.drawText(QRect(-grid.height() / 2, -fh / 2, grid.height(), fh), Qt::AlignCenter, tr("true"));
  p.restore();
  p.setPen(text);
  for (int i = 0; i < n; ++i) {
    p.drawText(QRect(grid.left() + i * cell, area.top() + fh + 2, cell, fh), Qt::AlignCenter,
               fm.elidedText(name(i), Qt::ElideRight, cell - 2));
    p.drawText(QRect(area.left() + axisW, grid.top() + i * cell, labelW - 6, cell),
               Qt::AlignRight | Qt::AlignVCenter,
               fm.elidedText(name(i), Qt::ElideRight, labelW - 6));
  }
  QFont cellFont = font();
  if (cell < fh + 4) cellFont.setPixelSize(std::max(7, cell - 4));
  p.setFont(cellFont);
  for (int t = 0; t < n; ++t) {
    const auto& row = matrix_[static_cast<std::size_t>(t)];
    int total = 0;
    for (int v : row)
      total += v;
    for (int c = 0; c < n; ++c) {
      const int v = c < static_cast<int>(row.size()) ? row[static_cast<std::size_t>(c)] : 0;
      const double share = total > 0 ? double(v) / total : 0.0;
      const QRect r(grid.left() + c * cell, grid.top() + t * cell, cell, cell);
      const QColor fill = cellColor(share);
      p.fillRect(r.adjusted(1, 1, -1, -1), fill);
      if (t == c) {
        p.setPen(QPen(text, 1));
        p.drawRect(r.adjusted(1, 1, -2, -2));
      }
      p.setPen(fill.lightnessF() < 0.5 ? QColor(Qt::white) : QColor(Qt::black));
      p.drawText(r, Qt::AlignCenter, QString::number(v));
    }
  }
}

}  // namespace ui
}  // namespace osteon
