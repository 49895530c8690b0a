#!/usr/bin/env bash
# Osteon's GPU check: builds the engine against PyTorch's CUDA LibTorch on a machine that has an
# NVIDIA GPU but none of Osteon's other build dependencies, runs the CUDA test cases and a short
# CUDA inference and training with osteon-cli, and writes logs and a summary to $OUT.
#
#   tools/device_check.sh [DEBS_DIR]
#
# DEBS_DIR (default .devdeps) holds Debian 12 packages fetched beforehand on a Debian machine with
#   apt-get download libdcmtk-dev libdcmtk17 libtiff6 libxml2 libicu72 libjbig0 liblerc4 \
#     libdeflate0 libwebp7 libjpeg62-turbo nlohmann-json3-dev catch2 libpng-dev libpng16-16 \
#     zlib1g-dev libniftiio-dev
# They are unpacked with dpkg -x into a private root ($OSTEON_DEVROOT, default /opt/deb), never
# into /. Other settings: OUT (logs, default /tmp/osteon-device-check), OSTEON_CUDA_BUILD (build
# folder, default /tmp/build-cuda), JOBS (default: all cores), OSTEON_TORCH_PREFIX (default:
# python3's torch.utils.cmake_prefix_path), CONFIGURE_ONLY=1 (stop after configuring),
# OSTEON_CXX_FLAGS (default "-include cstdint": gcc 13 no longer brings <cstdint> in through other
# standard headers, and Debian 12's gcc 12, which the code is written against, still does).
# The GUI, ITK and benchmarks are off: only osteon-cli, test_core_ai, test_core_train and
# test_plugins are built. Every step runs even when an earlier one failed; summary.txt says which.
set -uo pipefail

DEBS=${1:-.devdeps}
ROOT=${OSTEON_DEVROOT:-/opt/deb}
OUT=${OUT:-/tmp/osteon-device-check}
BUILD=${OSTEON_CUDA_BUILD:-/tmp/build-cuda}
JOBS=${JOBS:-$(nproc)}
SRC=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$OUT" "$ROOT"
# The bundled models (tests and the CLI): a copy of the sources without resources/models may run
# this script with OSTEON_MODEL_DIR pointing at them.
export OSTEON_MODEL_DIR=${OSTEON_MODEL_DIR:-$SRC/resources/models}
GEN=Ninja KEEP_GOING="-k 0"
command -v ninja >/dev/null || { GEN="Unix Makefiles"; KEEP_GOING="-k"; }
SUMMARY=$OUT/summary.txt
: >"$SUMMARY"
say() { echo "== $*" | tee -a "$SUMMARY"; }
step() {  # step NAME LOG COMMAND...: runs, records the status and the time
  local name=$1 log=$2
  shift 2
  local t0=$SECONDS
  "$@" >"$log" 2>&1
  local rc=$?
  say "$name: rc=$rc ($((SECONDS - t0)) s, log $(basename "$log"))"
  return $rc
}

say "host: $(uname -m), $(nproc) cores; $(nvidia-smi --query-gpu=name,driver_version,memory.total \
  --format=csv,noheader 2>/dev/null || echo 'no nvidia-smi')"

