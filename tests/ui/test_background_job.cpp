// ui/common/background_job.h: the one way the panels run work off the GUI thread. Results,
// progress and errors arrive on the GUI thread, in order; cancel ends as "cancelled", not as an
// error; an exception becomes the error message; destroying the owner mid-job waits for the
// work and calls nothing back.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/base/error.h"
#include "ui/common/background_job.h"

using osteon::Progress;
using osteon::ui::BackgroundJob;

namespace {

// Runs the GUI thread's event loop until `done()` or `ms` milliseconds.
template <class F>
bool waitFor(F done, int ms = 10000) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > ms) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QThread::msleep(1);
  }
  return true;
}

// A widget-like owner: the job is its member, its callbacks use the owner's state.
struct Owner : QObject {
  BackgroundJob job;
};

}  // namespace

TEST_CASE("background job delivers the result on the GUI thread", "[background-job]") {
  BackgroundJob job;
  QThread* gui = QThread::currentThread();
  auto result = std::make_shared<int>(0);
  std::atomic<QThread*> workerThread{nullptr};
  bool called = false, onGui = false;
  BackgroundJob::Outcome outcome;
  outcome.status = BackgroundJob::Status::Failed;
  REQUIRE(job.start(
      [result, &workerThread](const Progress&) {
        workerThread = QThread::currentThread();
        *result = 42;
      },
      [&](const BackgroundJob::Outcome& o) {
        called = true;
        onGui = QThread::currentThread() == gui;
        outcome = o;
      }));
  CHECK(job.running());
  REQUIRE(waitFor([&] { return called; }));
  CHECK(onGui);
  CHECK(workerThread.load() != nullptr);
  CHECK(workerThread.load() != gui);
  CHECK(outcome.ok());
  CHECK_FALSE(outcome.cancelled());
  CHECK(outcome.error.isEmpty());
  CHECK(*result == 42);
  CHECK_FALSE(job.running());
}

TEST_CASE("background job delivers progress in order on the GUI thread before done",
          "[background-job]") {
  BackgroundJob job;
  QThread* gui = QThread::currentThread();
  std::vector<int> seen;
  std::vector<QString> what;
  bool allOnGui = true, done = false;
  std::size_t seenAtDone = 0;
  REQUIRE(job.start(
      [](const Progress& progress) {
        for (int i = 0; i < 200; ++i)
          progress.report(i / 200.0, "step " + std::to_string(i));
      },
      [&](const BackgroundJob::Outcome& o) {
        CHECK(o.ok());
        seenAtDone = seen.size();
        done = true;
      },
      [&](double f, const QString& w) {
        allOnGui = allOnGui && QThread::currentThread() == gui;
        seen.push_back(static_cast<int>(std::lround(f * 200)));
        what.push_back(w);
      }));
  REQUIRE(waitFor([&] { return done; }));
  CHECK(allOnGui);
  CHECK(seenAtDone == 200);  // every report arrived before `done`
  REQUIRE(seen.size() == 200);
  for (int i = 0; i < 200; ++i) {
    CHECK(seen[static_cast<std::size_t>(i)] == i);
    CHECK(what[static_cast<std::size_t>(i)] == QStringLiteral("step %1").arg(i));
  }
}

TEST_CASE("background job cancel ends as cancelled and not as an error", "[background-job]") {
  BackgroundJob job;
  std::atomic<bool> started{false};
  bool done = false;
  BackgroundJob::Outcome outcome;
  REQUIRE(job.start(
      [&started](const Progress& progress) {
        started = true;
        for (int i = 0; i < 10000; ++i) {  // at most 50 s: cancel stops it long before
          progress.throwIfCancelled();
          QThread::msleep(5);
        }
      },
      [&](const BackgroundJob::Outcome& o) {
        outcome = o;
        done = true;
      }));
  REQUIRE(waitFor([&] { return started.load(); }));
  CHECK_FALSE(job.cancelRequested());
  job.cancel();
  CHECK(job.cancelRequested());
  CHECK(job.running());  // until `done` is called
  REQUIRE(waitFor([&] { return done; }));
  CHECK(outcome.cancelled());
  CHECK_FALSE(outcome.ok());
  CHECK(outcome.status == BackgroundJob::Status::Cancelled);
  CHECK(outcome.error.isEmpty());
  // The next job starts with no cancel request.
  done = false;
  REQUIRE(job.start([](const Progress& p) { p.throwIfCancelled(); },
                    [&](const BackgroundJob::Outcome& o) {
                      outcome = o;
                      done = true;
                    }));
  REQUIRE(waitFor([&] { return done; }));
  CHECK(outcome.ok());
}

