#!/usr/bin/env bash
# Reproduces the demo models in resources/models from Osteon's own phantoms and training code.
# Demo models are trained on synthetic phantoms: they show the pipeline, not clinical skill.
#   tools/make_demo_models.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
cli="${1:-build}/bin/osteon-cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Osteoporosis (seed 003): 80 panoramic phantoms, 2:1 input with rolling-ball preprocessing,
# seed 004's five-block CNN, Grad-CAM on block4.
"$cli" phantom --task osteoporosis --count 80 --width 512 --height 256 --seed 100 --out "$work/pano"
"$cli" train --data "$work/pano/images" --out resources/models/osteoporosis-demo.osteon \
  --task osteoporosis --arch cnn5 --size 192 --height 96 --rolling-ball 25 --cam-layer block4 \
  --epochs 15 --batch 8 --lr 1e-3 --seed 1 --demo

# Held-out check: 40 phantoms from other seeds, accuracy and the CAM pointing game.
"$cli" phantom --task osteoporosis --count 40 --width 512 --height 256 --seed 5000 --out "$work/test"
"$cli" evaluate --model resources/models/osteoporosis-demo.osteon --data "$work/test/images" \
  --masks "$work/test/masks"

# Lumbar (seeds 001/004): 60 phantom studies in RSNA layout, the 64x64 crop around each labelled
# level on its series (what the lumbar plugin classifies), seed 004's five-block CNN, 3 severities.
"$cli" phantom --task lumbar --count 60 --seed 100 --out "$work/lumbar"
"$cli" crops --data "$work/lumbar" --out "$work/lumbar-crops"
"$cli" train --data "$work/lumbar-crops" --out resources/models/lumbar-demo.osteon --task lumbar \
  --arch cnn5 --size 64 --cam-layer block3 --epochs 20 --batch 32 --lr 1e-3 --seed 1 --demo
"$cli" phantom --task lumbar --count 20 --seed 5000 --out "$work/lumbar-test"
"$cli" crops --data "$work/lumbar-test" --out "$work/lumbar-test-crops"
"$cli" evaluate --model resources/models/lumbar-demo.osteon --data "$work/lumbar-test-crops"

# Scoliosis ALS type (seed 000's task): 280 spine X-ray phantoms (40 per type), labels.csv as an
# image + label dataset, the five-block CNN at 96 x 240.
"$cli" phantom --task scoliosis --count 280 --seed 100 --width 300 --height 750 --out "$work/spine"
"$cli" train --data "$work/spine/images" --labels "$work/spine/labels.csv" \
  --out resources/models/scoliosis-als-demo.osteon --task scoliosis --arch cnn5 --size 96 \
  --height 240 --cam-layer block4 --epochs 30 --batch 16 --lr 1e-3 --seed 1 --demo
"$cli" phantom --task scoliosis --count 70 --seed 5000 --width 300 --height 750 --out "$work/spine-test"
"$cli" evaluate --model resources/models/scoliosis-als-demo.osteon \
  --data "$work/spine-test/images" --labels "$work/spine-test/labels.csv"
