package org.metalnmr.microstructure.generate;

import java.util.SplittableRandom;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.MicrostructureMessage;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/**
 * Dead metal: isolated metal fragments detached from the electrode, as equal ellipsoids of random orientation at a
 * target volume fraction in a layer above the slab, one lateral period (edge L) of a laterally infinite deposit.
 *
 * <p>Model: random sequential addition (seeded, deterministic, {@link SplittableRandom}) of ellipsoids with semi-axes
 * (a, b, c), orientation uniform over rotations (a uniformly random unit quaternion: four normal deviates,
 * normalised; Shoemake, Graphics Gems III, 124, 1992). The layer starts a gap g above the slab top and is H thick;
 * every fragment lies wholly inside it, at least g from the slab. A candidate is kept when its bounding sphere
 * (radius s = max(a, b, c)) keeps a distance of at least g from every placed bounding sphere, so any two fragments are
 * at least g apart and none touches the slab: on a grid of voxels finer than g every fragment is its own connected
 * component. Volume fraction (exact, the fragments do not overlap): \( f = N \tfrac43\pi abc / (L^2 H) \). The
 * bounding spheres saturate near 0.38 (the 3D random-sequential-addition limit), so at most about
 * \( 0.38\, abc / (s + g/2)^3 \) is reachable (less in a layer not much thicker than 2s, where the packing is
 * nearly two-dimensional); a target the model does not reach within
 * {@value MossyDeposit#ATTEMPTS_PER_SPHERE} attempts per fragment is refused with the fraction reached.</p>
 *
 * @param semiAxesM       a, b, c [m] (copied)
 * @param volumeFraction  target metal fraction of the layer, in (0, 1)
 * @param gapM            g, the smallest distance from the slab and between fragments [m], &gt; 0
 * @param layerThicknessM H [m], at least the largest diameter 2s
 * @param slabThicknessM  slab thickness [m], &gt;= 0
 * @param boxLateralM     L [m], at least 4 s + 2 g
 * @param boxHeightM      box height [m], at least slab + g + H
 * @param voxelSizeM      cubic voxel edge [m]
 * @param seed            random seed
 */
