// osteon-cli pacs: echo, find, get, move and store against a DICOM node (core/net).

#include <atomic>
#include <csignal>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "app/cli/args.h"
#include "core/net/pacs.h"

namespace osteon::cli {

namespace {

const char* kHelp =
    "usage: osteon-cli pacs echo|find|get|move|store [node options] [options]\n"
    "Query and retrieve from a PACS (DICOM C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE).\n"
    "node options (a --node file first, then flags override it):\n"
    "  --node FILE         JSON node file: {\"name\", \"aet\", \"host\", \"port\", \"our_aet\",\n"
    "                      \"connect_timeout\", \"acse_timeout\", \"dimse_timeout\", "
    "\"move_port\"}\n"
    "  --host H --port P   the PACS address (default 127.0.0.1:4242)\n"
    "  --aet AET           the PACS AE title (default ORTHANC)\n"
    "  --our-aet AET       Osteon's AE title (default OSTEON)\n"
    "  --timeout S         seconds to wait for each DICOM message (default 30)\n"
    "  --connect-timeout S seconds for the TCP connection and association (default 10)\n"
    "  --move-port P       local port of Osteon's storage SCP for 'move' (the PACS must know\n"
    "                      --our-aet with this host and port)\n"
    "commands:\n"
    "  echo                          C-ECHO: is the node there and does it accept us?\n"
    "  find [--level patient|study|series] [--name N] [--id ID] [--from YYYYMMDD]\n"
    "       [--to YYYYMMDD] [--modality M] [--study UID] [--json]\n"
    "                                C-FIND (names take the wildcards * and ?; series level\n"
    "                                needs --study); prints a table or JSON\n"
    "  get --study UID [--series UID] --out DIR\n"
    "                                C-GET into DIR/<study>/<series>/<sop>.dcm (no incoming port)\n"
    "  move --study UID [--series UID] --out DIR --move-port P\n"
    "                                C-MOVE to Osteon's temporary storage SCP\n"
    "  store PATH...                 C-STORE files (folders are searched recursively)\n"
    "Progress goes to stderr; Ctrl+C cancels a retrieve. Exit status: 0 done, 1 error or\n"
    "failed images, 2 usage, 130 cancelled.\n";

std::atomic<bool> gCancel{false};
extern "C" void onInterrupt(int) {
  gCancel = true;
}

int toInt(const Args& args, const std::string& key, int fallback) {
  const double v = args.number(key, fallback);
  if (v != static_cast<int>(v)) throw UsageError("option " + key + " expects a whole number");
  return static_cast<int>(v);
}

net::Node nodeFrom(const Args& args) {
  net::Node n = args.has("--node") ? net::loadNode(args.value("--node")) : net::Node{};
  if (args.has("--host")) n.host = args.value("--host");
  n.port = toInt(args, "--port", n.port);
  if (args.has("--aet")) n.calledAeTitle = args.value("--aet");
  if (args.has("--our-aet")) n.callingAeTitle = args.value("--our-aet");
  n.dimseTimeoutS = toInt(args, "--timeout", n.dimseTimeoutS);
  if (args.has("--connect-timeout")) {
    n.connectTimeoutS = toInt(args, "--connect-timeout", n.connectTimeoutS);
    n.acseTimeoutS = n.connectTimeoutS;
  }
  n.moveStoragePort = toInt(args, "--move-port", n.moveStoragePort);
  try {
    net::validate(n);
  } catch (const Error& e) {
    throw UsageError(e.what());
  }
  return n;
}

Progress stderrProgress(const char* what) {
  return Progress(
      [what](double f, const std::string& text) {
        std::fprintf(stderr, "\r%s: %3.0f%% %s   ", what, 100 * f, text.c_str());
        std::fflush(stderr);
      },
      &gCancel);
}

std::string levelDate(const std::string& d) {
  return d.size() == 8 ? d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) : d;
}

void printTable(const std::vector<net::QueryResult>& rows, net::Level level) {
  std::vector<std::vector<std::string>> cells;
  if (level == net::Level::Patient) {
    cells.push_back({"Patient name", "Patient ID", "Birth date", "Sex", "Studies"});
    for (const auto& r : rows)
      cells.push_back({r.patientName, r.patientId, levelDate(r.patientBirthDate), r.patientSex,
                       r.numberOfStudies < 0 ? "" : std::to_string(r.numberOfStudies)});
  } else if (level == net::Level::Study) {
    cells.push_back({"Patient name", "Patient ID", "Date", "Modalities", "Description", "Series",
                     "Images", "Study Instance UID"});
    for (const auto& r : rows)
      cells.push_back(
          {r.patientName, r.patientId, levelDate(r.studyDate), r.modalitiesInStudy,
           r.studyDescription, r.numberOfSeries < 0 ? "" : std::to_string(r.numberOfSeries),
           r.numberOfInstances < 0 ? "" : std::to_string(r.numberOfInstances), r.studyInstanceUid});
  } else {
    cells.push_back({"#", "Modality", "Description", "Images", "Series Instance UID"});
    for (const auto& r : rows)
      cells.push_back({r.seriesNumber, r.modality, r.seriesDescription,
                       r.numberOfInstances < 0 ? "" : std::to_string(r.numberOfInstances),
                       r.seriesInstanceUid});
  }
  std::vector<std::size_t> width(cells[0].size(), 0);
  for (const auto& row : cells)
    for (std::size_t i = 0; i < row.size(); ++i)
      width[i] = std::max(width[i], row[i].size());
  for (std::size_t r = 0; r < cells.size(); ++r) {
    std::string line;
    for (std::size_t i = 0; i < cells[r].size(); ++i) {
      line += cells[r][i];
      if (i + 1 < cells[r].size()) line += std::string(width[i] - cells[r][i].size() + 2, ' ');
    }
    std::printf("%s\n", line.c_str());
  }
  std::printf("%zu match%s\n", rows.size(), rows.size() == 1 ? "" : "es");
}

nlohmann::json toJson(const net::QueryResult& r) {
  nlohmann::json j = {{"level", net::levelName(r.level)}};
  auto put = [&](const char* k, const std::string& v) {
    if (!v.empty()) j[k] = v;
  };
  auto putN = [&](const char* k, int v) {
    if (v >= 0) j[k] = v;
  };
  put("patient_name", r.patientName);
  put("patient_id", r.patientId);
  put("patient_birth_date", r.patientBirthDate);
  put("patient_sex", r.patientSex);
  put("study_instance_uid", r.studyInstanceUid);
  put("study_date", r.studyDate);
  put("study_time", r.studyTime);
  put("study_description", r.studyDescription);
  put("accession_number", r.accessionNumber);
  put("study_id", r.studyId);
  put("modalities_in_study", r.modalitiesInStudy);
  put("series_instance_uid", r.seriesInstanceUid);
  put("modality", r.modality);
  put("series_description", r.seriesDescription);
  put("series_number", r.seriesNumber);
  putN("number_of_studies", r.numberOfStudies);
  putN("number_of_series", r.numberOfSeries);
  putN("number_of_instances", r.numberOfInstances);
  return j;
}

int retrieve(const Args& args, bool useMove) {
  const net::Node node = nodeFrom(args);
  if (!args.has("--study")) throw UsageError("give --study UID");
  if (!args.has("--out")) throw UsageError("give --out DIR");
  if (useMove && node.moveStoragePort <= 0)
    throw UsageError("move needs --move-port P (or move_port in the --node file)");
  const net::RetrieveTarget target{args.value("--study"), args.value("--series")};
  const Progress progress = stderrProgress(useMove ? "C-MOVE" : "C-GET");
  const net::RetrieveResult r = useMove ? net::move(node, target, args.value("--out"), progress)
                                        : net::get(node, target, args.value("--out"), progress);
  std::fprintf(stderr, "\n");
  std::printf("retrieved %zu images from %s into %s in %.2f s (%d failed, %d warnings)\n",
              r.files.size(), net::describe(node).c_str(), args.value("--out").c_str(), r.seconds,
              r.failed, r.warning);
  return r.failed > 0 ? 1 : 0;
}

}  // namespace

