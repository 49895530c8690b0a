// osteon-bench-io: DICOM header scan and volume load, Osteon against ITK (GDCMSeriesFileNames +
// ImageSeriesReader) and pydicom in one run. Not a test: it prints a table and writes JSON.
//
// usage: osteon-bench-io [--data DIR] [--out FILE.json] [--repeats N]

#include <itkGDCMImageIO.h>
#include <itkGDCMSeriesFileNames.h>
#include <itkImage.h>
#include <itkImageSeriesReader.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

#include <random>
#include <string>
#include <thread>
#include <vector>
#include "bench/bench_support.h"

#include "core/base/parallel.h"
#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "core/io/dicom_writer.h"
#include "core/phantom/geometric_study.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace osteon;

namespace {

double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

double timeIt(int repeats, const std::function<void()>& fn) {
  std::vector<double> t;
  for (int i = 0; i < repeats; ++i) {
    const double t0 = now();
    fn();
    t.push_back(now() - t0);
  }
  return median(t);
}

// Resident set size and its peak, in bytes, from /proc/self/status.
std::size_t procStatus(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key, 0) == 0) return std::stoull(line.substr(std::strlen(key))) * 1024;
  return 0;
}

// Peak extra resident memory of a load, measured in a fresh process (this executable with
// --peak MODE DIR) so that memory kept by the allocator from earlier runs cannot hide the cost.
std::size_t peakExtra(const std::string& mode, const std::string& dir) {
  const std::string cmd =
      "'" + fs::read_symlink("/proc/self/exe").string() + "' --peak " + mode + " '" + dir + "'";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return 0;
  unsigned long long extra = 0;
  if (std::fscanf(p, "%llu", &extra) != 1) extra = 0;
  pclose(p);
  return static_cast<std::size_t>(extra);
}

void makeScanFolder(const std::string& dir, int seriesCount, int slices) {
  if (fs::exists(dir + "/.complete")) return;
  fs::remove_all(dir);
  std::printf("writing %d files for the scan benchmark to %s ...\n", seriesCount * slices,
              dir.c_str());
  for (int s = 0; s < seriesCount; ++s) {
    image::Image vol(image::PixelType::UInt16, {256, 256, slices});
    std::mt19937 rng(static_cast<unsigned>(s));
    for (std::size_t i = 0; i < vol.voxelCount(); ++i)
      vol.data<std::uint16_t>()[i] = static_cast<std::uint16_t>(rng() % 4096);
    vol.geometry.spacing = {0.9, 0.9, 3};
    io::DicomWriteInfo info;
    info.patientId = "BENCH" + std::to_string(s % 4);
    info.seriesDescription = "bench series " + std::to_string(s);
    info.seriesNumber = s + 1;
    io::writeDicomSeries(vol, dir + "/series" + std::to_string(s), info);
  }
  std::ofstream(dir + "/.complete") << "ok\n";
}

json runPython(const std::string& mode, const std::string& dir) {
  const std::string cmd = std::string("'") + OSTEON_BENCH_PYTHON + "' '" + OSTEON_BENCH_SCRIPT +
                          "' " + mode + " '" + dir + "'";
  return bench::runJsonCommand(cmd);
}

void warmCache(const std::string& dir) {
  std::vector<char> buf(1 << 20);
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) {
      std::ifstream in(e.path(), std::ios::binary);
      while (in.read(buf.data(), static_cast<std::streamsize>(buf.size()))) {
      }
    }
}

struct OsteonLoad {
  std::size_t voxels = 0, bytes = 0;
};

OsteonLoad osteonLoad(const std::string& dir, int threads) {
  io::ScanOptions so;
  so.threads = threads;
  const io::ScanResult r = io::scanDicom({dir}, so);
  OsteonLoad out;
  io::LoadOptions lo;
  lo.threads = threads;
  std::vector<image::Image> keep;
  for (const auto& p : r.patients)
    for (const auto& st : p.studies)
      for (const auto& se : st.series)
        for (const auto& sk : se.stacks) {
          keep.push_back(io::loadStack(se, sk, lo));
          out.voxels += keep.back().voxelCount();
          out.bytes += keep.back().byteSize();
        }
  return out;
}

std::size_t itkLoad(const std::string& dir) {
  using ImageType = itk::Image<signed short, 3>;
  auto names = itk::GDCMSeriesFileNames::New();
  names->SetUseSeriesDetails(true);
  names->SetRecursive(true);
  names->SetDirectory(dir);
  std::size_t voxels = 0;
  std::vector<ImageType::Pointer> keep;
  for (const std::string& uid : names->GetSeriesUIDs()) {
    auto reader = itk::ImageSeriesReader<ImageType>::New();
    reader->SetImageIO(itk::GDCMImageIO::New());
    reader->SetFileNames(names->GetFileNames(uid));
    reader->Update();
    keep.push_back(reader->GetOutput());
    voxels += keep.back()->GetLargestPossibleRegion().GetNumberOfPixels();
  }
  return voxels;
}

