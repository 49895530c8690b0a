// core/train classifier training: configuration files, datasets and their validation report,
// stratified K-fold, augmentation, losses, and short real training runs (determinism, resume
// after cancel, early stopping, two-phase fine-tuning, K-fold reports).

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "core/ai/classifier.h"
#include "core/ai/model_package.h"
#include "core/base/error.h"
#include "core/image/image.h"
#include "core/io/image_file.h"
#include "core/io/open.h"
#include "core/phantom/lumbar_study.h"
#include "core/train/augment.h"
#include "core/train/losses.h"
#include "core/train/trainer.h"
#include "tests/support/test_support.h"

using namespace osteon;
namespace fs = std::filesystem;

namespace {

// Two trivially separable classes: a bright disc or a bright bar on noise, 48x48.
std::string writeToyDataset(const test::TempDir& dir, int perClass,
                            const std::string& name = "toy") {
  const fs::path root = dir.file(name);
  std::mt19937 rng(3);
  std::uniform_int_distribution<int> noise(0, 60), jitter(-4, 4);
  for (int c = 0; c < 2; ++c) {
    const fs::path folder = root / (c == 0 ? "disc" : "bar");
    fs::create_directories(folder);
    for (int i = 0; i < perClass; ++i) {
      image::Image img(image::PixelType::UInt8, {48, 48, 1});
      const int cx = 24 + jitter(rng), cy = 24 + jitter(rng);
      for (int y = 0; y < 48; ++y)
        for (int x = 0; x < 48; ++x) {
          const bool on = c == 0 ? (x - cx) * (x - cx) + (y - cy) * (y - cy) < 100
                                 : std::abs(x - cx) < 3 && std::abs(y - cy) < 16;
          img.setStored(x, y, 0, on ? 220 + noise(rng) / 2 : noise(rng));
        }
      io::writeImageFile(img, (folder / ("img" + std::to_string(i) + ".png")).string());
    }
  }
  return root.string();
}

train::TrainConfig toyConfig(const test::TempDir& dir, const std::string& data) {
  train::TrainConfig c;
  c.datasetKind = "folder";
  c.data = data;
  c.architecture = "cnn5";
  c.inputWidth = 48;
  c.epochs = 4;
  c.batchSize = 8;
  c.learningRate = 1e-3;
  c.scheduler = "none";
  c.earlyStoppingPatience = 0;
  c.monitor = "val_accuracy";
  c.augment.rotationDegrees = 10;
  c.augment.elasticAlpha = 10;
  c.workers = 2;
  c.out = dir.file("model.osteon");
  return c;
}

}  // namespace

