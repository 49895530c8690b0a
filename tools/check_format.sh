#!/usr/bin/env bash
# Checks that every C++ source of the repository is formatted by clang-format (.clang-format at
# the root): the ctest test "format.clang_format" runs it, so CI fails on unformatted code.
# Prints the offending files; fix with: tools/check_format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
fmt="${CLANG_FORMAT:-clang-format}"
if ! command -v "$fmt" >/dev/null 2>&1; then
  # A skip is not a pass: ctest shows this as skipped, and with CI set it fails.
  echo "OSTEON-SKIPPED: $fmt not found (Debian package clang-format)"
  [ -n "${CI:-}" ] && exit 1
  exit 0
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files -- '*.cpp' '*.h' '*.cc' '*.hpp')
else
  mapfile -t files < <(find app core plugins ui tests bench fuzz -name '*.cpp' -o -name '*.h' | sort)
fi
if [ "${1:-}" = "--fix" ]; then
  "$fmt" -i "${files[@]}"
  exit 0
fi
# One clang-format run over every file; --dry-run prints "FILE:LINE:COL: error: code should be
# clang-formatted" for each difference.
mapfile -t bad < <("$fmt" --dry-run -Werror "${files[@]}" 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
if [ ${#bad[@]} -gt 0 ]; then
  echo "Not formatted by $fmt ($(${fmt} --version | head -n 1)); run tools/check_format.sh --fix:"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "All ${#files[@]} C++ files are formatted ($fmt)"
