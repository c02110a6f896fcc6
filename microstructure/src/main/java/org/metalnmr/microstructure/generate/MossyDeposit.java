package org.metalnmr.microstructure.generate;

import java.util.SplittableRandom;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.MicrostructureMessage;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/**
 * Mossy (porous) metal on a slab: equal spheres of radius r filling a layer of thickness H above the slab to a target
 * packing fraction, one lateral period (edge L) of a laterally infinite deposit. The sphere centres are drawn first,
 * independently of the voxel size (so one seed gives the same deposit on every grid), then voxelised: a voxel is metal
 * when its centre is inside the slab or a sphere (wrapped periodically across x and y).
 *
 * <p>Two models, both seeded and deterministic ({@link SplittableRandom}):</p>
 * <ul>
 * <li><b>random sequential addition</b> (not connected): centres uniform in the layer (spheres wholly inside it),
 * a candidate kept when it overlaps no placed sphere, until the target is reached. Hard spheres: the packing fraction
 * is exactly \( p = N \tfrac43\pi r^3 / (L^2 H) \). Its saturation ("jamming") limit in 3D is 0.3841 (Torquato,
 * Uche and Stillinger, Phys. Rev. E 74, 061308, 2006; lower in a thin layer), so targets above
 * {@value #MAX_RSA_PACKING} are refused;</li>
 * <li><b>connected growth from the electrode</b> (an off-lattice Eden-type growth, Eden, Proc. 4th Berkeley Symp.
 * Math. Stat. Prob. 4, 223, 1961, the source being the slab): each new sphere either nucleates on the slab (with
 * probability {@code nucleationProbability}; its centre at height (1 - {@value #NECK}) r above the slab top) or
 * grows from a placed sphere chosen uniformly, at centre distance \( d_0 = 2(1 - \nu) r \) (\( \nu \) =
 * {@value #NECK}) in a uniformly random direction; it is kept when no other centre is closer than d0 and it stays in
 * the layer. Every sphere is thus joined to the slab through a chain of necks (overlaps of depth 2 nu r, resolved by
 * voxels finer than about nu r). The packing fraction is exact: the union volume
 * \[ V = N \tfrac43\pi r^3 - \sum_{d_{ij} \lt 2r} \tfrac{\pi}{12}(4r + d_{ij})(2r - d_{ij})^2
 *      - \sum_{\text{on slab}} \tfrac{\pi}{3} c^2 (3r - c) \]
 * (lenses of overlapping pairs, caps of depth c &lt;= nu r below the slab top), exact because d0 &gt;= sqrt(3) r leaves no point
 * in three spheres; p = V / (L^2 H).</li>
 * </ul>
 * A target the model cannot reach within {@value #ATTEMPTS_PER_SPHERE} attempts per sphere is refused with the
 * fraction it reached.
 *
 * @param sphereRadiusM         r [m]
 * @param layerThicknessM       H, thickness of the mossy layer above the slab [m], at least 2r
 * @param packingFraction       target metal fraction of the layer, in (0, 1)
 * @param connected             connected growth from the slab (true) or random sequential addition (false)
 * @param nucleationProbability chance that a new sphere of the connected growth starts on the slab, in (0, 1]
 * @param slabThicknessM        slab thickness [m], &gt;= 0 (&gt; 0 for connected growth)
 * @param boxLateralM           L, lateral box edge [m], at least 4r
 * @param boxHeightM            box height [m], at least slab plus layer
 * @param voxelSizeM            cubic voxel edge [m]
 * @param seed                  random seed
 */