TEST_CASE("training configurations round-trip through JSON and bad ones are refused by name") {
  test::TempDir dir;
  train::TrainConfig c = train::TrainConfig::defaultsFor("lumbar");
  c.data = "/data/rsna";
  c.out = "/m/lumbar.osteon";
  CHECK(c.validate().empty());
  CHECK(c.loss == "focal");
  CHECK(c.focalAlpha == std::vector<double>{0.2, 0.5, 0.7});
  // No frozen phase on a random backbone by default; asked for, it needs a pretrained one.
  CHECK(c.frozenEpochs == 0);
  CHECK(c.architecture == "cnn5");
  {
    train::TrainConfig f = c;
    f.frozenEpochs = 10;
    CHECK_THAT(f.validate(), Catch::Contains("randomly initialised backbone") &&
                                 Catch::Contains("import-weights"));
    CHECK(f.validate(false).empty());  // a half-filled form still saves
    f.initFrom = "/m/resnet50-backbone.osteon";
    CHECK(f.validate().empty());
    f.initFrom.clear();
    f.allowRandomFrozenBackbone = true;
    CHECK(f.validate().empty());
  }
  CHECK(c.augment.elasticAlpha == 50);
  const std::string path = dir.file("c.json");
  c.save(path);
  const train::TrainConfig back = train::TrainConfig::load(path);
  CHECK(back.toJson() == c.toJson());
  CHECK(back.resolvedReportDir() == "/m/lumbar-report");

  CHECK(train::TrainConfig::defaultsFor("scoliosis").architecture == "resnet50+seed000head");
  CHECK(train::TrainConfig::defaultsFor("osteoporosis").folds == 5);

  using nlohmann::json;
  const json good = {{"dataset", {{"kind", "folder"}, {"data", "d"}}}, {"out", "m.osteon"}};
  CHECK_NOTHROW(train::TrainConfig::fromJson(good));
  // A half-filled form (no paths yet) saves and loads; training it says what is missing.
  const train::TrainConfig half = train::TrainConfig::fromJson(json::object());
  CHECK(half.validate() == "no dataset folder is given");
  json bad = good;
  bad["learning_rat"] = 0.1;
  CHECK_THROWS_WITH(train::TrainConfig::fromJson(bad),
                    Catch::Contains("unknown key 'learning_rat'"));
  bad = good;
  bad["epochs"] = "ten";
  CHECK_THROWS_WITH(train::TrainConfig::fromJson(bad),
                    Catch::Contains("'epochs' has the wrong type"));
  bad = good;
  bad["optimizer"] = "lion";
  CHECK_THROWS_WITH(train::TrainConfig::fromJson(bad), Catch::Contains("optimizer 'lion'"));
  bad = good;
  bad["augment"] = {{"rotation_degrees", 500}};
  CHECK_THROWS_WITH(train::TrainConfig::fromJson(bad), Catch::Contains("rotation 0..180"));
  std::ofstream(dir.file("broken.json")) << "{\"epochs\": ";
  CHECK_THROWS_WITH(train::TrainConfig::load(dir.file("broken.json")),
                    Catch::Contains("not valid JSON"));
}

TEST_CASE("stratified folds partition the data and keep class shares") {
  std::vector<int> labels;
  for (int i = 0; i < 53; ++i)
    labels.push_back(i % 7 == 0 ? 2 : (i % 3 == 0 ? 1 : 0));
  const auto folds = train::stratifiedFolds(labels, 5, 9);
  REQUIRE(folds.size() == 5);
  std::multiset<std::size_t> all;
  for (const auto& f : folds)
    all.insert(f.begin(), f.end());
  CHECK(all.size() == labels.size());
  CHECK(std::set<std::size_t>(all.begin(), all.end()).size() == labels.size());
  for (int c = 0; c < 3; ++c) {
    const auto n = static_cast<int>(std::count(labels.begin(), labels.end(), c));
    for (const auto& f : folds) {
      const auto k =
          std::count_if(f.begin(), f.end(), [&](std::size_t i) { return labels[i] == c; });
      CHECK(std::abs(static_cast<double>(k) - n / 5.0) <= 1.0);
    }
  }
  CHECK(train::stratifiedFolds(labels, 5, 9) == folds);  // deterministic
  CHECK(train::stratifiedFolds(labels, 5, 10) != folds);
}

