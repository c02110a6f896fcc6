package org.metalnmr.microstructure.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/** The mossy and dead-metal generators against their own geometry: exact volumes, contacts, connectivity, refusals. */
class MossyAndDeadMetalTest {

    private static final double UM = 1e-6;

    private static MossyDeposit mossy(boolean connected, double packing, double h, long seed) {
        return new MossyDeposit(2 * UM, 12 * UM, packing, connected, 0.05, 2 * UM, 32 * UM, 16 * UM, h, seed);
    }

    /** Metal voxels of the layer above the slab times the voxel volume, over the layer volume. */
    private static double voxelFraction(VoxelMicrostructure s, int slabPlanes, double layerM) {
        long slab = (long) slabPlanes * s.nx() * s.ny();
        double h = s.voxelSizeM();
        return (s.metalCount() - slab) * h * h * h / (s.nx() * h * s.ny() * h * layerM);
    }

    /**
     * Random sequential addition: no two spheres overlap (minimum-image distances, brute force over all pairs), the
     * exact fraction N (4/3) pi r^3 / (L^2 H) reaches the target by less than one sphere, and the voxel fraction
     * converges to it: the error falls on refinement (r = 4 and 8 voxels) and is below 1.5 % at 8.
     */
    @Test
    void randomSequentialAdditionIsHardSpheresAtTheTarget() {
        MossyDeposit m = mossy(false, 0.25, 0.5 * UM, 3);
        MossyDeposit.Spheres s = m.spheres();
        double l = 32 * UM;
        double sphere = 4.0 / 3 * Math.PI * 8 * UM * UM * UM;
        assertEquals(s.count() * sphere / (l * l * 12 * UM), s.packingFraction(), 1e-12);
        assertTrue(s.packingFraction() >= 0.25 && s.packingFraction() < 0.25 + sphere / (l * l * 12 * UM));
        double[] c = s.centres();
        for (int p = 0; p < s.count(); p++) {
            assertTrue(c[3 * p + 2] >= 2 * UM + 2 * UM - 1e-15 && c[3 * p + 2] <= 14 * UM - 2 * UM + 1e-15, "inside the layer");
            for (int q = 0; q < p; q++) {
                assertTrue(distance(c, p, q, l) >= 4 * UM * (1 - 1e-9), "spheres " + p + ", " + q + " overlap");
            }
        }
        double coarse = Math.abs(voxelFraction(m.generate(), 4, 12 * UM) - s.packingFraction());
        MossyDeposit fine = mossy(false, 0.25, 0.25 * UM, 3);
        assertArrayEquals(s.centres(), fine.spheres().centres(), "the same spheres on every grid");
        double err = Math.abs(voxelFraction(fine.generate(), 8, 12 * UM) - s.packingFraction());
        assertTrue(err < coarse, "refinement: " + coarse + " -> " + err);
        assertTrue(err < 0.015 * s.packingFraction(), "voxel fraction off by " + err);
    }

    /**
     * Connected growth: every metal voxel is joined to the slab through face-connected metal voxels (necks of radius
     * 0.44 r, 3.5 voxels at r = 8 voxels), and the exact union volume (lenses and slab caps subtracted) is what the
     * voxels hold, within 1.5 %; grown spheres sit at 2 (1 - nu) r from a neighbour or on the slab.
     */
    @Test
    void connectedGrowthIsJoinedToTheSlab() {
        MossyDeposit m = mossy(true, 0.3, 0.25 * UM, 11);
        MossyDeposit.Spheres sp = m.spheres();
        double[] c = sp.centres();
        double l = 32 * UM;
        double d0 = 2 * (1 - MossyDeposit.NECK) * 2 * UM;
        for (int p = 0; p < sp.count(); p++) {
            boolean onSlab = c[3 * p + 2] < 2 * UM + 2 * UM;
            double nearest = Double.MAX_VALUE;
            for (int q = 0; q < sp.count(); q++) {
                if (q != p) {
                    nearest = Math.min(nearest, distance(c, p, q, l));
                }
            }
            assertTrue(nearest >= d0 * (1 - 1e-9), "closer than 2 (1 - nu) r");
            assertTrue(onSlab || Math.abs(nearest - d0) < 1e-9 * d0, "sphere " + p + " neither on the slab nor on a neighbour");
        }
        VoxelMicrostructure s = m.generate();
        assertEquals(s.metalCount(), reachableFromSlab(s, 8), "metal voxels not joined to the slab");
        double vox = voxelFraction(s, 8, 12 * UM);
        assertEquals(sp.packingFraction(), vox, 0.015 * sp.packingFraction());
    }

