#pragma once
// Errors a user can act on. Every reader of user data throws osteon::Error (or returns one in a
// result) with a message that names the file and the problem; nothing aborts on input.

#include <stdexcept>
#include <string>

namespace osteon {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Thrown when the user cancelled long work; callers treat it as "stopped", not as a failure.
class Cancelled : public Error {
 public:
  Cancelled() : Error("cancelled by the user") {}
};

// "path: message", the form every file error takes.
std::string fileError(const std::string& path, const std::string& message);

}  // namespace osteon
