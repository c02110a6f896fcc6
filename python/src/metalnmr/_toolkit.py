"""Runs the toolkit's command line (``java -jar metalnmr.jar COMMAND ... --json``) and reads its outputs."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np

from ._errors import InvalidInputError, JarNotFoundError, JavaNotFoundError, MetalNmrError
from ._results import Fit, Integrals, Processed, Series, Simulation, Spectrum
from ._tables import read_table, table

PathLike = Union[str, "os.PathLike[str]"]

#: where the repository's build writes the runnable jar, relative to the repository root
REPOSITORY_JAR = Path("validation") / "target" / "metalnmr.jar"


def find_jar(jar: Optional[PathLike] = None, start: Optional[PathLike] = None) -> Path:
    """The toolkit's runnable jar: ``jar`` when given, else the environment variable ``METALNMR_JAR``,
    else the repository's build output (``validation/target/metalnmr.jar``) in ``start`` (default: the
    current directory) or one of its parents."""
    if jar is not None:
        path = Path(jar)
        if not path.is_file():
            raise JarNotFoundError(f"the toolkit jar {path} does not exist")
        return path.resolve()
    env = os.environ.get("METALNMR_JAR")
    if env:
        path = Path(env)
        if not path.is_file():
            raise JarNotFoundError(f"METALNMR_JAR={env} is not a file")
        return path.resolve()
    here = Path(start if start is not None else os.getcwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / REPOSITORY_JAR
        if candidate.is_file():
            return candidate
    raise JarNotFoundError(
        f"no toolkit jar: give jar=PATH, set METALNMR_JAR, or build the repository (./metalnmr --version "
        f"or mvn -DskipTests package) so that {REPOSITORY_JAR} exists in {here} or a parent folder")


def find_java() -> str:
    """The ``java`` executable: ``METALNMR_JAVA``, else ``$JAVA_HOME/bin/java``, else ``java`` on the PATH."""
    env = os.environ.get("METALNMR_JAVA")
    if env:
        return env
    home = os.environ.get("JAVA_HOME")
    if home:
        candidate = Path(home) / "bin" / ("java.exe" if os.name == "nt" else "java")
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("java")
    if found is None:
        raise JavaNotFoundError("no java: install Java 17 or later, or set METALNMR_JAVA or JAVA_HOME")
    return found


def _number(value: Any) -> str:
    if isinstance(value, bool):
        raise TypeError("a flag is not a value")
    if isinstance(value, float):
        return repr(value)
    return str(value)


def option_arguments(options: Mapping[str, Any]) -> List[str]:
    """Command-line options from keyword arguments: ``b0_tesla=7.05`` -> ``--b0-tesla 7.05``;
    ``True`` -> the bare flag; ``None`` or ``False`` -> left out; a list or tuple -> comma-separated."""
    arguments: List[str] = []
    for key, value in options.items():
        if value is None or value is False:
            continue
        flag = "--" + key.replace("_", "-")
        if value is True:
            arguments.append(flag)
        elif isinstance(value, (list, tuple)):
            arguments += [flag, ",".join(_number(v) for v in value)]
        else:
            arguments += [flag, _number(value)]
    return arguments


def _range(range_ppm: Optional[Tuple[float, float]]) -> List[str]:
    if range_ppm is None:
        return []
    low, high = range_ppm
    return ["--range-ppm", f"{_number(float(low))}:{_number(float(high))}"]


def _paths(inputs: Union[PathLike, Iterable[PathLike]]) -> List[str]:
    if isinstance(inputs, (str, os.PathLike)):
        return [os.fspath(inputs)]
    return [os.fspath(p) for p in inputs]


class Toolkit:
    """One toolkit jar and the Java that runs it. Every method runs one command with ``--json``.

    Methods that write files take ``out``: the folder to create (it must not exist yet, or be empty, as
    the command line requires); without it a new temporary folder is used and kept (its figures are
    there), named in the result's ``out``.
    """

    def __init__(self, jar: Optional[PathLike] = None, java: Optional[str] = None,
                 java_options: Optional[Sequence[str]] = None):
        self.jar = find_jar(jar)
        self.java = java if java is not None else find_java()
        if java_options is None:
            java_options = shlex.split(os.environ.get("METALNMR_JAVA_OPTS", "-Xmx8g"))
        self.java_options = list(java_options)

    def __repr__(self) -> str:
        return f"Toolkit(jar={str(self.jar)!r})"

    # --- running ----------------------------------------------------------------------------------

    def run(self, arguments: Sequence[str], json_output: bool = True) -> Any:
        """Runs one command; returns its JSON output parsed (or its standard output as text).

        Raises :class:`InvalidInputError` (exit 2) or :class:`MetalNmrError` (any other failure) with
        the toolkit's one-line message."""
        command = [self.java, *self.java_options, "-jar", str(self.jar), *arguments]
        if json_output:
            command.append("--json")
        completed = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   encoding="utf-8", errors="replace")
        if completed.returncode != 0:
            lines = [line for line in completed.stderr.splitlines() if line.strip()]
            message = lines[-1].strip() if lines else f"metalnmr {' '.join(arguments[:1])} failed"
            error = InvalidInputError if completed.returncode == 2 else MetalNmrError
            raise error(message, completed.returncode, command, completed.stderr)
        if not json_output:
            return completed.stdout
        try:
            return json.loads(completed.stdout)
        except json.JSONDecodeError as e:
            raise MetalNmrError(f"metalnmr {arguments[0]}: the output is not one JSON object ({e})",
                                completed.returncode, command, completed.stderr) from e

    @staticmethod
    def _out(out: Optional[PathLike], command: str) -> Path:
        if out is not None:
            return Path(out)
        return Path(tempfile.mkdtemp(prefix=f"metalnmr-{command}-")) / "out"

    def version(self) -> str:
        """The toolkit's version line, e.g. ``metalnmr 0.1.0 (commit 7c070a1be2f4)``."""
        return self.run(["--version"], json_output=False).strip()

    # --- closed forms and single bodies --------------------------------------------------------------

    def skin_depth(self, nucleus: str, metal: str, *, b0_tesla: Optional[float] = None,
                   proton_mhz: Optional[float] = None, **options: Any) -> Dict[str, Any]:
        """Larmor frequency and RF skin depth (keys ``larmorHz``, ``skinDepthM``, ``resistivityOhmM``, ...)."""
        return self.run(["skin-depth", "--nucleus", nucleus, "--metal", metal,
                         *option_arguments(dict(b0_tesla=b0_tesla, proton_mhz=proton_mhz, **options))])

    def penetration(self, metal: str, nucleus: str, shape: str, size_m: float, *,
                    b0_tesla: Optional[float] = None, proton_mhz: Optional[float] = None,
                    **options: Any) -> Dict[str, Any]:
        """RF penetration and the complex signal of one body (``signalPerVolume``, ``phaseDeg``, ...)."""
        return self.run(["penetration", "--metal", metal, "--nucleus", nucleus, "--shape", shape,
                         "--size-m", _number(size_m),
                         *option_arguments(dict(b0_tesla=b0_tesla, proton_mhz=proton_mhz, **options))])

    def shift(self, metal: str, shape: str, **options: Any) -> Dict[str, Any]:
        """Line position of an isolated body (``shiftPpm`` = ``knightPpm`` + ``bmsPpm``); options such as
        ``tilt_deg``, ``chi``, ``knight_ppm``."""
        return self.run(["shift", "--metal", metal, "--shape", shape, *option_arguments(options)])

    def demag(self, shape: str, **options: Any) -> Dict[str, Any]:
        """Demagnetising factors ``nxx``, ``nyy``, ``nzz``: ``semi_axes_m=(a, b, c)`` for an ellipsoid,
        ``size_m=(a, b, c)`` for a prism, ``diameter_m`` and ``length_m`` for a cylinder."""
        return self.run(["demag", "--shape", shape, *option_arguments(options)])

    def field(self, shape: str, size_m: Union[float, Sequence[float]], chi: float, grid: int,
              **options: Any) -> Dict[str, Any]:
        """Voxel solve of one body in B0 (``insideMeanPpm``, ``insideStdPpm``, ``analyticPpm``, ...)."""
        return self.run(["field", "--shape", shape,
                         *option_arguments(dict(size_m=size_m, chi=chi, grid=grid, **options))])

    # --- forward model -------------------------------------------------------------------------------

    def simulate(self, scenario: PathLike, out: Optional[PathLike] = None, **options: Any) -> Simulation:
        """Forward model of a scenario file: the result JSON and the simulated spectrum."""
        folder = self._out(out, "simulate")
        result = self.run(["simulate", os.fspath(scenario), "--out", str(folder), *option_arguments(options)])
        return Simulation(result=result, spectrum=Spectrum.from_csv(folder / "spectrum.csv"), out=folder)

    def compare_cells(self, out: Optional[PathLike] = None, **options: Any) -> Dict[str, Any]:
        """The same plate plus dendrites in cell A and in cell B: the JSON with ``cellA`` and ``cellB``
        (each shaped like :meth:`simulate`'s result), plus ``out`` (the folder with figures)."""
        folder = self._out(out, "compare-cells")
        result = self.run(["compare-cells", "--out", str(folder), *option_arguments(options)])
        result = dict(result)
        result["out"] = folder
        return result

    # --- measured spectra ----------------------------------------------------------------------------

    def process(self, spectrum: PathLike, out: Optional[PathLike] = None, **options: Any) -> Processed:
        """Reads and processes a measured spectrum (text, JCAMP-DX, Bruker folder or zip); the
        processing options are the command's (``source='raw'``, ``lb_hz``, ``phase='auto'``, ...)."""
        folder = self._out(out, "process")
        record = self.run(["process", os.fspath(spectrum), "--out", str(folder), *option_arguments(options)])
        return Processed(spectrum=Spectrum.from_csv(folder / "spectrum.csv"), processing=record, out=folder)

    def fit(self, spectrum: PathLike, model: str, range_ppm: Optional[Tuple[float, float]] = None,
            out: Optional[PathLike] = None, **options: Any) -> Fit:
        """Fits one spectrum; ``model`` is ``peaks:N``, ``morphology``, ``li-metal`` or a model file."""
        folder = self._out(out, "fit")
        result = self.run(["fit", os.fspath(spectrum), "--model", os.fspath(model), *_range(range_ppm),
                           "--out", str(folder), *option_arguments(options)])
        parameters = result.get("parameters", {})
        names = list(parameters)
        columns = {
            "name": names,
            "value": [float(parameters[n]["value"]) for n in names],
            "stderr": [_float_or_nan(parameters[n].get("stderr")) for n in names],
            "unit": [parameters[n].get("unit", "") for n in names],
        }
        columns["value"] = np.array(columns["value"], dtype=float)
        columns["stderr"] = np.array(columns["stderr"], dtype=float)
        curves = read_table(folder / "fit.csv")
        return Fit(parameters=table(columns), curves=curves, result=result, out=folder)

    def fit_series(self, inputs: Union[PathLike, Iterable[PathLike]], model: str,
                   range_ppm: Optional[Tuple[float, float]] = None, out: Optional[PathLike] = None,
                   **options: Any) -> Series:
        """Fits an operando series (files, a pseudo-2D ser, or a folder of experiment folders); options
        such as ``cycler``, ``current_ma``, ``direction``, ``threads``, ``cell``."""
        folder = self._out(out, "fit-series")
        summary = self.run(["fit-series", *_paths(inputs), "--model", os.fspath(model), *_range(range_ppm),
                            "--out", str(folder), *option_arguments(options)])
        figures = {p.name: p for p in sorted(folder.glob("*.png"))}
        return Series(table=read_table(folder / "series.csv"), summary=summary, out=folder, figures=figures)

    def integrate(self, inputs: Union[PathLike, Iterable[PathLike]], regions: Mapping[str, Tuple[float, float]],
                  out: Optional[PathLike] = None, **options: Any) -> Integrals:
        """Model-free integrals of ppm windows, ``regions={'bulk': (230, 256), 'micro': (256, 300)}``."""
        if not regions:
            raise ValueError("integrate needs at least one region, e.g. regions={'bulk': (230, 256)}")
        folder = self._out(out, "integrate")
        region_arguments: List[str] = []
        for name, (low, high) in regions.items():
            region_arguments += ["--region", f"{name}={_number(float(low))}:{_number(float(high))}"]
        summary = self.run(["integrate", *_paths(inputs), *region_arguments, "--out", str(folder),
                            *option_arguments(options)])
        return Integrals(table=read_table(folder / "integrals.csv"), summary=summary, out=folder)


def _float_or_nan(value: Any) -> float:
    return float("nan") if value is None else float(value)
