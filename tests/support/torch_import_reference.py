#!/usr/bin/env python3
"""Independent reference for Osteon's PyTorch weight import (core/ai/weight_import.h).

usage: torch_import_reference.py OUTDIR NAME [NAME...]
For each NAME (resnet50, resnet101, efficientnet_b1, efficientnet_b2, inception_v3, lukemelas_b0)
builds the network with python3-torch/torchvision 0.14 from a fixed seed, gives every batch norm
non-trivial affine parameters and running statistics calibrated on random batches, and writes:
  OUTDIR/NAME.pth     torch.save(state_dict) in zip format (NAME=resnet50 also as a checkpoint dict
                      {"epoch", "state_dict"} with DataParallel "module." prefixes: NAME-ckpt.pth)
  OUTDIR/NAME.input   the input batch, float64 little-endian, 2x3xHxW (H, W printed)
  OUTDIR/NAME.logits  the eval-mode logits, float64 little-endian, 2xclasses
lukemelas_b0 is lukemelas' efficientnet_pytorch EfficientNet-B0 (not in Debian), written here
from that package's definition with its exact parameter names: Conv2dStaticSamePadding for the
nominal image size 224 (asymmetric padding for stride-2 convolutions), BatchNorm eps 1e-3,
_conv_stem/_bn0/_blocks.N._expand_conv/_bn0/_depthwise_conv/_bn1/_se_reduce/_se_expand/
_project_conv/_bn2/_conv_head/_bn1/_fc.
"""
import math
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision


