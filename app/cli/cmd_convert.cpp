// osteon-cli convert: a DICOM series (or a plain image) to NIfTI/NRRD/MHA, a PNG stack with
// window/level (seed 004's DICOM-to-PNG step) or DICOM.

#include <cstdio>
#include <filesystem>

#include "app/cli/args.h"
#include "core/base/error.h"
#include "core/image/reslice.h"
#include "core/image/window_level.h"
#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "core/io/dicom_writer.h"
#include "core/io/image_file.h"
#include "core/io/open.h"

namespace fs = std::filesystem;

namespace osteon::cli {

namespace {

const char* kHelp =
    "usage: osteon-cli convert IN OUT [options]\n"
    "  IN                 DICOM file, folder or DICOMDIR, or a plain image/volume\n"
    "  OUT                .nii / .nii.gz / .nrrd / .mha   the volume with its geometry (LPS)\n"
    "                     .png                            one slice (2D input, or --slice K)\n"
    "                     a folder with --format png      every slice, named 1.png, 2.png, ...\n"
    "                     .dcm                            one slice as DICOM Secondary Capture\n"
    "                     a folder with --format dicom    the volume as a DICOM series\n"
    "options:\n"
    "  --stack N          which stack of IN (1-based, in 'osteon-cli info' order; default: "
    "largest)\n"
    "  --format F         png | dicom, for a folder OUT\n"
    "  --window C W       window centre and width for PNG (default: header preset, else auto)\n"
    "  --auto-window      window from the 0.5%..99.5% histogram percentiles\n"
    "  --plane P          axial | coronal | sagittal for PNG slices (default: acquisition plane)\n"
    "  --slice K          slice index (0-based) along the plane, for a single .png/.dcm\n"
    "  --transfer-syntax T  for DICOM output: explicit (default), implicit, big, deflated, rle,\n"
    "                     jpeg-lossless, jpeg-baseline, jpeg-extended, jpegls-lossless, "
    "jpegls-near\n";

std::string lowerExtension(const std::string& p) {
  std::string s = fs::path(p).filename().string();
  for (char& c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (s.size() > 7 && s.compare(s.size() - 7, 7, ".nii.gz") == 0) return ".nii.gz";
  const auto dot = s.rfind('.');
  return dot == std::string::npos ? "" : s.substr(dot);
}

image::Image loadInput(const std::string& in, int stackNumber) {
  if (stackNumber <= 0) return io::openImage(in);
  const io::ScanResult scan = io::scanDicom({in});
  int n = 0;
  for (const auto& p : scan.patients)
    for (const auto& st : p.studies)
      for (const auto& se : st.series)
        for (const auto& sk : se.stacks)
          if (++n == stackNumber) return io::loadStack(se, sk);
  throw Error(fileError(in, "there is no stack " + std::to_string(stackNumber) + " (found " +
                                std::to_string(n) + ")"));
}

}  // namespace

int cmdConvert(int argc, char** argv) {
  Args args(argc, argv, 2, {"--stack", "--format", "--plane", "--slice", "--transfer-syntax"},
            {"--auto-window", "--help"}, {"--window"});
  if (args.flag("--help")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  const std::vector<std::string>& pos = args.positional();
  image::WindowLevel wl;
  bool haveWindow = false;
  if (args.has("--window")) {
    try {
      wl.center = std::stod(args.values("--window")[0]);
      wl.width = std::stod(args.values("--window")[1]);
    } catch (const std::exception&) {
      throw UsageError("--window needs a centre and a width, e.g. --window 600 1200");
    }
    if (!(wl.width >= 1)) throw UsageError("--window width must be at least 1");
    haveWindow = true;
  }
  if (pos.size() != 2) throw UsageError("give IN and OUT");
  const std::string in = pos[0], out = pos[1];
  const std::string ext = lowerExtension(out);
  const std::string format = args.value("--format");

  image::Image img = loadInput(in, static_cast<int>(args.number("--stack", 0)));
  std::printf("read %s: %dx%dx%d %s\n", in.c_str(), img.width(), img.height(), img.depth(),
              image::pixelTypeName(img.pixelType()));
  // What the scan found about the stack's geometry (uneven gaps, tilt): a volume file has one
  // spacing and one direction, so its world positions are only right where the stack is regular.
  if (const auto w = img.meta.find("stack_warnings"); w != img.meta.end() && !w->second.empty())
    std::fprintf(stderr,
                 "warning: %s: %s; the output's geometry assumes evenly stacked slices, so some "
                 "slices' world positions are wrong\n",
                 in.c_str(), w->second.c_str());

  if (ext == ".nii" || ext == ".nii.gz" || ext == ".nrrd" || ext == ".mha" || ext == ".mhd") {
    io::writeImageFile(img, out);
    std::printf("wrote %s\n", out.c_str());
    return 0;
  }

  const image::Plane plane = args.has("--plane") ? image::planeFromName(args.value("--plane"))
                                                 : image::acquisitionPlane(img.geometry);
  if (!haveWindow)
    wl = args.flag("--auto-window") ? image::autoWindow(img) : image::defaultWindow(img);
  auto windowed = [&](int k) {
    image::Image slice = image::extractSlice(img, plane, k);
    return img.pixelType() == image::PixelType::RGB8 && !haveWindow
               ? std::move(slice)
               : image::windowTo8Bit(slice, wl);
  };
  const int count = image::sliceCount(img, plane);

  if (ext == ".png" || ext == ".dcm") {
    int k = static_cast<int>(args.number("--slice", count == 1 ? 0 : -1));
    if (k < 0) k = count / 2;
    if (k >= count)
      throw UsageError("--slice " + std::to_string(k) + " is outside 0.." +
                       std::to_string(count - 1));
    if (ext == ".png") {
      io::writeImageFile(windowed(k), out);
    } else {
      io::DicomWriteInfo info;
      info.modality = "OT";
      info.seriesDescription = "Osteon secondary capture";
      info.transferSyntax = io::transferSyntaxFromName(args.value("--transfer-syntax", "explicit"));
      image::Image slice = image::extractSlice(img, plane, k);
      io::writeDicomImage(slice, 0, out, info, 1);
    }
    std::printf("wrote %s (slice %d of %d, window %g/%g)\n", out.c_str(), k, count, wl.center,
                wl.width);
    return 0;
  }
  if (format == "png") {
    fs::create_directories(out);
    for (int k = 0; k < count; ++k)
      io::writeImageFile(windowed(k), (fs::path(out) / (std::to_string(k + 1) + ".png")).string());
    std::printf("wrote %d PNG slices (%s, window %g/%g) to %s\n", count, image::planeName(plane),
                wl.center, wl.width, out.c_str());
    return 0;
  }
  if (format == "dicom") {
    io::DicomWriteInfo info;
    info.modality = img.meta.count("modality") && !img.meta.at("modality").empty()
                        ? img.meta.at("modality")
                        : "OT";
    info.seriesDescription =
        img.meta.count("series_description") ? img.meta.at("series_description") : "";
    info.transferSyntax = io::transferSyntaxFromName(args.value("--transfer-syntax", "explicit"));
    const auto paths = io::writeDicomSeries(img, out, info);
    std::printf("wrote %zu DICOM files to %s\n", paths.size(), out.c_str());
    return 0;
  }
  throw UsageError(
      "cannot tell the output format of '" + out +
      "': use .nii, .nii.gz, .nrrd, .mha, .png, .dcm or a folder with --format png|dicom");
}

}  // namespace osteon::cli