TEST_CASE("augmentation: identity, exact flips, reproducible draws, elastic moves pixels") {
  train::GreyImage g{32, 24, std::vector<float>(32 * 24)};
  for (int y = 0; y < 24; ++y)
    for (int x = 0; x < 32; ++x)
      g.pixels[static_cast<std::size_t>(y * 32 + x)] = static_cast<float>(x) / 31.f;
  train::AugmentOptions o;
  train::AugmentDraw d;
  CHECK(train::applyAugmentation(g, o, d).pixels == g.pixels);
  d.horizontalFlip = true;
  const train::GreyImage f = train::applyAugmentation(g, o, d);
  for (int y = 0; y < 24; ++y)
    for (int x = 0; x < 32; ++x)
      CHECK(f.at(x, y) == Approx(g.at(31 - x, y)).margin(1e-6));
  // Brightness scales, then clamps to [0, 1].
  train::AugmentDraw b;
  b.brightness = 1.5;
  const train::GreyImage bb = train::applyAugmentation(g, o, b);
  CHECK(bb.at(10, 5) == Approx(std::min(1.0, 1.5 * g.at(10, 5))).margin(1e-6));
  CHECK(bb.at(31, 5) == 1.f);
  // A shift of a quarter width moves the ramp.
  train::AugmentDraw s;
  s.shiftX = 0.25;
  CHECK(train::applyAugmentation(g, o, s).at(20, 3) == Approx(g.at(12, 3)).margin(1e-6));
  // Draws depend only on the generator's seed.
  o.elasticAlpha = 20;
  std::mt19937 r1(5), r2(5);
  const auto d1 = train::drawAugmentation(o, r1), d2 = train::drawAugmentation(o, r2);
  CHECK(train::applyAugmentation(g, o, d1).pixels == train::applyAugmentation(g, o, d2).pixels);
  CHECK(d1.elasticSeed != 0);
  train::AugmentDraw e;
  e.elasticSeed = 77;
  const train::GreyImage el = train::applyAugmentation(g, o, e);
  double moved = 0;
  for (std::size_t i = 0; i < g.pixels.size(); ++i)
    moved += std::abs(el.pixels[i] - g.pixels[i]);
  CHECK(moved / static_cast<double>(g.pixels.size()) > 1e-3);
  o.enabled = false;
  CHECK(train::drawAugmentation(o, r1).identity());
}

TEST_CASE("focal loss and class weights follow their formulas") {
  const torch::Tensor logits = torch::tensor({{2.0, 0.5, -1.0}, {0.1, 0.3, 1.5}, {0.0, 0.0, 0.0}});
  const torch::Tensor y = torch::tensor({0, 2, 1}, torch::kLong);
  const torch::Tensor p = torch::softmax(logits, 1);
  train::LossOptions ce;
  CHECK(train::classificationLoss(logits, y, ce).item<double>() ==
        Approx(torch::nn::functional::cross_entropy(logits, y).item<double>()).epsilon(1e-6));
  train::LossOptions focal;
  focal.focal = true;
  focal.gamma = 2;
  focal.alpha = {0.2, 0.5, 0.7};
  double expected = 0;
  const int64_t yi[3] = {0, 2, 1};
  for (int i = 0; i < 3; ++i) {
    const double pt = p[i][yi[i]].item<double>();
    expected += -focal.alpha[static_cast<std::size_t>(yi[i])] * std::pow(1 - pt, 2) * std::log(pt);
  }
  CHECK(train::classificationLoss(logits, y, focal).item<double>() ==
        Approx(expected / 3).epsilon(1e-5));
  train::LossOptions weighted;
  weighted.classWeights = {1.0, 3.0, 0.5};
  CHECK(train::classificationLoss(logits, y, weighted).item<double>() ==
        Approx(torch::nn::functional::cross_entropy(
                   logits, y,
                   torch::nn::functional::CrossEntropyFuncOptions().weight(
                       torch::tensor({1.0, 3.0, 0.5}, torch::kFloat32)))
                   .item<double>())
            .epsilon(1e-6));
  CHECK(train::balancedClassWeights({10, 30, 0}) == std::vector<double>{40.0 / 30, 40.0 / 90, 0.0});
  weighted.classWeights = {1.0};
  CHECK_THROWS_AS(train::classificationLoss(logits, y, weighted), Error);
}

