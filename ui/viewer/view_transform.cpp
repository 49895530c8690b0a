#include "ui/viewer/view_transform.h"

#include <algorithm>

namespace osteon {
namespace ui {

ViewTransform::ViewTransform(QSize widget, int columns, int rows, double sx, double sy,
                             const ViewState& st)
    : widget_(widget), sx_(sx), sy_(sy) {
  center_ = QPointF((columns - 1) * sx / 2.0, (rows - 1) * sy / 2.0);
  pan_ = st.pan;
  const bool quarter = (st.rotation & 1) != 0;
  const double wmm = (quarter ? rows * sy : columns * sx),
               hmm = (quarter ? columns * sx : rows * sy);
  fit_ = std::max(
      1e-6, std::min(widget.width() / std::max(wmm, 1e-6), widget.height() / std::max(hmm, 1e-6)));
  scale_ = fit_ * st.zoom;
  // R * F: flips first, then the rotation (clockwise on a y-down screen).
  const double fx = st.flipH ? -1 : 1, fy = st.flipV ? -1 : 1;
  double r[4];
  switch (((st.rotation % 4) + 4) % 4) {
    case 1:
      r[0] = 0, r[1] = -1, r[2] = 1, r[3] = 0;
      break;
    case 2:
      r[0] = -1, r[1] = 0, r[2] = 0, r[3] = -1;
      break;
    case 3:
      r[0] = 0, r[1] = 1, r[2] = -1, r[3] = 0;
      break;
    default:
      r[0] = 1, r[1] = 0, r[2] = 0, r[3] = 1;
      break;
  }
  m_[0] = r[0] * fx, m_[1] = r[1] * fy, m_[2] = r[2] * fx, m_[3] = r[3] * fy;
  // pixel -> world (mm) -> centred -> rotated/flipped -> panned -> scaled -> widget centre.
  QTransform toWorld = QTransform::fromScale(sx, sy);
  QTransform centered = QTransform::fromTranslate(-center_.x(), -center_.y());
  QTransform rf(m_[0], m_[2], m_[1], m_[3], 0, 0);  // QTransform is row-vector: (x, y) * M
  QTransform panned = QTransform::fromTranslate(-pan_.x(), -pan_.y());
  QTransform scaled = QTransform::fromScale(scale_, scale_);
  QTransform toWidget = QTransform::fromTranslate(widget.width() / 2.0, widget.height() / 2.0);
  transform_ = toWorld * centered * rf * panned * scaled * toWidget;
  inverse_ = transform_.inverted();
}

void ViewTransform::orientation(double m[4]) const {
  std::copy(m_, m_ + 4, m);
}

}  // namespace ui
}  // namespace osteon
