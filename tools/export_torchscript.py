#!/usr/bin/env python3
"""Export a torchvision classifier as TorchScript for Osteon.

Convention (what Osteon expects from an imported TorchScript model):
  * input: float32 tensor (N, 3, H, W), already normalised (Osteon applies the mean/std you give
    it when importing); output: logits (N, classes);
  * the module is traced in eval mode and saved with torch.jit.save;
  * a sidecar JSON (<file>.json) carries what the tensor file cannot: class names, input size,
    mean/std.

usage: export_torchscript.py ARCH OUT.pt --classes a,b,c [--weights STATE_DICT.pth] [--size 224]
       [--seed S] [--task T] [--reference INPUT.raw LOGITS.raw]
       [--reference-image OUT.png PROBS.raw]
Without --weights the network keeps its random initialisation (seeded): useful for tests only.
"""
import argparse
import json

import numpy as np
import torch
import torchvision


def main():
    p = argparse.ArgumentParser()
    p.add_argument("arch")
    p.add_argument("out")
    p.add_argument("--classes", required=True)
    p.add_argument("--weights")
    p.add_argument("--size", type=int, default=224)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--task", default="", help="Osteon task: scoliosis, lumbar, osteoporosis")
    p.add_argument("--reference", nargs=2, metavar=("INPUT_RAW", "LOGITS_RAW"))
    p.add_argument("--reference-image", nargs=2, metavar=("OUT_PNG", "PROBS_RAW"),
                   help="also write a random size x size 8-bit grey PNG and the model's softmax "
                        "probabilities for it, preprocessed as Osteon does (/255, grey to 3 "
                        "channels, ImageNet mean/std)")
    a = p.parse_args()
    torch.manual_seed(a.seed)
    classes = a.classes.split(",")
    model = getattr(torchvision.models, a.arch)(num_classes=len(classes))
    if a.weights:
        model.load_state_dict(torch.load(a.weights, map_location="cpu"))
    model.eval()
    example = torch.randn(1, 3, a.size, a.size)
    scripted = torch.jit.trace(model, example)
    scripted.save(a.out)
    with open(a.out + ".json", "w") as f:
        json.dump({"architecture": a.arch, "classes": classes, "input_size": a.size, "task": a.task,
                   "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]}, f, indent=2)
    if a.reference:
        x = torch.randn(1, 3, a.size, a.size)
        x.numpy().astype("<f4").tofile(a.reference[0])
        with torch.no_grad():
            np.asarray(model(x).numpy()[0], dtype="<f8").tofile(a.reference[1])
    if a.reference_image:
        from PIL import Image
        rng = np.random.default_rng(a.seed)
        grey = rng.integers(0, 256, size=(a.size, a.size), dtype=np.uint8)
        Image.fromarray(grey, mode="L").save(a.reference_image[0])
        g = torch.from_numpy(grey.astype(np.float32) / 255.0)
        mean = torch.tensor([0.485, 0.456, 0.406]).view(3, 1, 1)
        std = torch.tensor([0.229, 0.224, 0.225]).view(3, 1, 1)
        x = ((g.expand(3, -1, -1) - mean) / std).unsqueeze(0)
        with torch.no_grad():
            probs = torch.softmax(model(x), 1).numpy()[0]
        np.asarray(probs, dtype="<f8").tofile(a.reference_image[1])
    print("exported", a.out)


if __name__ == "__main__":
    main()
