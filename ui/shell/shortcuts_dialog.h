#pragma once
#include <QDialog>
#include <QList>
class QAction;
namespace osteon {
namespace ui {
// Help > Keyboard shortcuts: every action that has a shortcut, from the actions themselves.
class ShortcutsDialog : public QDialog {
  Q_OBJECT
 public:
  ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};
}  // namespace ui
}  // namespace osteon
