// metalnmr explore: each panel reads its controls, asks the JSON API of the same server and redraws.
// No number is computed here that the API does not give (except unit conversions for display).
(function () {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const fmt = (x, digits) => Number(x).toPrecision(digits === undefined ? 4 : digits);
  // a factor that is zero up to rounding (e.g. cos^2 90 deg = 4e-32) is shown as 0
  const fmtN = (x) => (Math.abs(x) < 1e-12 ? "0" : fmt(x, 3));
  const plots = {};
  const COLOURS = ["#1f4e9c", "#d1495b", "#2a9d4a", "#e09f1f", "#7b4fa0", "#555555"];

  function width(el) {
    return Math.max(320, Math.min(1060, el.clientWidth || 900));
  }

  function draw(key, el, opts, data) {
    if (plots[key]) {
      plots[key].destroy();
    }
    opts.width = width(el);
    opts.legend = { live: false };
    opts.height = opts.height || 300;
    plots[key] = new uPlot(opts, data, el);
    el.dataset.draws = String((Number(el.dataset.draws) || 0) + 1);
  }

  // answers can arrive out of order while a slider moves: only the latest request of each endpoint is drawn
  const latest = {};

  class Superseded extends Error {}

  async function api(path, params) {
    const url = path + "?" + new URLSearchParams(params).toString();
    const ticket = (latest[path] || 0) + 1;
    latest[path] = ticket;
    const r = await fetch(url, { headers: { "Accept": "application/json" } });
    const body = await r.json();
    if (latest[path] !== ticket) {
      throw new Superseded();
    }
    if (!r.ok) {
      throw new Error(body.error || ("HTTP " + r.status));
    }
    return body;
  }

  function debounce(fn, ms) {
    let t = null;
    return function () {
      clearTimeout(t);
      t = setTimeout(fn, ms);
    };
  }

  function showError(el, e) {
    if (e instanceof Superseded) {
      return;
    }
    el.innerHTML = "";
    const s = document.createElement("span");
    s.className = "error";
    s.textContent = String(e.message || e);
    el.appendChild(s);
  }

  function bind(ids, fn) {
    const later = debounce(fn, 60);
    ids.forEach((id) => {
      const el = $(id);
      el.addEventListener("input", later);
      el.addEventListener("change", later);
    });
  }

  // ----- 1 skin depth ---------------------------------------------------------------------------------
  async function skin() {
    const mhz = $("skin-field").value;
    const t = $("skin-temp").value;
    $("skin-field-out").textContent = mhz;
    $("skin-temp-out").textContent = t;
    try {
      const r = await api("/api/skin-depth", { nucleus: $("skin-nucleus").value, metal: $("skin-metal").value, protonMhz: mhz, temperatureK: t });
      $("skin-result").innerHTML = "skin depth d = <b>" + fmt(r.skinDepthM * 1e6) + " um</b> at " + fmt(r.larmorHz / 1e6) +
        " MHz (" + r.nucleus + " at " + fmt(r.b0Tesla) + " T); resistivity of " + r.metal + " at " + fmt(r.temperatureK) + " K: " +
        fmt(r.resistivityOhmM * 1e8) + "e-8 Ohm m";
      const x = r.depthM.map((v) => v * 1e6);
      draw("skin", $("skin-plot"), {
        title: "RF field inside the metal against depth (half-space)",
        scales: { x: { time: false }, amp: { range: [0, 1] }, ph: { range: [0, 300] } },
        axes: [{ label: "depth below the surface [um]" }, { scale: "amp", label: "|B1| / B1 at the surface" },
          { scale: "ph", side: 1, label: "phase lag [deg]", grid: { show: false } }],
        series: [{ label: "depth [um]" }, { label: "|B1|", scale: "amp", stroke: COLOURS[0], width: 2 },
          { label: "phase lag [deg]", scale: "ph", stroke: COLOURS[1], width: 2, dash: [6, 4] }]
      }, [x, r.amplitude, r.phaseLagDeg]);
    } catch (e) {
      showError($("skin-result"), e);
    }
  }

  // ----- 2 size against skin depth ----------------------------------------------------------------------
  function sizeM() {
    return Math.pow(10, Number($("size-size").value));
  }

  async function size() {
    const s = sizeM();
    $("size-size-out").textContent = s < 1e-3 ? fmt(s * 1e6, 3) + " um" : fmt(s * 1e3, 3) + " mm";
    try {
      const r = await api("/api/size", { shape: $("size-shape").value, sizeM: s, nucleus: $("size-nucleus").value, metal: $("size-metal").value });
      $("size-result").innerHTML = r.shape + " of " + fmt(r.sizeM * 1e6, 3) + " um, size/d = <b>" + fmt(r.sizeOverSkinDepth, 3) +
        "</b> (d = " + fmt(r.skinDepthM * 1e6, 3) + " um): visible fraction <b>" + fmt(r.visibleFraction, 3) +
        "</b>, phase lag <b>" + fmt(r.phaseDeg, 3) + " deg</b>";
      // insert this body into the curve so that it can be marked
      const x = r.curveSizeOverSkinDepth.slice();
      const vis = r.curveVisibleFraction.slice();
      const ph = r.curvePhaseDeg.slice();
      const mark = x.map(() => null);
      let i = x.findIndex((v) => v > r.sizeOverSkinDepth);
      if (i < 0) { i = x.length; }
      x.splice(i, 0, r.sizeOverSkinDepth);
      vis.splice(i, 0, r.visibleFraction);
      ph.splice(i, 0, r.phaseDeg);
      mark.splice(i, 0, r.visibleFraction);
      draw("size", $("size-plot"), {
        title: "Small-flip signal of a " + r.shape + " against its size over the skin depth",
        scales: { x: { time: false, distr: 3, range: [x[0], x[x.length - 1]] }, vis: { range: [0, 1.05] },
          ph: { range: (u, lo, hi) => [0, Math.max(50, 1.1 * hi)] } },
        axes: [{ label: "size / skin depth" }, { scale: "vis", label: "visible fraction |S|/V" },
          { scale: "ph", side: 1, label: "phase lag [deg]", grid: { show: false } }],
        series: [{ label: "size/d" }, { label: "visible fraction", scale: "vis", stroke: COLOURS[0], width: 2 },
          { label: "phase lag [deg]", scale: "ph", stroke: COLOURS[1], width: 2, dash: [6, 4] },
          { label: "this body", scale: "vis", stroke: COLOURS[2], width: 0, points: { show: true, size: 10, fill: COLOURS[2] } }]
      }, [x, vis, ph, mark]);
    } catch (e) {
      showError($("size-result"), e);
    }
  }

  // ----- 3 BMS ---------------------------------------------------------------------------------------------
  async function bms() {
    const tilt = $("bms-tilt").value;
    const aspect = Math.pow(10, Number($("bms-aspect").value));
    $("bms-tilt-out").textContent = tilt;
    $("bms-aspect-out").textContent = fmt(aspect, 3);
    const shape = $("bms-shape").value;
    const params = { shape: shape, tiltDeg: tilt, metal: $("bms-metal").value };
    if (shape === "ellipsoid") {
      params.aspect = aspect;
    }
    try {
      const r = await api("/api/bms", params);
      $("bms-result").innerHTML = r.metal + " " + r.shape + " at " + r.tiltDeg + " deg: shift <b>" + fmt(r.shiftPpm, 4) +
        " ppm</b> = K " + fmt(r.knightPpm, 4) + " + BMS <b>" + fmt(r.bmsPpm, 3) + " ppm</b>; body factors N = (" + fmtN(r.nxx) + ", " +
        fmtN(r.nyy) + ", " + fmtN(r.nzz) + "), along B0 N_zz = <b>" + fmtN(r.labNzz) + "</b>, chi = " + fmt(r.chi * 1e6, 3) + "e-6";
      const x = r.curveTiltDeg;
      const here = x.map((v) => (Math.abs(v - Number(r.tiltDeg)) < 0.5 ? r.shiftPpm : null));
      const series = [{ label: "tilt [deg]" }, { label: "model (" + r.shape + ")", stroke: COLOURS[0], width: 2 },
        { label: "this setting", stroke: COLOURS[2], width: 0, points: { show: true, size: 10, fill: COLOURS[2] } }];
      const data = [x, r.curveShiftPpm, here];
      if (r.strip) {
        const measured = x.map((v) => {
          const j = r.strip.normalTiltDeg.findIndex((t) => Math.abs(t - v) < 0.5);
          return j < 0 ? null : r.strip.shiftPpm[j];
        });
        series.push({ label: "Li strip, Trease et al. 2012", stroke: COLOURS[1], width: 0, points: { show: true, size: 9, fill: COLOURS[1] } });
        series.push({ label: "plate fitted to the strip (K " + fmt(r.strip.fittedKnightPpm, 3) + " ppm, chi " + fmt(r.strip.fittedChi * 1e6, 3) + "e-6)",
          stroke: COLOURS[1], width: 1.5, dash: [6, 4] });
        data.push(measured, r.strip.fittedCurveShiftPpm);
      }
      draw("bms", $("bms-plot"), {
        title: "Line position against the tilt from B0 (" + r.metal + ")",
        scales: { x: { time: false } },
        axes: [{ label: "tilt of the plate normal / needle or spheroid axis from B0 [deg]" }, { label: "shift [ppm]" }],
        series: series
      }, data);
    } catch (e) {
      showError($("bms-result"), e);
    }
  }

  // ----- 4 cell A against cell B -----------------------------------------------------------------------------
  let cellPoll = null;

  // the kappa slider is logarithmic: log10 kappa from 0 to 3, kappa given to two significant digits (20 at 1.3)
  function cellKappa() {
    return Number(Math.pow(10, Number($("cells-kappa").value)).toPrecision(2));
  }

  function cellParams() {
    return { isotope: $("cells-isotope").value, flipDeg: $("cells-flip").value, kappa: cellKappa(),
      whiskersPerMm2: $("cells-density").value };
  }

  // the page shows intensities in umol/ppm (the API's unit is mol/ppm)
  const UMOL = 1e6;

  function cellWindow() {
    return $("cells-window").value === "metal" ? [200, 320] : [-40, 340];
  }

  function windowMax(cell, win) {
    let m = 0;
    cell.ppm.forEach((p, i) => {
      if (p >= win[0] && p <= win[1]) {
        m = Math.max(m, Math.abs(cell.total[i]));
      }
    });
    return m * UMOL;
  }

  function cellPlot(key, el, title, cell, yMax, win) {
    const names = Object.keys(cell.components);
    const series = [{ label: "ppm" }, { label: "total", stroke: "#111", width: 2 }];
    const data = [cell.ppm, cell.total.map((v) => v * UMOL)];
    names.forEach((n, i) => {
      series.push({ label: n, stroke: COLOURS[i % COLOURS.length], width: 1.2, dash: [5, 3] });
      data.push(cell.components[n].map((v) => v * UMOL));
    });
    // the API's axis runs from high to low ppm (the spectrum's order); uPlot needs ascending x, and draws it reversed
    if (data[0].length > 1 && data[0][0] > data[0][data[0].length - 1]) {
      data.forEach((a) => a.reverse());
    }
    draw(key, el, {
      title: title, height: 260,
      scales: { x: { time: false, dir: -1, range: win }, y: { range: [-0.05 * yMax, 1.05 * yMax] } },
      axes: [{ label: "shift [ppm]" }, { label: "intensity [umol/ppm]", size: 70 }],
      series: series
    }, data);
  }

  async function cells() {
    $("cells-scale-out").textContent = fmt($("cells-scale").value, 2);
    $("cells-lb-out").textContent = $("cells-lb").value;
    $("cells-kappa-out").textContent = String(cellKappa());
    $("cells-density-out").textContent = $("cells-density").value;
    clearTimeout(cellPoll);
    const p = cellParams();
    p.depositScale = $("cells-scale").value;
    p.broadeningHz = $("cells-lb").value;
    try {
      const r = await api("/api/cells", p);
      if (r.status === "computing" && r.stage === "fields") {
        $("cells-status").textContent = "computing the RF and BMS fields of both cells (tens of seconds to minutes, once; " +
          "every setting below is then a re-run of the spin packets on them) ...";
        cellPoll = setTimeout(cells, 2000);
        return;
      }
      if (r.status === "computing") {
        $("cells-status").textContent = "re-running the spin packets on the kept fields for " + r.isotope + ", " + r.flipDeg +
          " deg, kappa " + r.kappa + ", " + r.whiskersPerMm2 + " whiskers/mm2 ...";
        cellPoll = setTimeout(cells, 250);
        return;
      }
      if (r.status === "failed") {
        $("cells-status").textContent = "";
        showError($("cells-result"), new Error("cell solve failed: " + r.error));
        return;
      }
      $("cells-status").textContent = "";
      $("cells-result").innerHTML = "metal signal, cell B / cell A = <b>" + fmt(r.metalIntegralRatioBOverA, 3) + "</b> (cell B " +
        fmt(r.cellB.metalIntegralMol * 1e6, 3) + " umol, cell A " + fmt(r.cellA.metalIntegralMol * 1e6, 3) + " umol of fully excited " + r.isotope + " equivalents)<br>whiskers: kappa " + r.kappa + ", mean tilt from the normal <b>" +
        fmt(r.meanTiltDeg, 3) + " deg</b>; " + r.whiskersPerMm2 + " per mm2, face packing <b>" + fmt(r.facePacking, 3) +
        "</b>; whisker line of cell B at <b>" + fmt(r.cellB.whiskerShiftPpm, 5) + " ppm</b>, cell A at " + fmt(r.cellA.whiskerShiftPpm, 5) +
        " ppm<br><small>deposit x" + fmt(r.depositScale, 2) + ", line broadening " + r.broadeningHz + " Hz; " + r.computedBy + " in " +
        fmt(r.solveSeconds, 3) + " s, kept</small>";
      const win = cellWindow();
      const yMax = Math.max(windowMax(r.cellA, win), windowMax(r.cellB, win));
      cellPlot("cellB", $("cells-plot-b"), "cell B: electrode across B0, along B1", r.cellB, yMax, win);
      cellPlot("cellA", $("cells-plot-a"), "cell A: electrode along B0, across B1 (same scale)", r.cellA, yMax, win);
      const src = "/api/cell-maps";
      if ($("cells-maps").getAttribute("src") !== src) {
        $("cells-maps").setAttribute("src", src);
      }
    } catch (e) {
      showError($("cells-result"), e);
    }
  }

  bind(["skin-nucleus", "skin-metal", "skin-field", "skin-temp"], skin);
  bind(["size-shape", "size-size", "size-nucleus", "size-metal"], size);
  bind(["bms-shape", "bms-tilt", "bms-aspect", "bms-metal"], bms);
  bind(["cells-isotope", "cells-flip", "cells-kappa", "cells-density", "cells-scale", "cells-lb", "cells-window"], cells);
  skin();
  size();
  bms();
  cells();
})();
