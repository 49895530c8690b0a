#!/usr/bin/env python3
"""Independent reference for Osteon's Keras weight import (core/ai/weight_import.h).

usage: keras_import_reference.py OUTDIR NAME [NAME...]     NAME: resnet50_als | xception
There is no TensorFlow in Debian: this script writes random weights (fixed seed) in Keras'
HDF5 layouts with h5py and computes the expected outputs with its own NumPy (float64, NHWC)
implementation of the Keras layers: Conv2D / SeparableConv2D with Keras 'same' (TF: the extra
pixel at the bottom/right) and 'valid' padding, BatchNormalization (gamma, beta, moving mean and
variance, per-layer epsilon), ZeroPadding2D, MaxPooling2D 'valid'/'same', GlobalAveragePooling2D,
Dense, PReLU (per-unit alpha), sigmoid and softmax. No torch, no Osteon code.

  resnet50_als  keras.applications.ResNet50(include_top=False) + seed 000's ALS head:
                GAP -> Dense 1024 -> PReLU -> 512 -> PReLU -> 256 -> PReLU -> 128 -> PReLU ->
                Dropout -> Dense 7 sigmoid (Keras' auto names dense, p_re_lu, dense_1, ...).
                Input 64x64; the model is fed BGR (keras 'caffe' preprocessing): the reference
                reverses the channels of the RGB input it writes.
  xception      keras.applications.Xception(classes=5): the four shortcut convolutions and their
                batch norms keep Keras' auto names (conv2d, batch_normalization, ...). Input 96x96.

Writes OUTDIR/NAME.h5 (a Keras 2 full-model file: model_weights/<layer>/<layer>/<var>:0, layer
and weight names as attributes, model_config JSON with the epsilons), OUTDIR/NAME-weights.h5
(save_weights layout, groups at the root, no configuration), OUTDIR/NAME.keras (a Keras 3 zip:
config.json + model.weights.h5 with layers/<layer>/vars/<i>), OUTDIR/NAME.input (RGB NCHW
2x3xHxW float64), OUTDIR/NAME.logits (pre-activation outputs) and OUTDIR/NAME.output (the
model's sigmoid or softmax outputs), float64 little-endian.
"""
import io
import json
import sys
import zipfile

import h5py
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

rng = np.random.default_rng(2024)


# ---------------------------------------------------------------- the Keras layers in NumPy

