// The Training tab's job runner: the engine's calls on a worker thread, reported back to the GUI
// thread.
#include "ui/training/training_job.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrent>
#include <algorithm>
#include <exception>

#include "core/base/error.h"
#include "core/base/progress.h"
#include "core/engine/engine.h"
#include "ui/training/training_internal.h"

namespace osteon {
namespace ui {

using training_detail::q;

namespace {

const engine::Engine& engineOrThrow() {
  if (const engine::Engine* e = engine::get()) return *e;
  throw Error("training is not in this build: Osteon was built without LibTorch");
}

QImage toQImage(const image::Image& g) {
  QImage img(g.width(), g.height(), QImage::Format_Grayscale8);
  for (int y = 0; y < g.height(); ++y) {
    uchar* row = img.scanLine(y);
    for (int x = 0; x < g.width(); ++x)
      row[x] = static_cast<uchar>(std::clamp(g.stored(x, y, 0), 0.0, 255.0));
  }
  return img;
}

}  // namespace

TrainingJobRunner::TrainingJobRunner(QObject* receiver, Hooks hooks,
                                     const std::function<void()>& done)
    : receiver_(receiver), hooks_(std::move(hooks)) {
  QObject::connect(&watcher_, &QFutureWatcher<void>::finished, receiver, done);
}

void TrainingJobRunner::start() {
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
              engineOrThrow().train(job->config, *job->data, callbacks, progress));
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
          job->preview = toQImage(engineOrThrow().augmentationPreview(job->imagePath, job->config,
                                                                      8, job->config.seed));
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
