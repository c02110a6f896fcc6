"""The client against the real toolkit jar: each command's results come back as Python objects that obey
the physics the toolkit documents (closed forms, sum rules, conservation) and the measured data's own
ground truth; failures come back as exceptions with the toolkit's one-line message."""

import math

import numpy as np
import pytest

import metalnmr

from conftest import OPERANDO, SCENARIOS

MU0 = 4e-7 * math.pi  # vacuum permeability [H/m]; CODATA 2018 differs by 5.5e-10 relative


def test_version_names_the_toolkit(toolkit):
    line = toolkit.version()
    assert line.startswith("metalnmr ")
    assert "(commit " in line


def test_skin_depth_is_the_classical_formula(toolkit):
    # delta = sqrt(2 rho / (omega mu0 muR)) (Jackson, Classical Electrodynamics, 3rd ed., eq. 5.165)
    result = toolkit.skin_depth("7Li", "Li", proton_mhz=300)
    omega = 2 * math.pi * result["larmorHz"]
    expected = math.sqrt(2 * result["resistivityOhmM"] / (omega * MU0 * result["muR"]))
    assert result["skinDepthM"] == pytest.approx(expected, rel=1e-8)
    # the same magnet given as a field gives the same answer
    again = toolkit.skin_depth("7Li", "Li", b0_tesla=result["b0Tesla"])
    assert again["larmorHz"] == pytest.approx(result["larmorHz"], rel=1e-12)


def test_shift_of_a_plate_is_knight_plus_bulk_susceptibility(toolkit):
    # BMS shift of a body with demagnetising factor N along B0: chi (1/3 - N) (docs/physics.md section 4);
    # a plate with its normal along B0 has N = 1, across B0 N = 0
    flat = toolkit.shift("Li", "plate", tilt_deg=0)
    upright = toolkit.shift("Li", "plate", tilt_deg=90)
    for result, n in ((flat, 1.0), (upright, 0.0)):
        assert result["bmsPpm"] == pytest.approx(result["chi"] * (1 / 3 - n) * 1e6, rel=1e-9)
        assert result["shiftPpm"] == pytest.approx(result["knightPpm"] + result["bmsPpm"], rel=1e-12)


@pytest.mark.parametrize("shape,options", [
    ("ellipsoid", {"semi_axes_m": (1e-3, 2e-3, 3e-3)}),
    ("prism", {"size_m": (1e-3, 2e-3, 0.5e-3)}),
    ("cylinder", {"diameter_m": 1e-3, "length_m": 4e-3}),
])
def test_demagnetising_factors_sum_to_one(toolkit, shape, options):
    # the trace of the magnetometric demagnetising tensor of any body is 1 (Moskowitz & Della Torre 1966)
    result = toolkit.demag(shape, **options)
    assert result["nxx"] + result["nyy"] + result["nzz"] == pytest.approx(1.0, abs=1e-9)


def test_demagnetising_factors_of_a_sphere_are_one_third(toolkit):
    result = toolkit.demag("ellipsoid", semi_axes_m=(1e-3, 1e-3, 1e-3))
    for key in ("nxx", "nyy", "nzz"):
        assert result[key] == pytest.approx(1 / 3, abs=1e-12)


def test_field_of_a_prolate_ellipsoid_agrees_with_its_demagnetising_factor(toolkit):
    # uniform field inside an ellipsoid: shift = chi (1/3 - Nzz) (Osborn 1945); the voxel solve's mean
    # inside must approach it; the closed form the command reports must be the demag command's
    chi = 2.41e-5
    semi_axes = (0.5e-3, 0.5e-3, 1.5e-3)
    field = toolkit.field("ellipsoid", size_m=semi_axes, chi=chi, grid=32)
    nzz = toolkit.demag("ellipsoid", semi_axes_m=semi_axes)["nzz"]
    analytic = chi * (1 / 3 - nzz) * 1e6
    assert field["analyticPpm"] == pytest.approx(analytic, rel=1e-6)
    # a 32-voxel box (body 16 voxels long) voxelises the surface coarsely: within 5 % of chi of the
    # closed form (the Java field tests check convergence with the grid)
    assert abs(field["insideMeanPpm"] - analytic) < 0.05 * chi * 1e6
    assert field["gridN"] == 32


