#include "ui/ai/probability_chart.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
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

ProbabilityChart::ProbabilityChart(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setMouseTracking(true);
}

void ProbabilityChart::setData(const QStringList& classNames, std::vector<Row> rows) {
  classes_ = classNames;
  rows_ = std::move(rows);
  selected_ = rows_.empty() ? -1 : std::clamp(selected_, 0, static_cast<int>(rows_.size()) - 1);
  updateGeometry();
  update();
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
  return fontMetrics().height() + (isTable() ? 3 : 10);
}

int ProbabilityChart::headerHeight() const {
  return isTable() ? fontMetrics().height() + 4 : 0;
}

QSize ProbabilityChart::sizeHint() const {
  const int n = isTable() ? static_cast<int>(rows_.size()) : static_cast<int>(classes_.size());
  return QSize(280, headerHeight() + std::max(1, n) * rowHeight() + 4);
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
  if (isTable())
    paintTable(p);
  else
    paintBars(p);
}

void ProbabilityChart::paintBars(QPainter& p) {
  const Row& row = rows_.front();
  const int m = 6, h = rowHeight();
  QFont boldFont = font();
  boldFont.setBold(true);
  // The most probable class is drawn bold: measure names in bold so it is not elided.
  int nameW = 0;
  for (const QString& c : classes_)
    nameW = std::max(nameW, QFontMetrics(boldFont).horizontalAdvance(c) + 1);
  nameW = std::min(nameW, width() / 2);
  const int pctW = QFontMetrics(boldFont).horizontalAdvance(QStringLiteral("100.0%")) + 2;
  const int barX = m + nameW + m, barW = std::max(10, width() - barX - pctW - 2 * m);
  const int best = bestOf(row.probabilities);
  const QColor text = palette().color(QPalette::Text);
  for (int c = 0; c < classes_.size(); ++c) {
    const double v = c < static_cast<int>(row.probabilities.size())
                         ? row.probabilities[static_cast<std::size_t>(c)]
                         : 0.0;
    const int y = 2 + c * h;
    QFont f = font();
    f.setBold(c == best);
    p.setFont(f);
    p.setPen(row.measured ? text : palette().color(QPalette::Disabled, QPalette::Text));
    p.drawText(QRect(m, y, nameW, h), Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetrics(f).elidedText(classes_[c], Qt::ElideRight, nameW));
    const QRect track(barX, y + 3, barW, h - 6);
    p.setPen(Qt::NoPen);
    p.setBrush(mix(palette().color(QPalette::Base), text, 0.12));
    p.drawRoundedRect(track, 2, 2);
    QRect bar = track;
    bar.setWidth(static_cast<int>(std::lround(barW * std::clamp(v, 0.0, 1.0))));
    p.setBrush(c == best ? kBest : kBar);
    if (bar.width() > 0) p.drawRoundedRect(bar, 2, 2);
    p.setPen(text);
    p.drawText(QRect(barX + barW + m, y, pctW, h), Qt::AlignVCenter | Qt::AlignRight, percent(v));
  }
  p.setFont(font());
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