public record MossyDeposit(double sphereRadiusM, double layerThicknessM, double packingFraction, boolean connected,
                           double nucleationProbability, double slabThicknessM, double boxLateralM, double boxHeightM,
                           double voxelSizeM, long seed) {

    /** Highest target of random sequential addition (its 3D saturation limit is 0.3841). */
    public static final double MAX_RSA_PACKING = 0.38;
    /** Relative neck depth nu of the connected growth: neighbours at centre distance 2 (1 - nu) r. */
    public static final double NECK = 0.1;
    /** Attempts per sphere of the target before the target is refused as unreachable. */
    public static final int ATTEMPTS_PER_SPHERE = 2000;

    /** Validates (before any allocation). */
    public MossyDeposit {
        Checks.positive("sphere radius", "[m]", sphereRadiusM);
        Checks.positive("mossy layer thickness", "[m]", layerThicknessM);
        Checks.inRange("packing fraction", "[1]", 0, 1, packingFraction);
        Checks.inRange("nucleation probability", "[1]", 0, 1, nucleationProbability);
        Checks.nonNegative("slab thickness", "[m]", slabThicknessM);
        Checks.positive("box lateral edge", "[m]", boxLateralM);
        Checks.positive("box height", "[m]", boxHeightM);
        Checks.positive("voxel size", "[m]", voxelSizeM);
        String what = connected ? "mossy deposit (connected growth)" : "mossy deposit (random sequential addition)";
        if (packingFraction == 0) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, what, "packing fraction must be above 0, got 0");
        }
        if (!connected && packingFraction > MAX_RSA_PACKING) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, what, "packing fraction " + packingFraction
                    + " is above " + MAX_RSA_PACKING + " (random sequential addition of spheres saturates at 0.3841); use connected growth or a lower target");
        }
        if (connected && (slabThicknessM == 0 || nucleationProbability == 0)) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, what,
                    "connected growth needs a slab to grow from (slab " + slabThicknessM + " m) and a nucleation probability above 0 (got "
                            + nucleationProbability + ")");
        }
        if (layerThicknessM < 2 * sphereRadiusM) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, what,
                    "layer " + layerThicknessM + " m must be at least a sphere diameter " + 2 * sphereRadiusM + " m");
        }
        if (boxLateralM < 4 * sphereRadiusM) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, what,
                    "box lateral edge " + boxLateralM + " m must be at least 4 sphere radii " + 4 * sphereRadiusM + " m");
        }
        if (slabThicknessM + layerThicknessM > boxHeightM * (1 + 1e-12)) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, what,
                    "slab plus layer (" + (slabThicknessM + layerThicknessM) + " m) must fit the box height " + boxHeightM + " m");
        }
        OccupancyBits.checkSizes(Math.round(boxLateralM / voxelSizeM), Math.round(boxLateralM / voxelSizeM),
                Math.round(boxHeightM / voxelSizeM));
    }

    /**
     * The sphere centres and the exact packing fraction they give.
     *
     * @param centres       x, y, z of each centre [m] (x, y in [0, L); z in the box frame, slab from z = 0)
     * @param packingFraction the exact metal fraction of the layer (class Javadoc)
     */
    public record Spheres(double[] centres, double packingFraction) {

        /** Copies. */
        public Spheres {
            centres = centres.clone();
        }

        @Override
        public double[] centres() {
            return centres.clone();
        }

        /** @return the number of spheres */
        public int count() {
            return centres.length / 3;
        }
    }

    private double lateral() {
        return Math.round(boxLateralM / voxelSizeM) * voxelSizeM;
    }

    private double slabTop() {
        return Math.round(slabThicknessM / voxelSizeM) * voxelSizeM;
    }

    /**
     * Draws the sphere centres (independent of the voxel size except through the box, which is rounded to whole voxels).
     *
     * @return the spheres
     * @throws InvalidInputException when the target packing is not reached (naming the fraction reached)
     */
    public Spheres spheres() {
        double l = lateral();
        double bottom = slabTop();
        double top = bottom + layerThicknessM;
        double r = sphereRadiusM;
        double sphere = 4.0 / 3 * Math.PI * r * r * r;
        double target = packingFraction * l * l * layerThicknessM;
        long maxAttempts = (long) ATTEMPTS_PER_SPHERE * (long) Math.ceil(target / sphere) + 10_000L;
        SplittableRandom rnd = new SplittableRandom(seed);
        double minDistance = connected ? 2 * (1 - NECK) * r : 2 * r;
        PeriodicNeighbours placed = new PeriodicNeighbours(l, bottom, top, 2 * r);
        double volume = 0;
        double cap = NECK * r;
        double lowest = connected ? bottom + r - cap : bottom + r;
        double highest = top - r;
        double[] c = new double[3];
        double[] lens = new double[1];
        long attempts = 0;
        while (volume < target) {
            if (++attempts > maxAttempts) {
                throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, connected ? "mossy deposit (connected growth)"
                        : "mossy deposit (random sequential addition)", String.format(java.util.Locale.ROOT,
                        "packing fraction %.3f not reached after %d attempts (reached %.3f with %d spheres); lower the target", packingFraction,
                        maxAttempts, volume / (l * l * layerThicknessM), placed.size()));
            }
            if (!connected) {
                c[0] = rnd.nextDouble() * l;
                c[1] = rnd.nextDouble() * l;
                c[2] = lowest + rnd.nextDouble() * (highest - lowest);
            } else if (placed.size() == 0 || rnd.nextDouble() < nucleationProbability) {
                c[0] = rnd.nextDouble() * l;
                c[1] = rnd.nextDouble() * l;
                c[2] = lowest;
            } else {
                int parent = rnd.nextInt(placed.size());
                double u = 2 * rnd.nextDouble() - 1;
                double phi = 2 * Math.PI * rnd.nextDouble();
                double s = Math.sqrt(1 - u * u);
                c[0] = placed.x(parent) + minDistance * s * Math.cos(phi);
                c[1] = placed.y(parent) + minDistance * s * Math.sin(phi);
                c[2] = placed.z(parent) + minDistance * u;
            }
            if (c[2] < lowest - 1e-12 * r || c[2] > highest) {
                continue;
            }
            lens[0] = 0;
            boolean free = placed.forEachWithin(c[0], c[1], c[2], 2 * r, (p, d) -> {
                if (d < minDistance * (1 - 1e-9)) {
                    return false;
                }
                lens[0] += Math.PI / 12 * (4 * r + d) * (2 * r - d) * (2 * r - d);
                return true;
            });
            if (!free) {
                continue;
            }
            placed.add(c[0], c[1], c[2]);
            double below = Math.max(0, r - (c[2] - bottom));
            volume += sphere - lens[0] - Math.PI / 3 * below * below * (3 * r - below);
        }
        double[] centres = new double[3 * placed.size()];
        for (int p = 0; p < placed.size(); p++) {
            centres[3 * p] = placed.x(p);
            centres[3 * p + 1] = placed.y(p);
            centres[3 * p + 2] = placed.z(p);
        }
        return new Spheres(centres, volume / (l * l * layerThicknessM));
    }

    /** @return the voxelised deposit (laterally periodic) */
    public VoxelMicrostructure generate() {
        Spheres s = spheres();
        int n = (int) Math.round(boxLateralM / voxelSizeM);
        int nz = (int) Math.round(boxHeightM / voxelSizeM);
        OccupancyBits bits = new OccupancyBits(n, n, nz);
        bits.fillPlanes(0, (int) Math.round(slabThicknessM / voxelSizeM));
        double[] c = s.centres();
        for (int p = 0; p < s.count(); p++) {
            VoxelBodies.drawEllipsoid(bits, voxelSizeM, c[3 * p], c[3 * p + 1], c[3 * p + 2], VoxelBodies.sphere(sphereRadiusM));
        }
        return bits.build(voxelSizeM, true);
    }
}
