package org.metalnmr.geometry.deposit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.GeometryMessage;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Cylinder;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.body.Sphere;

/**
 * A mossy (porous) metal layer, kept statistically (slab, packing fraction, strand size,
 * connectivity) and expanded on demand, reproducibly from its seed, into explicit bodies.
 *
 * <p>Slab: heights 0 &lt;= h &lt;= t above the face, in-plane radius R of the site. Metal volume
 * p pi R^2 t.</p>
 *
 * <p><b>Connected network</b>: chains of straight cylinders of radius a and length l joined end to
 * end (a persistent random walk with no memory: each segment direction is isotropic). A chain
 * starts at a uniform random point of the face, so every strand is connected to the electrode
 * through its chain; its first segment points into the outer hemisphere. A direction that would
 * take the segment's axis out of the slab or beyond radius R is redrawn (up to 32 times, then
 * its component along the normal is mirrored), so the axes stay within the slab whenever l &lt;= t. Each chain has
 * ceil(3 t / l) segments (long enough to cross the slab a few times); chains are added until the
 * summed segment volume reaches p pi R^2 t. Overlaps between segments are not removed: the nominal
 * packing is the summed volume, the true filled fraction is slightly lower at high packing.</p>
 *
 * <p><b>Isolated granules</b>: spheres of radius a by random sequential addition: centres uniform
 * in the slab shrunk by a (so granules lie wholly in the slab, heights a .. t - a, in-plane radius
 * up to R - a), a trial is rejected when it comes closer than 2a to a placed granule (granules do
 * not touch each other: "isolated"). N = round(p V / (4/3 pi a^3)) granules; at most 200 N trials,
 * else {@link GeometryMessage#PLACEMENT_FAILED}.</p>
 *
 * @param material        material name
 * @param site            the face
 * @param thickness       t [m]
 * @param packingFraction p
 * @param strandRadius    a [m]
 * @param strandLength    l [m]
 * @param connected       network (true) or isolated granules (false)
 * @param seed            seed of the expansion into bodies
 */
