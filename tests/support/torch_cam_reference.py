#!/usr/bin/env python3
"""Independent reference for Osteon's CAM tests: PyTorch + torchvision on the same weights.

usage: torch_cam_reference.py MODEL.osteon INPUT.raw H W CLASS LAYER OUTDIR
Reads an Osteon model package (see core/ai/model_package.h), builds the torchvision network,
runs the input (float32, 1x3xHxW) and writes, as float64 little-endian:
  OUTDIR/logits.raw and OUTDIR/<method>.raw (the HxW map in [0, 1]) for each method.

The CAMs are written here from their published definitions, not from Osteon's code
(core/ai/cam.cpp): the activations come from a forward hook and the gradients from a full
backward pass (backward(), a tensor hook), and every weight is computed in float64 NumPy, channel
by channel, with the papers' notation:
  Grad-CAM   (Selvaraju et al. 2017, eq. 1-2)    alpha_k = 1/Z sum_ij dy/dA^k_ij
  Grad-CAM++ (Chattopadhay et al. 2018, eq. 19)  alpha^k_ij = g^2 / (2 g^2 + sum_ab A^k_ab g^3),
             0 where g = 0;  w_k = sum_ij alpha^k_ij relu(g_ij)
  Layer-CAM  (Jiang et al. 2021, eq. 4-5)        M = relu(sum_k relu(g^k_ij) A^k_ij)
  Eigen-CAM  (Muhammad & Yeasin 2020; centred as pytorch-grad-cam does): the activations projected
             on the principal eigenvector of their covariance (numpy.linalg.eigh, not an SVD), the
             sign that correlates positively with the channel-mean activation map (Osteon's rule)
  Score-CAM  (Wang et al. 2020, the authors' implementation): mask_k = upsampled A^k min-max
             normalised; w_k = softmax over classes of f(X * mask_k) at the class
  Score-CAM, pytorch-grad-cam's variant (scorecam-channels): UpsamplingBilinear2d masks normalised
             with + 1e-8, w = softmax over the channels of the class logits of the masked inputs
A map that is all zero (or constant) is degenerate: nothing would be compared, so it is an error
(exit status 3), as it is on the C++ side.
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


def to_image(cam, h, w):
    """Min-max normalised, bilinearly upsampled to the input size (as every CAM paper shows it)."""
    lo, hi = float(cam.min()), float(cam.max())
    t = torch.from_numpy((cam - lo) / (hi - lo)).to(torch.float64)
    return F.interpolate(t[None, None], size=(h, w), mode="bilinear", align_corners=False)[0, 0].clamp(0, 1)


def grad_cam(A, g):
    C = A.shape[0]
    Z = A.shape[1] * A.shape[2]
    L = np.zeros(A.shape[1:])
    for k in range(C):
        alpha = g[k].sum() / Z
        L += alpha * A[k]
    return np.maximum(L, 0)


def grad_cam_pp(A, g):
    C = A.shape[0]
    L = np.zeros(A.shape[1:])
    for k in range(C):
        S = A[k].sum()
        num = g[k] ** 2
        den = 2 * g[k] ** 2 + S * g[k] ** 3
        alpha = np.zeros_like(num)
        nz = g[k] != 0
        alpha[nz] = num[nz] / den[nz]
        w = (alpha * np.maximum(g[k], 0)).sum()
        L += w * A[k]
    return np.maximum(L, 0)


def layer_cam(A, g):
    L = np.zeros(A.shape[1:])
    for k in range(A.shape[0]):
        L += np.maximum(g[k], 0) * A[k]
    return np.maximum(L, 0)


def eigen_cam(A):
    C, hh, ww = A.shape
    X = A.reshape(C, hh * ww).T
    X = X - X.mean(axis=0)
    _, vecs = np.linalg.eigh(X.T @ X)  # ascending eigenvalues: the last is the principal one
    proj = (X @ vecs[:, -1]).reshape(hh, ww)
    mean_map = A.mean(axis=0)
    if (proj * (mean_map - mean_map.mean())).sum() < 0:
        proj = -proj
    return np.maximum(proj, 0)


def score_cam(model, x, A, cls, channels):
    h, w = x.shape[2], x.shape[3]
    scores = []
    with torch.no_grad():
        for k in range(A.shape[0]):
            a = torch.from_numpy(A[k]).float()[None, None]
            if channels:
                m = torch.nn.UpsamplingBilinear2d(size=(h, w))(a)
                m = (m - m.min()) / (m.max() - m.min() + 1e-8)
                scores.append(float(model(x * m)[0, cls]))
            else:
                m = F.interpolate(a, size=(h, w), mode="bilinear", align_corners=False)
                lo, hi = m.min(), m.max()
                m = (m - lo) / (hi - lo) if hi > lo else torch.zeros_like(m)
                p = torch.exp(model(x * m)[0].double())
                scores.append(float(p[cls] / p.sum()))
    s = np.array(scores)
    if channels:
        e = np.exp(s - s.max())
        s = e / e.sum()
    L = np.zeros(A.shape[1:])
    for k in range(A.shape[0]):
        L += s[k] * A[k]
    return np.maximum(L, 0)


def main():
    path, raw, h, w, cls, layer, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7]
    torch.set_num_threads(1)
    model = load(path)
    x = torch.from_numpy(np.fromfile(raw, dtype="<f4").reshape(1, 3, h, w).copy())
    store = {}
    module = dict(model.named_modules())[layer]

    def hook(m, i, o):
        store["a"] = o
        o.register_hook(lambda grad: store.__setitem__("g", grad))

    handle = module.register_forward_hook(hook)
    model.zero_grad()
    logits = model(x)
    logits[0, cls].backward()
    handle.remove()
    np.asarray(logits.detach().numpy()[0], dtype="<f8").tofile(f"{out}/logits.raw")
    A = store["a"][0].detach().double().numpy()
    g = store["g"][0].detach().double().numpy()
    cams = {
        "gradcam": grad_cam(A, g),
        "gradcam++": grad_cam_pp(A, g),
        "layercam": layer_cam(A, g),
        "eigencam": eigen_cam(A),
        "scorecam": score_cam(model, x, A, cls, channels=False),
        "scorecam-channels": score_cam(model, x, A, cls, channels=True),
    }
    degenerate = [n for n, c in cams.items() if not c.max() > 0 or c.max() == c.min()]
    if degenerate:
        print("degenerate (all-zero or constant) reference maps: " + ", ".join(degenerate))
        sys.exit(3)
    for name, cam in cams.items():
        np.asarray(to_image(cam, h, w).numpy(), dtype="<f8").tofile(f"{out}/{name}.raw")
    print("ok")


if __name__ == "__main__":
    main()
