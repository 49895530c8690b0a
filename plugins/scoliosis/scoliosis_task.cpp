#include "plugins/scoliosis/scoliosis_task.h"

#include "core/ai/task_input_check.h"
#include "plugins/common/image_classifier_task.h"

namespace osteon::plugins {

std::unique_ptr<ai::TaskPlugin> makeScoliosisTask() {
  return std::make_unique<ImageClassifierTask>(ImageTaskSpec{
      "scoliosis", "Scoliosis: ALS type", "one AP spine radiograph (DICOM DX/CR or PNG/JPEG/TIFF)",
      "scoliosis-als-demo.osteon", "ALS type", 7, ai::scoliosisAcceptance()});
}

}  // namespace osteon::plugins
