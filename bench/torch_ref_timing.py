#!/usr/bin/env python3
"""PyTorch timings for osteon-bench-ai on the same model package.
usage: torch_ref_timing.py MODEL.osteon THREADS -> JSON {forward_b1_ms, forward_b16_ms, gradcam_ms}"""
import json
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "support"))
from torch_cam_reference import load  # noqa: E402


def median(ts):
    ts = sorted(ts)
    return ts[len(ts) // 2]


def timed(fn, n):
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return median(out)


def main():
    torch.set_num_threads(int(sys.argv[2]))
    model = load(sys.argv[1])
    x1, x16 = torch.randn(1, 3, 224, 224), torch.randn(16, 3, 224, 224)
    with torch.no_grad():
        model(x1)
        b1 = timed(lambda: model(x1), 20)
        b16 = timed(lambda: model(x16), 5)
    store = {}
    model.layer4.register_forward_hook(lambda m, i, o: store.__setitem__("a", o))

    def gradcam():
        logits = model(x1)
        g = torch.autograd.grad(logits[0, 0], store["a"])[0]
        cam = torch.relu((g.mean(dim=(2, 3), keepdim=True) * store["a"]).sum(1))
        return torch.nn.functional.interpolate(cam[None], size=(224, 224), mode="bilinear", align_corners=False)

    gradcam()
    gc = timed(gradcam, 10)
    print(json.dumps({"forward_b1_ms": b1, "forward_b16_ms": b16, "gradcam_ms": gc}))


if __name__ == "__main__":
    main()
