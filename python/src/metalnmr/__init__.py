"""Python client of the metalnmr toolkit (simulation and fitting of in-situ NMR of Li/Na metal anodes).

The client runs the toolkit's command line with ``--json`` (contract: the repository's CLI.md) and
returns Python objects: spectra as numpy arrays on their ppm axis, fit and series results as pandas
DataFrames when pandas is importable (plain dicts of columns otherwise), failures as
:class:`MetalNmrError` carrying the toolkit's one-line message and exit code.

>>> import metalnmr
>>> metalnmr.skin_depth("7Li", "Li", proton_mhz=300)["skinDepthM"]   # doctest: +SKIP
1.4198e-05

The module-level functions use one :class:`Toolkit` found from ``METALNMR_JAR`` or the repository's
build output; make your own ``Toolkit(jar=...)`` to choose the jar, the Java or its options.
"""

from __future__ import annotations

from typing import Optional

from ._errors import InvalidInputError, JarNotFoundError, JavaNotFoundError, MetalNmrError
from ._results import Fit, Integrals, Processed, Series, Simulation, Spectrum
from ._toolkit import Toolkit, find_jar, find_java, option_arguments

__version__ = "0.1.0.dev0"

__all__ = [
    "Toolkit", "find_jar", "find_java", "option_arguments", "default_toolkit",
    "MetalNmrError", "InvalidInputError", "JarNotFoundError", "JavaNotFoundError",
    "Spectrum", "Simulation", "Processed", "Fit", "Series", "Integrals",
    "version", "skin_depth", "penetration", "shift", "demag", "field", "simulate", "compare_cells",
    "process", "fit", "fit_series", "integrate",
]

_default: Optional[Toolkit] = None


def default_toolkit() -> Toolkit:
    """The toolkit the module-level functions use (found once, on first use)."""
    global _default
    if _default is None:
        _default = Toolkit()
    return _default


def version() -> str:
    return default_toolkit().version()


def skin_depth(*args, **kwargs):
    return default_toolkit().skin_depth(*args, **kwargs)


def penetration(*args, **kwargs):
    return default_toolkit().penetration(*args, **kwargs)


def shift(*args, **kwargs):
    return default_toolkit().shift(*args, **kwargs)


def demag(*args, **kwargs):
    return default_toolkit().demag(*args, **kwargs)


def field(*args, **kwargs):
    return default_toolkit().field(*args, **kwargs)


def simulate(*args, **kwargs):
    return default_toolkit().simulate(*args, **kwargs)


def compare_cells(*args, **kwargs):
    return default_toolkit().compare_cells(*args, **kwargs)


def process(*args, **kwargs):
    return default_toolkit().process(*args, **kwargs)


def fit(*args, **kwargs):
    return default_toolkit().fit(*args, **kwargs)


def fit_series(*args, **kwargs):
    return default_toolkit().fit_series(*args, **kwargs)


def integrate(*args, **kwargs):
    return default_toolkit().integrate(*args, **kwargs)


for _name in ("skin_depth", "penetration", "shift", "demag", "field", "simulate", "compare_cells",
              "process", "fit", "fit_series", "integrate", "version"):
    globals()[_name].__doc__ = getattr(Toolkit, _name).__doc__
del _name