int cmdPacs(int argc, char** argv) {
  Args args(argc, argv, 2,
            {"--node", "--host", "--port", "--aet", "--our-aet", "--timeout", "--connect-timeout",
             "--move-port", "--level", "--name", "--id", "--from", "--to", "--modality", "--study",
             "--series", "--out"},
            {"--help", "--json"});
  if (args.flag("--help") || args.positional().empty()) {
    std::fputs(kHelp, args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  const std::string sub = args.positional()[0];
  std::signal(SIGINT, onInterrupt);
  try {
    if (sub == "echo") {
      const net::Node node = nodeFrom(args);
      const double s = net::echo(node);
      std::printf("C-ECHO %s: ok (%.0f ms)\n", net::describe(node).c_str(), s * 1000);
      return 0;
    }
    if (sub == "find") {
      const net::Node node = nodeFrom(args);
      net::Query q;
      const std::string level = args.value("--level", "study");
      if (level == "patient")
        q.level = net::Level::Patient;
      else if (level == "study")
        q.level = net::Level::Study;
      else if (level == "series")
        q.level = net::Level::Series;
      else
        throw UsageError("--level must be patient, study or series");
      q.patientName = args.value("--name");
      q.patientId = args.value("--id");
      q.dateFrom = args.value("--from");
      q.dateTo = args.value("--to");
      q.modality = args.value("--modality");
      q.studyInstanceUid = args.value("--study");
      const auto rows = net::find(node, q);
      if (args.flag("--json")) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& r : rows)
          j.push_back(toJson(r));
        std::printf("%s\n", j.dump(2).c_str());
      } else {
        printTable(rows, q.level);
      }
      return 0;
    }
    if (sub == "get") return retrieve(args, false);
    if (sub == "move") return retrieve(args, true);
    if (sub == "store") {
      const net::Node node = nodeFrom(args);
      std::vector<std::string> paths(args.positional().begin() + 1, args.positional().end());
      if (paths.empty()) throw UsageError("give the files or folders to store");
      const net::StoreResult r = net::store(node, paths, stderrProgress("C-STORE"));
      std::fprintf(stderr, "\n");
      for (const auto& f : r.failures)
        std::fprintf(stderr, "not stored: %s\n", f.c_str());
      std::printf("stored %d files on %s in %.2f s (%d failed)\n", r.sent,
                  net::describe(node).c_str(), r.seconds, r.failed);
      return r.failed > 0 ? 1 : 0;
    }
  } catch (const Cancelled&) {
    std::fprintf(stderr, "\ncancelled\n");
    return 130;
  }
  throw UsageError("unknown pacs command '" + sub + "' (echo, find, get, move, store)");
}

}  // namespace osteon::cli