def test_penetration_of_a_thin_slab_sees_everything(toolkit):
    # a slab much thinner than the skin depth is fully penetrated: signal per volume -> 1, phase -> 0,
    # with corrections of order (t / delta)^2
    delta = toolkit.skin_depth("7Li", "Li", proton_mhz=300)["skinDepthM"]
    thin = toolkit.penetration("Li", "7Li", "slab", 0.01 * delta, proton_mhz=300)
    assert thin["signalPerVolume"] == pytest.approx(1.0, abs=1e-3)
    assert abs(thin["phaseDeg"]) < 0.1
    thick = toolkit.penetration("Li", "7Li", "slab", 20 * delta, proton_mhz=300)
    assert thick["signalPerVolume"] < 0.1


def test_simulated_spectrum_carries_the_total_integral(toolkit, tmp_path):
    # the spectrum is in mol per ppm: its integral over the ppm axis is the total signal
    simulation = toolkit.simulate(SCENARIOS / "cell-a-foil.json", out=tmp_path / "sim")
    spectrum = simulation.spectrum
    assert spectrum.unit == "mol/ppm"
    assert np.all(np.diff(spectrum.ppm) < 0)  # ppm decreasing, as NMR axes are drawn
    trapezoid = getattr(np, "trapezoid", None) or np.trapz  # numpy 2 renamed it
    integral = abs(trapezoid(spectrum.real, spectrum.ppm))
    assert integral == pytest.approx(simulation.result["totalIntegral"], rel=0.02)
    for peak in simulation.result["peaks"]:
        assert spectrum.ppm.min() <= peak["shiftPpm"] <= spectrum.ppm.max()
    assert (tmp_path / "sim" / "spectrum.png").is_file()


def test_processed_spectrum_is_topspins(toolkit, tmp_path):
    # experiment 1 as saved (1r): the same intensities as TopSpin's own text export to its rounding
    # (half a unit), on TopSpin's axis moved up by half a point (docs/processing.md, ascii-spec)
    processed = toolkit.process(OPERANDO / "1", out=tmp_path / "proc")
    rows = np.loadtxt(OPERANDO / "1" / "pdata" / "1" / "ascii-spec.txt", delimiter=",", skiprows=1)
    ascii_intensity, ascii_ppm = rows[:, 1], rows[:, 3]
    spectrum = processed.spectrum
    assert len(spectrum) == len(ascii_ppm)
    np.testing.assert_allclose(spectrum.real, ascii_intensity, rtol=0, atol=0.5 + 1e-9)
    half_point = abs(ascii_ppm[1] - ascii_ppm[0]) / 2
    np.testing.assert_allclose(spectrum.ppm, ascii_ppm + half_point, rtol=0, atol=5e-5)
    assert processed.processing["steps"][0]["step"] == "read"


@pytest.fixture(scope="module")
def peaks_fit(toolkit, tmp_path_factory):
    return toolkit.fit(OPERANDO / "301", "peaks:2", range_ppm=(220, 310),
                       out=tmp_path_factory.mktemp("fit") / "out")


def test_fit_parameters_table_is_the_fit_json(peaks_fit):
    table = peaks_fit.parameters
    names = list(table["name"])
    assert names == list(peaks_fit.result["parameters"])
    for i, name in enumerate(names):
        entry = peaks_fit.result["parameters"][name]
        assert list(table["value"])[i] == entry["value"]
    assert peaks_fit.converged
    assert peaks_fit.reduced_chi_square == peaks_fit.result["reducedChiSquare"]


def test_fit_curves_residual_is_data_minus_model(peaks_fit):
    curves = peaks_fit.curves
    data, model, residual = (np.asarray(curves[k], dtype=float) for k in ("data_au", "model_au", "residual_au"))
    np.testing.assert_allclose(residual, data - model, rtol=0, atol=1e-6 * np.max(np.abs(data)))
    ppm = np.asarray(curves["ppm"], dtype=float)
    assert ppm.min() >= 220 - 1e-9 and ppm.max() <= 310 + 1e-9


