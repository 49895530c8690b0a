#include "plugins/registry.h"

#include "core/base/error.h"
#include "plugins/lumbar/lumbar_task.h"
#include "plugins/osteoporosis/osteoporosis_task.h"
#include "plugins/scoliosis/scoliosis_task.h"

namespace osteon::plugins {

std::vector<std::string> taskNames() {
  return {"scoliosis", "lumbar", "osteoporosis"};
}

std::unique_ptr<ai::TaskPlugin> makeTask(const std::string& name) {
  if (name == "scoliosis") return makeScoliosisTask();
  if (name == "lumbar") return makeLumbarTask();
  if (name == "osteoporosis") return makeOsteoporosisTask();
  throw Error("unknown task '" + name + "' (scoliosis, lumbar, osteoporosis)");
}

}  // namespace osteon::plugins
