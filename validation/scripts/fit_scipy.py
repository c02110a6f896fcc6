#!/usr/bin/env python3
"""Fits the peaks:2 spectra written by org.metalnmr.validation.bench.FitComparison with
scipy.optimize.least_squares (method 'trf', the same bounds, the same starting values, the same
model: pseudo-Voigt lines under one zero-order phase, dispersion by Dawson's integral), times one
fit (median of the repeats of wall time and of thread CPU time, after one warm-up fit) and compares the fitted values with Java's.

Usage: fit_scipy.py DIR      (DIR holds problem.json, spectrum-*.csv and java.json)
Prints the median scipy times (analytic Jacobian and 2-point finite differences), the Java median
and the ratios, and the largest difference between the two fits in units of Java's standard errors.
"""
import json
import math
import sys
import time

import numpy as np
from scipy.optimize import least_squares
from scipy.special import dawsn

C = math.sqrt(math.log(2) / math.pi)
SQRT_LN2 = math.sqrt(math.log(2))
K = 2 / math.sqrt(math.pi) * C


def lines(x, p):
    """Model and analytic Jacobian of N pseudo-Voigt lines + phase (same formulas as
    org.metalnmr.core.fit.model.PseudoVoigtLinesModel)."""
    n = (len(p) - 1) // 4
    phi = math.radians(p[-1])
    cos, sin = math.cos(phi), math.sin(phi)
    f = np.zeros_like(x)
    jac = np.empty((x.size, len(p)))
    dphi = np.zeros_like(x)
    for l in range(n):
        c, h, eta, a = p[4 * l:4 * l + 4]
        d = x - c
        u = SQRT_LN2 * d / h
        e = np.exp(-u * u)
        ga = C / h * e
        fd = dawsn(u)
        gd = -K / h * fd
        fp = 1 - 2 * u * fd
        ga_x = -2 * u * ga * SQRT_LN2 / h
        gd_x = -K / h * fp * SQRT_LN2 / h
        ga_h = ga * (2 * u * u - 1) / h
        gd_h = (-gd + K / h * fp * u) / h
        s = h * h + d * d
        la = h / (math.pi * s)
        ld = -d / (math.pi * s)
        s2 = math.pi * s * s
        la_x = -2 * d * h / s2
        ld_x = (d * d - h * h) / s2
        la_h = (d * d - h * h) / s2
        ld_h = 2 * d * h / s2
        A = eta * la + (1 - eta) * ga
        D = eta * ld + (1 - eta) * gd
        shape = A * cos - D * sin
        f += a * shape
        jac[:, 4 * l] = -a * ((eta * la_x + (1 - eta) * ga_x) * cos - (eta * ld_x + (1 - eta) * gd_x) * sin)
        jac[:, 4 * l + 1] = a * ((eta * la_h + (1 - eta) * ga_h) * cos - (eta * ld_h + (1 - eta) * gd_h) * sin)
        jac[:, 4 * l + 2] = a * ((la - ga) * cos - (ld - gd) * sin)
        jac[:, 4 * l + 3] = shape
        dphi -= a * (A * sin + D * cos)
    jac[:, -1] = dphi * math.pi / 180
    return f, jac


def fit(x, y, p0, lo, hi, analytic):
    res = lambda p: lines(x, p)[0] - y
    jac = (lambda p: lines(x, p)[1]) if analytic else "2-point"
    return least_squares(res, p0, jac=jac, bounds=(lo, hi), method="trf")


def main():
    d = sys.argv[1]
    problem = json.load(open(f"{d}/problem.json"))
    java = json.load(open(f"{d}/java.json"))
    lo_ppm, hi_ppm = problem["rangePpm"]
    repeats = problem["repeats"]
    times = {True: [], False: []}
    cpu_times = []
    nfev = []
    worst = 0.0
    for s, spec in enumerate(problem["spectra"]):
        data = np.loadtxt(f"{d}/{spec['file']}", delimiter=",", skiprows=1)
        keep = (data[:, 0] >= lo_ppm) & (data[:, 0] <= hi_ppm)
        x, y = data[keep, 0], data[keep, 1]
        p0 = np.array(spec["initial"], dtype=float)
        lo = np.array([v if v is not None else -np.inf for v in spec["lower"]], dtype=float)
        hi = np.array([v if v is not None else np.inf for v in spec["upper"]], dtype=float)
        for analytic in (True, False):
            fit(x, y, p0, lo, hi, analytic)  # warm-up
            t = []
            c = []
            for _ in range(repeats):
                c0 = time.thread_time()
                t0 = time.perf_counter()
                r = fit(x, y, p0, lo, hi, analytic)
                t.append(time.perf_counter() - t0)
                c.append(time.thread_time() - c0)
            times[analytic].append(float(np.median(t)))
            if analytic:
                cpu_times.append(float(np.median(c)))
                nfev.append(int(r.nfev))
            if analytic:
                jv = np.array(java["values"][s])
                je = np.array(java["stderr"][s])
                worst = max(worst, float(np.max(np.abs(r.x - jv) / je)))
    jm = float(np.median(java["fitSeconds"]))
    jg = float(np.median(java["fitSecondsGivenSigma"]))
    sa = float(np.median(times[True]))
    sf = float(np.median(times[False]))
    jc = float(np.median(java["fitCpuSeconds"]))
    sc = float(np.median(cpu_times))
    print(f"scipy least_squares (trf), analytic Jacobian: median single fit {1e3 * sa:.3f} ms (evaluations {nfev})")
    print(f"scipy least_squares (trf), 2-point Jacobian:  median single fit {1e3 * sf:.3f} ms")
    print(f"java  SpectrumFitter (LM), analytic Jacobian: median single fit {1e3 * jm:.3f} ms"
          f" (complete: automatic noise, covariance, warnings, components); {1e3 * jg:.3f} ms with sigma given")
    print(f"speed-up of java over scipy: {sa / jm:.1f}x (analytic Jacobians), {sf / jm:.1f}x (scipy with finite differences);"
          f" with sigma given {sa / jg:.1f}x and {sf / jg:.1f}x")
    print(f"thread CPU time per fit (analytic Jacobians): scipy {1e3 * sc:.3f} ms, java {1e3 * jc:.3f} ms,"
          f" speed-up {sc / jc:.1f}x (not inflated by waiting for a core on a busy machine)")
    print(f"largest difference between the two fits: {worst:.3g} java standard errors")


if __name__ == "__main__":
    main()
