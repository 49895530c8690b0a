// PACS query/retrieve with DCMTK dcmnet. DcmSCU does the associations for C-ECHO, C-FIND, C-GET,
// C-MOVE and C-STORE; the C-MOVE destination is a small storage SCP (storage_scp.cpp). DcmSCU
// only reports "association rejected" without the reason, so a rejected request is repeated
// once with the plain ASC API to read the A-ASSOCIATE-RJ reason for the message.

#include "core/net/pacs.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scu.h>
#include <dcmtk/oflog/oflog.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/base/log.h"
#include "core/net/net_internal.h"

namespace fs = std::filesystem;

namespace osteon::net {

using detail::uidPath;

namespace detail {

void initNetworking() {
  static std::once_flag once;
  std::call_once(once, [] {
    // DCMTK logs to stderr; Osteon reports errors itself (same setting as core/io).
    OFLog::configure(OFLogger::FATAL_LOG_LEVEL);
    // A peer that closes the socket while we write must not kill the process.
    struct sigaction current {};
    if (sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
      std::signal(SIGPIPE, SIG_IGN);
  });
}

std::string uidPath(const std::string& uid, const std::string& fallback) {
  // UIDs are digits and dots (PS3.5 9.1); anything else from the peer is not used as a path.
  if (uid.empty() || uid.size() > 64 || uid == "." || uid == "..") return fallback;
  for (char c : uid)
    if (!((c >= '0' && c <= '9') || c == '.')) return fallback;
  return uid;
}

std::vector<std::string> storageSopClasses() {
  std::vector<std::string> out;
  std::set<std::string> seen;
  auto add = [&](const char* uid) {
    if (uid && seen.insert(uid).second) out.push_back(uid);
  };
  // What Osteon writes and reads first (images, SR, Parametric Map, SEG, presentation states),
  // then DCMTK's list of common storage classes, within the 128 presentation contexts of an
  // association (one is the C-GET context).
  for (const char* uid : {UID_MRImageStorage,
                          UID_CTImageStorage,
                          UID_DigitalXRayImageStorageForPresentation,
                          UID_DigitalXRayImageStorageForProcessing,
                          UID_ComputedRadiographyImageStorage,
                          UID_SecondaryCaptureImageStorage,
                          UID_MultiframeGrayscaleWordSecondaryCaptureImageStorage,
                          UID_MultiframeGrayscaleByteSecondaryCaptureImageStorage,
                          UID_MultiframeTrueColorSecondaryCaptureImageStorage,
                          UID_EnhancedSRStorage,
                          UID_ComprehensiveSRStorage,
                          UID_Comprehensive3DSRStorage,
                          UID_BasicTextSRStorage,
                          UID_ParametricMapStorage,
                          UID_SegmentationStorage,
                          UID_KeyObjectSelectionDocumentStorage,
                          UID_GrayscaleSoftcopyPresentationStateStorage,
                          UID_EnhancedMRImageStorage,
                          UID_EnhancedCTImageStorage,
                          UID_DigitalMammographyXRayImageStorageForPresentation,
                          UID_DigitalIntraOralXRayImageStorageForPresentation,
                          UID_UltrasoundImageStorage,
                          UID_UltrasoundMultiframeImageStorage,
                          UID_XRayAngiographicImageStorage,
                          UID_NuclearMedicineImageStorage,
                          UID_PositronEmissionTomographyImageStorage,
                          UID_EncapsulatedPDFStorage,
                          UID_RawDataStorage})
    add(uid);
  for (int i = 0; i < numberOfDcmShortSCUStorageSOPClassUIDs && out.size() < 120; ++i)
    add(dcmShortSCUStorageSOPClassUIDs[i]);
  return out;
}

}  // namespace detail

namespace {

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\0'))
    s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ')
    ++i;
  return s.substr(i);
}

bool validDate(const std::string& d) {
  if (d.size() != 8) return false;
  for (char c : d)
    if (c < '0' || c > '9') return false;
  const int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(4, 2)),
            day = std::stoi(d.substr(6, 2));
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1800 && m >= 1 && m <= 12 && day >= 1 && day <= days[m - 1];
}

std::string rejectReasonText(const T_ASC_RejectParameters& rej, const Node& node) {
  switch (rej.reason) {
    case ASC_REASON_SU_CALLEDAETITLENOTRECOGNIZED:
      return "called AE title '" + node.calledAeTitle + "' not recognised";
    case ASC_REASON_SU_CALLINGAETITLENOTRECOGNIZED:
      return "calling AE title '" + node.callingAeTitle +
             "' not recognised (the PACS must list Osteon's AE title)";
    case ASC_REASON_SU_APPCONTEXTNAMENOTSUPPORTED:
      return "application context not supported";
    case ASC_REASON_SP_ACSE_PROTOCOLVERSIONNOTSUPPORTED:
      return "protocol version not supported";
    case ASC_REASON_SP_PRES_TEMPORARYCONGESTION:
      return "temporary congestion (try again later)";
    case ASC_REASON_SP_PRES_LOCALLIMITEXCEEDED:
      return "too many associations (local limit exceeded; try again later)";
    default:
      return rej.result == ASC_RESULT_REJECTEDTRANSIENT ? "no reason given (transient)"
                                                        : "no reason given";
  }
}

// Requests a verification association with the plain ASC API to read why the peer rejects us.
std::string diagnoseRejection(const Node& node) {
  T_ASC_Network* net = nullptr;
  T_ASC_Parameters* params = nullptr;
  T_ASC_Association* assoc = nullptr;
  std::string reason = "no reason given";
  if (ASC_initializeNetwork(NET_REQUESTOR, 0, node.acseTimeoutS, &net).bad()) return reason;
  if (ASC_createAssociationParameters(&params, ASC_DEFAULTMAXPDU).good()) {
    ASC_setAPTitles(params, node.callingAeTitle.c_str(), node.calledAeTitle.c_str(), nullptr);
    const std::string peer = node.host + ":" + std::to_string(node.port);
    ASC_setPresentationAddresses(params, "localhost", peer.c_str());
    const char* ts[] = {UID_LittleEndianExplicitTransferSyntax,
                        UID_LittleEndianImplicitTransferSyntax};
    ASC_addPresentationContext(params, 1, UID_VerificationSOPClass, ts, 2);
    const OFCondition cond = ASC_requestAssociation(net, params, &assoc);
    if (cond == DUL_ASSOCIATIONREJECTED) {
      T_ASC_RejectParameters rej;
      ASC_getRejectParameters(params, &rej);
      reason = rejectReasonText(rej, node);
    } else if (cond.good()) {
      reason = "the peer accepted a verification association but rejected this service";
      ASC_releaseAssociation(assoc);
    }
    if (assoc) {
      ASC_destroyAssociation(&assoc);  // frees params with it
      params = nullptr;
    }
  }
  if (params) ASC_destroyAssociationParameters(&params);
  ASC_dropNetwork(&net);
  return reason;
}

bool contains(const std::string& s, const char* what) {
  return s.find(what) != std::string::npos;
}

// The message for a failed association request or DIMSE exchange.
[[noreturn]] void fail(const Node& node, const std::string& op, const OFCondition& cond) {
  const std::string peer = describe(node);
  std::string text = cond.text();
  OFString dump;
  DimseCondition::dump(dump, cond);
  const std::string full = dump.c_str();
  if (cond == DUL_ASSOCIATIONREJECTED)
    throw Error("association rejected by " + peer + ": " + diagnoseRejection(node));
  if (contains(full, "Connection refused"))
    throw Error("cannot connect to " + peer + ": connection refused (is the PACS running, and " +
                "is the port right?)");
  if (contains(full, "No route to host") || contains(full, "Network is unreachable"))
    throw Error("cannot connect to " + peer + ": no route to host");
  if (contains(full, "Name or service not known") || contains(full, "unknown host") ||
      contains(full, "Unknown host") || contains(full, "Temporary failure in name resolution"))
    throw Error("cannot connect to " + peer + ": unknown host name '" + node.host + "'");
  if (contains(full, "connection timed out") || contains(full, "Connection timed out") ||
      contains(full, "Operation timed out"))
    throw Error("cannot connect to " + peer + ": no connection within " +
                std::to_string(node.connectTimeoutS) + " s");
  if (cond == DUL_READTIMEOUT)
    throw Error("no answer from " + peer + " to the association request within " +
                std::to_string(node.acseTimeoutS) + " s (is it a DICOM port?)");
  if (cond == DIMSE_NODATAAVAILABLE)
    throw Error("no answer from " + peer + " within " + std::to_string(node.dimseTimeoutS) +
                " s during " + op + " (DIMSE timeout)");
  if (cond == DUL_PEERABORTEDASSOCIATION)
    throw Error(peer + " aborted the association during " + op);
  if (cond == NET_EC_NoAcceptablePresentationContexts)
    throw Error(peer + " accepts none of the presentation contexts Osteon proposes for " + op +
                " (is that service enabled on the PACS?)");
  if (cond == DUL_NETWORKCLOSED || cond == DUL_PEERREQUESTEDRELEASE)
    throw Error(peer + " closed the connection during " + op);
  // Anything else: DCMTK's own text, first line.
  std::string line = full.substr(0, full.find('\n'));
  if (line.empty()) line = text;
  throw Error(op + " with " + peer + " failed: " + line);
}

// DcmSCU configured from a Node, with progress and cancel for C-GET / C-MOVE and result
// collection for C-FIND.
class Scu : public DcmSCU {
 public:
  Scu(const Node& node, const Progress* progress) : node_(node), progress_(progress) {
    detail::initNetworking();
    validate(node);
    setAETitle(node.callingAeTitle.c_str());
    setPeerAETitle(node.calledAeTitle.c_str());
    setPeerHostName(node.host.c_str());
    setPeerPort(static_cast<Uint16>(node.port));
    setConnectionTimeout(node.connectTimeoutS);
    setACSETimeout(static_cast<Uint32>(node.acseTimeoutS));
    setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    setDIMSETimeout(static_cast<Uint32>(node.dimseTimeoutS));
    setMaxReceivePDULength(ASC_DEFAULTMAXPDU);
  }
  ~Scu() override {
    if (isConnected()) abortAssociation();
  }

