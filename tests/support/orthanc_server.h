#pragma once
// A real Orthanc (Debian package `orthanc`, /usr/sbin/Orthanc) on loopback for the PACS tests:
// a temporary JSON config with free ports for DICOM, HTTP and Osteon's C-MOVE storage SCP, a
// temporary storage folder, Osteon's AE title registered for C-MOVE, and the called AE title
// checked. Started in the constructor (waits until the DICOM port accepts connections), killed
// in the destructor (also when the test fails; PR_SET_PDEATHSIG kills it if the test crashes).

#include <sys/types.h>
#include <string>

namespace osteon::test {

// Path of the Orthanc binary ($OSTEON_ORTHANC, /usr/sbin/Orthanc or Orthanc on PATH), "" if none.
std::string orthancBinary();

// A TCP port on 127.0.0.1 nothing listens on right now.
int freeTcpPort();

class OrthancServer {
 public:
  static constexpr const char* kAet = "ORTHANC";
  static constexpr const char* kOurAet = "OSTEON";

  // Throws std::runtime_error (with Orthanc's log tail) when it does not start within 30 s.
  OrthancServer();
  ~OrthancServer();
  OrthancServer(const OrthancServer&) = delete;
  OrthancServer& operator=(const OrthancServer&) = delete;

  int dicomPort() const { return dicomPort_; }
  int httpPort() const { return httpPort_; }
  int movePort() const { return movePort_; }  // where Orthanc sends C-MOVE results for OSTEON
  const std::string& dir() const { return dir_; }
  std::string logTail() const;

 private:
  std::string dir_;
  int dicomPort_ = 0, httpPort_ = 0, movePort_ = 0;
  pid_t pid_ = -1;
};

}  // namespace osteon::test