std::size_t itkScan(const std::string& dir) {
  auto names = itk::GDCMSeriesFileNames::New();
  names->SetUseSeriesDetails(true);
  names->SetRecursive(true);
  names->SetDirectory(dir);
  return names->GetSeriesUIDs().size();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--peak") {
    io::registerDicomCodecs();
    const std::size_t base = procStatus("VmRSS:");
    if (std::string(argv[2]) == "osteon")
      osteonLoad(argv[3], 0);
    else
      itkLoad(argv[3]);
    const std::size_t peak = procStatus("VmHWM:");
    std::printf("%llu\n", static_cast<unsigned long long>(peak > base ? peak - base : 0));
    return 0;
  }
  std::string data = "bench-data", out = "bench-io.json";
  int repeats = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--data") data = argv[i + 1];
    if (a == "--out") out = argv[i + 1];
    if (a == "--repeats") repeats = std::max(1, std::atoi(argv[i + 1]));
  }
  const int cores = defaultThreadCount();
  io::registerDicomCodecs();
  const std::string scanDir = data + "/scan2000", lumbarDir = data + "/lumbar";
  makeScanFolder(scanDir, 20, 100);
  if (!fs::exists(lumbarDir + "/train_series_descriptions.csv"))
    phantom::writeGeometricStudy(lumbarDir, {});
  warmCache(scanDir);
  warmCache(lumbarDir);

  json report;
  report["cores"] = cores;

  // --- header scan of 2,000 files -------------------------------------------------------
  std::size_t files = 0;
  const double tScanAll = timeIt(repeats, [&] {
    io::ScanOptions o;
    files = io::scanDicom({scanDir}, o).instanceCount();
  });
  const double tScan1 = timeIt(repeats, [&] {
    io::ScanOptions o;
    o.threads = 1;
    io::scanDicom({scanDir}, o);
  });
  const double tItkScan = timeIt(1, [&] { itkScan(scanDir); });
  const json pyScan = runPython("scan", scanDir);
  const double tPyScan = pyScan.is_null() ? NAN : pyScan["seconds"].get<double>();
  report["scan"] = {{"files", files},
                    {"osteon_s", tScanAll},
                    {"osteon_1thread_s", tScan1},
                    {"itk_s", tItkScan},
                    {"pydicom_s", tPyScan}};

  // --- load of a 3-series lumbar study ----------------------------------------------------
  OsteonLoad ol;
  const double tLoadAll = timeIt(repeats, [&] { ol = osteonLoad(lumbarDir, 0); });
  const double tLoad1 = timeIt(repeats, [&] { osteonLoad(lumbarDir, 1); });
  std::size_t itkVoxels = 0;
  const double tItkLoad = timeIt(std::max(1, repeats / 2), [&] { itkVoxels = itkLoad(lumbarDir); });
  const json pyLoad = runPython("load", lumbarDir);
  const double tPyLoad = pyLoad.is_null() ? NAN : pyLoad["seconds"].get<double>();
  const std::size_t peakOsteon = peakExtra("osteon", lumbarDir);
  const std::size_t peakItk = peakExtra("itk", lumbarDir);
  report["load"] = {{"voxels", ol.voxels},      {"voxel_bytes", ol.bytes},
                    {"osteon_s", tLoadAll},     {"osteon_1thread_s", tLoad1},
                    {"itk_s", tItkLoad},        {"itk_voxels", itkVoxels},
                    {"pydicom_s", tPyLoad},     {"osteon_peak_bytes", peakOsteon},
                    {"itk_peak_bytes", peakItk}};

  std::printf(
      "\n| measurement (%d cores) | Osteon | Osteon 1 thread | ITK | pydicom | Osteon vs ITK | "
      "Osteon vs pydicom |\n",
      cores);
  std::printf("|---|---|---|---|---|---|---|\n");
  std::printf("| header scan, %zu files (files/s) | %.0f | %.0f | %.0f | %.0f | %.1fx | %.1fx |\n",
              files, files / tScanAll, files / tScan1, files / tItkScan, files / tPyScan,
              tItkScan / tScanAll, tPyScan / tScanAll);
  std::printf(
      "| load 3-series lumbar study, %.1f Mvoxels (ms) | %.1f | %.1f | %.1f | %.1f | %.2fx | %.1fx "
      "|\n",
      ol.voxels / 1e6, tLoadAll * 1e3, tLoad1 * 1e3, tItkLoad * 1e3, tPyLoad * 1e3,
      tItkLoad / tLoadAll, tPyLoad / tLoadAll);
  std::printf("| peak extra memory during load / voxel bytes | %.2fx | | %.2fx | | | |\n",
              static_cast<double>(peakOsteon) / static_cast<double>(ol.bytes),
              static_cast<double>(peakItk) / static_cast<double>(ol.bytes));
  std::ofstream(out) << report.dump(2) << "\n";
  std::printf("\nJSON: %s\n", out.c_str());
  return 0;
}
