"""Result objects: spectra as numpy arrays on their ppm axis, fit and series results as tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict

import numpy as np

from ._tables import columns_of_csv


@dataclass(frozen=True)
class Spectrum:
    """A spectrum on its ppm axis (as the toolkit writes it: ppm decreasing, one value per point).

    ``real`` and ``imag`` are in the units the toolkit states (``unit``): the input's units for measured
    data, mol per ppm of shift for simulated spectra.
    """

    ppm: np.ndarray
    real: np.ndarray
    imag: np.ndarray
    unit: str = ""

    @property
    def complex(self) -> np.ndarray:
        """real + i imag."""
        return self.real + 1j * self.imag

    def __len__(self) -> int:
        return len(self.ppm)

    @classmethod
    def from_csv(cls, path: Path) -> "Spectrum":
        """Reads a toolkit ``spectrum.csv`` (columns ppm, real, imag; the simulated one names its unit in
        the real and imaginary column headers)."""
        columns = columns_of_csv(path)
        names = list(columns)
        if len(names) < 3 or names[0] != "ppm":
            raise ValueError(f"{path}: expected the columns ppm, real, imag; found {names}")
        unit = names[1][len("real_"):].replace("_per_", "/") if names[1].startswith("real_") else ""
        return cls(ppm=np.asarray(columns[names[0]], dtype=float),
                   real=np.asarray(columns[names[1]], dtype=float),
                   imag=np.asarray(columns[names[2]], dtype=float),
                   unit=unit)


@dataclass(frozen=True)
class Simulation:
    """A forward-model run (``simulate``): ``result`` is the command's JSON (peaks, components,
    totalIntegral, ...), ``spectrum`` the simulated spectrum, ``out`` the folder with the figures."""

    result: Dict[str, Any]
    spectrum: Spectrum
    out: Path


@dataclass(frozen=True)
class Processed:
    """A processed measured spectrum (``process``): ``processing`` is the record of every step."""

    spectrum: Spectrum
    processing: Dict[str, Any]
    out: Path


@dataclass(frozen=True)
class Fit:
    """One fit (``fit``). ``parameters`` is a table with the columns name, value, stderr, unit;
    ``curves`` the table of ``fit.csv`` (ppm, data_au, model_au, residual_au and each component with the suffix _au:
    the input's arbitrary units); ``result`` the whole ``fit.json``."""

    parameters: Any
    curves: Any
    result: Dict[str, Any]
    out: Path

    @property
    def reduced_chi_square(self) -> float:
        return float(self.result["reducedChiSquare"])

    @property
    def converged(self) -> bool:
        return bool(self.result["converged"])


@dataclass(frozen=True)
class Series:
    """A fitted series (``fit-series``): ``table`` has one row per spectrum (input, timeS, every
    parameter and its ``_stderr``, derived quantities, reducedChiSquare, converged, atBound, warnings);
    ``summary`` is the command's JSON; ``out`` holds series/contour/stack figures (SVG and PNG)."""

    table: Any
    summary: Dict[str, Any]
    out: Path
    figures: Dict[str, Path] = field(default_factory=dict)


@dataclass(frozen=True)
class Integrals:
    """Region integrals (``integrate``): ``table`` has one row per spectrum (input, timeS, each region
    and its ``_stderr``, the noise)."""

    table: Any
    summary: Dict[str, Any]
    out: Path
