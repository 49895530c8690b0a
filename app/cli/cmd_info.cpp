// osteon-cli info: what a folder, DICOMDIR or file holds, from headers only.

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/args.h"
#include "core/image/image.h"
#include "core/io/dicom_scan.h"
#include "core/io/image_file.h"

namespace osteon::cli {

namespace {

using nlohmann::json;

const char* kHelp =
    "usage: osteon-cli info PATH... [--json] [--threads N]\n"
    "  PATH     DICOM files, folders (searched recursively), DICOMDIR files, or plain images\n"
    "           (PNG, JPEG, TIFF, BMP, NIfTI, NRRD, MHA)\n"
    "  --json   machine-readable output\n"
    "Headers only: pixel data is not read. Files that cannot be used are listed with the reason.\n";

json vec(const image::Vec3& v) {
  return json::array({v[0], v[1], v[2]});
}

json stackJson(const io::DicomSeries& se, const io::DicomStack& st) {
  const io::DicomInstance& f = se.instances[st.slices.front().instance];
  json j;
  j["dims"] = json::array({st.columns, st.rows, st.slices.size()});
  j["pixel"] = {{"samples", f.samplesPerPixel},
                {"bits_allocated", f.bitsAllocated},
                {"bits_stored", f.bitsStored},
                {"signed", f.pixelRepresentation == 1},
                {"photometric", f.photometric}};
  j["spacing"] = vec(st.geometry.spacing);
  j["spacing_source"] = st.spacingSource.empty() ? "none" : st.spacingSource;
  j["has_geometry"] = st.hasGeometry;
  j["origin"] = vec(st.geometry.origin);
  j["direction"] =
      json::array({vec(st.geometry.direction.column(0)), vec(st.geometry.direction.column(1)),
                   vec(st.geometry.direction.column(2))});
  j["transfer_syntax"] = f.transferSyntaxUid;
  j["transfer_syntax_name"] = f.transferSyntaxName();
  j["rescale"] = {{"slope", f.rescale.slope}, {"intercept", f.rescale.intercept}};
  json w = json::array();
  for (const auto& p : f.windows)
    w.push_back({{"center", p.center}, {"width", p.width}, {"name", p.name}});
  j["windows"] = w;
  j["warnings"] = st.warnings;
  return j;
}

void printStack(const io::DicomSeries& se, const io::DicomStack& st, int number) {
  const io::DicomInstance& f = se.instances[st.slices.front().instance];
  const auto& g = st.geometry;
  std::printf("      stack %d: %s, %d-bit%s %s, spacing %.4g x %.4g x %.4g mm (%s)\n", number,
              st.label().c_str(), f.bitsStored, f.pixelRepresentation ? " signed" : "",
              f.photometric.c_str(), g.spacing[0], g.spacing[1], g.spacing[2],
              st.spacingSource.empty() ? "uncalibrated" : st.spacingSource.c_str());
  if (st.hasGeometry) std::printf("        %s\n", g.describe().c_str());
  std::printf("        %s", f.transferSyntaxName().c_str());
  if (!f.rescale.isIdentity())
    std::printf(", rescale %g x + %g", f.rescale.slope, f.rescale.intercept);
  for (const auto& w : f.windows)
    std::printf(", window %g/%g", w.center, w.width);
  std::printf("\n");
  for (const auto& w : st.warnings)
    std::printf("        warning: %s\n", w.c_str());
}

}  // namespace

int cmdInfo(int argc, char** argv) {
  Args args(argc, argv, 2, {"--threads"}, {"--json", "--help"});
  if (args.flag("--help")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  if (args.positional().empty()) throw UsageError("give at least one PATH");
  const bool asJson = args.flag("--json");

  std::vector<std::string> dicomPaths;
  json plain = json::array();
  int plainErrors = 0;
  for (const std::string& p : args.positional()) {
    if (io::isPlainImagePath(p) && !io::looksLikeDicom(p)) {
      try {
        image::Image img = io::readImageFile(p);
        const auto [lo, hi] = image::valueRange(img);
        plain.push_back({{"path", p},
                         {"dims", json::array({img.width(), img.height(), img.depth()})},
                         {"pixel_type", image::pixelTypeName(img.pixelType())},
                         {"spacing", vec(img.geometry.spacing)},
                         {"origin", vec(img.geometry.origin)},
                         {"range", json::array({lo, hi})}});
      } catch (const Error& e) {
        plain.push_back({{"path", p}, {"error", e.what()}});
        ++plainErrors;
      }
    } else {
      dicomPaths.push_back(p);
    }
  }

  io::ScanResult scan;
  if (!dicomPaths.empty()) {
    io::ScanOptions opt;
    opt.threads = static_cast<int>(args.number("--threads", 0));
    scan = io::scanDicom(dicomPaths, opt);
  }

  std::size_t studies = 0, stacks = 0;
  for (const auto& p : scan.patients) {
    studies += p.studies.size();
    for (const auto& st : p.studies)
      for (const auto& se : st.series)
        stacks += se.stacks.size();
  }

  if (asJson) {
    json out;
    json patients = json::array();
    for (const auto& p : scan.patients) {
      json pj = {{"id", p.id}, {"name", p.name}, {"birth_date", p.birthDate}, {"sex", p.sex}};
      json sj = json::array();
      for (const auto& st : p.studies) {
        json stj = {{"uid", st.studyUid},
                    {"date", st.date},
                    {"description", st.description},
                    {"accession", st.accessionNumber}};
        json ser = json::array();
        for (const auto& se : st.series) {
          json sej = {{"uid", se.seriesUid},
                      {"number", se.number},
                      {"description", se.description},
                      {"modality", se.modality},
                      {"instances", se.instances.size()}};
          json sk = json::array();
          for (const auto& k : se.stacks)
            sk.push_back(stackJson(se, k));
          sej["stacks"] = sk;
          ser.push_back(sej);
        }
        stj["series"] = ser;
        sj.push_back(stj);
      }
      pj["studies"] = sj;
      patients.push_back(pj);
    }
    out["patients"] = patients;
    json errors = json::array();
    for (const auto& e : scan.errors)
      errors.push_back({{"path", e.path}, {"message", e.message}});
    out["errors"] = errors;
    out["skipped"] = scan.skipped;
    out["images"] = plain;
    out["summary"] = {{"files", scan.filesVisited},
                      {"patients", scan.patients.size()},
                      {"studies", studies},
                      {"series", scan.seriesCount()},
                      {"stacks", stacks},
                      {"instances", scan.instanceCount()},
                      {"errors", scan.errors.size() + plainErrors}};
    std::cout << out.dump(2) << "\n";
  } else {
    for (const auto& p : scan.patients) {
      std::printf("Patient %s (%s)\n", p.name.empty() ? "(no name)" : p.name.c_str(), p.id.c_str());
      for (const auto& st : p.studies) {
        std::printf("  Study %s \"%s\"\n", st.date.c_str(), st.description.c_str());
        for (const auto& se : st.series) {
          std::printf("    Series %d %s \"%s\": %zu instance(s)\n", se.number, se.modality.c_str(),
                      se.description.c_str(), se.instances.size());
          int n = 0;
          for (const auto& k : se.stacks)
            printStack(se, k, ++n);
        }
      }
    }
    for (const auto& im : plain) {
      if (im.contains("error")) continue;
      std::printf("Image %s: %dx%dx%d %s, spacing %.4g x %.4g mm, values %g..%g\n",
                  im["path"].get<std::string>().c_str(), im["dims"][0].get<int>(),
                  im["dims"][1].get<int>(), im["dims"][2].get<int>(),
                  im["pixel_type"].get<std::string>().c_str(), im["spacing"][0].get<double>(),
                  im["spacing"][1].get<double>(), im["range"][0].get<double>(),
                  im["range"][1].get<double>());
    }
    if (!scan.errors.empty() || plainErrors) {
      std::printf("Errors (%zu):\n", scan.errors.size() + static_cast<std::size_t>(plainErrors));
      for (const auto& e : scan.errors)
        std::printf("  %s: %s\n", e.path.c_str(), e.message.c_str());
      for (const auto& im : plain)
        if (im.contains("error")) std::printf("  %s\n", im["error"].get<std::string>().c_str());
    }
    if (!scan.skipped.empty())
      std::printf("Skipped %zu file(s) that are not DICOM images\n", scan.skipped.size());
    std::printf(
        "Summary: %zu file(s), %zu patient(s), %zu study(ies), %zu series, %zu stack(s), "
        "%zu instance(s), %zu error(s)\n",
        scan.filesVisited, scan.patients.size(), studies, scan.seriesCount(), stacks,
        scan.instanceCount(), scan.errors.size() + static_cast<std::size_t>(plainErrors));
  }
  const bool foundAnything = stacks > 0 || plain.size() > static_cast<std::size_t>(plainErrors);
  return foundAnything ? 0 : 1;
}

}  // namespace osteon::cli
