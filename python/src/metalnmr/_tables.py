"""Tables: pandas DataFrames when pandas is importable, plain dicts of columns otherwise."""

from __future__ import annotations

import csv
import importlib
import math
from pathlib import Path
from typing import Any, Dict, List, Mapping

import numpy as np


def pandas_or_none():
    """The pandas module, or None when it cannot be imported."""
    try:
        return importlib.import_module("pandas")
    except ImportError:
        return None


#: columns the toolkit writes as text even when a value looks like a number (an experiment folder "301")
TEXT_COLUMNS = frozenset({"input", "label", "atBound", "warnings"})


def _column(values: List[str]) -> Any:
    """A numpy float array when every non-empty cell is a number (empty cells become NaN), a numpy bool
    array when every cell is true/false, otherwise the list of strings as read."""
    lowered = [v.strip().lower() for v in values]
    if values and all(v in ("true", "false") for v in lowered):
        return np.array([v == "true" for v in lowered], dtype=bool)
    numbers = []
    for v in values:
        text = v.strip()
        if text == "":
            numbers.append(math.nan)
            continue
        try:
            numbers.append(float(text))
        except ValueError:
            return list(values)
    if values and all(v.strip() == "" for v in values):
        return list(values)
    return np.array(numbers, dtype=float)


def columns_of_csv(path: Path) -> Dict[str, Any]:
    """Reads a CSV file written by the toolkit (header line, then rows) into an ordered dict of columns."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [row for row in reader if row]
    columns: Dict[str, Any] = {}
    for index, name in enumerate(header):
        values = [row[index] if index < len(row) else "" for row in rows]
        columns[name] = list(values) if name in TEXT_COLUMNS else _column(values)
    return columns


def table(columns: Mapping[str, Any]):
    """A pandas DataFrame of the columns when pandas is importable, else the dict of columns itself."""
    pandas = pandas_or_none()
    if pandas is None:
        return dict(columns)
    return pandas.DataFrame(dict(columns))


def read_table(path: Path):
    """A toolkit CSV file as a table (:func:`table`)."""
    return table(columns_of_csv(path))
