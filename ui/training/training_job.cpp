// The Training tab's job runner: the engine's calls on a worker thread, reported back to the GUI
// thread.
#include "ui/training/training_job.h"

#include <algorithm>
#include <exception>

#include "core/base/error.h"
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
    : hooks_(std::move(hooks)), done_(done) {
  if (receiver) worker_.moveToThread(receiver->thread());
}

void TrainingJobRunner::start() {
  const std::shared_ptr<TrainingJob> job = job_;
  worker_.start(
      [this, job](const Progress& progress) {
        switch (job->kind) {
          case TrainingJob::Kind::Check:
            job->dataset = std::make_shared<const train::DatasetReport>(
                train::loadDataset(job->config, progress));
            break;
          case TrainingJob::Kind::Train: {
            train::TrainCallbacks callbacks;
            callbacks.onEpoch = [this](const train::EpochRecord& e) {
              worker_.post([this, e] { hooks_.epoch(e); });
            };
            callbacks.onLog = [this](const std::string& line) {
              worker_.post([this, l = q(line)] { hooks_.log(l); });
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
      },
      [this, job](const BackgroundJob::Outcome& o) {
        job->ok = o.ok();
        if (o.cancelled()) job->cancelled = true;
        job->error = o.error;
        if (done_) done_();
      },
      [this](double fraction, const QString& what) { hooks_.progress(fraction, what); });
}

std::shared_ptr<TrainingJob> TrainingJobRunner::take() {
  std::shared_ptr<TrainingJob> job = job_;
  job_.reset();
  return job;
}

void TrainingJobRunner::cancel() {
  if (!job_) return;
  job_->cancel.store(true);
  worker_.cancel();
}

void TrainingJobRunner::stop() {
  cancel();
  worker_.wait();
}

}  // namespace ui
}  // namespace osteon