class Conv2dStaticSamePadding(nn.Conv2d):
    """efficientnet_pytorch.utils.Conv2dStaticSamePadding."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, image_size=None, **kwargs):
        super().__init__(in_channels, out_channels, kernel_size, stride, **kwargs)
        ih = iw = image_size
        kh, kw = self.weight.size()[-2:]
        sh, sw = self.stride
        oh, ow = math.ceil(ih / sh), math.ceil(iw / sw)
        pad_h = max((oh - 1) * sh + (kh - 1) * self.dilation[0] + 1 - ih, 0)
        pad_w = max((ow - 1) * sw + (kw - 1) * self.dilation[1] + 1 - iw, 0)
        if pad_h > 0 or pad_w > 0:
            self.static_padding = nn.ZeroPad2d((pad_w // 2, pad_w - pad_w // 2, pad_h // 2, pad_h - pad_h // 2))
        else:
            self.static_padding = nn.Identity()

    def forward(self, x):
        return F.conv2d(self.static_padding(x), self.weight, self.bias, self.stride, self.padding,
                        self.dilation, self.groups)


def swish(x):
    return x * torch.sigmoid(x)


class MBConvBlock(nn.Module):
    def __init__(self, k, s, e, i, o, image_size, eps=1e-3, mom=0.01):
        super().__init__()
        self.e, self.s, self.i, self.o = e, s, i, o
        inp, oup = i, i * e
        if e != 1:
            self._expand_conv = Conv2dStaticSamePadding(inp, oup, 1, bias=False, image_size=image_size)
            self._bn0 = nn.BatchNorm2d(oup, momentum=mom, eps=eps)
        self._depthwise_conv = Conv2dStaticSamePadding(oup, oup, k, stride=s, groups=oup, bias=False,
                                                       image_size=image_size)
        self._bn1 = nn.BatchNorm2d(oup, momentum=mom, eps=eps)
        image_size = math.ceil(image_size / s)
        sq = max(1, int(inp * 0.25))
        self._se_reduce = Conv2dStaticSamePadding(oup, sq, 1, image_size=1)
        self._se_expand = Conv2dStaticSamePadding(sq, oup, 1, image_size=1)
        self._project_conv = Conv2dStaticSamePadding(oup, o, 1, bias=False, image_size=image_size)
        self._bn2 = nn.BatchNorm2d(o, momentum=mom, eps=eps)

    def forward(self, inputs):
        x = inputs
        if self.e != 1:
            x = swish(self._bn0(self._expand_conv(x)))
        x = swish(self._bn1(self._depthwise_conv(x)))
        sq = F.adaptive_avg_pool2d(x, 1)
        sq = self._se_expand(swish(self._se_reduce(sq)))
        x = torch.sigmoid(sq) * x
        x = self._bn2(self._project_conv(x))
        if self.s == 1 and self.i == self.o:
            x = x + inputs
        return x


class LukemelasB0(nn.Module):
    # (repeats, kernel, stride, expand, in, out): efficientnet-b0's block strings
    ARGS = [(1, 3, 1, 1, 32, 16), (2, 3, 2, 6, 16, 24), (2, 5, 2, 6, 24, 40), (3, 3, 2, 6, 40, 80),
            (3, 5, 1, 6, 80, 112), (4, 5, 2, 6, 112, 192), (1, 3, 1, 6, 192, 320)]

    def __init__(self, num_classes, image_size=224):
        super().__init__()
        self._conv_stem = Conv2dStaticSamePadding(3, 32, 3, stride=2, bias=False, image_size=image_size)
        self._bn0 = nn.BatchNorm2d(32, momentum=0.01, eps=1e-3)
        image_size = math.ceil(image_size / 2)
        blocks = []
        for r, k, s, e, i, o in self.ARGS:
            blocks.append(MBConvBlock(k, s, e, i, o, image_size))
            image_size = math.ceil(image_size / s)
            for _ in range(r - 1):
                blocks.append(MBConvBlock(k, 1, e, o, o, image_size))
        self._blocks = nn.ModuleList(blocks)
        self._conv_head = Conv2dStaticSamePadding(320, 1280, 1, bias=False, image_size=image_size)
        self._bn1 = nn.BatchNorm2d(1280, momentum=0.01, eps=1e-3)
        self._dropout = nn.Dropout(0.2)
        self._fc = nn.Linear(1280, num_classes)

    def forward(self, x):
        x = swish(self._bn0(self._conv_stem(x)))
        for b in self._blocks:
            x = b(x)
        x = swish(self._bn1(self._conv_head(x)))
        return self._fc(self._dropout(F.adaptive_avg_pool2d(x, 1).flatten(1)))


def build(name):
    if name == "lukemelas_b0":
        return LukemelasB0(4), 64
    if name == "inception_v3":
        return torchvision.models.inception_v3(weights=None, aux_logits=True, init_weights=True,
                                               num_classes=5), 96
    n = {"resnet50": 5, "resnet101": 3, "efficientnet_b1": 4, "efficientnet_b2": 6}[name]
    return getattr(torchvision.models, name)(weights=None, num_classes=n), 64


def main():
    out, names = sys.argv[1], sys.argv[2:]
    for name in names:
        torch.manual_seed(1234)
        model, size = build(name)
        # Batch norms with non-trivial affine parameters and statistics calibrated on random
        # batches (cumulative averages): activations stay normalised through the depth and the
        # logits depend on the input (fresh statistics 0/1 would hide a mix-up and let a deep
        # random network map every input to nearly the same logits).
        aux = getattr(model, "AuxLogits", None)
        if aux is not None:
            model.AuxLogits = None  # its pooling needs 299-pixel inputs; kept in the state_dict
        with torch.no_grad():
            for m in model.modules():
                if isinstance(m, nn.BatchNorm2d):
                    m.reset_running_stats()
                    m.momentum = None
                    m.weight.uniform_(0.8, 1.2)
                    m.bias.uniform_(-0.1, 0.1)
            model.train()
            for _ in range(3):
                model(torch.randn(8, 3, size, size))
        if aux is not None:
            model.AuxLogits = aux
        model.eval()
        x = torch.randn(2, 3, size, size)
        with torch.no_grad():
            y = model(x)
        sd = model.state_dict()
        torch.save(sd, f"{out}/{name}.pth")
        if name == "resnet50":
            torch.save({"epoch": 3, "state_dict": {"module." + k: v for k, v in sd.items()}},
                       f"{out}/{name}-ckpt.pth")
        x.double().numpy().astype("<f8").tofile(f"{out}/{name}.input")
        y.double().numpy().astype("<f8").tofile(f"{out}/{name}.logits")
        print(name, size, size, y.shape[1])


if __name__ == "__main__":
    main()
