#pragma once
// The central area: 1x1, 1x3 or 2x2 image views, one of them active, with a linked cursor (a
// click in one view moves every other view to the slice through that patient point).

#include <QWidget>
#include <vector>

#include "ui/viewer/image_view.h"

class QGridLayout;

namespace osteon {
namespace ui {

enum class Layout { One, OneByThree, TwoByTwo };

class ViewGrid : public QWidget {
  Q_OBJECT
 public:
  explicit ViewGrid(QWidget* parent = nullptr);
  void setLayoutKind(Layout layout);
  Layout layoutKind() const { return layout_; }
  const std::vector<ImageView*>& views() const { return views_; }
  ImageView* activeView() const { return active_; }
  void setActiveView(ImageView* view);
  void activateNext();
  void setLinkedCursor(bool on) { linked_ = on; }
  bool linkedCursor() const { return linked_; }

 signals:
  void activeViewChanged(osteon::ui::ImageView* view);
  void pixelInfo(const QString& text);
  void layoutChanged();

 private:
  ImageView* makeView();
  QGridLayout* grid_;
  Layout layout_ = Layout::One;
  std::vector<ImageView*> pool_;   // views are reused across layouts
  std::vector<ImageView*> views_;  // the visible ones
  ImageView* active_ = nullptr;
  bool linked_ = true;
};

}  // namespace ui
}  // namespace osteon
