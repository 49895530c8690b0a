#pragma once
// The Training tab's job runner: one job at a time (check the dataset, train, render the
// augmentation preview) on a worker thread, with progress, the engine's epochs and log lines
// posted to the GUI thread, and cancel. Without LibTorch no job runs.

#include <QImage>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <utility>

#include "core/train/trainer.h"
#include "ui/common/background_job.h"

namespace osteon {
namespace ui {

// A job: what to do (set before it runs) and its outcome (read when it is done).
struct TrainingJob {
  enum class Kind { Check, Train, Preview };
  Kind kind = Kind::Check;
  train::TrainConfig config;
  QString datasetKey;
  std::shared_ptr<const train::DatasetReport> data;
  std::string imagePath;
  std::atomic<bool> cancel{false};  // set by TrainingJobRunner::cancel()
  // Outcome.
  bool ok = false, cancelled = false;
  QString error, reportError;
  std::shared_ptr<const train::DatasetReport> dataset;
  std::shared_ptr<const train::TrainReport> report;
  QImage preview;
};

class TrainingJobRunner {
 public:
  // Called on `receiver`'s thread while a job runs.
  struct Hooks {
    std::function<void(double fraction, const QString& what)> progress;
    std::function<void(const train::EpochRecord&)> epoch;
    std::function<void(const QString&)> log;
  };
  // `done` is called (on `receiver`'s thread) when the running job has finished.
  TrainingJobRunner(QObject* receiver, Hooks hooks, const std::function<void()>& done);

  // Makes `job` the current job until take(); start() runs it.
  void setJob(std::shared_ptr<TrainingJob> job) { job_ = std::move(job); }
  void start();
  // The current job (running, or finished and not taken yet); null when idle.
  const std::shared_ptr<TrainingJob>& job() const { return job_; }
  // The finished job; the runner is idle afterwards.
  std::shared_ptr<TrainingJob> take();
  // Asks the current job to stop (the engine stops after the current batch).
  void cancel();
  // Cancels the current job and waits for its thread.
  void stop();

 private:
  Hooks hooks_;
  std::function<void()> done_;
  std::shared_ptr<TrainingJob> job_;
  BackgroundJob worker_;  // last: destroyed (waited for) first
};

}  // namespace ui
}  // namespace osteon
