#pragma once
// Internals of core/net shared by pacs.cpp and storage_scp.cpp (not a public header).

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/net/pacs.h"

class DcmDataset;
struct T_ASC_Network;

namespace osteon::net::detail {

void initNetworking();

// `uid` when it is a well-formed UID (digits and dots, at most 64), else `fallback`.
std::string uidPath(const std::string& uid, const std::string& fallback);

// Storage SOP classes proposed for C-GET and accepted by the C-MOVE storage SCP.
std::vector<std::string> storageSopClasses();

// Writes a received dataset (takes ownership) as outDir/<study>/<series>/<sop>.dcm.
bool writeReceived(DcmDataset* dataset, const std::string& outDir, std::string& path,
                   std::string& error);

// A storage SCP for the duration of one C-MOVE: opens node.moveStoragePort in the constructor
// (throws osteon::Error when it cannot), serves associations on a thread, and stops in stop()
// (or the destructor) within about a second.
class StorageScp {
 public:
  StorageScp(const Node& node, const std::string& outDir, const Progress& progress);
  ~StorageScp();
  StorageScp(const StorageScp&) = delete;
  StorageScp& operator=(const StorageScp&) = delete;

  int received() const { return received_.load(); }
  struct Outcome {
    std::vector<std::string> files;
    std::string error;  // first write error, if any
  };
  Outcome stop();

 private:
  void run();
  void serve(struct T_ASC_Association* assoc);

  Node node_;
  std::string outDir_;
  const Progress& progress_;
  T_ASC_Network* net_ = nullptr;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::atomic<int> received_{0};
  std::mutex mutex_;
  Outcome outcome_;
};

}  // namespace osteon::net::detail
