#!/usr/bin/env python3
"""Two NIfTI files of the same DICOM series compared as their users see them (nibabel).

    python3 nifti_compare.py OURS.nii[.gz] REFERENCE.nii[.gz]

Converters may store the same volume in different voxel orders (dcm2niix flips rows; Osteon keeps
the DICOM order), so both are brought to the closest canonical (RAS) orientation first. Prints one
JSON line: shapes, the largest voxel difference, the largest difference of the affine's columns
(in mm; for a single slice the third column, the "slice" vector converters choose freely, is not
compared), and whether the qform and sform of OURS agree.
"""
import json
import sys

import nibabel as nib
import numpy as np


def main():
    a, b = nib.load(sys.argv[1]), nib.load(sys.argv[2])
    ca, cb = nib.as_closest_canonical(a), nib.as_closest_canonical(b)
    fa, fb = ca.get_fdata(), cb.get_fdata()
    da, db = np.squeeze(fa), np.squeeze(fb)
    out = {"shape": list(da.shape), "reference_shape": list(db.shape)}
    out["same_shape"] = da.shape == db.shape
    if out["same_shape"]:
        out["max_voxel_diff"] = float(np.max(np.abs(da - db)))
        out["max_abs_value"] = float(np.max(np.abs(db)))
    # The affine's columns that place voxels: all but a slice axis of size 1.
    cols = [c for c in range(3) if fa.shape[c] > 1 or fa.ndim < 3] + [3]
    out["max_affine_diff_mm"] = float(np.max(np.abs(ca.affine[:3, cols] - cb.affine[:3, cols])))
    out["qform_sform_diff_mm"] = float(np.max(np.abs(a.header.get_qform() - a.header.get_sform())))
    out["codes"] = [int(a.header["qform_code"]), int(a.header["sform_code"])]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
