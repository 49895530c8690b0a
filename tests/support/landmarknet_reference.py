#!/usr/bin/env python3
"""An independent PyTorch definition of Osteon's "landmarknet" (torchvision BasicBlocks, the same
parameter names) that loads an Osteon model package. Used by the landmark test (outputs equal
within 1e-4) and by osteon-bench-ai (timing on the same weights).

usage: landmarknet_reference.py MODEL.osteon INPUT.raw N H W OUT.raw   (float32 in, float64 out)
       landmarknet_reference.py MODEL.osteon --time THREADS            (JSON timings)
"""
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torchvision.models.resnet import BasicBlock

sys.path.insert(0, str(Path(__file__).resolve().parent))
from torch_cam_reference import load_into, read_package  # noqa: E402


class LandmarkNet(nn.Module):
    def __init__(self, width, outputs, in_w, in_h):
        super().__init__()
        self.conv1 = nn.Conv2d(3, width, 7, 2, 3, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        inplanes = width
        for s in range(4):
            planes = width << s
            blocks = []
            for b in range(2):
                stride = 2 if (b == 0 and s > 0) else 1
                down = None
                if stride != 1 or inplanes != planes:
                    down = nn.Sequential(nn.Conv2d(inplanes, planes, 1, stride, bias=False), nn.BatchNorm2d(planes))
                blocks.append(BasicBlock(inplanes, planes, stride, down))
                inplanes = planes
            setattr(self, "layer%d" % (s + 1), nn.Sequential(*blocks))
        self.reduce = nn.Conv2d(inplanes, 32, 1, bias=False)
        self.reduce_bn = nn.BatchNorm2d(32)
        self.fc1 = nn.Linear((in_w // 32) * (in_h // 32) * 32, 512)
        self.fc2 = nn.Linear(512, outputs)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn1(self.conv1(x))), 3, 2, 1)
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        x = F.relu(self.reduce_bn(self.reduce(x))).flatten(1)
        return self.fc2(F.relu(self.fc1(x)))


def load(path):
    meta, arrays = read_package(path)
    width = {"landmarknet": 32, "landmarknet-small": 16}[meta["architecture"]]
    in_w, in_h = meta["input_size"], meta.get("input_height", meta["input_size"])
    model = LandmarkNet(width, len(meta["classes"]), in_w, in_h)
    return load_into(model, arrays), in_w, in_h


def median(ts):
    return sorted(ts)[len(ts) // 2]


def main():
    model, in_w, in_h = load(sys.argv[1])
    if sys.argv[2] == "--time":
        torch.set_num_threads(int(sys.argv[3]))
        x = torch.randn(1, 3, in_h, in_w)
        ts = []
        with torch.no_grad():
            for i in range(12):
                t0 = time.perf_counter()
                model(x)
                model(x.flip(3))  # the mirror-averaged prediction Osteon makes
                ts.append((time.perf_counter() - t0) * 1000)
        print(json.dumps({"landmarks_ms": median(ts[2:])}))
        return
    torch.set_num_threads(1)
    n, h, w = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    x = torch.from_numpy(np.fromfile(sys.argv[2], dtype="<f4").reshape(n, 3, h, w).copy())
    with torch.no_grad():
        np.asarray(model(x).numpy(), dtype="<f8").tofile(sys.argv[6])


if __name__ == "__main__":
    main()
