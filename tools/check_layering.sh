#!/usr/bin/env bash
# The layering rules of docs/ARCHITECTURE.md that a grep can check (ctest "layering.rules"):
#  - core/ includes no Qt and no VTK;
#  - ui/ and app/ never name LibTorch (torch:: or <torch/...>): they reach the engine through
#    core/engine/engine.h (ui/) or core/ai's tensor-free facades (app/cli);
#  - ui/ never parses DICOM itself (no DCMTK/GDCM headers) and has no #ifdef on the build's
#    features (OSTEON_UI_HAVE_*);
#  - the tensor-free libraries (osteon::ai_api, osteon::train_api, osteon::engine_api) include no
#    LibTorch header, directly or through a core/ header of the LibTorch libraries.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0
report() {
  echo "layering: $1"
  echo "$2" | sed 's/^/  /'
  fail=1
}
check() {  # description, pattern, paths...
  local what="$1" pattern="$2"
  shift 2
  local hits
  hits="$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" "$@" || true)"
  [ -z "$hits" ] || report "$what" "$hits"
}
check "core/ includes Qt or VTK" '#include *[<"](Q[A-Za-z]+|vtk[A-Za-z]+)' core
check "ui/ or app/ names LibTorch" '(torch::|#include *<torch/)' ui app
check "ui/ includes a DICOM parser" '#include *[<"](dcmtk/|gdcm)' ui
check "ui/ has #ifdef on build features" 'OSTEON_UI_HAVE_' ui

# Sources of the tensor-free libraries, read from their add_library() lines.
api_sources() {  # cmake file, target
  awk -v t="$2" '$0 ~ "add_library\\(" t " " {on = 1} on {print} on && /\)/ {exit}' "$1" |
    tr ' ()' '\n\n\n' | grep -E '\.cpp$' | sed "s|^|$(dirname "$1")/|"
}
mapfile -t api < <(api_sources core/ai/CMakeLists.txt osteon_ai_api
  api_sources core/train/CMakeLists.txt osteon_train_api
  api_sources core/engine/CMakeLists.txt osteon_engine_api)
[ "${#api[@]}" -ge 10 ] || report "could not read the tensor-free libraries' sources" "${api[*]:-none}"
# Their headers too, and the core/ headers they include (one level is enough to catch a facade
# that pulls LibTorch in).
files=()
for f in "${api[@]}"; do
  files+=("$f" "${f%.cpp}.h")
done
mapfile -t included < <(grep -hoE '#include "core/[a-z_/]+\.h"' "${files[@]}" 2>/dev/null |
  sed 's/#include "\(.*\)"/\1/' | sort -u)
for h in "${files[@]}" "${included[@]}"; do
  [ -f "$h" ] || continue
  hits="$(grep -nE '#include *<(torch|ATen|c10)/' "$h" || true)"
  [ -z "$hits" ] || report "$h (tensor-free library) includes LibTorch" "$hits"
done

if [ "$fail" = 0 ]; then
  echo "layering: core/ has no Qt/VTK; ui/ and app/ name no LibTorch; ui/ parses no DICOM and has no"
  echo "  build-feature #ifdefs; ${#api[@]} tensor-free sources include no LibTorch header"
fi
exit "$fail"
