// File > Query PACS... against a real Orthanc on loopback: a phantom study stored in Orthanc is
// found in the dialog, retrieved with C-GET (progress dialog), and opens in the main window;
// a wrong AE title shows the rejection reason in the dialog. Screenshots with pixel checks.

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <filesystem>

#include "core/net/pacs.h"
#include "core/phantom/lumbar_study.h"
#include "tests/support/orthanc_server.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/pacs/pacs_dialog.h"
#include "ui/shell/main_window.h"

using namespace osteon;

namespace {

QRect rectIn(QWidget* top, QWidget* w) {
  return QRect(w->mapTo(top, QPoint(0, 0)), w->size());
}

// Pixels clearly red (the error colour) in a rectangle.
int redPixels(const QImage& img, const QRect& r) {
  int n = 0;
  for (int y = r.top(); y <= r.bottom(); ++y)
    for (int x = r.left(); x <= r.right(); ++x) {
      const QRgb c = img.pixel(x, y);
      n += (qRed(c) > 150 && qGreen(c) < 120 && qBlue(c) < 120) ? 1 : 0;
    }
  return n;
}

}  // namespace

TEST_CASE("Query PACS: search Orthanc, retrieve a study and see it open in the viewer", "[pacs]") {
  if (test::orthancBinary().empty())
    OSTEON_SKIP("Orthanc is not installed (Debian package orthanc)");
  test::OrthancServer orthanc;
  test::TempDir data, retrieved;
  phantom::LumbarOptions o;
  o.seed = 5;
  o.sagittalSize = 256;
  o.axialSize = 192;
  phantom::writeLumbarDataset(data.path(), o, 1);
  net::Node node;
  node.name = "Test Orthanc";
  node.calledAeTitle = test::OrthancServer::kAet;
  node.callingAeTitle = test::OrthancServer::kOurAet;
  node.host = "127.0.0.1";
  node.port = orthanc.dicomPort();
  node.moveStoragePort = orthanc.movePort();
  const auto stored = net::store(node, {data.file("train_images")});
  REQUIRE(stored.failed == 0);
  REQUIRE(stored.sent > 10);

  ui::MainWindow w;
  w.resize(1500, 900);
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  QAction* action = w.action("queryPacs");
  REQUIRE(action);
  CHECK(action->shortcut() == QKeySequence("Ctrl+Shift+P"));
  action->trigger();
  auto* d = w.findChild<ui::PacsDialog*>();
  REQUIRE(d);
  REQUIRE(QTest::qWaitForWindowExposed(d));
  d->addNode(node);
  d->setRetrieveFolder(QString::fromStdString(retrieved.path()));
  CHECK(ui::PacsDialog::loadNodes().size() == 1);  // kept in QSettings

  // Echo, then a search that finds nothing, then the right one.
  QSignalSpy echoed(d, &ui::PacsDialog::echoFinished);
  d->echo();
  REQUIRE(echoed.wait(20000));
  CHECK(echoed.takeFirst().at(0).toBool());
  CHECK(d->statusText().contains("answered the echo"));

  QSignalSpy searched(d, &ui::PacsDialog::searchFinished);
  d->setQuery("PHANTOM*", "", "", "", "CT");
  d->search();
  REQUIRE(searched.wait(20000));
  CHECK(d->results()->rowCount() == 0);
  CHECK(d->statusText().contains("No study"));

  d->setQuery("PHANTOM^LUMBAR*", "LUMBAR5", "20250101", "20261231", "MR");
  d->search();
  REQUIRE(searched.wait(20000));
  CHECK(searched.last().at(0).toBool());
  QTableWidget* table = d->results();
  REQUIRE(table->rowCount() == 1);
  CHECK(table->item(0, 0)->text() == "PHANTOM^LUMBAR^5");
  CHECK(table->item(0, 1)->text() == "LUMBAR5");
  CHECK(table->item(0, 2)->text() == "2026-01-01");
  CHECK(table->item(0, 3)->text() == "MR");
  CHECK(table->item(0, 6)->text() == QString::number(stored.sent));
  QApplication::processEvents();
  const QImage found = test::screenshot(d, "pacs-dialog-found");
  // The result row is drawn: the table's first row has text (contrast), the empty area below not.
  const QRect row = rectIn(d, table->viewport())
                        .intersected(QRect(rectIn(d, table->viewport()).topLeft(),
                                           QSize(table->viewport()->width(), table->rowHeight(0))));
  CHECK(test::meanStd(found, row).second > 12);

  // Retrieve: the progress dialog appears, the study arrives and opens in the window.
  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  QSignalSpy finished(d, &ui::PacsDialog::retrieveFinished);
  table->selectRow(0);
  d->retrieve();
  REQUIRE(d->progressDialog());
  CHECK(d->progressDialog()->isVisible());
  REQUIRE(finished.wait(60000));
  INFO(d->statusText().toStdString());
  REQUIRE(finished.takeFirst().at(0).toBool());
  CHECK(d->statusText().contains(QString("Retrieved %1 images").arg(stored.sent)));
  REQUIRE((loaded.count() > 0 || loaded.wait(60000)));
  REQUIRE(w.series().size() == 3);
  CHECK(w.problems().isEmpty());
  d->hide();
  w.setLayoutKind(ui::Layout::OneByThree);
  QApplication::processEvents();
  const QImage shot = test::screenshot(&w, "pacs-retrieved-study");
  const auto& views = w.viewGrid()->views();
  REQUIRE(views.size() == 3);
  for (ui::ImageView* v : views) {
    REQUIRE(v->volume());
    const auto [mean, sd] = test::meanStd(shot, rectIn(&w, v).adjusted(40, 60, -40, -60));
    INFO(v->title().toStdString() << " mean " << mean << " sd " << sd);
    CHECK(mean > 25);
    CHECK(sd > 20);
  }

  // Cancel in the middle of a C-MOVE: the retrieve stops, the dialog says so, nothing opens.
  test::TempDir partial;
  d->show();
  d->setRetrieveFolder(QString::fromStdString(partial.path()));
  d->setUseMove(true);
  table->selectRow(0);
  const int loadsBefore = loaded.count();
  d->retrieve();
  REQUIRE(d->progressDialog());
  REQUIRE(QTest::qWaitFor([&] { return !d->progressDialog() || d->progressDialog()->value() > 0; },
                          30000));
  REQUIRE(d->progressDialog());
  // The user's click on the progress dialog's Cancel button.
  auto* cancelButton = d->progressDialog()->findChild<QPushButton*>();
  REQUIRE(cancelButton);
  QTest::mouseClick(cancelButton, Qt::LeftButton);
  REQUIRE(finished.wait(30000));
  CHECK_FALSE(finished.takeFirst().at(0).toBool());
  CHECK(d->statusText().contains("cancelled"));
  int partialFiles = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(partial.path()))
    partialFiles += e.is_regular_file() ? 1 : 0;
  CHECK(partialFiles >= 1);
  CHECK(partialFiles < stored.sent);
  QTest::qWait(200);
  CHECK(loaded.count() == loadsBefore);

  // A wrong AE title: the rejection reason, in the error colour.
  net::Node wrong = node;
  wrong.name = "Wrong title";
  wrong.calledAeTitle = "XYZ";
  d->addNode(wrong);
  d->echo();
  REQUIRE(echoed.wait(20000));
  CHECK_FALSE(echoed.takeFirst().at(0).toBool());
  CHECK(d->statusText().contains("called AE title 'XYZ' not recognised"));
  QApplication::processEvents();
  const QImage err = test::screenshot(d, "pacs-dialog-wrong-aet");
  QLabel* status = nullptr;
  for (QLabel* l : d->findChildren<QLabel*>())
    if (l->text() == d->statusText()) status = l;
  REQUIRE(status);
  CHECK(redPixels(err, rectIn(d, status)) > 30);
}
