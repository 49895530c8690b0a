#!/usr/bin/env python3
"""osteon-cli start-up and conversion against the DICOM tools users compare it with (issue 16).

    python3 bench/bench_cli.py BUILD_DIR [--repeat N] [--series DIR] [--json OUT.json]

Side by side in one run, warm cache, whole processes (wall time, median of N runs, and peak RSS):
  - `dcmdump FILE` vs `osteon-cli --help` and `osteon-cli info FILE` (target: <= 3x dcmdump), and
    the AI engine's `osteon-cli-ai --help` (what every command cost before the engine was split
    out of osteon-cli);
  - `dcm2niix` vs `osteon-cli convert SERIES out.nii` on the same series (target: <= 1.5x), and
    the two NIfTI files compared with nibabel: the same voxels and the same world geometry (both
    brought to the closest canonical orientation; affines within 1e-3 mm).
Default series: the axial stack of Osteon's geometric phantom, written by the CLI itself.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(cmd):
    """Wall seconds and peak RSS (MiB) of one process; raises on a non-zero exit."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(cmd), code, err[-400:]))
    return wall, usage.ru_maxrss / 1024.0


def measure(cmd, repeat, before=None):
    """Median wall (ms) and max RSS of `repeat` runs after one warm-up run."""
    if before:
        before()
    run_once(cmd)
    walls, rss = [], 0.0
    for _ in range(repeat):
        if before:
            before()
        w, r = run_once(cmd)
        walls.append(w * 1000.0)
        rss = max(rss, r)
    return {"cmd": " ".join(cmd), "median_ms": statistics.median(walls),
            "min_ms": min(walls), "rss_mib": rss}


def largest_series(root):
    best, count = None, 0
    for d, _, files in os.walk(root):
        n = sum(1 for f in files if f.endswith(".dcm"))
        if n > count:
            best, count = d, n
    return best, count


def compare_nifti(a_path, b_path):
    import nibabel as nib
    import numpy as np
    a = nib.as_closest_canonical(nib.load(a_path))
    b = nib.as_closest_canonical(nib.load(b_path))
    da, db = np.squeeze(a.get_fdata()), np.squeeze(b.get_fdata())
    out = {"shape_osteon": list(da.shape), "shape_dcm2niix": list(db.shape)}
    out["same_shape"] = da.shape == db.shape
    out["max_abs_voxel_diff"] = float(np.max(np.abs(da - db))) if out["same_shape"] else None
    out["max_affine_diff_mm"] = float(np.max(np.abs(a.affine - b.affine)))
    out["same_voxels"] = bool(out["same_shape"] and out["max_abs_voxel_diff"] <= 1e-3)
    out["same_geometry"] = bool(out["max_affine_diff_mm"] <= 1e-3)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build")
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--series", help="a DICOM series folder (default: a phantom's largest)")
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args()
    cli = os.path.join(args.build, "bin", "osteon-cli")
    engine = os.path.join(args.build, "bin", "osteon-cli-ai")
    for tool in ("dcmdump", "dcm2niix"):
        if not shutil.which(tool):
            sys.exit("%s is not installed (Debian packages dcmtk, dcm2niix)" % tool)
    tmp = tempfile.mkdtemp(prefix="osteon-bench-cli-")
    try:
        series = args.series
        if not series:
            subprocess.run([cli, "phantom", "--task", "geometric", "--seed", "5", "--out",
                            os.path.join(tmp, "phantom")], check=True, stdout=subprocess.DEVNULL)
            series, _ = largest_series(os.path.join(tmp, "phantom"))
        files = sorted(os.path.join(series, f) for f in os.listdir(series))
        one = files[len(files) // 2]
        print("series %s: %d files; one file %s" % (series, len(files), os.path.basename(one)))
        r = {"series": series, "files": len(files), "cores": os.cpu_count()}

        r["dcmdump"] = measure(["dcmdump", one], args.repeat)
        r["help"] = measure([cli, "--help"], args.repeat)
        r["info"] = measure([cli, "info", one], args.repeat)
        if os.path.exists(engine):
            r["engine_help"] = measure([engine, "--help"], args.repeat)

        out_ours = os.path.join(tmp, "osteon.nii")
        niix_dir = os.path.join(tmp, "niix")
        os.makedirs(niix_dir)

        def clean_niix():
            for f in os.listdir(niix_dir):
                os.remove(os.path.join(niix_dir, f))

        r["dcm2niix"] = measure(["dcm2niix", "-b", "n", "-z", "n", "-f", "ref", "-o", niix_dir,
                                 series], args.repeat, before=clean_niix)
        r["convert"] = measure([cli, "convert", series, out_ours], args.repeat)
        refs = [f for f in os.listdir(niix_dir) if f.endswith(".nii")]
        if len(refs) != 1:
            sys.exit("dcm2niix wrote %s, expected one .nii" % refs)
        r["agreement"] = compare_nifti(out_ours, os.path.join(niix_dir, refs[0]))

        base = r["dcmdump"]["median_ms"]
        print("\n%-34s %10s %9s %9s" % ("command", "median ms", "x ref", "RSS MiB"))
        for key, ref in (("dcmdump", base), ("help", base), ("info", base),
                         ("engine_help", base), ("dcm2niix", None), ("convert", None)):
            if key not in r:
                continue
            m = r[key]
            rr = ref if ref is not None else r["dcm2niix"]["median_ms"]
            print("%-34s %10.1f %9.2f %9.1f" % (key, m["median_ms"], m["median_ms"] / rr,
                                                m["rss_mib"]))
        r["ratio_help_vs_dcmdump"] = r["help"]["median_ms"] / base
        r["ratio_info_vs_dcmdump"] = r["info"]["median_ms"] / base
        r["ratio_convert_vs_dcm2niix"] = r["convert"]["median_ms"] / r["dcm2niix"]["median_ms"]
        print("\ntargets: --help %.2fx and info %.2fx of dcmdump (<= 3x); convert %.2fx of "
              "dcm2niix (<= 1.5x)" % (r["ratio_help_vs_dcmdump"], r["ratio_info_vs_dcmdump"],
                                      r["ratio_convert_vs_dcm2niix"]))
        a = r["agreement"]
        print("NIfTI vs dcm2niix: shape %s vs %s, max |voxel diff| %s, max affine diff %.2g mm "
              "-> same voxels %s, same geometry %s"
              % (a["shape_osteon"], a["shape_dcm2niix"], a["max_abs_voxel_diff"],
                 a["max_affine_diff_mm"], a["same_voxels"], a["same_geometry"]))
        if args.json:
            with open(args.json, "w") as f:
                json.dump(r, f, indent=2)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
