// The C-MOVE destination: a storage SCP on the plain ASC/DIMSE API (like DCMTK's storescp), so
// that every wait is a one-second poll that can see stop() and the user's cancel. DcmSCP would
// wait for the peer's release (Orthanc keeps an idle association open for a few seconds).

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/dimse.h>

#include <cstring>

#include "core/net/net_internal.h"

namespace osteon::net::detail {

namespace {

struct StoreContext {
  StorageScp* scp;
  const std::string* outDir;
  const Progress* progress;
  std::mutex* mutex;
  std::vector<std::string>* files;
  std::string* error;
  std::atomic<int>* received;
};

void storeCallback(void* data, T_DIMSE_StoreProgress* progress, T_DIMSE_C_StoreRQ*, char*,
                   DcmDataset** dataset, T_DIMSE_C_StoreRSP* rsp, DcmDataset** statusDetail) {
  if (progress->state != DIMSE_StoreEnd) return;
  auto* ctx = static_cast<StoreContext*>(data);
  *statusDetail = nullptr;
  if (ctx->progress->cancelled()) {
    rsp->DimseStatus = STATUS_STORE_Refused_OutOfResources;
    return;
  }
  if (!dataset || !*dataset) {
    rsp->DimseStatus = STATUS_STORE_Error_CannotUnderstand;
    return;
  }
  std::string path, error;
  DcmDataset* owned = *dataset;
  *dataset = nullptr;  // writeReceived takes it
  if (writeReceived(owned, *ctx->outDir, path, error)) {
    std::lock_guard<std::mutex> lock(*ctx->mutex);
    ctx->files->push_back(path);
    ++*ctx->received;
    rsp->DimseStatus = STATUS_Success;
  } else {
    std::lock_guard<std::mutex> lock(*ctx->mutex);
    if (ctx->error->empty()) *ctx->error = error;
    rsp->DimseStatus = STATUS_STORE_Refused_OutOfResources;
  }
}

}  // namespace

StorageScp::StorageScp(const Node& node, const std::string& outDir, const Progress& progress)
    : node_(node), outDir_(outDir), progress_(progress) {
  initNetworking();
  const OFCondition cond =
      ASC_initializeNetwork(NET_ACCEPTOR, node.moveStoragePort, node.acseTimeoutS, &net_);
  if (cond.bad()) {
    OFString dump;
    DimseCondition::dump(dump, cond);
    std::string text = dump.c_str();
    text = text.substr(0, text.find('\n'));
    throw Error("cannot listen on port " + std::to_string(node.moveStoragePort) + " for C-MOVE (" +
                text + "); choose another move port");
  }
  thread_ = std::thread([this] { run(); });
}

StorageScp::~StorageScp() {
  stop();
}

StorageScp::Outcome StorageScp::stop() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  if (net_) ASC_dropNetwork(&net_);
  std::lock_guard<std::mutex> lock(mutex_);
  return outcome_;
}

void StorageScp::run() {
  const std::vector<std::string> classes = storageSopClasses();
  std::vector<const char*> classPtrs;
  for (const std::string& c : classes)
    classPtrs.push_back(c.c_str());
  // All storage SOP classes DCMTK knows are accepted, not only the ones C-GET proposes.
  for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i)
    classPtrs.push_back(dcmAllStorageSOPClassUIDs[i]);
  const char* ts[] = {
      UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax,
      UID_BigEndianExplicitTransferSyntax,    UID_JPEGProcess1TransferSyntax,
      UID_JPEGProcess2_4TransferSyntax,       UID_JPEGProcess14SV1TransferSyntax,
      UID_JPEGLSLosslessTransferSyntax,       UID_JPEGLSLossyTransferSyntax,
      UID_JPEG2000LosslessOnlyTransferSyntax, UID_JPEG2000TransferSyntax,
      UID_RLELosslessTransferSyntax,          UID_DeflatedExplicitVRLittleEndianTransferSyntax};
  const char* verification[] = {UID_VerificationSOPClass};
  while (!stop_) {
    if (!ASC_associationWaiting(net_, 1)) continue;
    T_ASC_Association* assoc = nullptr;
    OFCondition cond = ASC_receiveAssociation(net_, &assoc, ASC_DEFAULTMAXPDU, nullptr, nullptr,
                                              OFFalse, DUL_NOBLOCK, node_.acseTimeoutS);
    if (cond.good()) {
      ASC_acceptContextsWithPreferredTransferSyntaxes(assoc->params, verification, 1, ts, 3);
      ASC_acceptContextsWithPreferredTransferSyntaxes(assoc->params, classPtrs.data(),
                                                      static_cast<int>(classPtrs.size()), ts,
                                                      static_cast<int>(sizeof ts / sizeof ts[0]));
      cond = ASC_acknowledgeAssociation(assoc);
      if (cond.good()) serve(assoc);
    }
    if (assoc) {
      ASC_dropSCPAssociation(assoc, 1);
      ASC_destroyAssociation(&assoc);
    }
  }
}

void StorageScp::serve(T_ASC_Association* assoc) {
  StoreContext ctx{this,      &outDir_, &progress_, &mutex_, &outcome_.files, &outcome_.error,
                   &received_};
  int idle = 0;
  for (;;) {
    T_DIMSE_Message msg;
    std::memset(&msg, 0, sizeof msg);
    T_ASC_PresentationContextID presID = 0;
    OFCondition cond = DIMSE_receiveCommand(assoc, DIMSE_NONBLOCKING, 1, &presID, &msg, nullptr);
    if (cond == DIMSE_NODATAAVAILABLE) {
      // Idle: leave when the move is over (stop) or the peer has said nothing for too long.
      if (stop_ || progress_.cancelled() || ++idle >= node_.dimseTimeoutS) {
        ASC_abortAssociation(assoc);
        return;
      }
      continue;
    }
    idle = 0;
    if (cond == DUL_PEERREQUESTEDRELEASE) {
      ASC_acknowledgeRelease(assoc);
      return;
    }
    if (cond.bad()) {  // peer aborted, network closed, bad PDU
      if (cond != DUL_PEERABORTEDASSOCIATION) ASC_abortAssociation(assoc);
      return;
    }
    if (msg.CommandField == DIMSE_C_ECHO_RQ) {
      cond = DIMSE_sendEchoResponse(assoc, presID, &msg.msg.CEchoRQ, STATUS_Success, nullptr);
    } else if (msg.CommandField == DIMSE_C_STORE_RQ) {
      DcmDataset* dataset = nullptr;
      cond = DIMSE_storeProvider(assoc, presID, &msg.msg.CStoreRQ, nullptr, OFTrue, &dataset,
                                 storeCallback, &ctx, DIMSE_NONBLOCKING, node_.dimseTimeoutS);
      delete dataset;  // only set when the callback did not take it
    } else {
      cond = DIMSE_BADCOMMANDTYPE;
    }
    if (cond.bad()) {
      ASC_abortAssociation(assoc);
      return;
    }
  }
}

}  // namespace osteon::net::detail
