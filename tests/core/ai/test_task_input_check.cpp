// What each task accepts (ai::checkTaskInput), which task a study proposes (ai::proposeTask) and
// class names as words (ai::displayClassName, model packages' class_display_names).

#include <memory>

#include "core/ai/model_package.h"
#include "core/ai/task_input_check.h"
#include "tests/support/test_support.h"

using namespace osteon;

namespace {

std::shared_ptr<image::Image> picture(int w, int h, int d, const std::string& modality,
                                      const std::string& description = {},
                                      const std::string& bodyPart = {}) {
  auto img = std::make_shared<image::Image>(image::PixelType::UInt8, image::Image::Dims{w, h, d});
  if (!modality.empty()) img->meta["modality"] = modality;
  if (!description.empty()) img->meta["series_description"] = description;
  if (!bodyPart.empty()) img->meta["body_part"] = bodyPart;
  return img;
}

ai::TaskInput one(std::shared_ptr<image::Image> img) {
  ai::TaskInput in;
  in.slice = img->depth() / 2;
  in.image = std::move(img);
  return in;
}

ai::TaskInput lumbarStudy() {
  ai::TaskInput in;
  for (const char* d : {"Sagittal T1", "Sagittal T2/STIR", "Axial T2"}) {
    ai::TaskSeries s;
    s.description = d;
    s.volume = picture(384, 384, 17, "MR", d, "LSPINE");
    in.series.push_back(s);
  }
  in.image = std::const_pointer_cast<image::Image>(in.series[1].volume);
  in.slice = 8;
  return in;
}

}  // namespace

TEST_CASE("osteoporosis refuses a lumbar MR series and says what it got") {
  const ai::TaskInput mr = lumbarStudy();
  const ai::InputCheck c = ai::checkTaskInput("osteoporosis", ai::osteoporosisAcceptance(), mr);
  CHECK_FALSE(c.ok);
  CHECK(c.reason ==
        "osteoporosis expects one panoramic dental radiograph; this is an MR series "
        "(Sagittal T2/STIR, 17 slices)");
  // A single MR slice is no radiograph either.
  CHECK_FALSE(ai::checkTaskInput("osteoporosis", ai::osteoporosisAcceptance(),
                                 one(picture(256, 128, 1, "MR")))
                  .ok);
  // Scoliosis refuses it too; lumbar takes it.
  CHECK_FALSE(ai::checkTaskInput("scoliosis", ai::scoliosisAcceptance(), mr).ok);
  const ai::InputCheck l = ai::checkTaskInput("lumbar", ai::lumbarAcceptance(), mr);
  CHECK(l.ok);
  CHECK(l.reason.empty());
}

TEST_CASE("projection tasks accept their radiographs by modality, anatomy or shape") {
  const auto osteo = ai::osteoporosisAcceptance();
  const auto scol = ai::scoliosisAcceptance();
  // A PX (panoramic) and a DX of the jaw: osteoporosis; not scoliosis.
  CHECK(ai::checkTaskInput("osteoporosis", osteo, one(picture(1024, 512, 1, "PX"))).ok);
  const auto jaw = one(picture(1024, 512, 1, "DX", "Panoramic", "JAW"));
  CHECK(ai::checkTaskInput("osteoporosis", osteo, jaw).ok);
  const ai::InputCheck sj = ai::checkTaskInput("scoliosis", scol, jaw);
  CHECK_FALSE(sj.ok);
  CHECK(sj.reason ==
        "scoliosis expects one AP spine radiograph; this is a DX radiograph of the JAW "
        "(Panoramic, 1024 x 512 px)");
  // A DX of the spine: scoliosis; osteoporosis refuses it by its body part.
  const auto spine = one(picture(600, 1500, 1, "DX", "AP spine", "SPINE"));
  CHECK(ai::checkTaskInput("scoliosis", scol, spine).ok);
  CHECK_THAT(ai::checkTaskInput("osteoporosis", osteo, spine).reason,
             Catch::Contains("this is a DX radiograph of the SPINE"));
  // A DX without body part or telling description: its shape decides, and the reason says so.
  CHECK(ai::checkTaskInput("scoliosis", scol, one(picture(600, 1500, 1, "CR"))).ok);
  CHECK_THAT(ai::checkTaskInput("osteoporosis", osteo, one(picture(600, 1500, 1, "CR"))).reason,
             Catch::Contains("with no body part recorded it is judged by its shape"));
  // Plain pictures: by shape only.
  CHECK(ai::checkTaskInput("osteoporosis", osteo, one(picture(1024, 512, 1, ""))).ok);
  CHECK(ai::checkTaskInput("scoliosis", scol, one(picture(600, 1500, 1, ""))).ok);
  const ai::InputCheck sq =
      ai::checkTaskInput("osteoporosis", osteo, one(picture(384, 384, 1, "")));
  CHECK_FALSE(sq.ok);
  CHECK(sq.reason ==
        "osteoporosis expects one panoramic dental radiograph; this is a picture without a "
        "modality (384 x 384 px), width / height 1.00; a picture without a modality is judged by "
        "its shape (a panoramic is about twice as wide as tall)");
  CHECK_FALSE(ai::checkTaskInput("scoliosis", scol, one(picture(1024, 512, 1, ""))).ok);
  // Other modalities, too small, nothing open.
  CHECK_THAT(ai::checkTaskInput("osteoporosis", osteo, one(picture(1024, 512, 1, "MG"))).reason,
             Catch::Contains("this is an MG radiograph"));
  CHECK_THAT(ai::checkTaskInput("osteoporosis", osteo, one(picture(60, 30, 1, ""))).reason,
             Catch::Contains("smaller than 128 x 64 px"));
  CHECK_THAT(ai::checkTaskInput("osteoporosis", osteo, ai::TaskInput{}).reason,
             Catch::Contains("no image is open"));
  // A plain volume (NIfTI) is no radiograph.
  CHECK_FALSE(ai::checkTaskInput("osteoporosis", osteo, one(picture(256, 128, 20, ""))).ok);
  // A task that declares nothing accepts anything.
  CHECK(ai::checkTaskInput("custom", ai::TaskAcceptance{}, ai::TaskInput{}).ok);
}

