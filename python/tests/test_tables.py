"""Tables are pandas DataFrames when pandas is importable and dicts of columns otherwise; both paths are
exercised by simulating the import (pandas may or may not be installed where the tests run)."""

import math
import sys
import types

import numpy as np
import pytest

from metalnmr import _tables
from metalnmr._results import Spectrum
from metalnmr._toolkit import option_arguments


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "series.csv"
    path.write_text("input,timeS,area,area_stderr,converged,warnings\n"
                    "1,0.0,10.5,0.25,true,\n"
                    "3,587.0,11.0,,false,\"a, quoted warning | second\"\n", encoding="utf-8")
    return path


def test_columns_are_typed_numbers_booleans_and_strings(csv_file):
    columns = _tables.columns_of_csv(csv_file)
    assert list(columns) == ["input", "timeS", "area", "area_stderr", "converged", "warnings"]
    np.testing.assert_array_equal(columns["timeS"], [0.0, 587.0])
    assert columns["area_stderr"][0] == 0.25 and math.isnan(columns["area_stderr"][1])
    assert columns["converged"].dtype == bool and list(columns["converged"]) == [True, False]
    assert columns["warnings"] == ["", "a, quoted warning | second"]
    assert columns["input"] == ["1", "3"]  # experiment folders stay names


def test_without_pandas_a_table_is_a_dict_of_columns(csv_file, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    assert _tables.pandas_or_none() is None
    result = _tables.read_table(csv_file)
    assert isinstance(result, dict)
    np.testing.assert_array_equal(result["area"], [10.5, 11.0])


def test_with_pandas_a_table_is_a_data_frame_of_the_same_columns(csv_file, monkeypatch):
    received = {}

    class DataFrame:
        def __init__(self, data):
            received.update(data)

    fake = types.ModuleType("pandas")
    fake.DataFrame = DataFrame
    monkeypatch.setitem(sys.modules, "pandas", fake)
    result = _tables.read_table(csv_file)
    assert isinstance(result, DataFrame)
    assert list(received) == ["input", "timeS", "area", "area_stderr", "converged", "warnings"]
    np.testing.assert_array_equal(received["area"], [10.5, 11.0])


def test_real_pandas_when_installed(csv_file):
    pandas = pytest.importorskip("pandas")
    frame = _tables.read_table(csv_file)
    assert isinstance(frame, pandas.DataFrame)
    assert frame["timeS"].tolist() == [0.0, 587.0]
    assert frame["converged"].dtype == bool


def test_options_become_command_line_arguments():
    assert option_arguments({"b0_tesla": 7.05, "real_part_only": True, "chi": None, "resume": False,
                             "semi_axes_m": (1e-3, 2e-3, 3e-3)}) == [
        "--b0-tesla", "7.05", "--real-part-only", "--semi-axes-m", "0.001,0.002,0.003"]


def test_spectrum_csv_with_unit_in_the_header(tmp_path):
    path = tmp_path / "spectrum.csv"
    path.write_text("ppm,real_mol_per_ppm,imag_mol_per_ppm\n10.0,1.0,-1.0\n9.0,2.0,0.5\n", encoding="utf-8")
    spectrum = Spectrum.from_csv(path)
    assert spectrum.unit == "mol/ppm"
    np.testing.assert_array_equal(spectrum.ppm, [10.0, 9.0])
    np.testing.assert_array_equal(spectrum.complex, [1.0 - 1.0j, 2.0 + 0.5j])