def same_pad(n, k, s):
    out = -(-n // s)
    total = max((out - 1) * s + k - n, 0)
    return total // 2, total - total // 2


def pad_input(x, kh, kw, s, padding, value=0.0):
    if padding == "valid":
        return x
    t, b = same_pad(x.shape[1], kh, s)
    l, r = same_pad(x.shape[2], kw, s)
    return np.pad(x, ((0, 0), (t, b), (l, r), (0, 0)), constant_values=value)


def conv2d(x, kernel, bias=None, stride=1, padding="valid"):
    kh, kw = kernel.shape[:2]
    x = pad_input(x, kh, kw, stride, padding)
    win = sliding_window_view(x, (kh, kw), axis=(1, 2))[:, ::stride, ::stride]
    y = np.tensordot(win, kernel, axes=([4, 5, 3], [0, 1, 2]))
    return y + bias if bias is not None else y


def depthwise2d(x, kernel, padding="same"):
    kh, kw = kernel.shape[:2]
    x = pad_input(x, kh, kw, 1, padding)
    win = sliding_window_view(x, (kh, kw), axis=(1, 2))
    return np.einsum("nhwcij,ijc->nhwc", win, kernel[:, :, :, 0])


def separable2d(x, depthwise, pointwise):
    return conv2d(depthwise2d(x, depthwise), pointwise)


def batchnorm(x, gamma, beta, mean, var, eps):
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def maxpool(x, k, s, padding="valid"):
    x = pad_input(x, k, k, s, padding, value=-np.inf)
    return sliding_window_view(x, (k, k), axis=(1, 2))[:, ::s, ::s].max(axis=(4, 5))


def relu(x):
    return np.maximum(x, 0)


def prelu(x, alpha):
    return np.maximum(x, 0) + alpha * np.minimum(x, 0)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(x):
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


# ---------------------------------------------------------------- random weights, Keras names

class Model:
    def __init__(self):
        self.layers = []  # (name, class_name, [(var, array)], config)

    def add(self, name, cls, weights, **config):
        # The file stores float32: compute with exactly the stored values.
        weights = [(v, a.astype("<f4").astype(np.float64)) for v, a in weights]
        self.layers.append((name, cls, weights, config))
        return {v: a for v, a in weights}

    def conv(self, name, kh, cin, cout, bias=True, kw=None):
        kw = kw or kh
        std = np.sqrt(2.0 / (kh * kw * cin))
        w = [("kernel", rng.normal(0, std, (kh, kw, cin, cout)))]
        if bias:
            w.append(("bias", rng.uniform(-0.1, 0.1, cout)))
        return self.add(name, "Conv2D", w)

    def sepconv(self, name, cin, cout):
        return self.add(name, "SeparableConv2D",
                        [("depthwise_kernel", rng.normal(0, np.sqrt(2.0 / 9), (3, 3, cin, 1))),
                         ("pointwise_kernel", rng.normal(0, np.sqrt(2.0 / cin), (1, 1, cin, cout)))])

    def bn(self, name, c, eps, gamma=(0.5, 1.0)):
        w = self.add(name, "BatchNormalization",
                     [("gamma", rng.uniform(*gamma, c)), ("beta", rng.uniform(-0.1, 0.1, c)),
                      ("moving_mean", rng.uniform(-0.1, 0.1, c)),
                      ("moving_variance", rng.uniform(0.5, 1.5, c))], epsilon=eps)
        return lambda x: batchnorm(x, w["gamma"], w["beta"], w["moving_mean"], w["moving_variance"], eps)

    def dense(self, name, cin, cout, scale=1.0):
        return self.add(name, "Dense", [("kernel", rng.normal(0, scale * np.sqrt(1.0 / cin), (cin, cout))),
                                        ("bias", rng.uniform(-0.1, 0.1, cout))])

    def prelu(self, name, c):
        return self.add(name, "PReLU", [("alpha", rng.uniform(0.05, 0.4, c))])

    def weightless(self, name, cls):
        self.layers.append((name, cls, [], {}))


def resnet50_als(m, x_rgb):
    """keras.applications.resnet.ResNet50 (include_top=False) + the ALS head, on BGR input."""
    x = x_rgb[..., ::-1]
    eps = 1.001e-5
    m.weightless("input_1", "InputLayer")
    m.weightless("conv1_pad", "ZeroPadding2D")
    w = m.conv("conv1_conv", 7, 3, 64)
    bn = m.bn("conv1_bn", 64, eps)
    x = np.pad(x, ((0, 0), (3, 3), (3, 3), (0, 0)))
    x = relu(bn(conv2d(x, w["kernel"], w["bias"], 2)))
    x = maxpool(np.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0))), 3, 2)
    cin = 64
    for stage, (filters, blocks, stride1) in enumerate([(64, 3, 1), (128, 4, 2), (256, 6, 2), (512, 3, 2)]):
        for b in range(1, blocks + 1):
            name = f"conv{stage + 2}_block{b}"
            stride = stride1 if b == 1 else 1
            if b == 1:
                w0 = m.conv(name + "_0_conv", 1, cin, 4 * filters)
                bn0 = m.bn(name + "_0_bn", 4 * filters, eps)
                shortcut = bn0(conv2d(x, w0["kernel"], w0["bias"], stride))
            else:
                shortcut = x
            w1 = m.conv(name + "_1_conv", 1, cin, filters)
            bn1 = m.bn(name + "_1_bn", filters, eps)
            w2 = m.conv(name + "_2_conv", 3, filters, filters)
            bn2 = m.bn(name + "_2_bn", filters, eps)
            w3 = m.conv(name + "_3_conv", 1, filters, 4 * filters)
            bn3 = m.bn(name + "_3_bn", 4 * filters, eps, gamma=(0.1, 0.4))
            y = relu(bn1(conv2d(x, w1["kernel"], w1["bias"], stride)))
            y = relu(bn2(conv2d(y, w2["kernel"], w2["bias"], 1, "same")))
            y = bn3(conv2d(y, w3["kernel"], w3["bias"]))
            x = relu(shortcut + y)
            cin = 4 * filters
    x = x.mean(axis=(1, 2))
    m.weightless("global_average_pooling2d", "GlobalAveragePooling2D")
    for i, width in enumerate([1024, 512, 256, 128]):
        suffix = "" if i == 0 else f"_{i}"
        d = m.dense("dense" + suffix, x.shape[1], width)
        a = m.prelu("p_re_lu" + suffix, width)
        x = prelu(x @ d["kernel"] + d["bias"], a["alpha"])
    m.weightless("dropout", "Dropout")
    d = m.dense("dense_4", 128, 7, scale=20.0)
    logits = x @ d["kernel"] + d["bias"]
    return logits, sigmoid(logits)