TEST_CASE("lumbar refuses a radiograph and a study without its series") {
  const auto lum = ai::lumbarAcceptance();
  const ai::InputCheck x =
      ai::checkTaskInput("lumbar", lum, one(picture(1024, 512, 1, "DX", "Panoramic", "JAW")));
  CHECK_FALSE(x.ok);
  CHECK_THAT(x.reason, Catch::StartsWith("lumbar expects an MR study of the lumbar spine"));
  CHECK_THAT(x.reason, Catch::Contains("this is a DX radiograph of the JAW"));
  ai::TaskInput brain;
  ai::TaskSeries s;
  s.description = "Coronal FLAIR";
  s.volume = picture(256, 256, 30, "MR");
  brain.series.push_back(s);
  const ai::InputCheck b = ai::checkTaskInput("lumbar", lum, brain);
  CHECK_FALSE(b.ok);
  CHECK_THAT(b.reason, Catch::Contains("described as 'Coronal FLAIR' (none is sagittal t1, "
                                       "sagittal t2 or axial t2)"));
  CHECK_THAT(ai::checkTaskInput("lumbar", lum, ai::TaskInput{}).reason,
             Catch::Contains("no study is open"));
}

TEST_CASE("the study proposes its task") {
  auto summary = [](int w, int h, int d, const std::string& mod, const std::string& desc = {},
                    const std::string& body = {}) {
    return ai::summarize(*picture(w, h, d, mod, desc, body));
  };
  CHECK(ai::proposeTask(
            {summary(384, 384, 17, "MR", "Sagittal T1"), summary(320, 320, 48, "MR", "Axial T2")})
            .task == "lumbar");
  CHECK(ai::proposeTask({summary(2000, 1000, 1, "PX")}).task == "osteoporosis");
  CHECK(ai::proposeTask({summary(1024, 512, 1, "DX", "Panoramic", "JAW")}).task == "osteoporosis");
  CHECK(ai::proposeTask({summary(600, 1500, 1, "DX", "AP spine, ALS 3CH")}).task == "scoliosis");
  CHECK(ai::proposeTask({summary(1000, 1000, 1, "CR", "", "LSPINE")}).task == "scoliosis");
  // Plain pictures by shape: wide -> panoramic, tall -> spine, square -> nothing.
  const ai::TaskProposal wide = ai::proposeTask({summary(1024, 512, 1, "")});
  CHECK(wide.task == "osteoporosis");
  CHECK_THAT(wide.reason, Catch::Contains("judged by its shape"));
  CHECK(ai::proposeTask({summary(500, 1200, 1, "")}).task == "scoliosis");
  CHECK(ai::proposeTask({summary(512, 512, 1, "")}).task.empty());
  CHECK(ai::proposeTask({summary(256, 256, 30, "CT")}).task.empty());
  CHECK(ai::proposeTask({summary(256, 256, 30, "MR", "Coronal FLAIR")}).task.empty());
  CHECK(ai::proposeTask({}).task.empty());
}

TEST_CASE("class names are shown as words") {
  CHECK(ai::displayClassName("1_healthy") == "Healthy");
  CHECK(ai::displayClassName("3_osteoporosis") == "Osteoporosis");
  CHECK(ai::displayClassName("0_normal_mild") == "Normal mild");
  CHECK(ai::displayClassName("3CH") == "3CH");
  CHECK(ai::displayClassName("Normal/Mild") == "Normal/Mild");
  ai::TaskResult r;
  r.classNames = {"1_healthy", "3_osteoporosis"};
  ai::TaskOutput o;
  o.probabilities = {0.09, 0.91};
  r.outputs.push_back(o);
  CHECK(r.summary() == "Osteoporosis 91%");
  r.classDisplayNames = {"Healthy bone", "Osteoporotic"};
  CHECK(r.displayName(0) == "Healthy bone");
  CHECK(r.summary() == "Osteoporotic 91%");
}

TEST_CASE("model packages keep a display name per class") {
  test::TempDir dir;
  ai::ModelInfo info;
  info.task = "osteoporosis";
  info.architecture = "cnn5";
  info.classNames = {"1_healthy", "3_osteoporosis"};
  info.classDisplayNames = {"Healthy", "Osteoporosis"};
  info.inputSize = 32;
  info.camLayer = "block5";
  auto net = ai::makeNetwork("cnn5", 2, 32, 32);
  ai::saveModel(dir.file("m.osteon"), info, *net);
  CHECK(ai::loadModel(dir.file("m.osteon")).info.classDisplayNames == info.classDisplayNames);
  info.classDisplayNames.clear();
  ai::saveModel(dir.file("n.osteon"), info, *net);
  CHECK(ai::loadModel(dir.file("n.osteon")).info.classDisplayNames.empty());
}
