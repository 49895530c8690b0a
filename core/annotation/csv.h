#pragma once
// CSV as RFC 4180 with the memory needed to write a file back byte for byte: which fields were
// quoted, each row's line ending, a UTF-8 byte-order mark, a missing final newline. A load
// followed by a save with no edits reproduces the file exactly.

#include <string>
#include <vector>

namespace osteon::annotation {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  // Formatting memory (kept in step with header/rows by the editing helpers below).
  std::vector<bool> headerQuoted;
  std::vector<std::vector<bool>> quoted;
  std::string headerEol = "\n";
  std::vector<std::string> rowEol;
  bool bom = false;
  bool finalEol = true;

  int column(const std::string& name) const;  // -1 when absent
  // Appends or inserts a row (unquoted unless a field needs quotes, "\n" or the file's ending).
  void insertRow(std::size_t at, std::vector<std::string> cells);
  void appendRow(std::vector<std::string> cells) { insertRow(rows.size(), std::move(cells)); }
  void eraseRow(std::size_t at);
};

// Parses text; throws osteon::Error naming `source` and the line on malformed input (an
// unterminated quote, text after a closing quote, a row with a different number of fields).
CsvTable parseCsv(const std::string& text, const std::string& source);
CsvTable readCsv(const std::string& path);
std::string formatCsv(const CsvTable& table);
// Writes atomically (temporary file + rename).
void writeCsv(const CsvTable& table, const std::string& path);

// Writes text atomically: a temporary file in the same folder, flushed, then renamed.
void writeFileAtomically(const std::string& path, const std::string& text);
// fsync of a folder, so that a file created or renamed in it survives a power loss. Throws
// osteon::Error when the folder cannot be synced.
void syncFolder(const std::string& folder);

}  // namespace osteon::annotation