TEST_CASE("the dataset report lists unreadable files and CSV datasets name wrong columns") {
  test::TempDir dir;
  const std::string root = writeToyDataset(dir, 3);
  std::ofstream(root + "/disc/broken.png") << "\x89PNG\r\n\x1a\n truncated";
  std::ofstream(root + "/bar/notes.txt") << "ignored";
  const train::DatasetReport r = train::scanFolderDataset(root);
  CHECK(r.samples.size() == 6);
  CHECK(r.counts == std::vector<int>{3, 3});
  REQUIRE(r.problems.size() == 1);
  CHECK_THAT(r.problems[0], Catch::Contains("broken.png"));
  CHECK_THAT(r.text(), Catch::Contains("bar=3"));

  std::ofstream(dir.file("labels.csv")) << "filename,grade\ndisc/img0.png,a\nbar/img0.png,b\n"
                                           "missing.png,a\nbar/img1.png,\n";
  CHECK_THROWS_WITH(train::scanCsvDataset(dir.file("labels.csv"), root),
                    Catch::Contains("no label column"));
  CHECK_THROWS_WITH(train::scanCsvDataset(dir.file("labels.csv"), root, {"severity"}),
                    Catch::Contains("no column named 'severity'"));
  const auto csv = train::scanCsvDataset(dir.file("labels.csv"), root, {"grade"});
  CHECK(csv.samples.size() == 2);
  CHECK(csv.problems.size() == 2);  // a missing file and an empty label
  CHECK_THROWS_WITH(train::scanFolderDataset(dir.file("nope")), Catch::Contains("not a folder"));
}

TEST_CASE("training is deterministic, writes its report, and resumes after a cancel exactly") {
  test::TempDir dir;
  const std::string data = writeToyDataset(dir, 16);
  train::TrainConfig c = toyConfig(dir, data);
  const train::DatasetReport ds = train::loadDataset(c);
  REQUIRE(ds.samples.size() == 32);

  const train::TrainReport a = train::train(c, ds);
  REQUIRE(a.folds.size() == 1);
  REQUIRE(a.folds[0].epochs.size() == 4);
  CHECK(a.folds[0].best.accuracy >= 0.75);  // trivially separable
  CHECK(fs::exists(c.out));
  const ai::LoadedModel m = ai::loadModel(c.out);
  CHECK(m.info.classNames == std::vector<std::string>{"bar", "disc"});
  CHECK(m.info.metrics.at("epoch") == a.folds[0].bestEpoch);
  for (const auto& e : a.folds[0].epochs) {
    CHECK(e.dataWaitFraction >= 0);
    CHECK(e.dataWaitFraction <= 1);
    CHECK(e.imagesPerSecond > 0);
  }
  a.write(c.resolvedReportDir());
  for (const char* f : {"report.json", "epochs.csv", "loss.png", "accuracy.png", "confusion.png"})
    CHECK(fs::exists(fs::path(c.resolvedReportDir()) / f));

  // Same seed, same numbers.
  c.out = dir.file("again.osteon");
  const train::TrainReport b = train::train(c, ds);
  for (std::size_t i = 0; i < 4; ++i)
    CHECK(b.folds[0].epochs[i].trainLoss == a.folds[0].epochs[i].trainLoss);

  // Cancel after epoch 2, then resume: epochs 3 and 4 as in the uninterrupted run.
  c.out = dir.file("resumed.osteon");
  std::atomic<bool> cancel{false};
  train::TrainCallbacks cb;
  cb.onEpoch = [&](const train::EpochRecord& e) {
    if (e.epoch == 2) cancel = true;
  };
  const train::TrainReport cut = train::train(c, ds, cb, Progress({}, &cancel));
  CHECK(cut.cancelled);
  REQUIRE(cut.folds.size() == 1);
  CHECK(cut.folds[0].epochs.size() == 2);
  CHECK(train::hasCheckpoint(c));
  c.resume = true;
  const train::TrainReport rest = train::train(c, ds);
  CHECK_FALSE(rest.cancelled);
  CHECK_FALSE(train::hasCheckpoint(c));  // finished: nothing left to resume
  REQUIRE(rest.folds.size() == 1);
  REQUIRE(rest.folds[0].epochs.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    INFO("epoch " << i + 1);
    CHECK(rest.folds[0].epochs[i].trainLoss ==
          Approx(a.folds[0].epochs[i].trainLoss).epsilon(1e-6));
    CHECK(rest.folds[0].epochs[i].valLoss == Approx(a.folds[0].epochs[i].valLoss).epsilon(1e-6));
  }
  // A changed dataset cannot be resumed.
  train::DatasetReport smaller = ds;
  smaller.samples.pop_back();
  CHECK_THROWS_WITH(train::train(c, smaller), Catch::Contains("dataset changed"));
}