    @Test
    void sameSeedSameDepositOtherSeedAnother() {
        VoxelMicrostructure a = mossy(true, 0.2, 0.5 * UM, 5).generate();
        VoxelMicrostructure b = mossy(true, 0.2, 0.5 * UM, 5).generate();
        VoxelMicrostructure c = mossy(true, 0.2, 0.5 * UM, 6).generate();
        boolean differs = false;
        for (int i = 0; i < a.voxelCount(); i++) {
            assertEquals(a.isMetal(i), b.isMetal(i));
            differs |= a.isMetal(i) != c.isMetal(i);
        }
        assertTrue(differs);
    }

    @Test
    void mossyRefusals() {
        InvalidInputException rsa = assertThrows(InvalidInputException.class, () -> mossy(false, 0.45, 0.5 * UM, 1));
        assertTrue(rsa.getMessage().contains("0.3841") && !rsa.getMessage().contains("\n"), rsa.getMessage());
        InvalidInputException far = assertThrows(InvalidInputException.class, () -> mossy(true, 0.95, 0.5 * UM, 1).spheres());
        assertTrue(far.getMessage().contains("not reached") && far.getMessage().contains("reached 0."), far.getMessage());
        assertThrows(InvalidInputException.class, () -> new MossyDeposit(2 * UM, 3 * UM, 0.2, false, 0.05, 2 * UM, 32 * UM, 16 * UM, UM, 1));
        assertThrows(InvalidInputException.class, () -> new MossyDeposit(2 * UM, 12 * UM, 0.2, true, 0.05, 0, 32 * UM, 16 * UM, UM, 1));
        assertThrows(InvalidInputException.class, () -> new MossyDeposit(2 * UM, 12 * UM, 0.2, false, 0.05, 8 * UM, 32 * UM, 16 * UM, UM, 1));
    }

    private static DeadMetalFragments dead(double fraction, double h, long seed) {
        return new DeadMetalFragments(new double[] {3 * UM, 1.5 * UM, UM}, fraction, UM, 10 * UM, 4 * UM, 32 * UM, 16 * UM, h, seed);
    }

    /**
     * Dead metal: every fragment is its own 26-connected component of voxels, none joined to the slab or another
     * (the planes of the gap g above the slab hold no metal); the exact fraction N (4/3) pi abc / (L^2 H) is what the
     * voxels hold within 3 % (semi-axis c = 4 voxels); centres at least 2 s + g apart.
     */
    @Test
    void deadMetalFragmentsAreIsolated() {
        DeadMetalFragments d = dead(0.02, 0.25 * UM, 2);
        DeadMetalFragments.Fragments f = d.fragments();
        double l = 32 * UM;
        double layer = l * l * 10 * UM;
        double v = 4.0 / 3 * Math.PI * 3 * 1.5 * UM * UM * UM;
        assertEquals(f.count() * v / layer, f.volumeFraction(), 1e-12);
        assertTrue(f.volumeFraction() >= 0.02);
        double[] c = f.centres();
        for (int p = 0; p < f.count(); p++) {
            for (int q = 0; q < p; q++) {
                assertTrue(distance(c, p, q, l) >= 7 * UM * (1 - 1e-9));
            }
        }
        VoxelMicrostructure s = d.generate();
        double[] planes = s.planeFractions();
        for (int k = 16; k < 20; k++) {
            assertEquals(0, planes[k], "metal in the gap above the slab at plane " + k);
        }
        assertEquals(16, s.fullPlanesFromBottom());
        assertEquals(f.count(), componentsAbove(s, 16), "connected components above the slab");
        assertEquals(f.volumeFraction(), voxelFraction(s, 16, 10 * UM), 0.03 * f.volumeFraction());
    }

