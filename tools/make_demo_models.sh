#!/usr/bin/env bash
# Reproduces the demo models in resources/models from Osteon's own phantoms and training code, and
# proves the trainer on held-out phantoms (issue 7): every model is trained by
# `osteon-cli train --config tools/train_configs/<task>-phantoms.json` and evaluated by
# `osteon-cli evaluate` on phantoms generated from other seeds. Reports (JSON, per-epoch CSV,
# curves and confusion matrices as PNG) go to REPORT_DIR.
# Demo models are trained on synthetic phantoms: they show the pipeline, not clinical skill.
#   [TASKS="osteoporosis lumbar scoliosis localiser"] tools/make_demo_models.sh [BUILD_DIR (default build)]
#       [REPORT_DIR (default build/demo-model-reports)]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cli="$build/bin/osteon-cli"
reports="$(realpath -m "${2:-$build/demo-model-reports}")"
models="$(pwd)/resources/models"
configs="$(pwd)/tools/train_configs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$reports"

want() { [[ " ${TASKS:-osteoporosis lumbar scoliosis localiser} " == *" $1 "* ]]; }

train() {  # train TASK CONFIG MODEL
  local start=$SECONDS
  cp "$configs/$2" "$work/$2"
  "$cli" train --config "$work/$2" --out "$models/$3" --report "$reports/$1-training"
  echo "$1: trained in $((SECONDS - start)) s" | tee -a "$reports/times.txt"
}

# Osteoporosis (seed 003): panoramic phantoms, 2:1 input with rolling-ball preprocessing, seed
# 004's five-block CNN. Held out: 40 phantoms from other seeds, accuracy and the CAM pointing game.
if want osteoporosis; then
"$cli" phantom --task osteoporosis --count 80 --width 512 --height 256 --seed 100 --out "$work/pano"
train osteoporosis osteoporosis-phantoms.json osteoporosis-demo.osteon
"$cli" phantom --task osteoporosis --count 40 --width 512 --height 256 --seed 5000 --out "$work/test"
"$cli" evaluate --model "$models/osteoporosis-demo.osteon" --data "$work/test/images" \
  --masks "$work/test/masks" --report "$reports/osteoporosis-heldout" >/dev/null
fi

# Lumbar (seeds 001/004): phantom studies in RSNA layout; the trainer checks the folder, cuts the
# 40 mm crop around each labelled coordinate (what the lumbar plugin classifies) and trains three
# severities with seed 001's focal loss. Held out: 20 studies from other seeds.
if want lumbar; then
"$cli" phantom --task lumbar --count 60 --seed 100 --out "$work/lumbar"
train lumbar lumbar-phantoms.json lumbar-demo.osteon
"$cli" phantom --task lumbar --count 20 --seed 5000 --out "$work/lumbar-test"
"$cli" crops --data "$work/lumbar-test" --out "$work/lumbar-test-crops"
"$cli" evaluate --model "$models/lumbar-demo.osteon" --data "$work/lumbar-test-crops" \
  --report "$reports/lumbar-heldout" >/dev/null
fi

# Scoliosis ALS type (seed 000's task): spine X-ray phantoms, 150 per type, labels.csv as an
# image + label dataset, the five-block CNN at 96 x 240. Held out: 70 phantoms.
if want scoliosis; then
"$cli" phantom --task scoliosis --count 1050 --seed 100 --width 300 --height 750 --out "$work/spine"
train scoliosis scoliosis-als-phantoms.json scoliosis-als-demo.osteon
"$cli" phantom --task scoliosis --count 70 --seed 5000 --width 300 --height 750 --out "$work/spine-test"
"$cli" evaluate --model "$models/scoliosis-als-demo.osteon" --data "$work/spine-test/images" \
  --labels "$work/spine-test/labels.csv" --masks "$work/spine-test/masks" \
  --report "$reports/scoliosis-heldout" >/dev/null
fi

# Lumbar level localiser (issue 17, stage 1 of lumbar grading): phantom studies with the patient
# pose varied per study (--jitter 20: shifts up to 8/20/12 mm, tilt up to 6 degrees), trained from
# train_label_coordinates.csv + DICOM. Held out: 10 studies from other seeds, evaluated for point
# error (mm), slice error and level accuracy; osteon-bench-lumbar grades them with and without
# their coordinates (RSNA score both ways) and times localise + grade per study.
if want localiser; then
"$cli" phantom --task lumbar --count 40 --seed 1000 --jitter 20 --out "$work/localiser"
train localiser lumbar-localiser-phantoms.json lumbar-localiser-demo.osteon
"$cli" phantom --task lumbar --count 10 --seed 5000 --jitter 20 --out "$work/localiser-test"
"$cli" evaluate --model "$models/lumbar-localiser-demo.osteon" --data "$work/localiser-test" \
  --report "$reports/localiser-heldout" >/dev/null
if [[ -x "$build/bin/osteon-bench-lumbar" ]]; then
  "$build/bin/osteon-bench-lumbar" --data "$work/localiser-test" \
    --json "$reports/localiser-heldout/grading.json"
fi
fi

/usr/bin/python3 - "$reports" <<'PY'
import json, sys, pathlib
r = pathlib.Path(sys.argv[1])
for task in ("osteoporosis", "lumbar", "scoliosis"):
    f = r / f"{task}-heldout" / "report.json"
    if not f.exists():
        continue
    if task == "localiser":
        continue
    j = json.loads(f.read_text())
    extra = f", RSNA score {j['rsna_score']['score']:.4f}" if "rsna_score" in j else ""
    print(f"{task:13s} held out: {j['images']} images, accuracy {j['accuracy']:.3f}, "
          f"macro-F1 {j['macro_f1']:.3f}{extra}")
f = r / "localiser-heldout" / "report.json"
if f.exists():
    e = json.loads(f.read_text())["evaluation"]
    for name, c in [("all", e["overall"])] + list(e["conditions"].items()):
        print(f"localiser {name:32s} {e['studies']} studies: point error {c['error_mm_mean']:.1f} mm "
              f"mean ({c['error_mm_median']:.1f} median), slice error {c['slice_error_mean']:.2f}, "
              f"level accuracy {c['level_accuracy']:.3f}, {c['missing']} not placed")
PY
cat "$reports/times.txt"