def test_fit_series_rows_follow_the_acquisition_clock(toolkit, tmp_path):
    # odd-numbered experiments, about 293 s each (data/README.md): consecutive rows about 586 s apart
    inputs = [OPERANDO / str(n) for n in (1, 3, 5)]
    series = toolkit.fit_series(inputs, "li-metal", range_ppm=(220, 310), out=tmp_path / "series", threads=2)
    table = series.table
    assert list(table["input"]) == ["1", "3", "5"]
    steps = np.diff(np.asarray(table["timeS"], dtype=float))
    np.testing.assert_allclose(steps, 2 * 293.0, rtol=0.02)
    fraction = np.asarray(table["microstructureFraction"], dtype=float)
    assert np.all((fraction > -0.1) & (fraction < 1.1))
    assert series.summary["spectra"] == 3
    assert "contour.png" in series.figures and series.figures["contour.png"].is_file()


def test_integrate_is_the_sum_over_the_window(toolkit, tmp_path):
    # a region integral is the spectrum summed over the window times the point spacing; two ways of
    # treating the window's edge points differ by at most two points' worth
    integrals = toolkit.integrate([OPERANDO / "1"], {"bulk": (230, 256)}, out=tmp_path / "integrals")
    processed = toolkit.process(OPERANDO / "1", out=tmp_path / "proc")
    ppm, real = processed.spectrum.ppm, processed.spectrum.real
    step = abs(ppm[1] - ppm[0])
    inside = (ppm >= 230) & (ppm <= 256)
    ours = real[inside].sum() * step
    theirs = float(np.asarray(integrals.table["bulk"], dtype=float)[0])
    assert abs(theirs - ours) <= 2 * np.max(np.abs(real[inside])) * step
    assert list(integrals.table["input"]) == ["1"]


def test_compare_cells_gives_both_cells(toolkit, tmp_path):
    result = toolkit.compare_cells(out=tmp_path / "cells", no_error_estimate=True)
    for cell in ("cellA", "cellB"):
        assert result[cell]["totalIntegral"] > 0
        assert result[cell]["peaks"]
    assert (result["out"] / "compare-cells.png").is_file()


def test_bad_input_raises_with_the_toolkits_one_line_message(toolkit):
    with pytest.raises(metalnmr.InvalidInputError) as caught:
        toolkit.skin_depth("7Li", "Xx", proton_mhz=300)
    error = caught.value
    assert error.exit_code == 2
    assert "\n" not in error.message
    assert error.message.startswith("metalnmr skin-depth:")
    assert "'Xx'" in error.message
    assert isinstance(error, metalnmr.MetalNmrError) and isinstance(error, ValueError)


def test_missing_input_file_is_bad_input(toolkit, tmp_path):
    with pytest.raises(metalnmr.InvalidInputError) as caught:
        toolkit.process(tmp_path / "no-such-spectrum.txt", out=tmp_path / "out")
    assert "no-such-spectrum.txt" in caught.value.message
    assert not (tmp_path / "out").exists()


def test_jar_not_found_names_what_to_do(tmp_path, monkeypatch):
    monkeypatch.delenv("METALNMR_JAR", raising=False)
    with pytest.raises(metalnmr.JarNotFoundError, match="METALNMR_JAR"):
        metalnmr.find_jar(start=tmp_path)
    monkeypatch.setenv("METALNMR_JAR", str(tmp_path / "missing.jar"))
    with pytest.raises(metalnmr.JarNotFoundError, match="missing.jar"):
        metalnmr.find_jar()


def test_module_functions_use_the_default_toolkit(toolkit, monkeypatch):
    monkeypatch.setattr(metalnmr, "_default", toolkit)
    assert metalnmr.demag("ellipsoid", semi_axes_m=(1e-3, 1e-3, 1e-3))["nzz"] == pytest.approx(1 / 3)
