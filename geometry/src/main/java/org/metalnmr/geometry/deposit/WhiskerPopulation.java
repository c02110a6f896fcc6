package org.metalnmr.geometry.deposit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.joml.Vector3d;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Cylinder;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Pose;

/**
 * A population of whiskers as arrays (for deposits far below the grid resolution): whisker i has
 * its base centre at bases[3i..3i+2] [m] (lab frame, on the face), unit direction
 * directions[3i..3i+2] (lab frame), radius radii[i] [m] and length lengths[i] [m]. As explicit
 * bodies ({@link #toBodies()}) each is a {@link Cylinder} centred at base + direction * length / 2
 * with its axis along the direction. Arrays are copied on entry and on every read.
 *
 * @param material   material name
 * @param site       the face the whiskers stand on
 * @param bases      base centres, 3N values [m]
 * @param directions unit directions, 3N values
 * @param radii      radii, N values [m]
 * @param lengths    lengths, N values [m]
 */
public record WhiskerPopulation(String material, SurfaceSite site, double[] bases, double[] directions, double[] radii,
                                double[] lengths) implements Deposit {

    /** Validates and copies. */
    public WhiskerPopulation {
        GeometryChecks.name("whisker material", material);
        Objects.requireNonNull(site, "site");
        radii = radii.clone();
        lengths = Populations.copy("whisker lengths", lengths, radii.length);
        bases = Populations.copy("whisker bases", bases, 3L * radii.length);
        directions = Populations.copy("whisker directions", directions, 3L * radii.length);
        for (int i = 0; i < radii.length; i++) {
            // the checks throw; they run only for a failing value, so that no name string is built per whisker
            if (!(radii[i] > 0 && Double.isFinite(radii[i]))) {
                org.metalnmr.core.error.Checks.positive("whisker radius [" + i + "]", "[m]", radii[i]);
            }
            if (!(lengths[i] > 0 && Double.isFinite(lengths[i]))) {
                org.metalnmr.core.error.Checks.positive("whisker length [" + i + "]", "[m]", lengths[i]);
            }
            double n = Math.sqrt(directions[3 * i] * directions[3 * i] + directions[3 * i + 1] * directions[3 * i + 1]
                    + directions[3 * i + 2] * directions[3 * i + 2]);
            if (Math.abs(n - 1) > 1e-9) {
                throw new org.metalnmr.core.error.InvalidInputException(org.metalnmr.geometry.GeometryMessage.BAD_VECTOR,
                        "whisker direction [" + i + "]", ", unit-length", n);
            }
        }
    }

    @Override
    public long count() {
        return radii.length;
    }

    @Override
    public double totalVolume() {
        double v = 0;
        for (int i = 0; i < radii.length; i++) {
            v += Math.PI * radii[i] * radii[i] * lengths[i];
        }
        return v;
    }

    /** @return base centres, 3N values [m], a copy */
    @Override
    public double[] bases() {
        return bases.clone();
    }

    /** @return unit directions, 3N values, a copy */
    @Override
    public double[] directions() {
        return directions.clone();
    }

    /** @return radii [m], a copy */
    @Override
    public double[] radii() {
        return radii.clone();
    }

    /** @return lengths [m], a copy */
    @Override
    public double[] lengths() {
        return lengths.clone();
    }

    /**
     * @param i    whisker index
     * @param dest receives its unit direction (lab frame)
     * @return dest
     */
    public Vector3d direction(int i, Vector3d dest) {
        return dest.set(directions[3 * i], directions[3 * i + 1], directions[3 * i + 2]);
    }

    /**
     * @param i whisker index
     * @return cos of the angle between whisker i and the site normal
     */
    public double cosineToNormal(int i) {
        return direction(i, new Vector3d()).dot(site.normal());
    }

    /**
     * @param i whisker index
     * @return whisker i as a cylinder in the lab frame
     */
    public Cylinder whisker(int i) {
        Vector3d d = direction(i, new Vector3d());
        Vector3d c = new Vector3d(bases[3 * i], bases[3 * i + 1], bases[3 * i + 2]).fma(lengths[i] / 2, d);
        return new Cylinder(material, radii[i], lengths[i], Pose.alignZ(c, d));
    }

    @Override
    public List<Body> toBodies() {
        Populations.requireExplicit("whisker population", radii.length);
        List<Body> out = new ArrayList<>(radii.length);
        for (int i = 0; i < radii.length; i++) {
            out.add(whisker(i));
        }
        return out;
    }

    @Override
    public Disk envelope() {
        double top = 0;
        double overhang = 0;
        Vector3d d = new Vector3d();
        for (int i = 0; i < radii.length; i++) {
            double c = direction(i, d).dot(site.normal());
            double s = Math.sqrt(Math.max(0, 1 - c * c));
            top = Math.max(top, lengths[i] * c + radii[i] * s);
            overhang = Math.max(overhang, lengths[i] * s + radii[i]);
        }
        return Envelopes.slab(material, site, top, overhang);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WhiskerPopulation w && material.equals(w.material) && site.equals(w.site)
                && Arrays.equals(bases, w.bases) && Arrays.equals(directions, w.directions)
                && Arrays.equals(radii, w.radii) && Arrays.equals(lengths, w.lengths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(material, site, Arrays.hashCode(bases), Arrays.hashCode(radii));
    }

    @Override
    public String toString() {
        return "WhiskerPopulation[" + material + ", " + radii.length + " whiskers, volume " + totalVolume() + " m^3]";
    }
}
