package org.metalnmr.microstructure.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.microstructure.field.B0Axis;
import org.metalnmr.microstructure.generate.HexCylinderArray;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/** The spectrum of a thick slab against closed forms, and the hex array's line order. */
class MicrostructureSpectrumTest {

    private static final Material LI = Materials.byName("Li");

    private static MicrostructureSpectrum spectrum(B0Axis b0, int b1) {
        return new MicrostructureSpectrum(LI, Nuclei.bySymbol("7Li"), 9.4, 293, b0, b1,
                SpectralAxis.ppmOnly(2001, 400, 100), 1.0, 2);
    }

    /**
     * A slab 8 skin depths thick, voxel delta/25, normal along B0, B1 tangential: the line sits at K - 2chi/3
     * (every voxel has the same BMS shift) and its integral is the continuum skin-layer integral
     * \( \int_0^\infty e^{-2(1+i)x/\delta} dx = \delta / (2(1+i)) \): magnitude delta/(2 sqrt 2) per column and
     * phase -45 degrees (Bloembergen 1952). The midpoint sum differs from the integral by O((h/delta)^2), 0.1 %.
     */
    @Test
    void thickSlabLineAndBloembergenPhase() {
        MicrostructureSpectrum sp = spectrum(B0Axis.Z, 0);
        double delta = sp.skinDepthM();
        double h = delta / 25;
        int planes = 200;
        OccupancyBits b = new OccupancyBits(4, 4, planes + 10);
        b.fillPlanes(0, planes);
        VoxelMicrostructure s = b.build(h, true);
        MicrostructureSpectrum.Result r = sp.compute(s);
        double expectedShift = LI.knightShiftPpm("7Li") - 2e6 * LI.chi() / 3;
        assertEquals(expectedShift, r.bulk().meanShiftPpm(), 1e-6);
        assertEquals(expectedShift, r.bulk().peakPpm(), 0.15 + 1e-9);
        double columns = 16;
        double magnitude = Math.hypot(r.bulk().weightRe(), r.bulk().weightIm()) / columns;
        assertEquals(delta / (2 * Math.sqrt(2)) / h, magnitude, 1e-3 * magnitude);
        assertEquals(-45, Math.toDegrees(Math.atan2(r.bulk().weightIm(), r.bulk().weightRe())), 0.1);
        assertEquals(0, r.deposit().voxels());
    }

    /**
     * A slab whose normal is along B1: no tangential transverse field on its faces, so it gives no signal
     * (the screened orientation of docs/physics.md sect. 3).
     */
    @Test
    void slabFacingB1IsScreened() {
        MicrostructureSpectrum sp = spectrum(B0Axis.X, 2);
        OccupancyBits b = new OccupancyBits(4, 4, 40);
        b.fillPlanes(0, 30);
        MicrostructureSpectrum.Result r = sp.compute(b.build(1e-6, true));
        assertEquals(0, Math.hypot(r.bulk().weightRe(), r.bulk().weightIm()), 1e-12);
    }

    /**
     * The LiMetalNMR standard case on a coarse grid (64^3, 2 um voxels): the cylinders' line sits above the bulk
     * line with the slab normal along B0 and below it across B0 (the sign of the BMS of a short cylinder on a
     * plate: the plate is at -2chi/3 along B0 and +chi/3 across; issue 16 quotes +11.0 and -5.4 ppm). The
     * magnitudes are compared in docs/microstructures.md at finer grids.
     */
    @Test
    void hexArrayLineOrder() {
        VoxelMicrostructure s = HexCylinderArray.standardCase(64, 20e-6).generate();
        MicrostructureSpectrum.Result along = spectrum(B0Axis.Z, 0).compute(s);
        MicrostructureSpectrum.Result across = spectrum(B0Axis.X, 1).compute(s);
        assertTrue(along.depositMinusBulkPpm() > 0, "along " + along.depositMinusBulkPpm());
        assertTrue(across.depositMinusBulkPpm() < 0, "across " + across.depositMinusBulkPpm());
    }
}
