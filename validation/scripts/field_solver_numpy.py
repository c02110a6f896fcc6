#!/usr/bin/env python3
"""The voxel field solves of FieldSolverBenchmark written with numpy / scipy.fft, for a speed comparison.

Same jobs as the Java benchmark, on an N^3 box (N counts the whole box; the FFT grid is N^3, no extra
padding), float64 throughout, the k-space dipole kernel D(k) = 1/3 - kz^2/|k|^2 (D(0) = 0) on the
real-to-complex grid, built outside the timing as in Java; timed: irfftn(rfftn(chi) * D) with scipy.fft
using `workers` threads (default 2).
  box:   random chi in every voxel, the shift wanted everywhere;
  field: the `field` command's job: random chi in the central (N/2)^3 block, zero elsewhere, the shift
         wanted on that block (a view of the result: no copy is timed). scipy.fft has no pruned
         transform, so this is the whole-box transform, as a numpy user would write it.
Prints one JSON object: {"box": {"N": {"median_s": ..., "samples": [...]}, ...}, "field": {...}}.
"""
import argparse
import json
import time

import numpy as np
import scipy.fft as sf


def dipole_kernel(n):
    k = np.fft.fftfreq(n)
    kr = np.fft.rfftfreq(n)
    kz, ky, kx = np.meshgrid(k, k, kr, indexing="ij")  # array axes (z, y, x), x fastest as in Java
    k2 = kx ** 2 + ky ** 2 + kz ** 2
    with np.errstate(invalid="ignore", divide="ignore"):
        d = 1.0 / 3.0 - kz ** 2 / k2
    d[0, 0, 0] = 0.0
    return d


def chi_map(job, n, rng):
    if job == "box":
        return 1e-5 * rng.random((n, n, n))
    chi = np.zeros((n, n, n))
    q, b = n // 4, n // 2
    chi[q:q + b, q:q + b, q:q + b] = 1e-5 * rng.random((b, b, b))
    return chi


def solve(job, chi, d, workers):
    shift = sf.irfftn(sf.rfftn(chi, workers=workers) * d, s=chi.shape, workers=workers)
    if job == "field":
        n = chi.shape[0]
        q, b = n // 4, n // 2
        shift = shift[q:q + b, q:q + b, q:q + b]
    return shift


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="64,128,256")
    ap.add_argument("--jobs", default="box,field")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=7)
    a = ap.parse_args()
    out = {}
    for job in a.jobs.split(","):
        out[job] = {}
        rng = np.random.default_rng(20261121)
        for n in [int(s) for s in a.sizes.split(",")]:
            chi = chi_map(job, n, rng)
            d = dipole_kernel(n)
            solve(job, chi, d, a.workers)  # warm-up
            samples = []
            for _ in range(a.repeats):
                t0 = time.perf_counter()
                shift = solve(job, chi, d, a.workers)
                samples.append(time.perf_counter() - t0)
            del shift
            out[job][str(n)] = {"median_s": float(np.median(samples)), "samples": samples}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
