#include "ui/ai/probability_chart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHelpEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace osteon {
namespace ui {

namespace {
QString percent(double p) {
  return QString::number(100.0 * p, 'f', 1) + QLatin1Char('%');
}
int bestOf(const std::vector<double>& v) {
  if (v.empty()) return -1;
  return static_cast<int>(std::max_element(v.begin(), v.end()) - v.begin());
}
QColor mix(const QColor& a, const QColor& b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                          static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                          static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}
const QColor kBar(52, 140, 230), kBest(240, 150, 40);
}  // namespace

QColor ProbabilityChart::barColor() {
  return kBar;
}

QColor ProbabilityChart::bestBarColor() {
  return kBest;
}

ProbabilityChart::ProbabilityChart(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setMouseTracking(true);
  view_ = new QChartView(this);
  view_->setObjectName("aiChartView");
  view_->setRenderHint(QPainter::Antialiasing, true);
  view_->setFrameShape(QFrame::NoFrame);
  view_->setVisible(false);
}

void ProbabilityChart::setData(const QStringList& classNames, std::vector<Row> rows) {
  classes_ = classNames;
  rows_ = std::move(rows);
  selected_ = rows_.empty() ? -1 : std::clamp(selected_, 0, static_cast<int>(rows_.size()) - 1);
  updateBars();
  updateGeometry();
  update();
}

void ProbabilityChart::updateBars() {
  const bool bars = rows_.size() == 1 && !classes_.isEmpty();
  view_->setVisible(bars);
  if (!bars) return;
  const Row& row = rows_.front();
  const QColor text = palette().color(QPalette::Text), base = palette().color(QPalette::Base);
  const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
  QColor grid = text;
  grid.setAlphaF(0.15f);

  auto* chart = new QChart;
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->setBackgroundBrush(base);
  chart->setBackgroundRoundness(0);
  chart->setMargins(QMargins(2, 2, 8, 2));
  chart->legend()->setVisible(false);
  // A horizontal bar chart draws its first category at the bottom: add the classes in reverse so
  // they read top to bottom in the model's order.
  auto* set = new QBarSet(tr("Probability"));
  QStringList categories;
  const int best = bestOf(row.probabilities);
  for (int c = static_cast<int>(classes_.size()) - 1; c >= 0; --c) {
    const double v = c < static_cast<int>(row.probabilities.size())
                         ? row.probabilities[static_cast<std::size_t>(c)]
                         : 0.0;
    *set << std::round(1000.0 * std::clamp(v, 0.0, 1.0)) / 10.0;  // percent, one decimal
    categories << classes_[c];
  }
  set->setColor(row.measured ? kBar : dim);
  set->setBorderColor(Qt::transparent);
  set->setLabelColor(text);
  QFont labelFont = font();
  labelFont.setBold(true);
  set->setLabelFont(labelFont);
  if (best >= 0 && row.measured) {
    // The most probable class: its bar in the highlight colour.
    set->setSelectedColor(kBest);
    set->selectBar(static_cast<int>(classes_.size()) - 1 - best);
  }
  auto* series = new QHorizontalBarSeries;
  series->append(set);
  series->setBarWidth(0.7);
  series->setLabelsVisible(true);
  series->setLabelsFormat(QStringLiteral("@value%"));
  series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
  chart->addSeries(series);

  auto* names = new QBarCategoryAxis;
  names->append(categories);
  names->setLabelsColor(row.measured ? text : dim);
  names->setLabelsFont(font());
  names->setGridLineVisible(false);
  names->setLinePenColor(dim);
  chart->addAxis(names, Qt::AlignLeft);
  series->attachAxis(names);
  auto* percentAxis = new QValueAxis;
  // Up to 125 so that the label of a bar at 100% still fits beside it; ticks stop at 100.
  percentAxis->setRange(0, 125);
  percentAxis->setTickType(QValueAxis::TicksDynamic);
  percentAxis->setTickAnchor(0);
  percentAxis->setTickInterval(50);
  percentAxis->setLabelFormat(QStringLiteral("%d%%"));
  percentAxis->setLabelsColor(dim);
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  percentAxis->setLabelsFont(small);
  percentAxis->setGridLineColor(grid);
  percentAxis->setLinePenColor(dim);
  chart->addAxis(percentAxis, Qt::AlignBottom);
  series->attachAxis(percentAxis);

  QChart* old = view_->chart();
  view_->setChart(chart);
  delete old;
  view_->setBackgroundBrush(base);
  QString tip = row.note.isEmpty() ? row.name : row.note;
  for (int c = 0; c < classes_.size() && c < static_cast<int>(row.probabilities.size()); ++c)
    tip += QStringLiteral("\n%1: %2").arg(classes_[c], percent(row.probabilities[c]));
  view_->setToolTip(tip);
  view_->setGeometry(rect());
}

void ProbabilityChart::resizeEvent(QResizeEvent* e) {
  QWidget::resizeEvent(e);
  view_->setGeometry(rect());
}

void ProbabilityChart::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::PaletteChange || e->type() == QEvent::FontChange) updateBars();
}

void ProbabilityChart::clear() {
  setData({}, {});
}

void ProbabilityChart::setSelectedRow(int row) {
  if (row < 0 || row >= static_cast<int>(rows_.size()) || row == selected_) return;
  selected_ = row;
  update();
}

