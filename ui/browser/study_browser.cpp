#include "ui/browser/study_browser.h"

#include <QHeaderView>
#include <QPixmap>
#include <map>

namespace osteon {
namespace ui {

StudyBrowser::StudyBrowser(QWidget* parent) : QTreeWidget(parent) {
  setColumnCount(3);
  setHeaderLabels({tr("Series"), tr("Modality"), tr("Images")});
  setIconSize(QSize(64, 64));
  header()->setStretchLastSection(false);
  header()->setSectionResizeMode(0, QHeaderView::Stretch);
  header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
  setMinimumWidth(300);
  setRootIsDecorated(true);
  setUniformRowHeights(false);
  connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item, int) {
    const QVariant v = item->data(0, Qt::UserRole);
    if (v.isValid()) emit seriesActivated(v.toInt());
  });
}

void StudyBrowser::setSeries(const std::vector<LoadedSeries>* series) {
  clear();
  if (!series) return;
  std::map<QString, QTreeWidgetItem*> patients, studies;
  for (std::size_t i = 0; i < series->size(); ++i) {
    const LoadedSeries& s = (*series)[i];
    const QString pkey = s.patient + "|" + s.patientId;
    QTreeWidgetItem*& p = patients[pkey];
    if (!p) {
      p = new QTreeWidgetItem(
          this, {s.patient.isEmpty() ? tr("(no patient)") : s.patient + "  " + s.patientId});
      p->setExpanded(true);
    }
    const QString skey = pkey + "|" + s.study + "|" + s.studyDate;
    QTreeWidgetItem*& st = studies[skey];
    if (!st) {
      st = new QTreeWidgetItem(p, {(s.studyDate.isEmpty() ? QString() : s.studyDate + "  ") +
                                   (s.study.isEmpty() ? tr("(no study description)") : s.study)});
      st->setExpanded(true);
    }
    auto* item = new QTreeWidgetItem(
        st, {s.label(), s.modality, s.volume ? QString::number(s.volume->depth()) : QString()});
    item->setData(0, Qt::UserRole, static_cast<int>(i));
    if (!s.thumbnail.isNull()) item->setIcon(0, QIcon(QPixmap::fromImage(s.thumbnail)));
    if (s.volume)
      item->setToolTip(0, tr("%1 x %2 x %3, %4")
                              .arg(s.volume->width())
                              .arg(s.volume->height())
                              .arg(s.volume->depth())
                              .arg(s.source));
  }
}

int StudyBrowser::selectedSeries() const {
  const auto items = selectedItems();
  if (items.isEmpty()) return -1;
  const QVariant v = items.front()->data(0, Qt::UserRole);
  return v.isValid() ? v.toInt() : -1;
}

}  // namespace ui
}  // namespace osteon