TEST_CASE("K-fold, two-phase fine-tuning, early stopping and imbalance options run") {
  test::TempDir dir;
  const std::string data = writeToyDataset(dir, 9);
  train::TrainConfig c = toyConfig(dir, data);
  const train::DatasetReport ds = train::loadDataset(c);
  c.folds = 3;
  c.epochs = 3;
  c.frozenEpochs = 1;
  c.allowRandomFrozenBackbone = true;  // the phases are under test, not the weights
  c.unfreezeBlocks = 1;
  c.finetuneLrFactor = 0.1;
  c.optimizer = "adamw";
  c.weightDecay = 1e-4;
  c.loss = "focal";
  c.focalAlpha = {0.5, 0.5};
  c.classWeights = true;
  c.oversample = true;
  std::vector<std::string> logs;
  train::TrainCallbacks cb;
  cb.onLog = [&](const std::string& s) { logs.push_back(s); };
  const train::TrainReport r = train::train(c, ds, cb);
  REQUIRE(r.folds.size() == 3);
  for (const auto& f : r.folds) {
    REQUIRE(f.epochs.size() == 3);
    CHECK(f.epochs[0].phase == 1);
    CHECK(f.epochs[0].learningRate == Approx(1e-3));
    CHECK(f.epochs[1].phase == 2);
    CHECK(f.epochs[1].learningRate == Approx(1e-4));
    CHECK(fs::exists(f.modelPath));
    CHECK(f.best.samples == 6);  // every fold validates on a third
  }
  CHECK(r.modelPath == c.out);
  CHECK(fs::exists(c.out));
  const auto s = r.summary();
  CHECK(s.at("accuracy").at("folds") == 3);
  CHECK(s.at("accuracy").at("sd").get<double>() >= 0);
  CHECK(std::any_of(logs.begin(), logs.end(), [](const std::string& l) {
    return l.find("fine-tuning") != std::string::npos;
  }));
  // In the frozen phase the backbone does not change at all (weights and batch-norm statistics):
  // one frozen epoch from initial weights leaves the backbone of the saved model as it started.
  {
    train::TrainConfig f = toyConfig(dir, data);
    f.out = dir.file("frozen.osteon");
    f.epochs = 2;
    f.frozenEpochs = 1;
    f.initFrom = r.folds[0].modelPath;
    std::atomic<bool> stopAfterFirst{false};
    train::TrainCallbacks once;
    once.onEpoch = [&](const train::EpochRecord&) { stopAfterFirst = true; };
    const train::TrainReport fr = train::train(f, ds, once, Progress({}, &stopAfterFirst));
    REQUIRE(fr.folds.size() == 1);
    const ai::LoadedModel before = ai::loadModel(f.initFrom), after = ai::loadModel(f.out);
    auto b = after.network->named_parameters(true);
    auto bb = after.network->named_buffers(true);
    int same = 0, changed = 0;
    for (const auto& p : before.network->named_parameters(true)) {
      const bool head = p.key().rfind("fc", 0) == 0;
      const bool equal = torch::equal(p.value(), b[p.key()]);
      if (!head) CHECK(equal);
      (equal ? same : changed) += 1;
    }
    for (const auto& buf : before.network->named_buffers(true))
      if (buf.key().rfind("fc", 0) != 0) CHECK(torch::equal(buf.value(), bb[buf.key()]));
    CHECK(same > 0);
    CHECK(changed > 0);  // the head trained
  }

  // Early stopping: a learning rate too small to change anything stops after the patience.
  train::TrainConfig e = toyConfig(dir, data);
  e.out = dir.file("early.osteon");
  e.epochs = 8;
  e.learningRate = 1e-9;
  e.monitor = "val_loss";
  e.earlyStoppingPatience = 2;
  e.augment.enabled = false;
  const train::TrainReport er = train::train(e, ds);
  CHECK(er.folds[0].stoppedEarly);
  CHECK(er.folds[0].epochs.size() < 8);

  // Cosine schedule: the rate falls from the initial value towards the minimum.
  e.out = dir.file("cos.osteon");
  e.learningRate = 1e-3;
  e.earlyStoppingPatience = 0;
  e.epochs = 3;
  e.scheduler = "cosine";
  e.minLearningRate = 0;
  const train::TrainReport cr = train::train(e, ds);
  CHECK(cr.folds[0].epochs[0].learningRate == Approx(1e-3));
  CHECK(cr.folds[0].epochs[1].learningRate == Approx(0.75e-3));  // torch CosineAnnealingLR, T = 3
  CHECK(cr.folds[0].epochs[2].learningRate == Approx(0.25e-3));

  // Configurations the data cannot satisfy.
  train::TrainConfig bad = toyConfig(dir, data);
  bad.focalAlpha = {0.2, 0.5, 0.7};
  bad.loss = "focal";
  CHECK_THROWS_WITH(train::train(bad, ds), Catch::Contains("focal alpha has 3 values"));
  bad = toyConfig(dir, data);
  bad.folds = 12;
  CHECK_THROWS_WITH(train::train(bad, ds), Catch::Contains("folds needs at least"));
  bad = toyConfig(dir, data);
  bad.resume = true;
  bad.reportDir = dir.file("no-report");
  CHECK_THROWS_WITH(train::train(bad, ds), Catch::Contains("nothing to resume"));
}