# ---- dependencies into the private root
for f in "$DEBS"/*.deb; do dpkg -x "$f" "$ROOT" || say "dpkg -x $f failed"; done
L=$ROOT/usr/lib/x86_64-linux-gnu
# DCMTK's CMake targets name system libraries by absolute path (/usr/lib/x86_64-linux-gnu/lib*.so):
# point them at the private root, and give the runtime-only packages their unversioned names.
sed -i "s|/usr/lib/x86_64-linux-gnu/lib|$L/lib|g" "$L"/cmake/dcmtk/DCMTKTargets*.cmake
for lib in tiff jpeg xml2 png z wrap ssl crypto nsl tirpc; do
  if [ ! -e "$L/lib$lib.so" ]; then
    target=$(ls "$L"/lib$lib.so.[0-9]* 2>/dev/null | head -1)
    [ -z "$target" ] && target=$(ldconfig -p | awk -v n="lib$lib.so." '$1 ~ "^"n {print $NF; exit}')
    [ -n "$target" ] && ln -sf "$target" "$L/lib$lib.so"
  fi
done
export LD_LIBRARY_PATH=$L:$ROOT/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export LIBRARY_PATH=$L${LIBRARY_PATH:+:$LIBRARY_PATH}  # -lnsl (DCMTK dcmnet) from the private root
# DCMTK's data dictionary lives in the private root too (else "cannot set Unknown Tag & Data").
export DCMDICTPATH=$ROOT/usr/share/libdcmtk17/dicom.dic
# The pip LibTorch exports std::filesystem symbols of its own libstdc++ build, which win over the
# system's when libtorch.so comes first and crash (remove_all): preload the system libstdc++.
gxx=$(command -v /opt/gcc/bin/g++ || command -v g++ || true)
[ -n "$gxx" ] && export LD_PRELOAD=$("$gxx" -print-file-name=libstdc++.so.6)

TORCH_PREFIX=${OSTEON_TORCH_PREFIX:-$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')}
say "LibTorch: $TORCH_PREFIX ($(python3 -c 'import torch; print(torch.__version__, "cuda", torch.version.cuda, "available", torch.cuda.is_available())' 2>&1))"

step configure "$OUT/configure.log" cmake -S "$SRC" -B "$BUILD" -G "$GEN" -DCMAKE_BUILD_TYPE=Release \
  -DOSTEON_BUILD_GUI=OFF -DOSTEON_WITH_ITK=OFF -DOSTEON_BUILD_BENCH=OFF -DOSTEON_WITH_CUDA=OFF \
  -DOSTEON_WITH_TORCH=ON "-DCMAKE_CXX_FLAGS=${OSTEON_CXX_FLAGS--include cstdint}" \
  "-DCMAKE_PREFIX_PATH=$ROOT/usr;$L/cmake;$TORCH_PREFIX" ||
  { tail -40 "$OUT/configure.log"; exit 1; }
grep -E "Osteon:|Torch|CUDA" "$OUT/configure.log" | head -20 >>"$SUMMARY"
[ "${CONFIGURE_ONLY:-0}" = 1 ] && exit 0

step build "$OUT/build.log" cmake --build "$BUILD" -j "$JOBS" --target osteon-cli test_core_ai \
  test_core_train test_plugins -- $KEEP_GOING
grep -E "error|Error" "$OUT/build.log" | head -30 | tee -a "$SUMMARY"
BIN=$BUILD/bin

# ---- the CUDA test cases (and the device setting's parsing)
for t in test_core_ai test_core_train; do
  [ -x "$BIN/$t" ] &&
    step "$t [device]" "$OUT/$t.log" timeout 180 "$BIN/$t" "[device]" --durations yes -s
  grep -E "difference|passed|failed|OSTEON-SKIPPED" "$OUT/$t.log" | sed 's/^/   /' >>"$SUMMARY"
done
[ -x "$BIN/test_plugins" ] && step "test_plugins (auto = cuda)" "$OUT/test_plugins.log" timeout 90 "$BIN/test_plugins"
tail -3 "$OUT/test_plugins.log" 2>/dev/null | sed 's/^/   /' >>"$SUMMARY"

# ---- osteon-cli on CUDA and on the CPU
if [ -x "$BIN/osteon-cli" ]; then
  W=/tmp/osteon-cli-work
  rm -rf "$W" && mkdir -p "$W"
  step "phantom (osteoporosis, 48 images)" "$OUT/cli.log" "$BIN/osteon-cli" phantom \
    --task osteoporosis --out "$W/osteo" --count 48
  imgs=$(find "$W/osteo/images" -name '*.png' | sort | head -16 | tr '\n' ' ')
  for dev in cuda cpu; do
    # One process per device over 16 images, with a CAM for each (--cam): the first image pays
    # for loading and warm-up, so the per-image times of the JSON lines are listed in order.
    "$BIN/osteon-cli" infer --task osteoporosis --device $dev --cam "$W/cam-$dev" $imgs \
      >"$OUT/infer-$dev.jsonl" 2>>"$OUT/cli.log"
    rc=$?
    ms=$(grep -oE '"milliseconds": ?[0-9.]+' "$OUT/infer-$dev.jsonl" | grep -oE '[0-9.]+$' |
      awk '{printf "%.1f ", $1}')
    say "infer --task osteoporosis --device $dev: rc=$rc; ms per image: $ms"
    grep -oE '"device": ?"[^"]*"' "$OUT/infer-$dev.jsonl" | sort | uniq -c | sed 's/^/   /' >>"$SUMMARY"
  done
  # Same classes on both devices?
  diff <(grep -oE '"summary": ?"[^"]*"' "$OUT/infer-cuda.jsonl") \
    <(grep -oE '"summary": ?"[^"]*"' "$OUT/infer-cpu.jsonl") >/dev/null &&
    say "infer: CUDA and CPU summaries identical" || say "infer: CUDA and CPU summaries DIFFER"
  for dev in cuda cpu; do
    step "train --device $dev (resnet18, 224 px, batch 16, 1 epoch)" "$OUT/train-$dev.log" \
      "$BIN/osteon-cli" train --data "$W/osteo/images" --out "$W/m-$dev.osteon" --arch resnet18 \
      --size 224 --batch 16 --epochs 1 --workers 8 --device $dev
    grep -E "epoch|device|model " "$OUT/train-$dev.log" | tail -4 | sed 's/^/   /' >>"$SUMMARY"
    grep -oE '"(device|images_per_second|seconds)": ?[^,]*' "$W/m-$dev-report/report.json" \
      2>/dev/null | head -4 | sed 's/^/   /' >>"$SUMMARY"
  done
  cp "$W/m-cuda-report/report.json" "$OUT/train-report-cuda.json" 2>/dev/null
fi
nvidia-smi >>"$OUT/nvidia-smi.txt" 2>&1
say "done in $SECONDS s"
