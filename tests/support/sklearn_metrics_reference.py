#!/usr/bin/env python3
"""Reference values for core/train/metrics from scikit-learn (tests/core/train/test_metrics.cpp).

Usage: sklearn_metrics_reference.py INPUT.json OUTPUT.json

INPUT: {"classification": [{"classes": k, "truth": [...], "proba": [[...], ...],
                            "weights": [...]}, ...],
        "rsna": [{"targets": [{"study", "condition", "level", "truth", "p": [3]}, ...]}, ...]}
OUTPUT: the same lists with sklearn's numbers (NaN written as null).

The RSNA part reimplements the official Kaggle scoring code of the RSNA 2024 Lumbar Spine
Degenerative Classification competition ("rsna-lumbar-metric", version 10) with numpy instead of
pandas: sample weights 2**severity, one sklearn log_loss per condition group (spinal, foraminal,
subarticular) on one-hot targets, then any_severe_spinal per study (label: max of severe one-hot,
weight: max sample weight, prediction: max raw severe probability) and the plain mean of the four.
"""

import json
import math
import sys
import warnings

import numpy as np
from sklearn import metrics


def clean(v):
    if isinstance(v, (list, tuple, np.ndarray)):
        return [clean(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    v = float(v)
    return None if math.isnan(v) else v


def classification(case):
    k = case["classes"]
    y = np.asarray(case["truth"], dtype=int)
    p = np.asarray(case["proba"], dtype=np.float64)
    pred = np.argmax(p, axis=1)
    labels = list(range(k))
    prec, rec, f1, sup = metrics.precision_recall_fscore_support(
        y, pred, labels=labels, zero_division=0)
    aucs = []
    for c in range(k):
        yc = (y == c).astype(int)
        aucs.append(metrics.roc_auc_score(yc, p[:, c]) if 0 < yc.sum() < len(yc) else math.nan)
    if k == 2:
        macro_auc = metrics.roc_auc_score(y, p[:, 1]) if 0 < y.sum() < len(y) else math.nan
    else:
        defined = [a for a in aucs if not math.isnan(a)]
        macro_auc = float(np.mean(defined)) if defined else math.nan
    out = {
        "accuracy": metrics.accuracy_score(y, pred),
        "precision": prec, "recall": rec, "f1": f1, "support": sup,
        "macro_f1": metrics.f1_score(y, pred, labels=labels, average="macro", zero_division=0),
        "weighted_f1": metrics.f1_score(y, pred, labels=labels, average="weighted",
                                        zero_division=0),
        "confusion": metrics.confusion_matrix(y, pred, labels=labels).tolist(),
        "roc_auc": aucs, "macro_roc_auc": macro_auc,
        "log_loss": metrics.log_loss(y, p, labels=labels),
    }
    if case.get("weights"):
        out["weighted_log_loss"] = metrics.log_loss(
            y, p, labels=labels, sample_weight=np.asarray(case["weights"], dtype=np.float64))
    return {key: clean(v) for key, v in out.items()}


def get_condition(condition):
    for group in ["spinal", "foraminal", "subarticular"]:
        if group in condition:
            return group
    raise ValueError(f"condition not found in {condition}")


def rsna(case):
    rows = [t for t in case["targets"] if t["truth"] >= 0]  # the solution holds labelled rows only
    truth = np.asarray([t["truth"] for t in rows], dtype=int)
    onehot = np.eye(3)[truth]
    sub = np.asarray([t["p"] for t in rows], dtype=np.float64)
    weight = 2.0 ** truth
    group = np.asarray([get_condition(t["condition"]) for t in rows])
    study = np.asarray([t["study"] for t in rows])
    parts = {}
    for g in ["spinal", "foraminal", "subarticular"]:
        idx = np.nonzero(group == g)[0]
        if len(idx) == 0:
            continue  # the official code would fail on an empty group
        parts[g] = metrics.log_loss(y_true=onehot[idx], y_pred=sub[idx], sample_weight=weight[idx])
    spinal = np.nonzero(group == "spinal")[0]
    if len(spinal):
        studies = sorted(set(study[spinal]))  # pandas groupby("study_id") order
        labels, weights, preds = [], [], []
        for s in studies:
            idx = spinal[study[spinal] == s]
            labels.append(onehot[idx, 2].max())
            weights.append(weight[idx].max())
            preds.append(sub[idx, 2].max())  # raw severe column, not renormalised
        try:
            loss = metrics.log_loss(y_true=labels, y_pred=preds, sample_weight=weights)
        except ValueError:  # a single label: the official code fails, Osteon uses both labels
            loss = metrics.log_loss(y_true=labels, y_pred=preds, sample_weight=weights,
                                    labels=[0, 1])
        parts["any_severe_spinal"] = loss
    losses = list(parts.values())
    score = np.average(losses, weights=[1.0] * len(losses))  # any_severe_scalar = 1.0
    return {"score": clean(score), "parts": {k: clean(v) for k, v in parts.items()}}


def main():
    warnings.simplefilter("ignore")
    with open(sys.argv[1]) as f:
        data = json.load(f)
    out = {"classification": [classification(c) for c in data.get("classification", [])],
           "rsna": [rsna(c) for c in data.get("rsna", [])]}
    with open(sys.argv[2], "w") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
