#include "ui/common/background_job.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrent>
#include <exception>
#include <utility>

#include "core/base/error.h"

namespace osteon {
namespace ui {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {
  connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &BackgroundJob::onFinished);
}

BackgroundJob::~BackgroundJob() {
  cancel();
  wait();
  // The watcher's pending finished event and queued reports go with this object.
}

bool BackgroundJob::start(Work work, OnDone done, OnProgress progress) {
  if (running_) return false;
  running_ = true;
  cancel_ = false;
  done_ = std::move(done);
  progress_ = std::move(progress);
  watcher_.setFuture(QtConcurrent::run([this, work = std::move(work)] {
    // Reports go through this object's event queue: after it is destroyed (which waits for this
    // function) none is delivered.
    const Progress progress(
        [this](double fraction, const std::string& what) {
          post([this, fraction, w = QString::fromStdString(what)] {
            if (progress_) progress_(fraction, w);
          });
        },
        &cancel_);
    Outcome o;
    try {
      work(progress);
    } catch (const Cancelled&) {
      o.status = Status::Cancelled;
    } catch (const std::exception& e) {
      o.status = Status::Failed;
      o.error = QString::fromStdString(e.what());
    } catch (...) {
      o.status = Status::Failed;
      o.error = QStringLiteral("unknown error");
    }
    return o;
  }));
  return true;
}

void BackgroundJob::cancel() {
  if (running_) cancel_ = true;
}

void BackgroundJob::wait() {
  watcher_.waitForFinished();
}

void BackgroundJob::post(std::function<void()> f) {
  QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
}

void BackgroundJob::onFinished() {
  if (!running_) return;
  const Outcome o = watcher_.result();
  // Taken before the call: `done` may start the next job.
  OnDone done = std::move(done_);
  done_ = nullptr;
  progress_ = nullptr;
  running_ = false;
  if (done) done(o);
}

}  // namespace ui
}  // namespace osteon
