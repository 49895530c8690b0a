#include "ui/shell/view_grid.h"

#include <QGridLayout>

namespace osteon {
namespace ui {

ViewGrid::ViewGrid(QWidget* parent) : QWidget(parent), grid_(new QGridLayout(this)) {
  grid_->setContentsMargins(0, 0, 0, 0);
  grid_->setSpacing(2);
  setLayoutKind(Layout::One);
}

ImageView* ViewGrid::makeView() {
  auto* v = new ImageView(this);
  connect(v, &ImageView::activated, this, [this, v] { setActiveView(v); });
  connect(v, &ImageView::pixelInfo, this, &ViewGrid::pixelInfo);
  connect(v, &ImageView::cursorPlaced, this, [this, v](const image::Vec3& p) {
    if (!linked_) return;
    for (ImageView* other : views_)
      if (other != v) other->setCursorPoint(p);
  });
  return v;
}

void ViewGrid::setLayoutKind(Layout layout) {
  layout_ = layout;
  const int n = layout == Layout::One ? 1 : layout == Layout::OneByThree ? 3 : 4;
  while (static_cast<int>(pool_.size()) < n)
    pool_.push_back(makeView());
  for (ImageView* v : pool_) {
    grid_->removeWidget(v);
    v->hide();
  }
  views_.assign(pool_.begin(), pool_.begin() + n);
  for (int i = 0; i < n; ++i) {
    const int row = layout == Layout::TwoByTwo ? i / 2 : 0;
    const int col = layout == Layout::TwoByTwo ? i % 2 : i;
    grid_->addWidget(views_[static_cast<std::size_t>(i)], row, col);
    views_[static_cast<std::size_t>(i)]->show();
  }
  if (!active_ || std::find(views_.begin(), views_.end(), active_) == views_.end())
    setActiveView(views_.front());
  emit layoutChanged();
}

void ViewGrid::setActiveView(ImageView* view) {
  if (view == active_) return;
  if (active_) active_->setActive(false);
  active_ = view;
  if (active_) active_->setActive(views_.size() > 1);
  emit activeViewChanged(active_);
}

void ViewGrid::activateNext() {
  auto it = std::find(views_.begin(), views_.end(), active_);
  if (it == views_.end() || ++it == views_.end()) it = views_.begin();
  setActiveView(*it);
  (*it)->setFocus();
}

}  // namespace ui
}  // namespace osteon
