#pragma once
// The AI engine of osteon-cli: the commands that need LibTorch run in a separate executable
// (osteon-cli-ai), so that the others start without loading LibTorch. See app/cli/CMakeLists.txt.

#include <string>

namespace osteon::cli {

// True for the commands the engine runs (train, infer, gradcam, cobb, ...).
bool isAiCommand(const std::string& command);

// Where the engine is: $OSTEON_CLI_ENGINE when set (only there), else osteon-cli-ai next to this
// executable, else <prefix>/libexec/osteon/osteon-cli-ai. "" when none exists (`searched` lists the
// places).
std::string findEngine(std::string* searched = nullptr);

// Replaces this process by the engine with the same arguments (argv[0] aside). Returns only on
// failure, with the exit status to use after printing why.
int runInEngine(int argc, char** argv);

}  // namespace osteon::cli