public record DeadMetalFragments(double[] semiAxesM, double volumeFraction, double gapM, double layerThicknessM,
                                 double slabThicknessM, double boxLateralM, double boxHeightM, double voxelSizeM, long seed) {

    private static final String WHAT = "dead-metal fragments";

    /** Validates and copies (before any allocation). */
    public DeadMetalFragments {
        if (semiAxesM == null || semiAxesM.length != 3) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, WHAT,
                    "three semi-axes a,b,c are needed, got " + (semiAxesM == null ? 0 : semiAxesM.length));
        }
        semiAxesM = semiAxesM.clone();
        for (double s : semiAxesM) {
            Checks.positive("fragment semi-axis", "[m]", s);
        }
        Checks.inRange("volume fraction", "[1]", 0, 1, volumeFraction);
        Checks.positive("fragment gap", "[m]", gapM);
        Checks.positive("fragment layer thickness", "[m]", layerThicknessM);
        Checks.nonNegative("slab thickness", "[m]", slabThicknessM);
        Checks.positive("box lateral edge", "[m]", boxLateralM);
        Checks.positive("box height", "[m]", boxHeightM);
        Checks.positive("voxel size", "[m]", voxelSizeM);
        double s = Math.max(semiAxesM[0], Math.max(semiAxesM[1], semiAxesM[2]));
        if (volumeFraction == 0) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, WHAT, "volume fraction must be above 0, got 0");
        }
        double reachable = 0.38 * semiAxesM[0] * semiAxesM[1] * semiAxesM[2] / Math.pow(s + gapM / 2, 3);
        if (volumeFraction > reachable) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, WHAT, String.format(java.util.Locale.ROOT,
                    "volume fraction %.3g is above about %.3g, what random sequential addition of these fragments (bounding spheres %.3g m apart) reaches",
                    volumeFraction, reachable, gapM));
        }
        if (layerThicknessM < 2 * s) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, WHAT,
                    "layer " + layerThicknessM + " m must be at least the largest fragment diameter " + 2 * s + " m");
        }
        if (boxLateralM < 4 * s + 2 * gapM) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, WHAT,
                    "box lateral edge " + boxLateralM + " m must be at least 4 semi-axes plus 2 gaps, " + (4 * s + 2 * gapM) + " m");
        }
        if (slabThicknessM + gapM + layerThicknessM > boxHeightM * (1 + 1e-12)) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, WHAT,
                    "slab plus gap plus layer (" + (slabThicknessM + gapM + layerThicknessM) + " m) must fit the box height " + boxHeightM + " m");
        }
        OccupancyBits.checkSizes(Math.round(boxLateralM / voxelSizeM), Math.round(boxLateralM / voxelSizeM),
                Math.round(boxHeightM / voxelSizeM));
    }

    @Override
    public double[] semiAxesM() {
        return semiAxesM.clone();
    }

    /**
     * The fragments drawn.
     *
     * @param centres        x, y, z of each centre [m]
     * @param axes           per fragment the three unit axis vectors (9 values, rows a, b, c)
     * @param volumeFraction the exact metal fraction of the layer
     */
    public record Fragments(double[] centres, double[] axes, double volumeFraction) {

        /** Copies. */
        public Fragments {
            centres = centres.clone();
            axes = axes.clone();
        }

        @Override
        public double[] centres() {
            return centres.clone();
        }

        @Override
        public double[] axes() {
            return axes.clone();
        }

        /** @return the number of fragments */
        public int count() {
            return centres.length / 3;
        }
    }

    private double largestSemiAxis() {
        return Math.max(semiAxesM[0], Math.max(semiAxesM[1], semiAxesM[2]));
    }

    /**
     * Draws the fragments (independent of the voxel size except through the box, rounded to whole voxels).
     *
     * @return the fragments
     * @throws InvalidInputException when the target is not reached (naming the fraction reached)
     */
    public Fragments fragments() {
        double l = Math.round(boxLateralM / voxelSizeM) * voxelSizeM;
        double bottom = Math.round(slabThicknessM / voxelSizeM) * voxelSizeM + gapM;
        double s = largestSemiAxis();
        double volume = 4.0 / 3 * Math.PI * semiAxesM[0] * semiAxesM[1] * semiAxesM[2];
        double layer = l * l * layerThicknessM;
        long target = (long) Math.ceil(volumeFraction * layer / volume);
        long maxAttempts = (long) MossyDeposit.ATTEMPTS_PER_SPHERE * target + 10_000L;
        double clearance = 2 * s + gapM;
        PeriodicNeighbours placed = new PeriodicNeighbours(l, bottom, bottom + layerThicknessM, clearance);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] axes = new double[9 * (int) Math.min(target, Integer.MAX_VALUE / 9)];
        long attempts = 0;
        while (placed.size() < target) {
            if (++attempts > maxAttempts) {
                throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, WHAT, String.format(java.util.Locale.ROOT,
                        "volume fraction %.3g not reached after %d attempts (reached %.3g with %d fragments); lower the target",
                        volumeFraction, maxAttempts, placed.size() * volume / layer, placed.size()));
            }
            double x = rnd.nextDouble() * l;
            double y = rnd.nextDouble() * l;
            double z = bottom + s + rnd.nextDouble() * (layerThicknessM - 2 * s);
            // a unit quaternion uniform over rotations; drawn for every candidate so that the sequence is one stream
            double q0 = gaussian(rnd);
            double q1 = gaussian(rnd);
            double q2 = gaussian(rnd);
            double q3 = gaussian(rnd);
            if (!placed.forEachWithin(x, y, z, clearance, (p, d) -> false)) {
                continue;
            }
            rotationRows(q0, q1, q2, q3, axes, 9 * placed.size());
            placed.add(x, y, z);
        }
        double[] centres = new double[3 * placed.size()];
        for (int p = 0; p < placed.size(); p++) {
            centres[3 * p] = placed.x(p);
            centres[3 * p + 1] = placed.y(p);
            centres[3 * p + 2] = placed.z(p);
        }
        return new Fragments(centres, axes, placed.size() * volume / layer);
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller (SplittableRandom has no nextGaussian in Java 17)
        double u = 1 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    /** The body axes (columns of the rotation matrix of q, normalised) as rows at out[off..off+9). */
    private static void rotationRows(double w, double x, double y, double z, double[] out, int off) {
        double n = Math.sqrt(w * w + x * x + y * y + z * z);
        w /= n;
        x /= n;
        y /= n;
        z /= n;
        double[] r = {
            1 - 2 * (y * y + z * z), 2 * (x * y + w * z), 2 * (x * z - w * y),
            2 * (x * y - w * z), 1 - 2 * (x * x + z * z), 2 * (y * z + w * x),
            2 * (x * z + w * y), 2 * (y * z - w * x), 1 - 2 * (x * x + y * y)};
        System.arraycopy(r, 0, out, off, 9);
    }

    /** @return the voxelised deposit (laterally periodic) */
    public VoxelMicrostructure generate() {
        Fragments f = fragments();
        int n = (int) Math.round(boxLateralM / voxelSizeM);
        int nz = (int) Math.round(boxHeightM / voxelSizeM);
        OccupancyBits bits = new OccupancyBits(n, n, nz);
        bits.fillPlanes(0, (int) Math.round(slabThicknessM / voxelSizeM));
        double[] c = f.centres();
        double[] ax = f.axes();
        for (int p = 0; p < f.count(); p++) {
            double[] rows = java.util.Arrays.copyOfRange(ax, 9 * p, 9 * p + 9);
            VoxelBodies.drawEllipsoid(bits, voxelSizeM, c[3 * p], c[3 * p + 1], c[3 * p + 2], VoxelBodies.ellipsoid(semiAxesM, rows));
        }
        return bits.build(voxelSizeM, true);
    }
}
