package org.metalnmr.toolkit.explore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPreset;
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
 * The cell solves behind the cell panel: the built-in scenario of {@code metalnmr compare-cells} (the
 * same Li foil and whisker deposit in cell A and in cell B) with a {@link CellVariant}'s isotope, flip
 * angle and orientation spread, solved by the {@link ForwardModel} on grids coarser than the CLI's ({@link #PAGE_GRID}), one variant at a time
 * on one background thread, each result kept (at most {@link #MAX_ENTRIES}; the oldest finished ones are
 * dropped first). A request for a variant not yet solved starts its solve and is told "computing".
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
    /** The forward-model settings of the page's solves. */
    static final ForwardModelOptions PAGE_GRID = ForwardModelOptions.defaults().withBmsVoxelSize(BMS_VOXEL_M)
            .withRfVoxelsAcrossLayer(RF_VOXELS_ACROSS_LAYER);
    /** Most variants kept. */
    static final int MAX_ENTRIES = 6;

    /** Both cells of one variant, with their cross-section maps rendered once. */
    record CellPair(ForwardSimulation cellA, ForwardSimulation cellB, byte[] mapsPng, double seconds) {
    }

    /** What a request finds. */
    record Lookup(CellPair pair, String status, String error) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "explore-cell-solver");
        t.setDaemon(true);
        return t;
    });
    private final Map<CellVariant, Future<CellPair>> entries = new LinkedHashMap<>();
    private final ForwardModel model;

    /**
     * @param grid the forward model's grid settings ({@link #PAGE_GRID} for the page)
     */
    CellSolveCache(ForwardModelOptions grid) {
        this.model = ForwardModel.defaults().withOptions(grid);
    }

    /**
     * @param v a variant
     * @return its pair when solved, else the status ("computing" or "failed")
     */
    synchronized Lookup lookup(CellVariant v) {
        Future<CellPair> f = entries.get(v);
        if (f == null) {
            evict();
            f = worker.submit(() -> solve(v));
            entries.put(v, f);
        }
        if (!f.isDone()) {
            return new Lookup(null, "computing", null);
        }
        try {
            return new Lookup(f.get(), "ready", null);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            return new Lookup(null, "failed", c.getClass().getSimpleName() + ": " + c.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lookup(null, "failed", "interrupted");
        }
    }

    private void evict() {
        var it = entries.entrySet().iterator();
        while (entries.size() >= MAX_ENTRIES && it.hasNext()) {
            if (it.next().getValue().isDone()) {
                it.remove();
            }
        }
    }

    private CellPair solve(CellVariant v) throws IOException {
        long t0 = System.nanoTime();
        Scenario b = scenario(v);
        // cell A as compare-cells builds it: the preset's defaults with cell B's stack
        Scenario a = new Scenario(CellParameters.defaults(CellPreset.A).withStack(b.cell().stack()), b.coil(), b.extraParts(),
                b.deposits(), b.nucleus(), b.b0Tesla(), b.temperatureK(), b.acquisition(), b.lines(), b.materials());
        ForwardSimulation sa = model.simulate(a);
        ForwardSimulation sb = model.simulate(b);
        byte[] png = Figure.grid(520, 430, 2, List.of(
                CellMaps.b1(sa, "cell A: |B1| (x-z plane)"), CellMaps.shift(sa, "cell A: BMS shift (x-z plane)"),
                CellMaps.b1(sb, "cell B: |B1| (x-z plane)"), CellMaps.shift(sb, "cell B: BMS shift (x-z plane)"))).toPng(1040);
        return new CellPair(sa, sb, png, (System.nanoTime() - t0) * 1e-9);
    }

    /** The built-in compare-cells scenario (cell B) with the variant's isotope, flip angle and kappa. */
    static Scenario scenario(CellVariant v) throws IOException {
        String text;
        try (InputStream in = CellSolveCache.class.getResourceAsStream("/org/metalnmr/toolkit/forward/compare-cells.json")) {
            if (in == null) {
                throw new InternalInvariantException(CoreMessage.BUILT_IN_RESOURCE_MISSING, "/org/metalnmr/toolkit/forward/compare-cells.json");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(text);
        root.put("nucleus", v.isotope());
        ((ObjectNode) root.get("acquisition")).put("flipAngleDeg", v.flipDeg());
        ((ObjectNode) root.get("deposits").get(0).get("orientation")).put("kappa", v.kappa());
        return ScenarioFiles.parse(mapper.writeValueAsString(root), "explore cell scenario " + v);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
