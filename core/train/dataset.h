#pragma once
// Training datasets and their validation report (tensor-free: the Training tab shows it).
//   folder per class (seed 003): root/<class>/<image>, classes = folder names, sorted;
//   CSV of image path + label(s) (seed 002): one label column, or several for multi-output;
//   RSNA 2024 layout: checked here (scanRsnaDataset) and turned into crops by rsna_crops.h.
// Unusable entries become problems in the report, shown to the user before training.

#include <cstddef>
#include <string>
#include <vector>

#include "core/base/progress.h"

namespace osteon::train {

struct Sample {
  std::string path;
  int label = 0;            // single output: class index
  std::vector<int> labels;  // multi-output: class index per output, -1 = not labelled
};

struct DatasetReport {
  std::string kind;                   // "folder", "csv", "rsna crops"
  std::vector<std::string> classes;   // class names, sorted
  std::vector<int> counts;            // per class (single output; multi-output: over all outputs)
  std::vector<std::string> outputs;   // multi-output: the label columns; empty = single output
  std::vector<Sample> samples;        // readable images
  std::vector<std::string> problems;  // "path: reason"
  std::vector<std::string> notes;     // facts worth showing (RSNA: studies without coordinates)
  bool multiOutput() const { return !outputs.empty(); }
  std::string text() const;
};

// Scans root/<class>/<image> (PNG, JPEG, TIFF, BMP, DICOM, NIfTI); unreadable files become
// problems. Throws osteon::Error when root is not a folder or has fewer than two classes.
DatasetReport scanFolderDataset(const std::string& root, const Progress& progress = {});

// A CSV of image path + label(s): the image column is the first of filename, path, image,
// img_path, file; the label columns `labelColumns`, else the first of label, class, als_type,
// diagnosis. Paths are relative to `imageRoot` ("" = the CSV's folder). Classes are the distinct
// labels over all label columns, sorted. Rows without any label or a readable image become
// problems; with several label columns an empty cell is "not labelled" for that output.
DatasetReport scanCsvDataset(const std::string& csvPath, const std::string& imageRoot,
                             const std::vector<std::string>& labelColumns = {},
                             const Progress& progress = {});

// Stratified K-fold: each class's indices, shuffled with `seed`, dealt round-robin over the folds
// (continuing where the previous class stopped), so every fold holds each class within one
// image of its share. Returns the sample indices of each fold, sorted.
std::vector<std::vector<std::size_t>> stratifiedFolds(const std::vector<int>& labels, int folds,
                                                      unsigned seed);

// The checks seed 001 did by hand on an RSNA 2024 training folder, without writing anything:
// missing CSVs (thrown), series listed without files and files without a listed series,
// unreadable DICOM, studies without labels in train.csv, labelled targets without a coordinate,
// coordinates on a missing instance, and the severity counts of the labelled targets.
// The report counts each kind of problem (a dataset copied without its DICOM has every study
// without images) and lists the first problems in full.
struct RsnaCheck {
  int studies = 0, series = 0, instances = 0, labelledTargets = 0, coordinates = 0;
  std::vector<int> severityCounts = std::vector<int>(3, 0);
  int studiesWithoutImages = 0;     // no train_images/<study> folder or no readable DICOM in it
  int seriesListed = 0;             // rows of train_series_descriptions.csv
  int seriesWithoutFiles = 0;       // listed, but no folder or no files in it
  int seriesNotListed = 0;          // folders train_series_descriptions.csv does not name
  int unreadableFiles = 0;          // files that are not readable DICOM images
  int missingInstances = 0;         // coordinates naming an instance that has no file
  int gradedWithoutCoordinate = 0;  // graded targets without a coordinate
  int studiesWithoutGrades = 0;
  std::vector<std::string> problems;
  std::string text() const;
};
RsnaCheck scanRsnaDataset(const std::string& root, const Progress& progress = {});

}  // namespace osteon::train
