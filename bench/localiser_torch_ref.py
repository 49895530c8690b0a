#!/usr/bin/env python3
"""The lumbar level localiser's network (core/ai/lumbar_localiser.cpp) defined again in PyTorch,
weights read from the Osteon package, for osteon-bench-lumbar: the same forward passes on the same
inputs, timed, and the outputs written back for comparison.
usage: localiser_torch_ref.py MODEL.osteon THREADS INPUT.f32 SAG_SLICES AX_SLICES OUT.f32
INPUT.f32: float32 (SAG_SLICES + AX_SLICES, 3, S, S); the first SAG_SLICES go through sag_t2 and
sag_t1, the rest through axial. Prints JSON {"ms": median ms of one study's passes}."""
import json
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def block(i, o, stride):
    return nn.Sequential(nn.Conv2d(i, o, 3, stride, 1, bias=False), nn.BatchNorm2d(o), nn.ReLU(True),
                         nn.Conv2d(o, o, 3, 1, 1, bias=False), nn.BatchNorm2d(o), nn.ReLU(True))


class UNet(nn.Module):
    def __init__(self, w, ch):
        super().__init__()
        self.stem, self.enc1 = block(3, w, 1), block(w, 2 * w, 2)
        self.enc2, self.enc3, self.enc4 = block(2 * w, 3 * w, 2), block(3 * w, 4 * w, 2), block(4 * w, 4 * w, 2)
        self.dec3, self.dec2 = block(8 * w + 2, 3 * w, 1), block(6 * w, 2 * w, 1)
        self.dec1, self.head = block(4 * w, 2 * w, 1), nn.Conv2d(2 * w, ch, 1)

    def forward(self, x):
        up = lambda t, like: F.interpolate(t, size=like.shape[2:], mode="bilinear", align_corners=False)
        s = self.stem(x); a = self.enc1(s); b = self.enc2(a); c = self.enc3(b); d = self.enc4(c)
        n, _, h, w = c.shape
        ys = torch.linspace(-1, 1, h).view(1, 1, -1, 1).expand(n, 1, h, w)
        xs = torch.linspace(-1, 1, w).view(1, 1, 1, -1).expand(n, 1, h, w)
        y = self.dec3(torch.cat([up(d, c), c, ys, xs], 1))
        y = self.dec2(torch.cat([up(y, b), b], 1))
        y = self.dec1(torch.cat([up(y, a), a], 1))
        return self.head(y)


def load(path):
    raw = open(path, "rb").read()
    assert raw.startswith(b"OSTEONMODEL1\n")
    n = struct.unpack_from("<Q", raw, 13)[0]
    meta = json.loads(raw[21:21 + n])
    off, state = 21 + n, {}
    for t in meta["tensors"]:
        count = int(np.prod(t["shape"])) if t["shape"] else 1
        state[t["name"]] = torch.from_numpy(np.frombuffer(raw, "<f4", count, off).copy()).view(t["shape"])
        off += 4 * count
    w = state["sag_t2.stem.0.weight"].shape[0]
    net = nn.ModuleDict({"sag_t2": UNet(w, 5), "sag_t1": UNet(w, 5), "axial": UNet(w, 2)})
    sd = {k: (v.long() if k.endswith("num_batches_tracked") else v) for k, v in state.items()}
    net.load_state_dict(sd)
    return net.eval(), meta["input_size"]


def main():
    net, S = load(sys.argv[1])
    torch.set_num_threads(int(sys.argv[2]))
    ns, na = int(sys.argv[4]), int(sys.argv[5])
    x = torch.from_numpy(np.fromfile(sys.argv[3], "<f4")).view(ns + na, 3, S, S)

    def study():
        return [net["sag_t2"](x[:ns]), net["sag_t1"](x[:ns]), net["axial"](x[ns:])]

    with torch.no_grad():
        outs = study()
        ts = []
        for _ in range(5):
            t0 = time.perf_counter()
            study()
            ts.append((time.perf_counter() - t0) * 1000)
    np.concatenate([o.numpy().ravel() for o in outs]).astype("<f4").tofile(sys.argv[6])
    print(json.dumps({"ms": sorted(ts)[2]}))


if __name__ == "__main__":
    main()
