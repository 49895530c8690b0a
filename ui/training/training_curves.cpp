#include "ui/training/training_curves.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace osteon {
namespace ui {

namespace {

// Series colours of a single fold, and the fold palette (Tableau 10) for K-fold runs.
const QColor kSeries[] = {QColor(52, 140, 230), QColor(240, 150, 40), QColor(60, 175, 90)};
const QColor kFolds[] = {QColor(31, 119, 180),  QColor(255, 127, 14),  QColor(44, 160, 44),
                         QColor(214, 39, 40),   QColor(148, 103, 189), QColor(140, 86, 75),
                         QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                         QColor(23, 190, 207)};
const Qt::PenStyle kStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};

// 1, 2 or 5 times a power of ten, at least `raw`.
double niceStep(double raw) {
  if (!(raw > 0)) return 1;
  const double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * p >= raw * 0.999) return m * p;
  return 10 * p;
}

QString tickText(double v, double step) {
  const int decimals = step >= 1 ? 0 : std::min(4, static_cast<int>(std::ceil(-std::log10(step))));
  return QString::number(v, 'f', decimals);
}

}  // namespace

TrainingCurves::TrainingCurves(Kind kind, QWidget* parent) : QWidget(parent), kind_(kind) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QStringList TrainingCurves::seriesNames() const {
  if (kind_ == Kind::Loss) return {tr("train loss"), tr("validation loss")};
  return {tr("train accuracy"), tr("validation accuracy"), tr("validation macro-F1")};
}

void TrainingCurves::clear() {
  folds_.clear();
  update();
}

void TrainingCurves::addPoint(int fold, int epoch, const std::vector<double>& values) {
  folds_[fold].points[epoch] = values;
  update();
}

void TrainingCurves::setBest(int fold, int epoch) {
  folds_[fold].best = epoch;
  update();
}

int TrainingCurves::bestEpoch(int fold) const {
  const auto it = folds_.find(fold);
  return it == folds_.end() ? 0 : it->second.best;
}

int TrainingCurves::pointCount() const {
  int n = 0;
  for (const auto& [k, f] : folds_)
    n += static_cast<int>(f.points.size());
  return n;
}

QColor TrainingCurves::seriesColor(int fold, int series) const {
  if (folds_.size() <= 1) return kSeries[std::clamp(series, 0, 2)];
  return kFolds[static_cast<std::size_t>(std::max(0, fold - 1)) % 10];
}

QSize TrainingCurves::sizeHint() const {
  return QSize(420, 240);
}

QSize TrainingCurves::minimumSizeHint() const {
  return QSize(220, 150);
}

