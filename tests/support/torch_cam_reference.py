#!/usr/bin/env python3
"""Independent reference for Osteon's CAM tests: PyTorch + torchvision on the same weights.

usage: torch_cam_reference.py MODEL.osteon INPUT.raw H W CLASS LAYER OUTDIR
Reads an Osteon model package (see core/ai/model_package.h), builds the torchvision network,
runs the input (float32, 1x3xHxW) and writes, as float64 little-endian:
  OUTDIR/logits.raw and OUTDIR/<method>.raw (the HxW map in [0, 1]) for each method.
The CAMs are written here from their papers with forward hooks, not from Osteon's code.
"""
import json
import struct
import sys

import numpy as np
import torch
import torch.nn.functional as F
import torchvision

MAGIC = b"OSTEONMODEL1\n"


def read_package(path):
    """(metadata dict, {tensor name: float32 array}) of an Osteon model package."""
    data = open(path, "rb").read()
    assert data.startswith(MAGIC), "not an Osteon model package"
    (n,) = struct.unpack("<Q", data[len(MAGIC):len(MAGIC) + 8])
    meta = json.loads(data[len(MAGIC) + 8:len(MAGIC) + 8 + n])
    off = len(MAGIC) + 8 + n
    arrays = {}
    for t in meta["tensors"]:
        count = int(np.prod(t["shape"])) if t["shape"] else 1
        arrays[t["name"]] = np.frombuffer(data, dtype="<f4", count=count, offset=off).reshape(t["shape"]).copy()
        off += count * 4
    return meta, arrays


def load_into(model, arrays):
    """Loads the package's tensors into a PyTorch module (strict names, the module's dtypes)."""
    ref = model.state_dict()
    model.load_state_dict({k: torch.from_numpy(v).to(ref[k].dtype) for k, v in arrays.items()}, strict=True)
    model.eval()
    return model


def load(path):
    meta, arrays = read_package(path)
    model = getattr(torchvision.models, meta["architecture"])(num_classes=len(meta["classes"]))
    return load_into(model, arrays)


def norm_up(cam, h, w):
    cam = (cam - cam.min()) / (cam.max() - cam.min() + 1e-8)
    return F.interpolate(cam[None, None], size=(h, w), mode="bilinear", align_corners=False)[0, 0].clamp(0, 1)


def main():
    path, raw, h, w, cls, layer, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7]
    torch.set_num_threads(1)
    model = load(path)
    x = torch.from_numpy(np.fromfile(raw, dtype="<f4").reshape(1, 3, h, w).copy())
    store = {}
    module = dict(model.named_modules())[layer]
    module.register_forward_hook(lambda m, i, o: store.__setitem__("a", o))

    logits = model(x)
    np.asarray(logits.detach().numpy()[0], dtype="<f8").tofile(f"{out}/logits.raw")
    a = store["a"]
    g = torch.autograd.grad(logits[0, cls], a)[0][0].detach()
    A = a[0].detach()
    cams = {}
    cams["gradcam"] = torch.relu((g.mean(dim=(1, 2))[:, None, None] * A).sum(0))
    cams["layercam"] = torch.relu((torch.relu(g) * A).sum(0))
    g2, g3 = g ** 2, g ** 3
    aij = g2 / (2 * g2 + A.sum(dim=(1, 2))[:, None, None] * g3 + 1e-7)
    aij = torch.where(g != 0, aij, torch.zeros_like(aij))
    wts = (torch.relu(g) * aij).sum(dim=(1, 2))
    cams["gradcam++"] = torch.relu((wts[:, None, None] * A).sum(0))
    C, hh, ww = A.shape
    X = A.reshape(C, hh * ww).T
    X = X - X.mean(0, keepdim=True)
    _, _, vt = torch.linalg.svd(X, full_matrices=False)
    proj = (X @ vt[0]).reshape(hh, ww)
    if proj.sum() < 0:
        proj = -proj
    cams["eigencam"] = torch.relu(proj)
    with torch.no_grad():
        scores = []
        for k in range(C):
            m = F.interpolate(A[k][None, None], size=(h, w), mode="bilinear", align_corners=False)
            lo, hi = m.min(), m.max()
            m = (m - lo) / (hi - lo) if hi > lo else torch.zeros_like(m)
            scores.append(torch.softmax(model(x * m), 1)[0, cls])
        cams["scorecam"] = torch.relu((torch.stack(scores)[:, None, None] * A).sum(0))
    for name, cam in cams.items():
        np.asarray(norm_up(cam, h, w).numpy(), dtype="<f8").tofile(f"{out}/{name}.raw")
    print("ok")


if __name__ == "__main__":
    main()
