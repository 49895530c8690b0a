#pragma once
// One piece of long work off the GUI thread, the one way the ui/ libraries run it: the work runs
// on Qt's thread pool (QtConcurrent + QFutureWatcher) with an osteon::Progress that carries the
// cancel request; its reports, and anything it post()s, arrive on the thread of this object (the
// GUI thread) in the order they were made, then `done` is called once with how it ended: finished,
// cancelled (the work threw osteon::Cancelled) or failed (any other exception, its what() as the
// message; no exception crosses the thread).
//
// Destroying the job (with its owner) asks the work to stop and waits for it: nothing is called
// back afterwards, and the work never outlives what it was started from. Declare the job after
// the members its work or callbacks use (it is then destroyed first), or call wait() in the
// owner's destructor.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

#include "core/base/progress.h"

namespace osteon {
namespace ui {

class BackgroundJob : public QObject {
  Q_OBJECT
 public:
  enum class Status { Finished, Cancelled, Failed };
  struct Outcome {
    Status status = Status::Finished;
    QString error;  // Failed: the exception's message
    bool ok() const { return status == Status::Finished; }
    bool cancelled() const { return status == Status::Cancelled; }
  };
  // Runs on the worker thread; reports and checks cancel through `progress`
  // (progress.throwIfCancelled()).
  using Work = std::function<void(const Progress& progress)>;
  // Called on this object's thread.
  using OnProgress = std::function<void(double fraction, const QString& what)>;
  using OnDone = std::function<void(const Outcome& outcome)>;

  explicit BackgroundJob(QObject* parent = nullptr);
  // cancel(), then waits for the work; no callback is made afterwards.
  ~BackgroundJob() override;

  // Starts `work`; false (nothing started) while a job is running.
  bool start(Work work, OnDone done, OnProgress progress = {});
  // From start() until `done` has been called (a new job may be started from `done`).
  bool running() const { return running_; }
  // Asks the running work to stop: its Progress reports cancelled() from now on.
  void cancel();
  bool cancelRequested() const { return cancel_.load(); }
  // The flag itself, for work whose API takes it instead of a Progress (StudyLoader::load).
  const std::atomic<bool>& cancelFlag() const { return cancel_; }
  // Blocks until the work has returned (its `done` still comes through the event loop).
  void wait();
  // From the work: runs `f` on this object's thread, in order with the progress reports.
  void post(std::function<void()> f);

 private:
  void onFinished();

  QFutureWatcher<Outcome> watcher_{this};  // a child: moveToThread() takes it along
  std::atomic<bool> cancel_{false};
  bool running_ = false;
  OnDone done_;
  OnProgress progress_;
};

}  // namespace ui
}  // namespace osteon
