package org.metalnmr.geometry.body;

import org.hipparchus.special.elliptic.carlson.CarlsonEllipticIntegral;
import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * A triaxial ellipsoid (x/a)^2 + (y/b)^2 + (z/c)^2 &lt;= 1 in the body frame; its "axis" is body z.
 *
 * <p>Volume V = 4/3 pi a b c. Surface area by Carlson's symmetric integral:
 * S = 4 pi a b c R_G(a^-2, b^-2, c^-2) (B. C. Carlson, NIST Digital Library of Mathematical
 * Functions, eq. 19.33.1), evaluated with Hipparchus' {@code CarlsonEllipticIntegral.rG}; exact for
 * every a, b, c &gt; 0, including spheroids and the sphere (R_G(x,x,x) = sqrt(x)).</p>
 *
 * <p>Signed distance: exact, by D. Eberly's bisection on the Lagrange parameter of the closest
 * point ("Distance from a point to an ellipse, an ellipsoid, or a hyperellipsoid", Geometric
 * Tools, 2013), including its special cases of points on the symmetry planes; see
 * {@code EllipsoidDistance}.</p>
 *
 * @param material  material name
 * @param semiAxisX semi-axis along body x [m], &gt; 0
 * @param semiAxisY semi-axis along body y [m], &gt; 0
 * @param semiAxisZ semi-axis along body z [m], &gt; 0
 * @param pose      pose of the centre
 */
public record Ellipsoid(String material, double semiAxisX, double semiAxisY, double semiAxisZ, Pose pose) implements Body {

    /** Validates. */
    public Ellipsoid {
        GeometryChecks.name("ellipsoid material", material);
        Checks.positive("ellipsoid semiAxisX", "[m]", semiAxisX);
        Checks.positive("ellipsoid semiAxisY", "[m]", semiAxisY);
        Checks.positive("ellipsoid semiAxisZ", "[m]", semiAxisZ);
        java.util.Objects.requireNonNull(pose, "pose");
    }

    @Override
    public double volume() {
        return 4.0 / 3.0 * Math.PI * semiAxisX * semiAxisY * semiAxisZ;
    }

    @Override
    public double surfaceArea() {
        double a = semiAxisX;
        double b = semiAxisY;
        double c = semiAxisZ;
        return 4 * Math.PI * a * b * c * CarlsonEllipticIntegral.rG(1 / (a * a), 1 / (b * b), 1 / (c * c));
    }

    @Override
    public double signedDistance(double x, double y, double z) {
        Vector3d p = pose.toBody(x, y, z, new Vector3d());
        double d = EllipsoidDistance.distance(semiAxisX, semiAxisY, semiAxisZ, p.x, p.y, p.z);
        return inside(p) ? -d : d;
    }

    @Override
    public boolean contains(double x, double y, double z) {
        return inside(pose.toBody(x, y, z, new Vector3d()));
    }

    private boolean inside(Vector3d p) {
        double u = p.x / semiAxisX;
        double v = p.y / semiAxisY;
        double w = p.z / semiAxisZ;
        return u * u + v * v + w * w <= 1;
    }

    @Override
    public BoundingBox boundingBox() {
        return Shapes.ellipsoidBox(pose, semiAxisX, semiAxisY, semiAxisZ);
    }

    @Override
    public Ellipsoid withPose(Pose newPose) {
        return new Ellipsoid(material, semiAxisX, semiAxisY, semiAxisZ, newPose);
    }

    @Override
    public Ellipsoid withMaterial(String newMaterial) {
        return new Ellipsoid(newMaterial, semiAxisX, semiAxisY, semiAxisZ, pose);
    }
}
