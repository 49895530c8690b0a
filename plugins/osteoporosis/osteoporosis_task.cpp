#include "plugins/osteoporosis/osteoporosis_task.h"

#include "core/ai/task_input_check.h"
#include "plugins/common/image_classifier_task.h"

namespace osteon::plugins {

std::unique_ptr<ai::TaskPlugin> makeOsteoporosisTask() {
  return std::make_unique<ImageClassifierTask>(
      ImageTaskSpec{"osteoporosis", "Osteoporosis: panoramic radiograph",
                    "one panoramic dental radiograph (PNG/JPEG/TIFF or DICOM)",
                    "osteoporosis-demo.osteon", "diagnosis", 2, ai::osteoporosisAcceptance()});
}

}  // namespace osteon::plugins
