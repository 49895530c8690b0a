// core/train lumbar level localiser: a tiny training run on DICOM phantom studies lowers the
// heatmap loss and writes a localiser package; the evaluation covers every condition and level;
// folders without coordinates are refused with the reason.

#include <filesystem>

#include "core/ai/lumbar_localiser.h"
#include "core/base/error.h"
#include "core/phantom/lumbar_study.h"
#include "core/train/localiser_train.h"
#include "tests/support/test_support.h"

using namespace osteon;

TEST_CASE("localiser training: a tiny run lowers the loss and saves a usable localiser") {
  test::TempDir dir;
  phantom::LumbarOptions o;
  o.seed = 300;
  o.sagittalSize = 128;
  o.axialSize = 96;
  o.sagittalSlices = 9;
  o.poseJitter = 10;
  phantom::writeLumbarDataset(dir.file("rsna"), o, 4);
  const train::LocaliserData data = train::loadLocaliserData(dir.file("rsna"));
  REQUIRE(data.studies.size() == 4);
  CHECK(data.problems.empty());
  train::LocaliserTrainOptions t;
  t.inputSize = 64;
  t.epochs = 5;
  t.batchSize = 4;
  t.learningRate = 3e-3;
  t.valEvery = 0;  // evaluate on the training studies: this checks the mechanics only
  t.augment = false;
  int epochs = 0;
  const train::LocaliserTrainResult r = train::trainLocaliser(
      data, t, dir.file("loc.osteon"), [&](const train::LocaliserEpoch&) { ++epochs; });
  REQUIRE(r.epochs.size() == 5);
  CHECK(epochs == 5);
  CHECK(r.epochs.back().trainLoss < 0.5 * r.epochs.front().trainLoss);
  CHECK(r.bestEpoch >= 1);
  const ai::lumbar::LumbarLocaliser model(dir.file("loc.osteon"));
  CHECK(model.info().inputSize == 64);
  CHECK(model.info().metrics.contains("validation"));
  const train::LocaliserEval e = train::evaluateLocaliser(model, data, {0, 1});
  CHECK(e.studies == 2);
  // Every (condition, level) was labelled once per study and is compared or counted missing.
  for (const auto& cond : e.cells)
    for (const auto& cell : cond)
      CHECK(cell.n + cell.missing == 2);
  const auto j = e.toJson();
  CHECK(j["conditions"]["spinal_canal_stenosis"]["levels"].contains("l5_s1"));
}

TEST_CASE("localiser training: a folder without coordinates or images says so") {
  test::TempDir dir;
  CHECK_THROWS_WITH(train::loadLocaliserData(dir.path()),
                    Catch::Contains("train_label_coordinates.csv"));
  phantom::LumbarOptions o;
  o.sagittalSize = 96;
  o.axialSize = 96;
  o.sagittalSlices = 5;
  phantom::writeLumbarDataset(dir.file("rsna"), o, 1);
  std::filesystem::remove_all(dir.file("rsna/train_images"));
  CHECK_THROWS_WITH(train::loadLocaliserData(dir.file("rsna")), Catch::Contains("no images"));
}
