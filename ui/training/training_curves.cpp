#include "ui/training/training_curves.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
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

}  // namespace

TrainingCurves::TrainingCurves(Kind kind, QWidget* parent) : QChartView(parent), kind_(kind) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setRenderHint(QPainter::Antialiasing, true);
  setFrameShape(QFrame::NoFrame);
  auto* c = new QChart;
  c->setAnimationOptions(QChart::NoAnimation);  // live updates draw at once
  c->setBackgroundRoundness(0);
  c->setMargins(QMargins(4, 4, 8, 4));
  c->setTitle(title());
  c->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);  // lines with their style
  xAxis_ = new QValueAxis(c);
  xAxis_->setLabelFormat(QStringLiteral("%d"));
  xAxis_->setTickType(QValueAxis::TicksDynamic);
  xAxis_->setTickAnchor(1);
  yAxis_ = new QValueAxis(c);
  yAxis_->setTitleText(kind_ == Kind::Loss ? tr("loss") : tr("accuracy / F1"));
  yAxis_->setTickType(QValueAxis::TicksDynamic);
  yAxis_->setTickAnchor(0);
  c->addAxis(xAxis_, Qt::AlignBottom);
  c->addAxis(yAxis_, Qt::AlignLeft);
  setChart(c);
  applyPalette();
  rebuild();
}

QStringList TrainingCurves::seriesNames() const {
  if (kind_ == Kind::Loss) return {tr("train loss"), tr("validation loss")};
  return {tr("train accuracy"), tr("validation accuracy"), tr("validation macro-F1")};
}

void TrainingCurves::clear() {
  folds_.clear();
  rebuild();
}

void TrainingCurves::addPoint(int fold, int epoch, const std::vector<double>& values) {
  const bool newFold = folds_.find(fold) == folds_.end();
  folds_[fold].points[epoch] = values;
  if (newFold) {
    rebuild();  // colours and legend depend on the fold count
    return;
  }
  updateAxes();
  for (auto& [k, f] : folds_)
    refresh(f);
}