  void connect(const std::string& op) {
    try {
      OFCondition cond = initNetwork();
      if (cond.bad()) fail(node_, op, cond);
      cond = negotiateAssociation();
      if (cond.bad()) fail(node_, op, cond);
    } catch (const Error& e) {
      OSTEON_LOG_INFO("net", "%s: no association: %s", op.c_str(), e.what());
      throw;
    }
    OSTEON_LOG_INFO("net", "%s: association accepted by %s", op.c_str(), describe(node_).c_str());
  }
  void release() {
    if (isConnected()) releaseAssociation();
  }

  // Retrieve state.
  std::string outDir;
  RetrieveResult* result = nullptr;
  bool cancelled = false;
  std::string writeError;
  int expected = -1;

  void reportProgress() {
    if (!progress_) return;
    const int got = static_cast<int>(result->files.size());
    const double f = expected > 0 ? std::min(1.0, double(got) / expected) : 0.0;
    progress_->report(
        f, std::to_string(got) + (expected > 0 ? "/" + std::to_string(expected) : "") + " images");
  }

 protected:
  OFCondition handleSTORERequest(const T_ASC_PresentationContextID, DcmDataset* incoming,
                                 OFBool& continueSession, Uint16& status) override {
    if (!incoming) return DIMSE_NULLKEY;
    if (progress_ && progress_->cancelled()) {
      cancelled = true;
      continueSession = OFFalse;
      status = STATUS_STORE_Refused_OutOfResources;
      delete incoming;
      return EC_IllegalCall;
    }
    std::string path, error;
    status = detail::writeReceived(incoming, outDir, path, error)
                 ? STATUS_Success
                 : STATUS_STORE_Refused_OutOfResources;
    if (status == STATUS_Success) {
      result->files.push_back(path);
    } else {
      writeError = error;
      continueSession = OFFalse;
      return EC_IllegalCall;
    }
    reportProgress();
    return EC_Normal;
  }

