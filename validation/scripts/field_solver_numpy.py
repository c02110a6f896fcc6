#!/usr/bin/env python3
"""The voxel field solve of FieldSolverBenchmark written with numpy / scipy.fft, for a speed comparison.

Same job as the Java benchmark: an N^3 box of random susceptibility (no extra padding), the k-space
dipole kernel D(k) = 1/3 - kz^2/|k|^2 (D(0) = 0) on the real-to-complex grid, and the timed part
irfftn(rfftn(chi) * D), with scipy.fft using `workers` threads (default 2). Prints one JSON object:
{"n": {"median_s": ..., "samples": [...]}, ...}. The kernel is built outside the timing, as in Java.
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="64,128,256")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=7)
    a = ap.parse_args()
    out = {}
    rng = np.random.default_rng(20261121)
    for n in [int(s) for s in a.sizes.split(",")]:
        chi = 1e-5 * rng.random((n, n, n))
        d = dipole_kernel(n)
        sf.irfftn(sf.rfftn(chi, workers=a.workers) * d, s=chi.shape, workers=a.workers)  # warm-up
        samples = []
        for _ in range(a.repeats):
            t0 = time.perf_counter()
            shift = sf.irfftn(sf.rfftn(chi, workers=a.workers) * d, s=chi.shape, workers=a.workers)
            samples.append(time.perf_counter() - t0)
        del shift
        out[str(n)] = {"median_s": float(np.median(samples)), "samples": samples}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