    @Test
    void deadMetalRefusals() {
        InvalidInputException high = assertThrows(InvalidInputException.class, () -> dead(0.3, 0.5 * UM, 1));
        assertTrue(high.getMessage().contains("reaches") && !high.getMessage().contains("\n"), high.getMessage());
        assertThrows(InvalidInputException.class, () -> new DeadMetalFragments(new double[] {UM, UM}, 0.1, UM, 10 * UM, 4 * UM, 32 * UM, 16 * UM, UM, 1));
        assertThrows(InvalidInputException.class, () -> new DeadMetalFragments(new double[] {3 * UM, UM, UM}, 0.05, UM, 4 * UM, 4 * UM, 32 * UM, 16 * UM, UM, 1));
        assertThrows(InvalidInputException.class, () -> new DeadMetalFragments(new double[] {3 * UM, UM, UM}, 0.05, 0, 10 * UM, 4 * UM, 32 * UM, 16 * UM, UM, 1));
    }

    private static double distance(double[] c, int p, int q, double l) {
        double dx = c[3 * p] - c[3 * q];
        double dy = c[3 * p + 1] - c[3 * q + 1];
        dx -= l * Math.rint(dx / l);
        dy -= l * Math.rint(dy / l);
        double dz = c[3 * p + 2] - c[3 * q + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Metal voxels face-connected (periodic in x, y) to the bottom plane. */
    private static long reachableFromSlab(VoxelMicrostructure s, int slabPlanes) {
        boolean[] seen = new boolean[s.voxelCount()];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (int idx = 0; idx < s.nx() * s.ny(); idx++) {
            seen[idx] = true;
            todo.add(idx);
        }
        return flood(s, seen, todo, false) + 0 * slabPlanes;
    }

    /** 26-connected components of metal above plane k0. */
    private static int componentsAbove(VoxelMicrostructure s, int k0) {
        boolean[] seen = new boolean[s.voxelCount()];
        int components = 0;
        for (int idx = k0 * s.nx() * s.ny(); idx < s.voxelCount(); idx++) {
            if (s.isMetal(idx) && !seen[idx]) {
                components++;
                seen[idx] = true;
                ArrayDeque<Integer> todo = new ArrayDeque<>();
                todo.add(idx);
                flood(s, seen, todo, true);
            }
        }
        return components;
    }

    private static long flood(VoxelMicrostructure s, boolean[] seen, ArrayDeque<Integer> todo, boolean diagonal) {
        int nx = s.nx();
        int ny = s.ny();
        int nz = s.nz();
        long count = 0;
        while (!todo.isEmpty()) {
            int idx = todo.poll();
            count++;
            int i = idx % nx;
            int j = (idx / nx) % ny;
            int k = idx / (nx * ny);
            for (int dk = -1; dk <= 1; dk++) {
                for (int dj = -1; dj <= 1; dj++) {
                    for (int di = -1; di <= 1; di++) {
                        int steps = Math.abs(di) + Math.abs(dj) + Math.abs(dk);
                        if (steps == 0 || (!diagonal && steps > 1) || k + dk < 0 || k + dk >= nz) {
                            continue;
                        }
                        int n = Math.floorMod(i + di, nx) + nx * (Math.floorMod(j + dj, ny) + ny * (k + dk));
                        if (!seen[n] && s.isMetal(n)) {
                            seen[n] = true;
                            todo.add(n);
                        }
                    }
                }
            }
        }
        assertFalse(todo.size() > 0);
        return count;
    }
}