  OFCondition handleCGETResponse(const T_ASC_PresentationContextID presID,
                                 RetrieveResponse* response, OFBool& continueSession) override {
    updateCounts(response);
    OFCondition cond = DcmSCU::handleCGETResponse(presID, response, continueSession);
    if (progress_ && progress_->cancelled() && continueSession) {
      cancelled = true;
      continueSession = OFFalse;
    }
    return cond;
  }

  OFCondition handleMOVEResponse(const T_ASC_PresentationContextID presID,
                                 RetrieveResponse* response, OFBool& waitForNext) override {
    updateCounts(response);
    OFCondition cond = DcmSCU::handleMOVEResponse(presID, response, waitForNext);
    if (moveProgress) moveProgress();
    if (progress_ && progress_->cancelled() && waitForNext) {
      cancelled = true;
      waitForNext = OFFalse;
    }
    return cond;
  }

 public:
  std::function<void()> moveProgress;
  Uint16 lastStatus = 0;

 private:
  void updateCounts(const RetrieveResponse* r) {
    if (!r || !result) return;
    lastStatus = r->m_status;
    result->completed = r->m_numberOfCompletedSubops;
    result->failed = r->m_numberOfFailedSubops;
    result->warning = r->m_numberOfWarningSubops;
    if (r->m_status == STATUS_Pending) {
      const int total = r->m_numberOfRemainingSubops + r->m_numberOfCompletedSubops +
                        r->m_numberOfFailedSubops + r->m_numberOfWarningSubops;
      if (total > 0) expected = total;
    }
  }