TEST_CASE("background job turns an exception into the error message", "[background-job]") {
  BackgroundJob job;
  bool done = false;
  BackgroundJob::Outcome outcome;
  auto onDone = [&](const BackgroundJob::Outcome& o) {
    outcome = o;
    done = true;
  };
  REQUIRE(job.start([](const Progress&) { throw osteon::Error("scan.dcm: not a DICOM file"); },
                    onDone));
  REQUIRE(waitFor([&] { return done; }));
  CHECK(outcome.status == BackgroundJob::Status::Failed);
  CHECK_FALSE(outcome.ok());
  CHECK_FALSE(outcome.cancelled());
  CHECK(outcome.error == QStringLiteral("scan.dcm: not a DICOM file"));

  done = false;
  REQUIRE(
      job.start([](const Progress&) { throw std::runtime_error("out of memory: 12 GB"); }, onDone));
  REQUIRE(waitFor([&] { return done; }));
  CHECK(outcome.status == BackgroundJob::Status::Failed);
  CHECK(outcome.error == QStringLiteral("out of memory: 12 GB"));

  done = false;
  REQUIRE(job.start([](const Progress&) { throw 42; }, onDone));
  REQUIRE(waitFor([&] { return done; }));
  CHECK(outcome.status == BackgroundJob::Status::Failed);
  CHECK(outcome.error == QStringLiteral("unknown error"));
}

TEST_CASE("background job runs one job at a time and can start the next from done",
          "[background-job]") {
  BackgroundJob job;
  std::atomic<bool> release{false};
  int finished = 0;
  bool secondStarted = false;
  REQUIRE(job.start(
      [&release](const Progress&) {
        while (!release)
          QThread::msleep(1);
      },
      [&](const BackgroundJob::Outcome&) {
        ++finished;
        CHECK_FALSE(job.running());
        secondStarted =
            job.start([](const Progress&) {}, [&](const BackgroundJob::Outcome&) { ++finished; });
      }));
  bool refusedCalled = false;
  CHECK_FALSE(job.start([](const Progress&) {},
                        [&](const BackgroundJob::Outcome&) { refusedCalled = true; }));
  release = true;
  REQUIRE(waitFor([&] { return finished == 2; }));
  CHECK(secondStarted);
  CHECK_FALSE(refusedCalled);
  CHECK_FALSE(job.running());
}

TEST_CASE("destroying the owner of a running background job waits and calls nothing back",
          "[background-job]") {
  SECTION("work that stops on cancel") {
    auto* owner = new Owner;
    std::atomic<bool> started{false}, sawCancel{false}, returned{false};
    bool doneCalled = false;
    int progressAfterDelete = 0, progressBefore = 0;
    bool deleted = false;
    REQUIRE(owner->job.start(
        [&](const Progress& progress) {
          started = true;
          for (int i = 0; i < 10000 && !progress.cancelled(); ++i) {
            progress.report(0.5, "working");
            QThread::msleep(2);
          }
          sawCancel = progress.cancelled();
          progress.report(1.0, "after the cancel");
          returned = true;
        },
        [&](const BackgroundJob::Outcome&) { doneCalled = true; },
        [&](double, const QString&) { (deleted ? progressAfterDelete : progressBefore) += 1; }));
    REQUIRE(waitFor([&] { return progressBefore > 0; }));
    delete owner;  // the job's destructor cancels and waits
    deleted = true;
    CHECK(returned.load());
    CHECK(sawCancel.load());
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 200)
      QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    CHECK_FALSE(doneCalled);
    CHECK(progressAfterDelete == 0);
  }
  SECTION("work that cannot be interrupted") {
    auto* owner = new Owner;
    std::atomic<bool> started{false}, returned{false};
    bool doneCalled = false, progressCalled = false;
    REQUIRE(owner->job.start(
        [&](const Progress& progress) {
          started = true;
          QThread::msleep(300);  // e.g. a model's forward pass
          progress.report(1.0, "late report");
          returned = true;
        },
        [&](const BackgroundJob::Outcome&) { doneCalled = true; },
        [&](double, const QString&) { progressCalled = true; }));
    REQUIRE(waitFor([&] { return started.load(); }));
    delete owner;
    CHECK(returned.load());
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 200)
      QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    CHECK_FALSE(doneCalled);
    CHECK_FALSE(progressCalled);
  }
}