TEST_CASE("the augmentation preview is a grid whose first cell is the plain image") {
  test::TempDir dir;
  const std::string data = writeToyDataset(dir, 1);
  train::TrainConfig c = toyConfig(dir, data);
  const image::Image grid = train::augmentationPreview(data + "/disc/img0.png", c, 8, 3);
  CHECK(grid.width() == 4 * 48 + 3 * 4);
  CHECK(grid.height() == 2 * 48 + 4);
  CHECK(grid.value(24, 24, 0) > 150);  // the disc's centre in the unaugmented cell
#ifdef OSTEON_SCREENSHOTS
  fs::create_directories(OSTEON_SCREENSHOTS);
  io::writeImageFile(grid, std::string(OSTEON_SCREENSHOTS) + "/train_augmentation_preview.png");
#endif
  CHECK_THROWS_AS(train::augmentationPreview(dir.file("none.png"), c), Error);
}

TEST_CASE("the RSNA check finds broken DICOM, unlisted series and missing coordinates") {
  test::TempDir dir;
  phantom::LumbarOptions o;
  o.seed = 100;
  const std::string root = dir.file("rsna");
  phantom::writeLumbarDataset(root, o, 2);
  const train::RsnaCheck clean = train::scanRsnaDataset(root);
  CHECK(clean.studies == 2);
  CHECK(clean.series == 6);
  CHECK(clean.problems.empty());
  CHECK(clean.labelledTargets == 50);
  CHECK(clean.coordinates == 50);
  // Break it: a truncated DICOM file, a series folder nobody lists, a coordinate row removed.
  std::string study, series;
  for (const auto& e : fs::directory_iterator(root + "/train_images"))
    study = e.path().filename();
  for (const auto& e : fs::directory_iterator(root + "/train_images/" + study))
    series = e.path().filename();
  const fs::path victim = fs::path(root) / "train_images" / study / series / "2.dcm";
  fs::resize_file(victim, 200);
  fs::create_directories(fs::path(root) / "train_images" / study / "999");
  {
    std::ifstream in(root + "/train_label_coordinates.csv");
    std::string header, first, rest, line;
    std::getline(in, header);
    std::getline(in, first);  // dropped
    while (std::getline(in, line))
      rest += line + "\n";
    std::ofstream(root + "/train_label_coordinates.csv") << header << "\n" << rest;
  }
  const train::RsnaCheck broken = train::scanRsnaDataset(root);
  const auto mentions = [&](const std::string& what) {
    return std::any_of(broken.problems.begin(), broken.problems.end(),
                       [&](const std::string& p) { return p.find(what) != std::string::npos; });
  };
  CHECK(mentions("2.dcm"));
  CHECK(mentions("series folder 999 is not in train_series_descriptions.csv"));
  CHECK(mentions("is graded but has no coordinate"));
  CHECK(broken.coordinates == 49);
  // The trainer's RSNA dataset: crops in the report folder, the check's problems in the report.
  train::TrainConfig c;
  c.datasetKind = "rsna";
  c.data = root;
  c.out = dir.file("lumbar.osteon");
  const train::DatasetReport ds = train::loadDataset(c);
  CHECK(ds.kind == "rsna crops");
  CHECK(ds.samples.size() >= 45);
  CHECK(ds.classes == std::vector<std::string>{"0_normal_mild", "1_moderate", "2_severe"});
  CHECK(std::any_of(ds.problems.begin(), ds.problems.end(),
                    [](const std::string& p) { return p.find("2.dcm") != std::string::npos; }));
  CHECK_THROWS_WITH(train::scanRsnaDataset(dir.file("nothing")), Catch::Contains("not an RSNA"));
}