void TrainingCurves::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing, true);
  const QColor base = palette().color(QPalette::Base), text = palette().color(QPalette::Text);
  const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
  QColor grid = text;
  grid.setAlphaF(0.12f);
  p.fillRect(rect(), base);
  const QFontMetrics fm = fontMetrics();
  const int m = 6, fh = fm.height();
  const QStringList names = seriesNames();
  const int seriesCount = static_cast<int>(names.size());
  const bool multi = folds_.size() > 1;

  // Title, then the legend flowing after it (wrapping to further lines when narrow).
  QFont bold = font();
  bold.setBold(true);
  const QString title = kind_ == Kind::Loss ? tr("Loss") : tr("Accuracy and macro-F1");
  struct Item {
    QString label;
    QColor colour;
    Qt::PenStyle style;
    bool swatch;
  };
  std::vector<Item> items;
  for (int s = 0; s < seriesCount; ++s)
    items.push_back({names[s], multi ? text : kSeries[s], kStyles[s], false});
  if (multi)
    for (const auto& [fold, f] : folds_)
      items.push_back({tr("fold %1").arg(fold), seriesColor(fold, 0), Qt::SolidLine, true});
  int x = m + QFontMetrics(bold).horizontalAdvance(title) + 14, line = 0;
  std::vector<std::pair<QPoint, const Item*>> placed;
  for (const Item& it : items) {
    const int w = (it.swatch ? 12 : 24) + 4 + fm.horizontalAdvance(it.label) + 12;
    if (x + w > width() - m && x > m) {
      x = m;
      ++line;
    }
    placed.emplace_back(QPoint(x, m + line * (fh + 2)), &it);
    x += w;
  }
  p.setFont(bold);
  p.setPen(text);
  p.drawText(QRect(m, m, width(), fh), Qt::AlignLeft | Qt::AlignVCenter, title);
  p.setFont(font());
  for (const auto& [at, it] : placed) {
    const int cy = at.y() + fh / 2;
    if (it->swatch) {
      p.fillRect(QRect(at.x(), cy - 5, 12, 10), it->colour);
    } else {
      QPen pen(it->colour, 2, it->style);
      p.setPen(pen);
      p.drawLine(at.x(), cy, at.x() + 24, cy);
    }
    p.setPen(text);
    p.drawText(QRect(at.x() + (it->swatch ? 16 : 28), at.y(), width(), fh),
               Qt::AlignLeft | Qt::AlignVCenter, it->label);
  }
  const int legendBottom = m + (line + 1) * (fh + 2);

  // Data ranges.
  int maxEpoch = 1;
  double maxValue = 0;
  for (const auto& [fold, f] : folds_)
    for (const auto& [epoch, values] : f.points) {
      maxEpoch = std::max(maxEpoch, epoch);
      for (double v : values)
        if (std::isfinite(v)) maxValue = std::max(maxValue, v);
    }
  double yMax = 1, yStep = 0.2;
  if (kind_ == Kind::Loss && maxValue > 0) {
    yStep = niceStep(std::max(1e-3, maxValue * 1.05) / 5);
    yMax = std::max(yStep, std::ceil(maxValue * 1.05 / yStep - 1e-9) * yStep);
  }
  int labelW = 0;
  for (double v = 0; v <= yMax + yStep * 0.5; v += yStep)
    labelW = std::max(labelW, fm.horizontalAdvance(tickText(v, yStep)));
  const QRect plot(QPoint(m + labelW + 6, legendBottom + 6),
                   QPoint(width() - m - 8, height() - m - 2 * fh - 4));
  if (plot.width() < 20 || plot.height() < 20) return;
  const int xMax = std::max(2, maxEpoch);
  const auto px = [&](double epoch) {
    return plot.left() + (epoch - 1) / double(xMax - 1) * plot.width();
  };
  const auto py = [&](double v) { return plot.bottom() - v / yMax * plot.height(); };

  // Grid, axes and tick labels.
  p.setPen(QPen(grid, 1));
  for (double v = 0; v <= yMax + yStep * 0.5; v += yStep)
    p.drawLine(QPointF(plot.left(), py(v)), QPointF(plot.right(), py(v)));
  const int xStep =
      static_cast<int>(niceStep(std::max(1.0, (xMax - 1) / std::max(1.0, plot.width() / 48.0))));
  for (int e = 1; e <= xMax; e += xStep)
    p.drawLine(QPointF(px(e), plot.top()), QPointF(px(e), plot.bottom()));
  p.setPen(QPen(dim, 1));
  p.drawLine(plot.bottomLeft(), plot.bottomRight());
  p.drawLine(plot.bottomLeft(), plot.topLeft());
  p.setPen(text);
  for (double v = 0; v <= yMax + yStep * 0.5; v += yStep)
    p.drawText(QRectF(m, py(v) - fh / 2.0, labelW, fh), Qt::AlignRight | Qt::AlignVCenter,
               tickText(v, yStep));
  for (int e = 1; e <= xMax; e += xStep)
    p.drawText(QRectF(px(e) - 30, plot.bottom() + 3, 60, fh), Qt::AlignCenter, QString::number(e));
  p.setPen(dim);
  p.drawText(QRect(plot.left(), plot.bottom() + 3 + fh, plot.width(), fh), Qt::AlignCenter,
             tr("epoch"));

  if (folds_.empty()) {
    p.setPen(dim);
    p.drawText(plot, Qt::AlignCenter, tr("No epochs yet"));
    return;
  }

  // Best epochs: a dotted vertical line.
  for (const auto& [fold, f] : folds_) {
    if (f.best <= 0) continue;
    QColor c = multi ? seriesColor(fold, 0) : dim;
    p.setPen(QPen(c, 1, Qt::DotLine));
    p.drawLine(QPointF(px(f.best), plot.top()), QPointF(px(f.best), plot.bottom()));
  }
  // Series.
  p.setClipRect(plot.adjusted(-4, -4, 4, 4));
  for (const auto& [fold, f] : folds_)
    for (int s = 0; s < seriesCount; ++s) {
      const QColor c = seriesColor(fold, s);
      QPainterPath path;
      bool open = false;
      std::vector<QPointF> dots;
      for (const auto& [epoch, values] : f.points) {
        const double v =
            s < static_cast<int>(values.size()) ? values[static_cast<std::size_t>(s)] : NAN;
        if (!std::isfinite(v)) {
          open = false;
          continue;
        }
        const QPointF pt(px(epoch), py(std::min(v, yMax)));
        if (open)
          path.lineTo(pt);
        else
          path.moveTo(pt);
        open = true;
        dots.push_back(pt);
      }
      p.setPen(QPen(c, 2, kStyles[s]));
      p.setBrush(Qt::NoBrush);
      p.drawPath(path);
      p.setPen(Qt::NoPen);
      p.setBrush(c);
      for (const QPointF& d : dots)
        p.drawEllipse(d, 2.5, 2.5);
    }
  // The best epoch: a ring on the validation series.
  p.setClipping(false);
  for (const auto& [fold, f] : folds_) {
    const auto it = f.points.find(f.best);
    if (f.best <= 0 || it == f.points.end() || it->second.size() < 2) continue;
    const double v = it->second[1];
    if (!std::isfinite(v)) continue;
    const QPointF at(px(f.best), py(std::min(v, yMax)));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(text, 2));
    p.drawEllipse(at, 6, 6);
    if (!multi) {
      p.setPen(text);
      const QString caption = tr("best (epoch %1)").arg(f.best);
      const int w = fm.horizontalAdvance(caption) + 4;
      const bool right = at.x() + 9 + w <= plot.right();
      // Above the ring, or below it when the ring is at the top of the plot.
      const double y = at.y() - fh - 2 < plot.top() ? at.y() + 4 : at.y() - fh - 2;
      const QRectF label =
          right ? QRectF(at.x() + 9, y, w, fh) : QRectF(std::max(0.0, at.x() - 9 - w), y, w, fh);
      p.drawText(label, (right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, caption);
    }
  }
}

}  // namespace ui
}  // namespace osteon