public record MossyLayer(String material, SurfaceSite site, double thickness, double packingFraction,
                          double strandRadius, double strandLength, boolean connected, long seed) implements Deposit {

    private static final int REDRAWS = 32;

    /** Validates. */
    public MossyLayer {
        GeometryChecks.name("mossy layer material", material);
        Objects.requireNonNull(site, "site");
        Checks.positive("mossy layer thickness", "[m]", thickness);
        Checks.inRange("mossy layer packingFraction", "[1]", 1e-9, 0.95, packingFraction);
        Checks.positive("mossy layer strandRadius", "[m]", strandRadius);
        Checks.positive("mossy layer strandLength", "[m]", strandLength);
    }

    /** @return volume of the slab pi R^2 t [m^3] */
    public double layerVolume() {
        return site.area() * thickness;
    }

    @Override
    public double totalVolume() {
        return packingFraction * layerVolume();
    }

    /** @return volume of one body: a strand segment or a granule [m^3] */
    public double elementVolume() {
        return connected ? Math.PI * strandRadius * strandRadius * strandLength
                : 4.0 / 3.0 * Math.PI * strandRadius * strandRadius * strandRadius;
    }

    @Override
    public long count() {
        return connected ? (long) Math.ceil(totalVolume() / elementVolume()) : Math.round(totalVolume() / elementVolume());
    }

    /** @return segments per chain of the connected network, ceil(3 t / l) */
    public int segmentsPerChain() {
        return (int) Math.max(1, Math.ceil(3 * thickness / strandLength));
    }

    @Override
    public List<Body> toBodies() {
        Populations.requireExplicit("mossy layer", count());
        return connected ? network() : granules();
    }

    @Override
    public Disk envelope() {
        return Envelopes.slab(material, site, thickness, 0);
    }

    private List<Body> network() {
        SplittableRandom rng = new SplittableRandom(seed);
        double target = totalVolume();
        double segV = elementVolume();
        int perChain = segmentsPerChain();
        double radius = site.radius();
        List<Body> out = new ArrayList<>();
        double volume = 0;
        Vector3d local = new Vector3d();
        Vector3d dir = new Vector3d();
        Vector3d centre = new Vector3d();
        while (volume < target) {
            double[] uv = RandomDraws.pointInDisk(rng, radius);
            double u = uv[0];
            double v = uv[1];
            double h = 0;
            for (int s = 0; s < perChain && volume < target; s++) {
                boolean ok = false;
                for (int tries = 0; tries < REDRAWS && !ok; tries++) {
                    RandomDraws.isotropic(rng, local);
                    if (s == 0) {
                        local.z = Math.abs(local.z);
                    }
                    ok = inside(u + strandLength * local.x, v + strandLength * local.y, h + strandLength * local.z, radius);
                }
                if (!ok) {
                    // mirror the normal component so the height stays within [0, t]
                    double hz = h + strandLength * local.z;
                    if (hz < 0 || hz > thickness) {
                        local.z = -local.z;
                    }
                }
                double u1 = u + strandLength * local.x;
                double v1 = v + strandLength * local.y;
                double h1 = h + strandLength * local.z;
                site.toLab((u + u1) / 2, (v + v1) / 2, (h + h1) / 2, centre);
                site.directionToLab(local, dir).normalize();
                out.add(new Cylinder(material, strandRadius, strandLength, Pose.alignZ(centre, dir)));
                volume += segV;
                u = u1;
                v = v1;
                h = h1;
            }
        }
        return out;
    }

    private boolean inside(double u, double v, double h, double radius) {
        return h >= 0 && h <= thickness && u * u + v * v <= radius * radius;
    }

    private List<Body> granules() {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = (int) count();
        double a = strandRadius;
        double rIn = site.radius() - a;
        if (rIn <= 0 || thickness < 2 * a) {
            throw new InvalidInputException(GeometryMessage.PLACEMENT_FAILED, 0, n, 0, packingFraction);
        }
        double cell = 2 * a;
        Map<Long, List<double[]>> grid = new HashMap<>();
        List<Body> out = new ArrayList<>(n);
        long maxTrials = 200L * Math.max(n, 1);
        long trials = 0;
        Vector3d c = new Vector3d();
        while (out.size() < n) {
            if (++trials > maxTrials) {
                throw new InvalidInputException(GeometryMessage.PLACEMENT_FAILED, out.size(), n, maxTrials, packingFraction);
            }
            double[] uv = RandomDraws.pointInDisk(rng, rIn);
            double h = a + (thickness - 2 * a) * rng.nextDouble();
            double[] p = {uv[0], uv[1], h};
            long ci = (long) Math.floor(p[0] / cell);
            long cj = (long) Math.floor(p[1] / cell);
            long ck = (long) Math.floor(p[2] / cell);
            boolean free = true;
            for (long di = -1; di <= 1 && free; di++) {
                for (long dj = -1; dj <= 1 && free; dj++) {
                    for (long dk = -1; dk <= 1 && free; dk++) {
                        List<double[]> bucket = grid.get(key(ci + di, cj + dj, ck + dk));
                        if (bucket == null) {
                            continue;
                        }
                        for (double[] q : bucket) {
                            double dx = q[0] - p[0];
                            double dy = q[1] - p[1];
                            double dz = q[2] - p[2];
                            if (dx * dx + dy * dy + dz * dz < cell * cell) {
                                free = false;
                                break;
                            }
                        }
                    }
                }
            }
            if (free) {
                grid.computeIfAbsent(key(ci, cj, ck), k -> new ArrayList<>()).add(p);
                site.toLab(p[0], p[1], p[2], c);
                out.add(new Sphere(material, a, new Pose(c, new org.joml.Quaterniond())));
            }
        }
        return out;
    }

    private static long key(long i, long j, long k) {
        return ((i & 0x1FFFFF) << 42) | ((j & 0x1FFFFF) << 21) | (k & 0x1FFFFF);
    }
}