TEST_CASE("multi-output CSV datasets train one network with a softmax per output") {
  test::TempDir dir;
  const std::string root = writeToyDataset(dir, 10);
  // Two targets per image: the shape, and "big" for discs / empty (not labelled) for half the bars.
  {
    std::ofstream csv(dir.file("multi.csv"));
    csv << "path,shape,size\n";
    for (int i = 0; i < 10; ++i) {
      csv << "disc/img" << i << ".png,round,big\n";
      csv << "bar/img" << i << ".png,long," << (i % 2 ? "small" : "") << "\n";
    }
  }
  train::TrainConfig c = toyConfig(dir, root);
  c.datasetKind = "csv";
  c.labels = dir.file("multi.csv");
  c.labelColumns = {"shape", "size"};
  c.epochs = 3;
  const train::DatasetReport ds = train::loadDataset(c);
  REQUIRE(ds.multiOutput());
  CHECK(ds.outputs == std::vector<std::string>{"shape", "size"});
  CHECK(ds.classes == std::vector<std::string>{"big", "long", "round", "small"});
  CHECK(ds.samples.size() == 20);
  CHECK(ds.samples[1].labels == std::vector<int>{1, -1});
  const train::TrainReport r = train::train(c, ds);
  REQUIRE(r.folds.size() == 1);
  // Validation counts labelled (image, output) pairs: 4 images x 2 outputs minus unlabelled.
  CHECK(r.folds[0].best.samples >= 6);
  CHECK(r.folds[0].best.samples <= 8);
  const ai::Classifier m(c.out);
  CHECK(m.info().outputNames == ds.outputs);
  const image::Image img = io::openImage(root + "/disc/img0.png");
  const torch::Tensor p = m.probabilities(m.input(img));
  REQUIRE(p.size(1) == 8);
  CHECK(p.slice(1, 0, 4).sum().item<double>() == Approx(1.0).epsilon(1e-5));
  CHECK(p.slice(1, 4, 8).sum().item<double>() == Approx(1.0).epsilon(1e-5));
}