void TrainingCurves::setBest(int fold, int epoch) {
  const bool newFold = folds_.find(fold) == folds_.end();
  folds_[fold].best = epoch;
  if (newFold)
    rebuild();
  else
    refresh(folds_[fold]);
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

QLineSeries* TrainingCurves::lineSeries(int fold, int series) const {
  const auto it = folds_.find(fold);
  if (it == folds_.end() || series < 0 || series >= static_cast<int>(it->second.lines.size()))
    return nullptr;
  return it->second.lines[static_cast<std::size_t>(series)];
}

QSize TrainingCurves::sizeHint() const {
  return QSize(420, 260);
}

QSize TrainingCurves::minimumSizeHint() const {
  return QSize(220, 170);
}

void TrainingCurves::changeEvent(QEvent* e) {
  QChartView::changeEvent(e);
  if (!xAxis_) return;  // still in the constructor
  if (e->type() == QEvent::PaletteChange || e->type() == QEvent::FontChange) {
    applyPalette();
    rebuild();
  }
}

void TrainingCurves::applyPalette() {
  QChart* c = chart();
  const QColor base = palette().color(QPalette::Base), text = palette().color(QPalette::Text);
  const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
  QColor grid = text;
  grid.setAlphaF(0.12f);
  setBackgroundBrush(base);
  c->setBackgroundBrush(base);
  c->setTitleBrush(text);
  QFont bold = font();
  bold.setBold(true);
  c->setTitleFont(bold);
  c->legend()->setLabelColor(text);
  QFont small = font();  // the metrics legend's three names fit a narrow chart
  small.setPointSizeF(small.pointSizeF() * 0.85);
  c->legend()->setFont(small);
  for (QValueAxis* a : {xAxis_, yAxis_}) {
    a->setLabelsColor(text);
    a->setLabelsFont(font());
    a->setTitleBrush(dim);
    a->setTitleFont(font());
    a->setGridLineColor(grid);
    a->setLinePenColor(dim);
  }
}

QLineSeries* TrainingCurves::addLine(const QString& name, const QPen& pen) {
  auto* s = new QLineSeries;
  s->setName(name);
  s->setPen(pen);
  chart()->addSeries(s);
  s->attachAxis(xAxis_);
  s->attachAxis(yAxis_);
  return s;
}

void TrainingCurves::rebuild() {
  QChart* c = chart();
  c->removeAllSeries();  // deletes them
  const QStringList names = seriesNames();
  const int seriesCount = static_cast<int>(names.size());
  const bool multi = folds_.size() > 1;
  c->setTitle(title());
  c->legend()->setAlignment(multi ? Qt::AlignRight : Qt::AlignTop);
  const QColor text = palette().color(QPalette::Text);
  const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
  for (auto& [fold, f] : folds_) {
    f.lines.clear();
    for (int s = 0; s < seriesCount; ++s) {
      QLineSeries* line =
          addLine(multi ? tr("fold %1: %2").arg(fold).arg(names[s]) : names[s],
                  QPen(seriesColor(fold, s), 2, kStyles[s], Qt::RoundCap, Qt::RoundJoin));
      line->setPointsVisible(true);
      line->setMarkerSize(5);
      f.lines.push_back(line);
    }
    f.bestLine = addLine(QString(), QPen(multi ? seriesColor(fold, 0) : dim, 1, Qt::DotLine));
    f.bestRing = new QScatterSeries;
    f.bestRing->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    f.bestRing->setMarkerSize(13);
    f.bestRing->setColor(Qt::transparent);
    f.bestRing->setBorderColor(text);
    f.bestRing->setPen(QPen(text, 2));
    if (!multi) {
      f.bestRing->setPointLabelsVisible(true);
      f.bestRing->setPointLabelsFormat(tr("best (epoch @xPoint)"));
      f.bestRing->setPointLabelsColor(text);
      f.bestRing->setPointLabelsClipping(false);
    }
    c->addSeries(f.bestRing);
    f.bestRing->attachAxis(xAxis_);
    f.bestRing->attachAxis(yAxis_);
  }
  c->legend()->setVisible(true);
  // Every legend entry is set explicitly: markers added while the chart was hidden (a Training
  // tab not shown yet) otherwise stay invisible. K-fold: one entry per fold (its first series,
  // labelled "fold k"); the line styles are named under the title.
  for (QLegendMarker* m : c->legend()->markers()) {
    bool shown = false;
    for (const auto& [fold, f] : folds_)
      for (std::size_t s = 0; s < f.lines.size(); ++s)
        if (f.lines[s] == m->series()) {
          shown = !multi || s == 0;
          if (multi && s == 0) m->setLabel(tr("fold %1").arg(fold));
        }
    m->setVisible(shown);
  }
  updateAxes();
  for (auto& [fold, f] : folds_)
    refresh(f);
}

QString TrainingCurves::title() const {
  const QString base = kind_ == Kind::Loss ? tr("Loss") : tr("Accuracy and macro-F1");
  if (folds_.size() <= 1) return base;
  const QStringList names = seriesNames();
  const QString styles[] = {tr("solid"), tr("dashed"), tr("dotted")};
  QStringList key;
  for (int s = 0; s < names.size() && s < 3; ++s)
    key << tr("%1: %2").arg(styles[s], names[s]);
  return QStringLiteral("<b>%1</b><br><span style=\"font-weight:normal\">%2</span>")
      .arg(base.toHtmlEscaped(), key.join(QStringLiteral(", ")).toHtmlEscaped());
}

QStringList TrainingCurves::legendLabels() const {
  QStringList out;
  for (QLegendMarker* m : chart()->legend()->markers())
    if (m->isVisible()) out << m->label();
  return out;
}

void TrainingCurves::refresh(Fold& f) {
  const int seriesCount = static_cast<int>(f.lines.size());
  for (int s = 0; s < seriesCount; ++s) {
    QList<QPointF> pts;
    for (const auto& [epoch, values] : f.points) {
      const double v =
          s < static_cast<int>(values.size()) ? values[static_cast<std::size_t>(s)] : NAN;
      if (std::isfinite(v)) pts.append(QPointF(epoch, std::min(v, yMax_)));
    }
    f.lines[static_cast<std::size_t>(s)]->replace(pts);
  }
  if (!f.bestLine || !f.bestRing) return;
  QList<QPointF> line, ring;
  if (f.best > 0) {
    line = {QPointF(f.best, 0), QPointF(f.best, yMax_)};
    const auto it = f.points.find(f.best);
    if (it != f.points.end() && it->second.size() >= 2 && std::isfinite(it->second[1]))
      ring.append(QPointF(f.best, std::min(it->second[1], yMax_)));
  }
  f.bestLine->replace(line);
  f.bestRing->replace(ring);
}

void TrainingCurves::updateAxes() {
  int maxEpoch = 1;
  double maxValue = 0;
  for (const auto& [fold, f] : folds_)
    for (const auto& [epoch, values] : f.points) {
      maxEpoch = std::max(maxEpoch, epoch);
      for (double v : values)
        if (std::isfinite(v)) maxValue = std::max(maxValue, v);
    }
  double yStep = 0.2;
  yMax_ = 1;
  if (kind_ == Kind::Loss && maxValue > 0) {
    yStep = niceStep(std::max(1e-3, maxValue * 1.05) / 5);
    yMax_ = std::max(yStep, std::ceil(maxValue * 1.05 / yStep - 1e-9) * yStep);
  }
  const int decimals =
      yStep >= 1 ? 0 : std::min(4, static_cast<int>(std::ceil(-std::log10(yStep) - 1e-9)));
  yAxis_->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
  yAxis_->setRange(0, yMax_);
  yAxis_->setTickInterval(yStep);
  const int xMax = std::max(2, maxEpoch);
  // A little room either side so that the first and last points (and the best-epoch ring) are
  // not cut by the plot's edge.
  const double pad = std::max(0.15, (xMax - 1) * 0.03);
  xAxis_->setRange(1 - pad, xMax + pad);
  xAxis_->setTickInterval(std::max(1.0, niceStep((xMax - 1) / 8.0)));
  xAxis_->setTitleText(folds_.empty() ? tr("epoch (no epochs yet)") : tr("epoch"));
}

}  // namespace ui
}  // namespace osteon
