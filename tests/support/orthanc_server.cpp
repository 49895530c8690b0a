#include "tests/support/orthanc_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace fs = std::filesystem;

namespace osteon::test {

std::string orthancBinary() {
  if (const char* env = std::getenv("OSTEON_ORTHANC"); env && *env)
    return access(env, X_OK) == 0 ? env : "";
  if (access("/usr/sbin/Orthanc", X_OK) == 0) return "/usr/sbin/Orthanc";
  if (const char* path = std::getenv("PATH")) {
    std::stringstream ss(path);
    std::string d;
    while (std::getline(ss, d, ':'))
      if (!d.empty() && access((d + "/Orthanc").c_str(), X_OK) == 0) return d + "/Orthanc";
  }
  return "";
}

int freeTcpPort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("socket() failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    close(fd);
    throw std::runtime_error("cannot find a free TCP port");
  }
  const int port = ntohs(addr.sin_port);
  close(fd);
  return port;
}

namespace {

bool portOpen(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  close(fd);
  return ok;
}

}  // namespace

OrthancServer::OrthancServer() {
  const std::string bin = orthancBinary();
  if (bin.empty()) throw std::runtime_error("Orthanc is not installed");
  char tmpl[] = "/tmp/osteon-orthanc-XXXXXX";
  if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
  dir_ = tmpl;
  dicomPort_ = freeTcpPort();
  do
    httpPort_ = freeTcpPort();
  while (httpPort_ == dicomPort_);
  do
    movePort_ = freeTcpPort();
  while (movePort_ == dicomPort_ || movePort_ == httpPort_);
  {
    std::ofstream cfg(dir_ + "/orthanc.json");
    cfg << "{\n"
        << "  \"Name\": \"OsteonTestOrthanc\",\n"
        << "  \"StorageDirectory\": \"" << dir_ << "/storage\",\n"
        << "  \"IndexDirectory\": \"" << dir_ << "/index\",\n"
        << "  \"DicomAet\": \"" << kAet << "\",\n"
        << "  \"DicomPort\": " << dicomPort_ << ",\n"
        << "  \"HttpPort\": " << httpPort_ << ",\n"
        << "  \"RemoteAccessAllowed\": false,\n"
        << "  \"AuthenticationEnabled\": false,\n"
        << "  \"DicomCheckCalledAet\": true,\n"
        << "  \"DicomCheckModalityHost\": false,\n"
        << "  \"DicomAssociationCloseDelay\": 0,\n"
        << "  \"DicomScuTimeout\": 10,\n"
        << "  \"DicomScpTimeout\": 30,\n"
        << "  \"StorageCompression\": false,\n"
        << "  \"SaveJobs\": false,\n"
        << "  \"Plugins\": [],\n"
        << "  \"DicomModalities\": {\n"
        << "    \"osteon\": [\"" << kOurAet << "\", \"127.0.0.1\", " << movePort_ << "]\n"
        << "  }\n"
        << "}\n";
  }
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    const int log = open((dir_ + "/orthanc.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (log >= 0) {
      dup2(log, 1);
      dup2(log, 2);
    }
    const std::string config = dir_ + "/orthanc.json";
    execl(bin.c_str(), bin.c_str(), "--no-jobs", config.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!portOpen(dicomPort_)) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      const std::string tail = logTail();
      fs::remove_all(dir_);
      throw std::runtime_error("Orthanc exited at start-up: " + tail);
    }
    if (std::chrono::steady_clock::now() > deadline) {
      const std::string tail = logTail();
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
      pid_ = -1;
      fs::remove_all(dir_);
      throw std::runtime_error("Orthanc did not listen on its DICOM port within 30 s: " + tail);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

OrthancServer::~OrthancServer() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    int status = 0;
    while (waitpid(pid_, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  if (!std::getenv("OSTEON_KEEP_TEST_FILES")) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
}

std::string OrthancServer::logTail() const {
  std::ifstream in(dir_ + "/orthanc.log");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string s = ss.str();
  return s.size() > 2000 ? s.substr(s.size() - 2000) : s;
}

}  // namespace osteon::test
