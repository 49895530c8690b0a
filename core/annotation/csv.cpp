#include "core/annotation/csv.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/base/error.h"

namespace osteon::annotation {

int CsvTable::column(const std::string& name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

namespace {
bool needsQuotes(const std::string& s) {
  return s.find_first_of(",\"\r\n") != std::string::npos;
}
}  // namespace

void CsvTable::insertRow(std::size_t at, std::vector<std::string> cells) {
  std::vector<bool> q(cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i)
    q[i] = needsQuotes(cells[i]);
  const std::string eol = rowEol.empty() ? headerEol : rowEol.back();
  rows.insert(rows.begin() + static_cast<long>(at), std::move(cells));
  quoted.insert(quoted.begin() + static_cast<long>(at), std::move(q));
  rowEol.insert(rowEol.begin() + static_cast<long>(at), eol.empty() ? std::string("\n") : eol);
  finalEol = true;
}

void CsvTable::eraseRow(std::size_t at) {
  rows.erase(rows.begin() + static_cast<long>(at));
  quoted.erase(quoted.begin() + static_cast<long>(at));
  rowEol.erase(rowEol.begin() + static_cast<long>(at));
}

CsvTable parseCsv(const std::string& text, const std::string& source) {
  CsvTable t;
  std::size_t i = 0;
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    t.bom = true;
    i = 3;
  }
  int line = 1;
  bool first = true;
  while (i < text.size()) {
    std::vector<std::string> cells;
    std::vector<bool> q;
    std::string cell;
    bool cellQuoted = false;
    std::string eol;
    const int rowLine = line;
    for (;;) {
      if (i < text.size() && text[i] == '"' && cell.empty() && !cellQuoted) {
        cellQuoted = true;
        ++i;
        for (;;) {
          if (i >= text.size())
            throw Error(source + ": line " + std::to_string(rowLine) +
                        ": a quoted field is not closed");
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              cell += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (text[i] == '\n') ++line;
          cell += text[i++];
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
          throw Error(source + ": line " + std::to_string(line) + ": text after a closing quote");
      }
      while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        if (text[i] == '"' && !cellQuoted)
          throw Error(source + ": line " + std::to_string(line) +
                      ": a quote inside an unquoted field");
        cell += text[i++];
      }
      cells.push_back(cell);
      q.push_back(cellQuoted);
      cell.clear();
      cellQuoted = false;
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      if (i < text.size() && text[i] == '\r') {
        eol = (i + 1 < text.size() && text[i + 1] == '\n') ? "\r\n" : "\r";
      } else if (i < text.size() && text[i] == '\n') {
        eol = "\n";
      }
      i += eol.size();
      ++line;
      break;
    }
    if (first) {
      t.header = std::move(cells);
      t.headerQuoted = std::move(q);
      t.headerEol = eol;
      first = false;
    } else {
      if (cells.size() != t.header.size())
        throw Error(source + ": line " + std::to_string(rowLine) + ": " +
                    std::to_string(cells.size()) + " fields, the header has " +
                    std::to_string(t.header.size()));
      t.rows.push_back(std::move(cells));
      t.quoted.push_back(std::move(q));
      t.rowEol.push_back(eol);
    }
    t.finalEol = !eol.empty();
  }
  if (first) throw Error(source + ": empty file (no header)");
  return t;
}

CsvTable readCsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(fileError(path, "cannot open"));
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return parseCsv(text, path);
}

namespace {
void appendCell(std::string& out, const std::string& cell, bool quote) {
  if (!quote && !needsQuotes(cell)) {
    out += cell;
    return;
  }
  out += '"';
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}
}  // namespace

std::string formatCsv(const CsvTable& t) {
  std::string out;
  if (t.bom) out += "\xEF\xBB\xBF";
  for (std::size_t c = 0; c < t.header.size(); ++c) {
    if (c) out += ',';
    appendCell(out, t.header[c], c < t.headerQuoted.size() && t.headerQuoted[c]);
  }
  const bool noRows = t.rows.empty();
  out += noRows && !t.finalEol ? std::string()
                               : (t.headerEol.empty() ? std::string("\n") : t.headerEol);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
      if (c) out += ',';
      appendCell(out, t.rows[r][c],
                 r < t.quoted.size() && c < t.quoted[r].size() && t.quoted[r][c]);
    }
    const bool last = r + 1 == t.rows.size();
    const std::string eol =
        r < t.rowEol.size() && !t.rowEol[r].empty() ? t.rowEol[r] : std::string("\n");
    if (!last || t.finalEol) out += eol;
  }
  return out;
}

void writeFileAtomically(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp-" + std::to_string(getpid());
  {
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) throw Error(fileError(path, "cannot write"));
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size() &&
                    std::fflush(f) == 0 && fsync(fileno(f)) == 0;
    std::fclose(f);
    if (!ok) {
      std::remove(tmp.c_str());
      throw Error(fileError(path, "cannot write (disk full?)"));
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    throw Error(fileError(path, "cannot replace: " + ec.message()));
  }
  const auto slash = path.find_last_of('/');
  syncFolder(slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash)));
}

void syncFolder(const std::string& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw Error(fileError(folder, "cannot open the folder to sync it"));
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) throw Error(fileError(folder, "cannot sync the folder (disk error?)"));
}

void writeCsv(const CsvTable& table, const std::string& path) {
  writeFileAtomically(path, formatCsv(table));
}

}  // namespace osteon::annotation
