#pragma once
// Loads what the user opened (DICOM files, folders, DICOMDIR, plain images) on a worker thread
// with progress and cancel; the GUI thread receives the series ready to show, with thumbnails.

#include <QImage>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <vector>

#include "core/annotation/dicom_results.h"
#include "core/image/image.h"
#include "ui/common/background_job.h"

namespace osteon {
namespace ui {

struct LoadedSeries {
  QString patient, patientId, study, studyDate, description, modality;
  int seriesNumber = 0;
  int stackIndex = 0;   // several stacks in one series are listed separately
  QString source;       // path of the first file
  QString seriesId;     // the series folder name (RSNA layout: train_images/<study>/<series>/)
  QString studyFolder;  // the study folder name (RSNA study_id)
  std::vector<int> instanceNumbers;  // per slice of `volume` (DICOM InstanceNumber)
  // Per slice of `volume`: the DICOM instance (header and frame) it came from, what exported
  // results (SR, Parametric Map) reference. Empty for plain images.
  std::vector<annotation::SliceSource> sources;
  std::shared_ptr<const image::Image> volume;
  QImage thumbnail;
  QString label() const;
};

struct LoadResult {
  std::vector<LoadedSeries> series;
  QStringList errors;  // "file: problem"
  bool cancelled = false;
  QStringList paths;
};

class StudyLoader : public QObject {
  Q_OBJECT
 public:
  explicit StudyLoader(QObject* parent = nullptr);
  ~StudyLoader() override;
  void start(const QStringList& paths);
  void cancel();
  bool busy() const;
  // Synchronous version of the same work (tests, CLI-like callers).
  static std::shared_ptr<LoadResult> load(const QStringList& paths, const std::atomic<bool>* cancel,
                                          const std::function<void(int, const QString&)>& progress);

 signals:
  void progress(int percent, const QString& what);
  void finished(std::shared_ptr<osteon::ui::LoadResult> result);

 private:
  BackgroundJob job_;
};

QImage makeThumbnail(const image::Image& volume, int size);

}  // namespace ui
}  // namespace osteon
