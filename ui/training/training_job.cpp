// The Training tab's job runner: the engine's calls on a worker thread, reported back to the GUI
// thread.
#include "ui/training/training_job.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrent>
#include <algorithm>
#include <exception>

#include "core/base/error.h"
#include "core/base/progress.h"
#include "ui/training/training_internal.h"

namespace osteon {
namespace ui {

using training_detail::q;

namespace {

#ifdef OSTEON_UI_HAVE_TRAIN
QImage toQImage(const image::Image& g) {
  QImage img(g.width(), g.height(), QImage::Format_Grayscale8);
  for (int y = 0; y < g.height(); ++y) {
    uchar* row = img.scanLine(y);
    for (int x = 0; x < g.width(); ++x)
      row[x] = static_cast<uchar>(std::clamp(g.stored(x, y, 0), 0.0, 255.0));
  }
  return img;
}
#endif

}  // namespace

TrainingJobRunner::TrainingJobRunner(QObject* receiver, Hooks hooks,
                                     const std::function<void()>& done)
    : receiver_(receiver), hooks_(std::move(hooks)) {
  QObject::connect(&watcher_, &QFutureWatcher<void>::finished, receiver, done);
}

void TrainingJobRunner::start() {
#ifdef OSTEON_UI_HAVE_TRAIN
  watcher_.setFuture(QtConcurrent::run([this, job = job_] {
    const Progress progress(
        [this](double fraction, const std::string& what) {
          QMetaObject::invokeMethod(
              receiver_, [this, fraction, w = q(what)] { hooks_.progress(fraction, w); },
              Qt::QueuedConnection);
        },
        &job->cancel);
    try {
      switch (job->kind) {
        case TrainingJob::Kind::Check:
          job->dataset = std::make_shared<const train::DatasetReport>(
              train::loadDataset(job->config, progress));
          break;
        case TrainingJob::Kind::Train: {
          train::TrainCallbacks callbacks;
          callbacks.onEpoch = [this](const train::EpochRecord& e) {
            QMetaObject::invokeMethod(
                receiver_, [this, e] { hooks_.epoch(e); }, Qt::QueuedConnection);
          };
          callbacks.onLog = [this](const std::string& line) {
            QMetaObject::invokeMethod(
                receiver_, [this, l = q(line)] { hooks_.log(l); }, Qt::QueuedConnection);
          };
          auto report = std::make_shared<train::TrainReport>(
              train::train(job->config, *job->data, callbacks, progress));
          job->cancelled = report->cancelled;
          try {
            report->write(job->config.resolvedReportDir());
          } catch (const std::exception& e) {
            job->reportError = q(e.what());
          }
          job->report = report;
          break;
        }
        case TrainingJob::Kind::Preview:
          job->preview = toQImage(
              train::augmentationPreview(job->imagePath, job->config, 8, job->config.seed));
          break;
      }
      job->ok = true;
    } catch (const Cancelled&) {
      job->cancelled = true;
    } catch (const std::exception& e) {
      job->error = q(e.what());
    } catch (...) {
      job->error = QStringLiteral("unknown error");
    }
  }));
#endif
}

std::shared_ptr<TrainingJob> TrainingJobRunner::take() {
  std::shared_ptr<TrainingJob> job = job_;
  job_.reset();
  return job;
}

void TrainingJobRunner::cancel() {
  if (job_) job_->cancel.store(true);
}

void TrainingJobRunner::stop() {
  cancel();
  watcher_.waitForFinished();
}

}  // namespace ui
}  // namespace osteon
