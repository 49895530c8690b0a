#pragma once
// PACS query/retrieve over DICOM networking (DCMTK dcmnet): C-ECHO, C-FIND (Study Root, patient /
// study / series level), C-GET and C-MOVE into a folder, C-STORE of files. No Qt, no VTK.
//
// Every call opens one association, does its work and releases it. Every wait is bounded: TCP
// connect, association negotiation (ACSE) and each DIMSE message have a timeout from the Node
// (never infinite). Failures throw osteon::Error with a message that names the peer and the
// cause ("association rejected by ORTHANC@127.0.0.1:4242: called AE title 'XYZ' not recognised");
// a cancelled retrieve throws osteon::Cancelled.

#include <string>
#include <vector>

#include "core/base/error.h"
#include "core/base/progress.h"

namespace osteon::net {

// A remote DICOM node (the PACS) and how Osteon talks to it.
struct Node {
  std::string name;  // display name ("Orthanc on the ward server")
  std::string calledAeTitle = "ORTHANC";
  std::string host = "127.0.0.1";
  int port = 4242;
  std::string callingAeTitle = "OSTEON";  // our AE title
  int connectTimeoutS = 10;               // TCP connect
  int acseTimeoutS = 10;                  // association request / release
  int dimseTimeoutS = 30;                 // each DIMSE message (C-FIND, C-GET responses...)
  // C-MOVE: the port of Osteon's temporary storage SCP. The PACS must know callingAeTitle with
  // this host and port (Orthanc: "DicomModalities"). 0 = C-MOVE not configured.
  int moveStoragePort = 0;
};

// Throws osteon::Error when a field is unusable (AE title empty, longer than 16 characters or
// with a backslash or control character, port outside 1..65535, timeout < 1 s).
void validate(const Node& node);
// "ORTHANC@127.0.0.1:4242", or "'name' (ORTHANC@127.0.0.1:4242)" when the node has a name
std::string describe(const Node& node);

// Node as JSON: {"name", "aet", "host", "port", "our_aet", "connect_timeout", "acse_timeout",
// "dimse_timeout", "move_port"}; missing keys keep their defaults. Throws osteon::Error on bad
// JSON or wrong types.
Node nodeFromJson(const std::string& jsonText);
std::string nodeToJson(const Node& node);
Node loadNode(const std::string& path);

// C-ECHO. Returns the round trip in seconds (association + echo + release).
double echo(const Node& node);

enum class Level { Patient, Study, Series };
const char* levelName(Level level);  // "PATIENT", "STUDY", "SERIES"

struct Query {
  Level level = Level::Study;
  std::string patientName;       // DICOM wildcards * and ? (e.g. "PHANTOM*"); empty = any
  std::string patientId;         // exact or with wildcards; empty = any
  std::string dateFrom, dateTo;  // YYYYMMDD (either may be empty: open range); study level+
  std::string modality;          // "MR", "CT"...; study level: ModalitiesInStudy
  std::string studyInstanceUid;  // required at series level
  int maxResults = 1000;         // stop (C-CANCEL) after this many matches
};

// One match. Fields the peer did not return stay empty (counts -1).
struct QueryResult {
  Level level = Level::Study;
  std::string patientName, patientId, patientBirthDate, patientSex;
  std::string studyInstanceUid, studyDate, studyTime, studyDescription, accessionNumber, studyId,
      modalitiesInStudy;
  std::string seriesInstanceUid, modality, seriesDescription, seriesNumber;
  int numberOfStudies = -1;    // patient level
  int numberOfSeries = -1;     // study level
  int numberOfInstances = -1;  // study and series level
};

// Study Root C-FIND. Throws osteon::Error on bad dates ("20260132"), a series-level query
// without studyInstanceUid, or any network failure.
std::vector<QueryResult> find(const Node& node, const Query& query);

// What to retrieve: a study, or one series of it.
struct RetrieveTarget {
  std::string studyInstanceUid;
  std::string seriesInstanceUid;  // empty = the whole study
};

struct RetrieveResult {
  int completed = 0, failed = 0, warning = 0;  // sub-operations, as the peer counted them
  std::vector<std::string> files;              // files written under the destination folder
  double seconds = 0;
};

// C-GET: the peer sends the objects back on the same association (no incoming port needed).
// Files are written to outDir/<StudyInstanceUID>/<SeriesInstanceUID>/<SOPInstanceUID>.dcm.
// progress.report(fraction, "12/82 images") after each image; progress.cancelled() aborts the
// association at the next image and throws osteon::Cancelled (files received so far are kept).
RetrieveResult get(const Node& node, const RetrieveTarget& target, const std::string& outDir,
                   const Progress& progress = Progress());

// C-MOVE to ourselves: starts a storage SCP on node.moveStoragePort (all interfaces) for the
// duration of the call, asks the peer to move the objects to node.callingAeTitle, and writes what
// arrives like get(). Throws when the port cannot be opened or the peer does not know our AE.
RetrieveResult move(const Node& node, const RetrieveTarget& target, const std::string& outDir,
                    const Progress& progress = Progress());

struct StoreResult {
  int sent = 0, failed = 0;
  std::vector<std::string> failures;  // "path: reason"
  double seconds = 0;
};

// C-STORE of DICOM files (folders are searched recursively; files that are not DICOM are listed
// as failures). One association for all files. Throws osteon::Error when nothing can be sent
// (no DICOM files, association refused); per-file refusals are counted in the result.
StoreResult store(const Node& node, const std::vector<std::string>& paths,
                  const Progress& progress = Progress());

}  // namespace osteon::net
