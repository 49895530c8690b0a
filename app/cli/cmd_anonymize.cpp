// osteon-cli anonymize: a de-identified copy of a DICOM folder (PS3.15 basic profile).

#include <cstdio>

#include "app/cli/args.h"
#include "core/io/deidentify.h"

namespace osteon::cli {

int cmdAnonymize(int argc, char** argv) {
  Args args(argc, argv, 2, {"--pseudonym", "--salt"}, {"--help"});
  if (args.flag("--help")) {
    std::fputs(
        "usage: osteon-cli anonymize IN OUT [--pseudonym NAME] [--salt S]\n"
        "  Copies every DICOM file under IN to the same relative path under OUT with the DICOM\n"
        "  PS3.15 Basic Application Level Confidentiality Profile: identifying attributes removed\n"
        "  or emptied, patient name and ID set to NAME (default ANONYMOUS), dates emptied, "
        "private\n"
        "  tags removed, UIDs replaced consistently (the same salt gives the same UIDs). Pixel "
        "data\n"
        "  is copied unchanged: text burned into images is not removed.\n",
        stdout);
    return 0;
  }
  if (args.positional().size() != 2) throw UsageError("give IN and OUT");
  io::DeidentifyOptions o;
  o.pseudonym = args.value("--pseudonym", o.pseudonym);
  o.uidSalt = args.value("--salt", o.uidSalt);
  std::vector<std::string> errors;
  const std::size_t n =
      io::deidentifyFolder(args.positional()[0], args.positional()[1], o, &errors);
  for (const auto& e : errors)
    std::fprintf(stderr, "  %s\n", e.c_str());
  std::printf("wrote %zu de-identified file(s) to %s (%zu problem(s))\n", n,
              args.positional()[1].c_str(), errors.size());
  return n > 0 ? 0 : 1;
}

}  // namespace osteon::cli
