#!/usr/bin/env python3
"""PyTorch training throughput for osteon-bench-train on the same images.
usage: torch_train_ref.py DATASET_DIR THREADS EPOCHS -> JSON per epoch
DATASET_DIR/<class>/<image>.png. Images are decoded with PIL and resized to 224 (bilinear) once,
kept in memory (as Osteon's cache does after the first epoch), flipped at random, normalised
with the ImageNet mean/std, and a torchvision ResNet-18 is trained with Adam (lr 1e-3), batch 32.
Reports, per epoch, images/s and the share of step time spent preparing batches."""
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torchvision
from PIL import Image


def main():
    root, threads, epochs = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    classes = sorted(p.name for p in root.iterdir() if p.is_dir())
    files = [(f, c) for c, name in enumerate(classes) for f in sorted((root / name).glob("*.png"))]
    mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
    cache = {}
    model = torchvision.models.resnet18(num_classes=len(classes))
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(1)
    out = []
    for epoch in range(1, epochs + 1):
        order = torch.randperm(len(files), generator=gen).tolist()
        t_epoch = time.perf_counter()
        waited = 0.0
        for b in range(0, len(order), 32):
            t0 = time.perf_counter()
            xs, ys = [], []
            for i in order[b:b + 32]:
                if i not in cache:
                    img = Image.open(files[i][0]).convert("L").resize((224, 224), Image.BILINEAR)
                    cache[i] = torch.from_numpy(np.asarray(img, dtype=np.float32) / 255.0)
                g = cache[i]
                if torch.rand(1, generator=gen).item() < 0.5:
                    g = g.flip(1)
                xs.append(g)
                ys.append(files[i][1])
            x = (torch.stack(xs).unsqueeze(1).expand(-1, 3, -1, -1) - mean) / std
            y = torch.tensor(ys)
            waited += time.perf_counter() - t0
            opt.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            opt.step()
        seconds = time.perf_counter() - t_epoch
        out.append({"epoch": epoch, "images_per_second": len(order) / seconds,
                    "data_wait_fraction": waited / seconds, "seconds": seconds})
    print(json.dumps({"torch": torch.__version__, "threads": threads, "epochs": out}))


if __name__ == "__main__":
    main()