  Node node_;
  const Progress* progress_;
};

OFList<OFString> uncompressedSyntaxes() {
  OFList<OFString> ts;
  ts.push_back(UID_LittleEndianExplicitTransferSyntax);
  ts.push_back(UID_LittleEndianImplicitTransferSyntax);
  return ts;
}

std::string getString(DcmItem* item, const DcmTagKey& tag) {
  OFString v;
  if (item && item->findAndGetOFStringArray(tag, v).good()) return trim(v.c_str());
  return {};
}
int getInt(DcmItem* item, const DcmTagKey& tag) {
  const std::string s = getString(item, tag);
  if (s.empty()) return -1;
  try {
    return std::stoi(s);
  } catch (...) {
    return -1;
  }
}

std::string dateRange(const Query& q) {
  if (!q.dateFrom.empty() && !validDate(q.dateFrom))
    throw Error("invalid date '" + q.dateFrom + "' (expected YYYYMMDD)");
  if (!q.dateTo.empty() && !validDate(q.dateTo))
    throw Error("invalid date '" + q.dateTo + "' (expected YYYYMMDD)");
  if (!q.dateFrom.empty() && !q.dateTo.empty() && q.dateFrom > q.dateTo)
    throw Error("date range " + q.dateFrom + "-" + q.dateTo + " ends before it starts");
  if (q.dateFrom.empty() && q.dateTo.empty()) return {};
  if (q.dateFrom == q.dateTo) return q.dateFrom;
  return q.dateFrom + "-" + q.dateTo;
}

void checkKey(const std::string& value, const char* what) {
  for (unsigned char c : value)
    if (c == '\\' || c < 0x20)
      throw Error(std::string(what) + " '" + value + "' contains a backslash or control character");
}

bool nonAscii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

std::string statusText(Uint16 status) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "0x%04X", status);
  return hex;
}

const char* kGetModel = UID_GETStudyRootQueryRetrieveInformationModel;
const char* kMoveModel = UID_MOVEStudyRootQueryRetrieveInformationModel;

DcmDataset retrieveKeys(const RetrieveTarget& target) {
  if (target.studyInstanceUid.empty()) throw Error("nothing to retrieve: no Study Instance UID");
  checkKey(target.studyInstanceUid, "Study Instance UID");
  checkKey(target.seriesInstanceUid, "Series Instance UID");
  DcmDataset keys;
  keys.putAndInsertString(DCM_QueryRetrieveLevel,
                          target.seriesInstanceUid.empty() ? "STUDY" : "SERIES");
  keys.putAndInsertString(DCM_StudyInstanceUID, target.studyInstanceUid.c_str());
  if (!target.seriesInstanceUid.empty())
    keys.putAndInsertString(DCM_SeriesInstanceUID, target.seriesInstanceUid.c_str());
  return keys;
}

// Final status of a C-GET / C-MOVE into an error (or nothing when it succeeded).
void checkRetrieveStatus(const Node& node, const char* op, Uint16 status, const RetrieveResult& r) {
  const std::string peer = describe(node);
  if (status == STATUS_Success) return;
  if (status == STATUS_GET_Warning_SubOperationsCompleteOneOrMoreFailures ||
      status == STATUS_MOVE_Warning_SubOperationsCompleteOneOrMoreFailures) {
    if (r.completed > 0 || !r.files.empty()) return;  // partial: counted in the result
    throw Error(std::string(op) + " from " + peer + ": all " + std::to_string(r.failed) +
                " sub-operations failed");
  }
  if (status == STATUS_MOVE_Failed_MoveDestinationUnknown)
    throw Error(peer + " does not know the C-MOVE destination '" + node.callingAeTitle +
                "': register Osteon's AE title, host and port " +
                std::to_string(node.moveStoragePort) + " on the PACS");
  if (status == STATUS_GET_Refused_OutOfResourcesNumberOfMatches ||
      status == STATUS_GET_Refused_OutOfResourcesSubOperations)
    throw Error(std::string(op) + " refused by " + peer + ": out of resources (" +
                statusText(status) + ")");
  if (status == STATUS_GET_Failed_IdentifierDoesNotMatchSOPClass)
    throw Error(std::string(op) + " refused by " + peer + ": identifier does not match SOP class");
  throw Error(std::string(op) + " from " + peer + " failed with status " + statusText(status) +
              " (" + DU_cmoveStatusString(status) + ")");
}

}  // namespace

