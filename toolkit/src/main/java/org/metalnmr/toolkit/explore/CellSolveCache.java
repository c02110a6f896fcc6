package org.metalnmr.toolkit.explore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.geometry.deposit.SizeDistribution;
import org.metalnmr.geometry.deposit.WhiskerSpec;
import org.metalnmr.spectra.plot.Figure;
import org.metalnmr.toolkit.forward.CellMaps;
import org.metalnmr.toolkit.forward.ForwardModel;
import org.metalnmr.toolkit.forward.ForwardModelOptions;
import org.metalnmr.toolkit.forward.ForwardSimulation;
import org.metalnmr.toolkit.scenario.Scenario;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The cells behind the cell panel: the built-in scenario of {@code metalnmr compare-cells} (the same Li foil and
 * whisker deposit in cell A and in cell B). Their BMS and RF fields, which depend on neither the deposit nor the
 * isotope nor the pulse, are solved once ({@link ForwardModel#simulate}, on grids coarser than the CLI's,
 * {@link #PAGE_GRID}); each {@link CellVariant} is then a re-run of the spin packets on those fields
 * ({@link ForwardModel#resimulate}: the whiskers generated and placed again, the foil kept when isotope and flip
 * angle are the solved ones). All of it runs on one background thread, so the work is bounded: one job at a time (a
 * re-run's two cells side by side on two threads), at most one variant waiting (a newer request replaces a waiting
 * one), at most {@link #MAX_VARIANTS} variants kept.
 * A request for a variant not yet computed is told "computing" and which stage.
 */
final class CellSolveCache implements AutoCloseable {

    /** BMS voxel of the page's solves [m] (twice the forward model's default 6e-5). */
    static final double BMS_VOXEL_M = 1.2e-4;
    /**
     * RF voxels across the foil of the page's solves: 1/2, a 200 um voxel with the 100 um foil's faces on voxel
     * boundaries (the CLI's default is 1; docs/rf-solvers.md, "Grid convergence": metal B/A 13.5 at 1/2 against 12.7 at 1,
     * foil positions within 0.7 ppm). A grid not aligned with the foil is far worse: 400 um unaligned gives B/A below 1.
     */
    static final double RF_VOXELS_ACROSS_LAYER = 0.5;
    /**
     * Spin packets of the whisker deposit on the page (the CLI's default is 200 000): the line is the sum of their
     * Lorentzians. 50 000 draw the line of 50 000 packets with 20 000 scatter samples within 3-8 % of its peak at any
     * point (docs/explore.md; 1000 packets: 26-36 %, visibly ragged).
     */
    static final int WHISKER_PACKETS = 50_000;
    /**
     * Whiskers whose neighbour field is summed (the CLI's default is 20 000; {@link ForwardModel#withScatterSamples}):
     * the costliest step of a re-run, samples times about 600 neighbours. Every whisker still counts in the packing.
     */
    static final int SCATTER_SAMPLES = 1000;
    /** The forward-model settings of the page's solves. */
    static final ForwardModelOptions PAGE_GRID = ForwardModelOptions.defaults().withBmsVoxelSize(BMS_VOXEL_M)
            .withRfVoxelsAcrossLayer(RF_VOXELS_ACROSS_LAYER).withMaxPacketsPerDeposit(WHISKER_PACKETS);
    /** Most variants kept (each holds two generated whisker populations, tens of MB). */
    static final int MAX_VARIANTS = 4;
    /** The built-in scenario's areal density of whiskers [mm^-2]. */
    static final double SCENARIO_WHISKERS_PER_MM2 = builtInWhiskers().arealDensity() * 1e-6;

    /** Both cells of one variant, with the cross-section maps of their fields. */
    record CellPair(ForwardSimulation cellA, ForwardSimulation cellB, byte[] mapsPng, double seconds) {
    }

    /**
     * What a request finds.
     *
     * @param pair   the cells when ready, else null
     * @param status "ready", "computing" or "failed"
     * @param stage  while computing: "fields" (the one-off field solves) or "deposit" (a re-run of the packets)
     * @param error  the failure, or null
     */
    record Lookup(CellPair pair, String status, String stage, String error) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "explore-cell-solver");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService cellWorkers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "explore-cell-rerun");
        t.setDaemon(true);
        return t;
    });
    private final ForwardModel model;
    private final Future<CellPair> solved;
    private final Map<CellVariant, Future<CellPair>> variants = new LinkedHashMap<>();
    private CellVariant waiting;

    /**
     * Starts the field solves of both cells at once.
     *
     * @param grid the forward model's grid settings ({@link #PAGE_GRID} for the page)
     */
    CellSolveCache(ForwardModelOptions grid) {
        this.model = model(grid);
        this.solved = worker.submit(this::solveFields);
    }

    /**
     * @param grid grid settings
     * @return the forward model of the page's solves and re-runs on that grid ({@link #SCATTER_SAMPLES})
     */
    static ForwardModel model(ForwardModelOptions grid) {
        return ForwardModel.defaults().withOptions(grid).withScatterSamples(SCATTER_SAMPLES);
    }

    /**
     * @param v a variant
     * @return its pair when computed, else the status ("computing" or "failed") and stage
     */
    synchronized Lookup lookup(CellVariant v) {
        if (!solved.isDone()) {
            return new Lookup(null, "computing", "fields", null);
        }
        Future<CellPair> f = v.equals(CellVariant.DEFAULT) ? solved : variants.get(v);
        if (f == null) {
            // a newer request replaces the one still waiting for the worker: at most one job runs and one waits
            if (waiting != null) {
                Future<CellPair> old = variants.get(waiting);
                if (old != null && old.cancel(false)) {
                    variants.remove(waiting);
                }
            }
            evict();
            f = worker.submit(() -> rerun(v));
            variants.put(v, f);
            waiting = v;
        }
        if (!f.isDone()) {
            return new Lookup(null, "computing", "deposit", null);
        }
        try {
            return new Lookup(f.get(), "ready", null, null);
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            return new Lookup(null, "failed", null, c.getClass().getSimpleName() + ": " + c.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lookup(null, "failed", null, "interrupted");
        } catch (java.util.concurrent.CancellationException e) {
            return new Lookup(null, "computing", "deposit", null);
        }
    }

    /** @return the cross-section maps of both cells (they show the fields only), or null while those are solved */
    synchronized byte[] mapsPng() {
        if (!solved.isDone()) {
            return null;
        }
        try {
            return solved.get().mapsPng();
        } catch (ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }

    private void evict() {
        var it = variants.entrySet().iterator();
        while (variants.size() >= MAX_VARIANTS && it.hasNext()) {
            if (it.next().getValue().isDone()) {
                it.remove();
            }
        }
    }

    private CellPair solveFields() throws IOException {
        long t0 = System.nanoTime();
        Scenario b = scenario(CellVariant.DEFAULT);
        ForwardSimulation sa = model.simulate(cellA(b));
        ForwardSimulation sb = model.simulate(b);
        byte[] png = Figure.grid(520, 430, 2, List.of(
                CellMaps.b1(sa, "cell A: |B1| (x-z plane)"), CellMaps.shift(sa, "cell A: BMS shift (x-z plane)"),
                CellMaps.b1(sb, "cell B: |B1| (x-z plane)"), CellMaps.shift(sb, "cell B: BMS shift (x-z plane)"))).toPng(1040);
        return new CellPair(sa, sb, png, (System.nanoTime() - t0) * 1e-9);
    }

    private CellPair rerun(CellVariant v) throws IOException, ExecutionException, InterruptedException {
        synchronized (this) {
            if (v.equals(waiting)) {
                waiting = null;
            }
        }
        long t0 = System.nanoTime();
        CellPair kept = solved.get();
        Scenario b = scenario(v);
        Future<ForwardSimulation> sa = cellWorkers.submit(() -> model.resimulate(kept.cellA(), cellA(b)));
        Future<ForwardSimulation> sb = cellWorkers.submit(() -> model.resimulate(kept.cellB(), b));
        return new CellPair(sa.get(), sb.get(), kept.mapsPng(), (System.nanoTime() - t0) * 1e-9);
    }

    /** Cell A as compare-cells builds it: the preset's defaults with cell B's stack. */
    private static Scenario cellA(Scenario b) {
        return new Scenario(CellParameters.defaults(CellPreset.A).withStack(b.cell().stack()), b.coil(), b.extraParts(),
                b.deposits(), b.nucleus(), b.b0Tesla(), b.temperatureK(), b.acquisition(), b.lines(), b.materials());
    }

    /**
     * The face packing of the built-in whiskers at an areal density: the fraction of the face their cross-sections
     * cover, \( p_0 = n \pi \langle r^2 \rangle = n \pi (\bar r^2 + \sigma_r^2) \) (n the areal density [m^-2],
     * \( \bar r \), \( \sigma_r \) the mean and standard deviation of the radii [m]): the packing at the face of
     * whiskers standing along its normal, the densest part of the layer (docs/physics.md section 4).
     *
     * @param whiskersPerMm2 areal density [mm^-2]
     * @return p0 [1]
     */
    static double facePacking(double whiskersPerMm2) {
        SizeDistribution radius = builtInWhiskers().radius();
        double m = radius.mean();
        double s = radius.standardDeviation();
        return whiskersPerMm2 * 1e6 * Math.PI * (m * m + s * s);
    }

    private static WhiskerSpec builtInWhiskers() {
        try {
            return (WhiskerSpec) ScenarioFiles.parse(builtInText(), "explore cell scenario").deposits().get(0).spec();
        } catch (IOException e) {
            throw new InternalInvariantException(CoreMessage.BUILT_IN_RESOURCE_MISSING, "/org/metalnmr/toolkit/forward/compare-cells.json");
        }
    }

    private static String builtInText() throws IOException {
        try (InputStream in = CellSolveCache.class.getResourceAsStream("/org/metalnmr/toolkit/forward/compare-cells.json")) {
            if (in == null) {
                throw new InternalInvariantException(CoreMessage.BUILT_IN_RESOURCE_MISSING, "/org/metalnmr/toolkit/forward/compare-cells.json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The built-in compare-cells scenario (cell B) with the variant's isotope, flip angle, kappa and areal density.
     */
    static Scenario scenario(CellVariant v) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(builtInText());
        root.put("nucleus", v.isotope());
        ((ObjectNode) root.get("acquisition")).put("flipAngleDeg", v.flipDeg());
        ObjectNode whiskers = (ObjectNode) root.get("deposits").get(0);
        ((ObjectNode) whiskers.get("orientation")).put("kappa", v.kappa());
        whiskers.put("arealDensity", v.whiskersPerMm2() * 1e6);
        return ScenarioFiles.parse(mapper.writeValueAsString(root), "explore cell scenario " + v);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        cellWorkers.shutdownNow();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
