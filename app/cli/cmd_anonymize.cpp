// osteon-cli anonymize: a de-identified copy of a DICOM file, folder or RSNA dataset (PS3.15
// Basic Application Level Confidentiality Profile and its options, Table E.1-1).

#include <cstdio>
#include <filesystem>

#include "app/cli/args.h"
#include "core/annotation/rsna_export.h"
#include "core/annotation/rsna_layout.h"
#include "core/io/deidentify.h"

namespace osteon::cli {

namespace fs = std::filesystem;

int cmdAnonymize(int argc, char** argv) {
  Args args(argc, argv, 2, {"--pseudonym", "--salt", "--option"}, {"--help", "--accept-burned-in"});
  if (args.flag("--help")) {
    std::printf(
        "usage: osteon-cli anonymize IN OUT [--option NAME]... [--pseudonym NAME] [--salt S]\n"
        "                            [--accept-burned-in]\n"
        "  A de-identified copy of IN (a DICOM file, a folder, or an RSNA dataset with\n"
        "  train_images/ and its CSV files) in OUT, with the DICOM PS3.15 Basic Application Level\n"
        "  Confidentiality Profile: every attribute of Table E.1-1 (2026d, %zu attributes) gets\n"
        "  the standard's action at any depth of sequences; private attributes, overlays and\n"
        "  curves are removed; UIDs are replaced consistently; patient name and ID become NAME\n"
        "  (default ANONYMOUS). Folder names and file names that are not plain instance numbers\n"
        "  become pseudonyms, and an RSNA dataset's CSV files get the same pseudonyms.\n"
        "  Files that may show text burned into their pixels (Burned In Annotation YES; US, OT,\n"
        "  Secondary Capture, ... without Burned In Annotation NO) are refused and listed for\n"
        "  review; --accept-burned-in exports them with a warning. Pixels are never changed.\n"
        "  --salt S     the same salt gives the same UIDs, pseudonyms and date shifts again\n"
        "               (default: a random salt, printed, so nothing links back)\n"
        "  --option     an option profile of PS3.15 E.3 (repeatable):\n",
        io::deidTableSize());
    for (io::DeidOption o : io::allDeidOptions())
      std::printf("      %-32s %s\n", io::deidOptionName(o), io::deidOptionTitle(o));
    std::printf(
        "  Exit status: 0 when every DICOM file was written, 3 when some were refused or\n"
        "  failed (listed), 1 when none was written.\n");
    return 0;
  }
  if (args.positional().size() != 2) throw UsageError("give IN and OUT");
  const std::string in = args.positional()[0], out = args.positional()[1];
  io::DeidentifyOptions o;
  o.pseudonym = args.value("--pseudonym", o.pseudonym);
  o.salt = args.value("--salt");
  o.acceptBurnedIn = args.flag("--accept-burned-in");
  for (const std::string& name : args.values("--option"))
    o.options.insert(io::deidOptionFromName(name));
  if (o.options.count(io::DeidOption::RetainLongitudinalFullDates) &&
      o.options.count(io::DeidOption::RetainLongitudinalModifiedDates))
    throw UsageError("choose retain-dates or retain-modified-dates, not both");
  if (!fs::exists(in)) throw Error(fileError(in, "does not exist"));

  if (fs::is_regular_file(in)) {
    io::Pseudonymizer names(o.salt);
    try {
      io::deidentifyFile(in, out, o, names);
    } catch (const io::BurnedInText& e) {
      std::fprintf(stderr, "refused for review: %s\n", e.what());
      return 3;
    }
    std::printf("wrote a de-identified copy of %s to %s (salt %s)\n", in.c_str(), out.c_str(),
                names.salt().c_str());
    return 0;
  }

  io::DeidentifyReport r;
  std::string salt;
  std::size_t csvs = 0;
  if (annotation::RsnaLayout::detect(in)) {
    const annotation::RsnaExportReport e = annotation::exportDeidentifiedRsna(in, out, o);
    r = e.dicom;
    salt = e.salt;
    csvs = e.csvFiles;
  } else {
    io::Pseudonymizer names(o.salt);
    r = io::deidentifyFolder(in, out, o, names);
    salt = names.salt();
  }
  for (const auto& e : r.errors)
    std::fprintf(stderr, "error: %s\n", e.c_str());
  for (const auto& e : r.review)
    std::fprintf(stderr, "refused for review: %s\n", e.c_str());
  for (const auto& e : r.warnings)
    std::fprintf(stderr, "warning: %s\n", e.c_str());
  std::printf(
      "wrote %zu de-identified DICOM file(s)%s to %s (salt %s); %zu refused for review, %zu "
      "error(s)\n",
      r.written, csvs ? (" and " + std::to_string(csvs) + " CSV file(s)").c_str() : "", out.c_str(),
      salt.c_str(), r.review.size(), r.errors.size());
  if (r.written == 0) return 1;
  return r.review.empty() && r.errors.empty() ? 0 : 3;
}

}  // namespace osteon::cli