def xception(m, x):
    """keras.applications.xception.Xception(classes=5), on 'tf'-scaled RGB input."""
    eps = 1e-3

    def conv_bn(conv_name, bn_name, x, k, cin, cout, stride, padding):
        w = m.conv(conv_name, k, cin, cout, bias=False)
        return m.bn(bn_name, cout, eps)(conv2d(x, w["kernel"], None, stride, padding))

    def sep_bn(name, x, cin, cout, gamma=(0.5, 1.0)):
        w = m.sepconv(name, cin, cout)
        return m.bn(name + "_bn", cout, eps, gamma)(separable2d(x, w["depthwise_kernel"], w["pointwise_kernel"]))

    x = relu(conv_bn("block1_conv1", "block1_conv1_bn", x, 3, 3, 32, 2, "valid"))
    x = relu(conv_bn("block1_conv2", "block1_conv2_bn", x, 3, 32, 64, 1, "valid"))
    shortcut_names = [("conv2d", "batch_normalization")] + [
        (f"conv2d_{i}", f"batch_normalization_{i}") for i in (1, 2, 3)]
    cin = 64
    for i, (block, cout) in enumerate([("block2", 128), ("block3", 256), ("block4", 728)]):
        residual = conv_bn(*shortcut_names[i], x, 1, cin, cout, 2, "same")
        y = x if block == "block2" else relu(x)
        y = relu(sep_bn(block + "_sepconv1", y, cin, cout))
        y = sep_bn(block + "_sepconv2", y, cout, cout)
        x = maxpool(y, 3, 2, "same") + residual
        cin = cout
    for b in range(5, 13):
        y = x
        for i in (1, 2, 3):
            y = sep_bn(f"block{b}_sepconv{i}", relu(y), 728, 728, (0.5, 1.0) if i < 3 else (0.1, 0.3))
        x = x + y
    residual = conv_bn(*shortcut_names[3], x, 1, 728, 1024, 2, "same")
    y = relu(sep_bn("block13_sepconv1", relu(x), 728, 728))
    y = sep_bn("block13_sepconv2", y, 728, 1024)
    x = maxpool(y, 3, 2, "same") + residual
    x = relu(sep_bn("block14_sepconv1", x, 1024, 1536))
    x = relu(sep_bn("block14_sepconv2", x, 1536, 2048))
    x = x.mean(axis=(1, 2))
    d = m.dense("predictions", 2048, 5, scale=0.1)
    logits = x @ d["kernel"] + d["bias"]
    return logits, softmax(logits)


# ---------------------------------------------------------------- Keras' files

def model_config(m):
    return {"class_name": "Functional", "config": {"name": "model", "layers": [
        {"class_name": cls, "name": name, "config": dict(name=name, **cfg)}
        for name, cls, _, cfg in m.layers]}}


def write_layers_h5(group, m):
    group.attrs["layer_names"] = np.array([n.encode() for n, _, _, _ in m.layers])
    group.attrs["backend"] = b"tensorflow"
    group.attrs["keras_version"] = b"2.10.0"
    for name, _, weights, _ in m.layers:
        g = group.create_group(name)
        g.attrs["weight_names"] = np.array([f"{name}/{v}:0".encode() for v, _ in weights])
        for v, a in weights:
            g.create_dataset(f"{name}/{v}:0", data=a.astype("<f4"))


def write_files(out, name, m):
    with h5py.File(f"{out}/{name}.h5", "w") as f:
        f.attrs["model_config"] = json.dumps(model_config(m))
        f.attrs["keras_version"] = "2.10.0"
        write_layers_h5(f.create_group("model_weights"), m)
    with h5py.File(f"{out}/{name}-weights.h5", "w") as f:
        write_layers_h5(f, m)
    buf = io.BytesIO()
    with h5py.File(buf, "w") as f:
        for lname, _, weights, _ in m.layers:
            g = f.create_group(f"layers/{lname}/vars")
            for i, (_, a) in enumerate(weights):
                g.create_dataset(str(i), data=a.astype("<f4"))
        f.create_group("optimizer/vars").create_dataset("0", data=np.zeros(1, "<f4"))
    with zipfile.ZipFile(f"{out}/{name}.keras", "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("metadata.json", json.dumps({"keras_version": "3.3.3"}))
        z.writestr("config.json", json.dumps(model_config(m)))
        z.writestr("model.weights.h5", buf.getvalue())


def main():
    out, names = sys.argv[1], sys.argv[2:]
    for name in names:
        size = {"resnet50_als": 64, "xception": 96}[name]
        x = rng.uniform(-1.5, 1.5, (2, size, size, 3))
        m = Model()
        logits, y = {"resnet50_als": resnet50_als, "xception": xception}[name](m, x)
        write_files(out, name, m)
        x.transpose(0, 3, 1, 2).astype("<f8").tofile(f"{out}/{name}.input")
        logits.astype("<f8").tofile(f"{out}/{name}.logits")
        y.astype("<f8").tofile(f"{out}/{name}.output")
        print(name, size, y.shape[1], "logit range", float(logits.min()), float(logits.max()))


if __name__ == "__main__":
    main()
