#!/usr/bin/env python3
"""Independent reference for Osteon's DICOM tests: reads files with pydicom and writes, per
file, a JSON line with header facts and (when pydicom can decode the pixels with the handlers it
has) the stored pixel values as little-endian float64 in OUTDIR/<n>.raw.

usage: pydicom_probe.py OUTDIR FILE...
"""
import json
import sys

import numpy as np
import pydicom


def floats(ds, name, n):
    v = ds.get(name)
    if v is None:
        return None
    try:
        vals = [float(x) for x in (v if isinstance(v, (list, pydicom.multival.MultiValue)) else [v])]
    except (TypeError, ValueError):
        return None
    return vals if len(vals) == n else None


def main():
    out = sys.argv[1]
    for i, path in enumerate(sys.argv[2:]):
        rec = {"path": path, "index": i}
        try:
            ds = pydicom.dcmread(path, force=True)
            rec["rows"] = int(ds.get("Rows", 0))
            rec["columns"] = int(ds.get("Columns", 0))
            rec["frames"] = int(ds.get("NumberOfFrames", 1) or 1)
            rec["photometric"] = str(ds.get("PhotometricInterpretation", ""))
            rec["bits_allocated"] = int(ds.get("BitsAllocated", 0) or 0)
            rec["ipp"] = floats(ds, "ImagePositionPatient", 3)
            rec["iop"] = floats(ds, "ImageOrientationPatient", 6)
            rec["pixel_spacing"] = floats(ds, "PixelSpacing", 2)
            rec["slope"] = float(ds.get("RescaleSlope", 1) or 1)
            rec["intercept"] = float(ds.get("RescaleIntercept", 0) or 0)
            rec["series_uid"] = str(ds.get("SeriesInstanceUID", ""))
            rec["transfer_syntax"] = str(ds.file_meta.get("TransferSyntaxUID", "")) if hasattr(ds, "file_meta") else ""
            try:
                arr = ds.pixel_array
                rec["pixels"] = True
                rec["shape"] = list(arr.shape)
                np.asarray(arr, dtype="<f8").tofile(f"{out}/{i}.raw")
            except Exception as e:  # no handler for this syntax, or broken data
                rec["pixels"] = False
                rec["pixel_error"] = str(e)[:200]
        except Exception as e:
            rec["error"] = str(e)[:200]
        print(json.dumps(rec))


if __name__ == "__main__":
    main()