namespace detail {

bool writeReceived(DcmDataset* dataset, const std::string& outDir, std::string& path,
                   std::string& error) {
  OFString study, series, sop;
  dataset->findAndGetOFString(DCM_StudyInstanceUID, study);
  dataset->findAndGetOFString(DCM_SeriesInstanceUID, series);
  dataset->findAndGetOFString(DCM_SOPInstanceUID, sop);
  static std::atomic<unsigned> counter{0};
  const std::string sopName = uidPath(sop.c_str(), "object" + std::to_string(++counter));
  const fs::path dir = fs::path(outDir) / uidPath(study.c_str(), "unknown-study") /
                       uidPath(series.c_str(), "unknown-series");
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    delete dataset;
    error = dir.string() + ": " + ec.message();
    return false;
  }
  path = (dir / (sopName + ".dcm")).string();
  DcmFileFormat ff(dataset, OFFalse);  // takes the dataset
  const OFCondition cond = ff.saveFile(path.c_str(), EXS_Unknown);
  if (cond.bad()) {
    error = path + ": " + cond.text();
    fs::remove(path, ec);
    return false;
  }
  return true;
}

}  // namespace detail

void validate(const Node& node) {
  auto checkAe = [](const std::string& ae, const char* what) {
    if (trim(ae).empty()) throw Error(std::string(what) + " is empty");
    if (ae.size() > 16)
      throw Error(std::string(what) + " '" + ae + "' is longer than 16 characters");
    for (unsigned char c : ae)
      if (c == '\\' || c < 0x20 || c >= 0x7f)
        throw Error(std::string(what) + " '" + ae + "' has a character AE titles cannot hold");
  };
  checkAe(node.calledAeTitle, "the PACS AE title");
  checkAe(node.callingAeTitle, "Osteon's AE title");
  if (trim(node.host).empty()) throw Error("the PACS host name is empty");
  if (node.port < 1 || node.port > 65535)
    throw Error("port " + std::to_string(node.port) + " is outside 1..65535");
  if (node.moveStoragePort < 0 || node.moveStoragePort > 65535)
    throw Error("C-MOVE port " + std::to_string(node.moveStoragePort) + " is outside 1..65535");
  if (node.connectTimeoutS < 1 || node.acseTimeoutS < 1 || node.dimseTimeoutS < 1)
    throw Error("network timeouts must be at least 1 s");
  if (node.connectTimeoutS > 3600 || node.acseTimeoutS > 3600 || node.dimseTimeoutS > 3600)
    throw Error("network timeouts must be at most 3600 s");
}

std::string describe(const Node& node) {
  const std::string address =
      node.calledAeTitle + "@" + node.host + ":" + std::to_string(node.port);
  return node.name.empty() ? address : "'" + node.name + "' (" + address + ")";
}

Node nodeFromJson(const std::string& text) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const std::exception& e) {
    throw Error(std::string("PACS node: not valid JSON: ") + e.what());
  }
  if (!j.is_object()) throw Error("PACS node: expected a JSON object");
  Node n;
  try {
    n.name = j.value("name", n.name);
    n.calledAeTitle = j.value("aet", n.calledAeTitle);
    n.host = j.value("host", n.host);
    n.port = j.value("port", n.port);
    n.callingAeTitle = j.value("our_aet", n.callingAeTitle);
    n.connectTimeoutS = j.value("connect_timeout", n.connectTimeoutS);
    n.acseTimeoutS = j.value("acse_timeout", n.acseTimeoutS);
    n.dimseTimeoutS = j.value("dimse_timeout", n.dimseTimeoutS);
    n.moveStoragePort = j.value("move_port", n.moveStoragePort);
  } catch (const std::exception& e) {
    throw Error(std::string("PACS node: wrong type: ") + e.what());
  }
  validate(n);
  return n;
}

std::string nodeToJson(const Node& n) {
  nlohmann::json j = {{"name", n.name},
                      {"aet", n.calledAeTitle},
                      {"host", n.host},
                      {"port", n.port},
                      {"our_aet", n.callingAeTitle},
                      {"connect_timeout", n.connectTimeoutS},
                      {"acse_timeout", n.acseTimeoutS},
                      {"dimse_timeout", n.dimseTimeoutS},
                      {"move_port", n.moveStoragePort}};
  return j.dump(2);
}

Node loadNode(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(fileError(path, "cannot read the PACS node file"));
  std::stringstream ss;
  ss << in.rdbuf();
  try {
    return nodeFromJson(ss.str());
  } catch (const Error& e) {
    throw Error(fileError(path, e.what()));
  }
}

const char* levelName(Level level) {
  switch (level) {
    case Level::Patient:
      return "PATIENT";
    case Level::Series:
      return "SERIES";
    default:
      return "STUDY";
  }
}

