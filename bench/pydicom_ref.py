#!/usr/bin/env python3
"""Reference timings for osteon-bench-io with pydicom (python3-pydicom) and numpy.

usage: pydicom_ref.py scan DIR     header scan of every file (stop_before_pixels)
       pydicom_ref.py load DIR     read every file, group by series, sort by position along the
                                   normal, stack the stored pixels with numpy, apply the rescale
Prints one JSON object with the timing.
"""
import json
import os
import sys
import time

import numpy as np
import pydicom


def files_in(root):
    out = []
    for d, _, names in os.walk(root):
        out.extend(os.path.join(d, n) for n in names)
    return sorted(out)


def scan(root):
    files = files_in(root)
    t0 = time.perf_counter()
    series = {}
    for f in files:
        try:
            ds = pydicom.dcmread(f, stop_before_pixels=True)
        except Exception:
            continue
        series.setdefault(ds.SeriesInstanceUID, []).append(f)
    dt = time.perf_counter() - t0
    return {"files": len(files), "series": len(series), "seconds": dt}


def load(root):
    files = files_in(root)
    t0 = time.perf_counter()
    groups = {}
    for f in files:
        try:
            ds = pydicom.dcmread(f)
        except Exception:
            continue
        groups.setdefault(ds.SeriesInstanceUID, []).append(ds)
    voxels = 0
    volumes = []
    for uid, dss in groups.items():
        iop = np.array(dss[0].ImageOrientationPatient, dtype=float)
        normal = np.cross(iop[:3], iop[3:])
        dss.sort(key=lambda d: float(np.dot(normal, np.array(d.ImagePositionPatient, dtype=float))))
        vol = np.stack([d.pixel_array for d in dss])
        slope = float(getattr(dss[0], "RescaleSlope", 1))
        inter = float(getattr(dss[0], "RescaleIntercept", 0))
        if slope != 1 or inter != 0:
            vol = vol * slope + inter
        voxels += vol.size
        volumes.append(vol)
    dt = time.perf_counter() - t0
    return {"series": len(groups), "voxels": int(voxels), "seconds": dt}


if __name__ == "__main__":
    mode, root = sys.argv[1], sys.argv[2]
    print(json.dumps(scan(root) if mode == "scan" else load(root)))