int ProbabilityChart::rowHeight() const {
  // Bars: Qt Charts elides the class names when a category is not about two lines high.
  return isTable() ? fontMetrics().height() + 3 : 2 * fontMetrics().height() + 8;
}

int ProbabilityChart::headerHeight() const {
  return isTable() ? fontMetrics().height() + 4 : 0;
}

QSize ProbabilityChart::sizeHint() const {
  const int n = isTable() ? static_cast<int>(rows_.size()) : static_cast<int>(classes_.size());
  // Bars: the percent axis below them.
  const int axis = isTable() || rows_.empty() ? 0 : 2 * fontMetrics().height() + 8;
  return QSize(280, headerHeight() + std::max(1, n) * rowHeight() + 4 + axis);
}

QSize ProbabilityChart::minimumSizeHint() const {
  return QSize(160, sizeHint().height());
}

QRect ProbabilityChart::rowRect(int row) const {
  if (!isTable()) return rect();
  return QRect(0, headerHeight() + 2 + row * rowHeight(), width(), rowHeight());
}

int ProbabilityChart::rowAt(const QPoint& p) const {
  if (!isTable()) return rows_.empty() ? -1 : 0;
  const int r = (p.y() - headerHeight() - 2) / rowHeight();
  return p.y() < headerHeight() + 2 || r >= static_cast<int>(rows_.size()) ? -1 : r;
}

void ProbabilityChart::mousePressEvent(QMouseEvent* e) {
  const int r = rowAt(e->pos());
  if (r < 0 || !isTable()) return;
  selected_ = r;
  update();
  emit rowSelected(r);
}

bool ProbabilityChart::event(QEvent* e) {
  if (e->type() == QEvent::ToolTip) {
    auto* h = static_cast<QHelpEvent*>(e);
    const int r = rowAt(h->pos());
    if (r >= 0 && r < static_cast<int>(rows_.size())) {
      const Row& row = rows_[static_cast<std::size_t>(r)];
      QString text = row.note.isEmpty() ? row.name : row.note;
      for (int c = 0; c < classes_.size() && c < static_cast<int>(row.probabilities.size()); ++c)
        text += QStringLiteral("\n%1: %2").arg(classes_[c], percent(row.probabilities[c]));
      QToolTip::showText(h->globalPos(), text, this);
    } else {
      QToolTip::hideText();
    }
    return true;
  }
  return QWidget::event(e);
}

void ProbabilityChart::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing, true);
  p.fillRect(rect(), palette().base());
  if (rows_.empty() || classes_.isEmpty()) {
    p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    p.drawText(rect(), Qt::AlignCenter, tr("No result yet"));
    return;
  }
  if (isTable()) paintTable(p);  // bars: the QChartView child covers the widget
}

void ProbabilityChart::paintTable(QPainter& p) {
  const QFontMetrics fm = fontMetrics();
  const int m = 4, h = rowHeight(), top = headerHeight() + 2;
  int nameW = 40;
  for (const Row& row : rows_)
    nameW = std::max(nameW, fm.horizontalAdvance(row.name) + 2 * m + 4);
  nameW = std::min(nameW, width() / 2);
  const int cellW =
      std::max(20, (width() - nameW - m) / std::max(1, static_cast<int>(classes_.size())));
  const QColor text = palette().color(QPalette::Text), base = palette().color(QPalette::Base);
  const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
  p.setPen(text);
  for (int c = 0; c < classes_.size(); ++c)
    p.drawText(QRect(nameW + c * cellW, 0, cellW, top), Qt::AlignCenter,
               fm.elidedText(classes_[c], Qt::ElideRight, cellW - 2));
  for (int r = 0; r < static_cast<int>(rows_.size()); ++r) {
    const Row& row = rows_[static_cast<std::size_t>(r)];
    const int y = top + r * h;
    if (r == selected_) p.fillRect(QRect(0, y, width(), h), palette().highlight());
    p.setPen(r == selected_ ? palette().color(QPalette::HighlightedText)
             : row.measured ? text
                            : dim);
    QFont f = font();
    f.setItalic(!row.measured);
    p.setFont(f);
    p.drawText(QRect(m, y, nameW - 2 * m, h), Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(row.name, Qt::ElideMiddle, nameW - 2 * m));
    const int best = bestOf(row.probabilities);
    for (int c = 0; c < classes_.size(); ++c) {
      const double v = c < static_cast<int>(row.probabilities.size())
                           ? row.probabilities[static_cast<std::size_t>(c)]
                           : 0.0;
      const QRect cell(nameW + c * cellW + 1, y + 1, cellW - 2, h - 2);
      const QColor hue = c == best ? kBest : kBar;
      p.fillRect(cell, mix(base, row.measured ? hue : dim, 0.15 + 0.85 * v));
      f.setBold(c == best && row.measured);
      p.setFont(f);
      p.setPen(v > 0.55 ? QColor(Qt::white) : row.measured ? text : dim);
      p.drawText(cell, Qt::AlignCenter, QString::number(std::lround(100 * v)) + QLatin1Char('%'));
    }
  }
  p.setFont(font());
}

}  // namespace ui
}  // namespace osteon