double echo(const Node& node) {
  const auto t0 = std::chrono::steady_clock::now();
  Scu scu(node, nullptr);
  scu.addPresentationContext(UID_VerificationSOPClass, uncompressedSyntaxes());
  scu.connect("C-ECHO");
  const OFCondition cond = scu.sendECHORequest(0);
  if (cond.bad()) fail(node, "C-ECHO", cond);
  scu.release();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

namespace {

class FindScu : public Scu {
 public:
  using Scu::Scu;
  int maxResults = 1000;
  int matches = 0;
  bool cancelSent = false;

 protected:
  OFCondition handleFINDResponse(const T_ASC_PresentationContextID presID, QRResponse* response,
                                 OFBool& waitForNext) override {
    OFCondition cond = DcmSCU::handleFINDResponse(presID, response, waitForNext);
    if (response && (response->m_status == STATUS_Pending ||
                     response->m_status == STATUS_FIND_Pending_WarningUnsupportedOptionalKeys))
      ++matches;
    if (matches >= maxResults && waitForNext && !cancelSent) {
      cancelSent = true;
      sendCANCELRequest(presID);
    }
    return cond;
  }
};

}  // namespace

std::vector<QueryResult> find(const Node& node, const Query& q) {
  checkKey(q.patientName, "patient name");
  checkKey(q.patientId, "patient ID");
  checkKey(q.modality, "modality");
  checkKey(q.studyInstanceUid, "Study Instance UID");
  const std::string dates = dateRange(q);
  if (q.level == Level::Series && q.studyInstanceUid.empty())
    throw Error("a series-level query needs the Study Instance UID");

  DcmDataset keys;
  keys.putAndInsertString(DCM_QueryRetrieveLevel, levelName(q.level));
  if (nonAscii(q.patientName) || nonAscii(q.patientId))
    keys.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
  if (q.level != Level::Series) {
    keys.putAndInsertString(DCM_PatientName, q.patientName.c_str());
    keys.putAndInsertString(DCM_PatientID, q.patientId.c_str());
    keys.putAndInsertString(DCM_PatientBirthDate, "");
    keys.putAndInsertString(DCM_PatientSex, "");
  }
  if (q.level == Level::Patient) {
    keys.putAndInsertString(DCM_NumberOfPatientRelatedStudies, "");
  } else {
    keys.putAndInsertString(DCM_StudyInstanceUID, q.studyInstanceUid.c_str());
  }
  if (q.level == Level::Study) {
    keys.putAndInsertString(DCM_StudyDate, dates.c_str());
    keys.putAndInsertString(DCM_StudyTime, "");
    keys.putAndInsertString(DCM_StudyDescription, "");
    keys.putAndInsertString(DCM_AccessionNumber, "");
    keys.putAndInsertString(DCM_StudyID, "");
    keys.putAndInsertString(DCM_ModalitiesInStudy, q.modality.c_str());
    keys.putAndInsertString(DCM_NumberOfStudyRelatedSeries, "");
    keys.putAndInsertString(DCM_NumberOfStudyRelatedInstances, "");
  }
  if (q.level == Level::Series) {
    keys.putAndInsertString(DCM_SeriesInstanceUID, "");
    keys.putAndInsertString(DCM_Modality, q.modality.c_str());
    keys.putAndInsertString(DCM_SeriesDescription, "");
    keys.putAndInsertString(DCM_SeriesNumber, "");
    keys.putAndInsertString(DCM_NumberOfSeriesRelatedInstances, "");
  }

  // Study Root has no patient level; Patient Root does.
  const char* model = q.level == Level::Patient ? UID_FINDPatientRootQueryRetrieveInformationModel
                                                : UID_FINDStudyRootQueryRetrieveInformationModel;
  FindScu scu(node, nullptr);
  scu.maxResults = std::max(1, q.maxResults);
  scu.addPresentationContext(model, uncompressedSyntaxes());
  scu.connect("C-FIND");
  const T_ASC_PresentationContextID pc = scu.findAnyPresentationContextID(model, "");
  if (pc == 0)
    throw Error(describe(node) + " does not offer C-FIND (" + dcmFindNameOfUID(model, model) + ")");
  OFList<QRResponse*> responses;
  const OFCondition cond = scu.sendFINDRequest(pc, &keys, &responses);
  std::vector<QueryResult> out;
  Uint16 finalStatus = STATUS_Success;
  for (QRResponse* r : responses) {
    if (r->m_status == STATUS_Pending ||
        r->m_status == STATUS_FIND_Pending_WarningUnsupportedOptionalKeys) {
      if (!r->m_dataset || static_cast<int>(out.size()) >= scu.maxResults) continue;
      DcmDataset* d = r->m_dataset;
      d->convertToUTF8();  // results in UTF-8 whatever the peer's character set (best effort)
      QueryResult m;
      m.level = q.level;
      m.patientName = getString(d, DCM_PatientName);
      m.patientId = getString(d, DCM_PatientID);
      m.patientBirthDate = getString(d, DCM_PatientBirthDate);
      m.patientSex = getString(d, DCM_PatientSex);
      m.studyInstanceUid = getString(d, DCM_StudyInstanceUID);
      m.studyDate = getString(d, DCM_StudyDate);
      m.studyTime = getString(d, DCM_StudyTime);
      m.studyDescription = getString(d, DCM_StudyDescription);
      m.accessionNumber = getString(d, DCM_AccessionNumber);
      m.studyId = getString(d, DCM_StudyID);
      m.modalitiesInStudy = getString(d, DCM_ModalitiesInStudy);
      m.seriesInstanceUid = getString(d, DCM_SeriesInstanceUID);
      m.modality = getString(d, DCM_Modality);
      m.seriesDescription = getString(d, DCM_SeriesDescription);
      m.seriesNumber = getString(d, DCM_SeriesNumber);
      m.numberOfStudies = getInt(d, DCM_NumberOfPatientRelatedStudies);
      m.numberOfSeries = getInt(d, DCM_NumberOfStudyRelatedSeries);
      m.numberOfInstances = getInt(d, q.level == Level::Series ? DCM_NumberOfSeriesRelatedInstances
                                                               : DCM_NumberOfStudyRelatedInstances);
      if (q.level == Level::Series && m.studyInstanceUid.empty())
        m.studyInstanceUid = q.studyInstanceUid;
      out.push_back(std::move(m));
    } else {
      finalStatus = r->m_status;
    }
  }
  for (QRResponse* r : responses)
    delete r;
  if (cond.bad()) fail(node, "C-FIND", cond);
  scu.release();
  if (finalStatus != STATUS_Success &&
      finalStatus != STATUS_FIND_Cancel_MatchingTerminatedDueToCancelRequest)
    throw Error("C-FIND refused by " + describe(node) + ": status " + statusText(finalStatus) +
                " (" + DU_cfindStatusString(finalStatus) + ")");
  return out;
}

RetrieveResult get(const Node& node, const RetrieveTarget& target, const std::string& outDir,
                   const Progress& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  DcmDataset keys = retrieveKeys(target);
  RetrieveResult result;
  Scu scu(node, &progress);
  scu.result = &result;
  scu.outDir = outDir;
  scu.addPresentationContext(kGetModel, uncompressedSyntaxes());
  for (const std::string& uid : detail::storageSopClasses())
    scu.addPresentationContext(uid.c_str(), uncompressedSyntaxes(), ASC_SC_ROLE_SCP);
  progress.throwIfCancelled();
  scu.connect("C-GET");
  const T_ASC_PresentationContextID pc = scu.findAnyPresentationContextID(kGetModel, "");
  if (pc == 0) throw Error(describe(node) + " does not offer C-GET (Study Root)");
  progress.report(0, "requesting the study");
  const OFCondition cond = scu.sendCGETRequest(pc, &keys, nullptr);
  if (scu.cancelled) {
    scu.abortAssociation();
    throw Cancelled();
  }
  if (!scu.writeError.empty()) {
    scu.abortAssociation();
    throw Error("cannot write a received image: " + scu.writeError);
  }
  if (cond.bad()) fail(node, "C-GET", cond);
  scu.release();
  checkRetrieveStatus(node, "C-GET", scu.lastStatus, result);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  progress.report(1, std::to_string(result.files.size()) + " images");
  return result;
}

RetrieveResult move(const Node& node, const RetrieveTarget& target, const std::string& outDir,
                    const Progress& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  validate(node);
  if (node.moveStoragePort <= 0)
    throw Error("C-MOVE needs a local port for Osteon's storage SCP (move_port / --move-port)");
  DcmDataset keys = retrieveKeys(target);
  RetrieveResult result;
  // The storage SCP listens before the request goes out; it stops when the move is over.
  detail::StorageScp scp(node, outDir, progress);
  Scu scu(node, &progress);
  scu.result = &result;
  scu.moveProgress = [&] {
    const int got = scp.received();
    const int total = scu.expected;
    progress.report(
        total > 0 ? std::min(1.0, double(got) / total) : 0.0,
        std::to_string(got) + (total > 0 ? "/" + std::to_string(total) : "") + " images");
  };
  scu.addPresentationContext(kMoveModel, uncompressedSyntaxes());
  progress.throwIfCancelled();
  scu.connect("C-MOVE");
  const T_ASC_PresentationContextID pc = scu.findAnyPresentationContextID(kMoveModel, "");
  if (pc == 0) throw Error(describe(node) + " does not offer C-MOVE (Study Root)");
  progress.report(0, "requesting the study");
  const OFCondition cond = scu.sendMOVERequest(pc, node.callingAeTitle.c_str(), &keys, nullptr);
  const bool cancelled = scu.cancelled || progress.cancelled();
  if (cancelled) scu.abortAssociation();
  const detail::StorageScp::Outcome got = scp.stop();
  result.files = got.files;
  if (cancelled) throw Cancelled();
  if (!got.error.empty()) throw Error("C-MOVE: " + got.error);
  if (cond.bad()) fail(node, "C-MOVE", cond);
  scu.release();
  checkRetrieveStatus(node, "C-MOVE", scu.lastStatus, result);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  progress.report(1, std::to_string(result.files.size()) + " images");
  return result;
}

StoreResult store(const Node& node, const std::vector<std::string>& paths,
                  const Progress& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  detail::initNetworking();
  validate(node);
  StoreResult result;
  // Files to send: every regular file under the given paths, in a stable order.
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) found.push_back(it->path().string());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec)) {
      files.push_back(p);
    } else {
      result.failures.push_back(p + ": no such file or folder");
      ++result.failed;
    }
  }
  // Read each file's SOP class and transfer syntax (header only) to propose the contexts.
  struct Item {
    std::string path, sopClass, sopInstance;
    E_TransferSyntax xfer;
  };
  std::vector<Item> items;
  std::map<std::string, std::set<std::string>> contexts;  // SOP class -> transfer syntaxes
  for (const std::string& f : files) {
    DcmFileFormat ff;
    const OFCondition c = ff.loadFile(f.c_str(), EXS_Unknown, EGL_noChange, 4096, ERM_autoDetect);
    OFString cls, inst;
    if (c.bad() || ff.getDataset()->findAndGetOFString(DCM_SOPClassUID, cls).bad() ||
        ff.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, inst).bad() || cls.empty()) {
      result.failures.push_back(f + ": not a DICOM object (" +
                                (c.bad() ? c.text() : "no SOP Class UID") + ")");
      ++result.failed;
      continue;
    }
    const E_TransferSyntax xfer = ff.getDataset()->getOriginalXfer();
    items.push_back({f, cls.c_str(), inst.c_str(), xfer});
    std::set<std::string>& ts = contexts[cls.c_str()];
    ts.insert(DcmXfer(xfer).getXferID());
  }
  if (items.empty())
    throw Error("C-STORE: no DICOM files to send" +
                (result.failures.empty() ? std::string() : " (" + result.failures.front() + ")"));
  if (contexts.size() > 64)
    throw Error("C-STORE: the files hold " + std::to_string(contexts.size()) +
                " SOP classes; send them in smaller groups (at most 64 per call)");

  Scu scu(node, &progress);
  scu.setDatasetConversionMode(OFTrue);
  for (const auto& [cls, tss] : contexts) {
    // One context with the files' own syntax; one uncompressed fallback the peer may prefer.
    OFList<OFString> own;
    for (const std::string& t : tss)
      own.push_back(t.c_str());
    scu.addPresentationContext(cls.c_str(), own);
    scu.addPresentationContext(cls.c_str(), uncompressedSyntaxes());
  }
  progress.throwIfCancelled();
  scu.connect("C-STORE");
  std::size_t done = 0;
  for (const Item& it : items) {
    if (progress.cancelled()) {
      scu.abortAssociation();
      throw Cancelled();
    }
    T_ASC_PresentationContextID pc =
        scu.findPresentationContextID(it.sopClass.c_str(), DcmXfer(it.xfer).getXferID());
    if (pc == 0) pc = scu.findAnyPresentationContextID(it.sopClass.c_str(), "");
    if (pc == 0) {
      result.failures.push_back(it.path + ": " + describe(node) + " does not accept " +
                                dcmFindNameOfUID(it.sopClass.c_str(), it.sopClass.c_str()));
      ++result.failed;
      continue;
    }
    Uint16 status = 0;
    const OFCondition c = scu.sendSTORERequest(pc, it.path.c_str(), nullptr, status);
    if (c.bad()) {
      // The association is unusable after a network failure: stop here with a clear message.
      fail(node, "C-STORE of " + it.path, c);
    }
    if (status == STATUS_Success || (status & 0xF000) == 0xB000) {
      ++result.sent;
    } else {
      result.failures.push_back(it.path + ": refused with status " + statusText(status) + " (" +
                                DU_cstoreStatusString(status) + ")");
      ++result.failed;
    }
    ++done;
    progress.report(double(done) / items.size(),
                    std::to_string(done) + "/" + std::to_string(items.size()) + " files");
  }
  scu.release();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return result;
}

}  // namespace osteon::net
