package org.metalnmr.rf.coil;

import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A solenoid wound as a helix of N turns of pitch p = L/N on a cylinder of diameter D, axis along
 * x (the RF coil of docs/physics.md section 2), centred at the origin, the wire a thin filament
 * discretised into straight segments. Its field per unit current is summed by the Biot-Savart law
 * over the segments; each straight segment from A to B contributes exactly
 * \[ \mathbf B = \frac{\mu_0 I}{4\pi} \frac{|\mathbf a| + |\mathbf b|}{|\mathbf a| |\mathbf b| (|\mathbf a| |\mathbf b| + \mathbf a \cdot \mathbf b)}\, (\mathbf a \times \mathbf b), \qquad \mathbf a = A - P,\ \mathbf b = B - P \]
 * (Hanson &amp; Hirshman, Phys. Plasmas 9, 4410, 2002, eq. 8; current from A to B). The leads are not
 * modelled; the helix carries its net axial current I, whose azimuthal field outside the winding
 * is part of the result. The formula is singular on the wire itself (|a||b| + a.b = 0); there the
 * segment's contribution is skipped (field points on the wire are meaningless for a filament).
 *
 * <p>Reception by reciprocity: the field per unit current B1/I at a point is also the coil's
 * receive sensitivity there (Hoult &amp; Richards, J. Magn. Reson. 24, 71, 1976), so one map serves
 * excitation and reception. For a coil much smaller than the wavelength both are real (in phase).
 *
 * @param diameterM       winding diameter D [m]
 * @param lengthM         winding length L [m] (axial distance from the first to the last point)
 * @param turns           number of turns N (&gt;= 1)
 * @param segmentsPerTurn straight segments per turn (&gt;= 8)
 */
public record SolenoidCoil(double diameterM, double lengthM, double turns, int segmentsPerTurn) {

    /** Validates the fields. */
    public SolenoidCoil {
        Checks.positive("diameter", "[m]", diameterM);
        Checks.positive("length", "[m]", lengthM);
        Checks.inRange("turns", "[1]", 1, 1e5, turns);
        if (segmentsPerTurn < 8) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "segmentsPerTurn", 8, "inf", "[1]", segmentsPerTurn);
        }
    }

    /**
     * @param diameterM winding diameter [m]
     * @param lengthM   winding length [m]
     * @param turns     number of turns
     * @return a coil with 72 segments per turn (segment sagitta 0.1% of the radius)
     */
    public static SolenoidCoil of(double diameterM, double lengthM, double turns) {
        return new SolenoidCoil(diameterM, lengthM, turns, 72);
    }

    /** @return turns per metre n = N / L [1/m] */
    public double turnsPerMetre() {
        return turns / lengthM;
    }

    /** @return the segment end points {x0, y0, z0, x1, y1, z1, ...} of the helix [m] */
    double[] helixPoints() {
        int segs = (int) Math.ceil(turns * segmentsPerTurn);
        double[] p = new double[3 * (segs + 1)];
        double r = diameterM / 2;
        for (int s = 0; s <= segs; s++) {
            double t = (double) s / segs;                 // 0..1 along the winding
            double phi = 2 * Math.PI * turns * t;
            p[3 * s] = -lengthM / 2 + lengthM * t;
            p[3 * s + 1] = r * Math.cos(phi);
            p[3 * s + 2] = r * Math.sin(phi);
        }
        return p;
    }

    /**
     * The field per unit current at one point, by direct summation over all segments.
     *
     * @param x   [m]
     * @param y   [m]
     * @param z   [m]
     * @param out receives {Bx, By, Bz} / I [T/A]
     */
    public void fieldPerAmpere(double x, double y, double z, double[] out) {
        BiotSavart.field(helixPoints(), x, y, z, out);
    }

    /**
     * The on-axis field of a finite solenoid current sheet (no pitch), the closed form the helix
     * must approach: B = (mu0 n I / 2) (cos a1 - cos a2), with cos a1 = (x + L/2) / sqrt(R^2 + (x + L/2)^2),
     * cos a2 = (x - L/2) / sqrt(R^2 + (x - L/2)^2).
     *
     * @param x position on the axis [m]
     * @return Bx / I [T/A]
     */
    public double sheetFieldOnAxis(double x) {
        double r = diameterM / 2;
        double u = x + lengthM / 2;
        double v = x - lengthM / 2;
        return PhysicalConstants.MU0 * turnsPerMetre() / 2 * (u / Math.hypot(r, u) - v / Math.hypot(r, v));
    }
}
