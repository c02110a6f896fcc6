package org.metalnmr.microstructure.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.deposit.AlignedOrientation;
import org.metalnmr.geometry.deposit.FixedSize;
import org.metalnmr.geometry.deposit.WhiskerSpec;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/** Generated volumes against the geometry they stand for. */
class GeneratorsTest {

    /**
     * The hex array's metal volume: the slab plus the cylinders, whose number per unit area is 2 / (sqrt 3 a^2) for a
     * hexagonal lattice of spacing a, 21.0 in the 128 um box. The box is not a lattice period, so the count of lattice
     * points inside it may differ from that by the points along its edges; the tolerance is one cylinder (the voxel
     * discs of radius 20 voxels hold pi r^2 to 1 %, a fifth of a disc over 21).
     */
    @Test
    void hexArrayVolume() {
        HexCylinderArray a = HexCylinderArray.standardCase(256, 20e-6);
        VoxelMicrostructure s = a.generate();
        assertEquals(40, s.fullPlanesFromBottom());
        double h = a.voxelSizeM();
        double cylinderVoxels = s.metalCount() - 40L * 256 * 256;
        double perPlane = cylinderVoxels / a.cylinderPlanes();
        double discs = perPlane / (Math.PI * Math.pow(10e-6 / h, 2));
        double expected = 2 / (Math.sqrt(3) * 30e-6 * 30e-6) * Math.pow(128e-6, 2);
        assertEquals(expected, discs, 1.0);
        assertTrue(s.laterallyPeriodic());
        // above the cylinders the box is empty
        assertEquals(0, s.planeFractions()[40 + a.cylinderPlanes()]);
    }

    @Test
    void hexArrayRefusesOverlappingCylinders() {
        assertThrows(InvalidInputException.class, () -> new HexCylinderArray(10e-6, 10e-6, 15e-6, 5e-6, 128e-6, 128e-6, 1e-6));
    }

    /**
     * Aligned whiskers of fixed size: the metal above the slab is the population's volume (N pi r^2 L) to the voxel
     * discretisation of the discs (radius 4 voxels: 3 % per disc; the tolerance, 8 %, also covers overlaps of whiskers,
     * which are counted once).
     */
    @Test
    void whiskerVolumeMatchesThePopulation() {
        WhiskerSpec spec = new WhiskerSpec("Li", 2e9, new FixedSize(2e-6), new FixedSize(20e-6), new AlignedOrientation());
        RandomWhiskers w = new RandomWhiskers(spec, 10e-6, 128e-6, 64e-6, 0.5e-6, 7);
        VoxelMicrostructure s = w.generate();
        long slab = 20L * 256 * 256;
        double deposit = (s.metalCount() - slab) * Math.pow(0.5e-6, 3);
        double population = w.population().totalVolume();
        assertTrue(w.population().count() > 20);
        assertEquals(population, deposit, 0.08 * population);
    }
}
