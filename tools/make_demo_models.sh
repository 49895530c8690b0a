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
