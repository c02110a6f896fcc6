package org.metalnmr.rf.coil;

import java.util.Locale;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;
import org.metalnmr.rf.linalg.MemoryBudget;
import org.metalnmr.rf.linalg.ProgressListener;

/**
 * The coil field per unit current B1/I sampled once by Biot-Savart on a regular grid over a box and
 * then read anywhere in the box by trilinear interpolation, so that 10^5 points cost milliseconds
 * instead of seconds. Interpolation error is (h^2/8) max|d^2 B/dx^2|: below 1e-3 of the centre field
 * for a spacing of a twentieth of the coil radius at least a third of the radius inside the winding
 * (measured in SolenoidCoilTest); closer to the wire the field has structure on the scale of the
 * pitch and the spacing must resolve it.
 *
 * <p>Reciprocity: {@link #field} is both the transmit field per ampere and the receive
 * sensitivity per unit magnetisation; {@link #transverseSensitivity} is the part transverse to B0,
 * which a linearly polarised coil excites and detects.
 */
public final class B1Map {

    private final double[] lo;
    private final double h;
    private final int nx;
    private final int ny;
    private final int nz;
    private final float[] bx;
    private final float[] by;
    private final float[] bz;

    private B1Map(double[] lo, double h, int nx, int ny, int nz, float[] bx, float[] by, float[] bz) {
        this.lo = lo;
        this.h = h;
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.bx = bx;
        this.by = by;
        this.bz = bz;
    }

    /**
     * Samples a coil on the nodes of a regular grid.
     *
     * @param coil     the coil
     * @param loM      lower corner {x, y, z} of the box [m]
     * @param hiM      upper corner [m]
     * @param spacingM node spacing [m]
     * @param progress receives progress (the sampling of 10^5 nodes takes about a second)
     * @return the map
     */
    public static B1Map sample(SolenoidCoil coil, double[] loM, double[] hiM, double spacingM, ProgressListener progress) {
        Checks.positive("spacing", "[m]", spacingM);
        int[] n = new int[3];
        for (int a = 0; a < 3; a++) {
            Checks.finite("box corner [m]", loM[a]);
            Checks.positive("box size", "[m]", hiM[a] - loM[a]);
            n[a] = (int) Math.ceil((hiM[a] - loM[a]) / spacingM) + 1;
        }
        long nodes = (long) n[0] * n[1] * n[2];
        MemoryBudget.require(String.format(Locale.ROOT, "B1 map %d x %d x %d", n[0], n[1], n[2]), nodes * 12.0, 12, "nodes");
        float[] bx = new float[(int) nodes];
        float[] by = new float[(int) nodes];
        float[] bz = new float[(int) nodes];
        double[] pts = coil.helixPoints();
        double[] b = new double[3];
        for (int k = 0; k < n[2]; k++) {
            for (int j = 0; j < n[1]; j++) {
                for (int i = 0; i < n[0]; i++) {
                    BiotSavart.field(pts, loM[0] + i * spacingM, loM[1] + j * spacingM, loM[2] + k * spacingM, b);
                    int c = i + n[0] * (j + n[1] * k);
                    bx[c] = (float) b[0];
                    by[c] = (float) b[1];
                    bz[c] = (float) b[2];
                }
            }
            progress.progress("sampling B1", (k + 1.0) / n[2]);
        }
        return new B1Map(loM.clone(), spacingM, n[0], n[1], n[2], bx, by, bz);
    }

    /**
     * B1 per unit current at a point inside the box, trilinearly interpolated.
     *
     * @param x   [m]
     * @param y   [m]
     * @param z   [m]
     * @param out receives {Bx, By, Bz} / I [T/A]
     * @throws InvalidInputException outside the box
     */
    public void field(double x, double y, double z, double[] out) {
        double u = (x - lo[0]) / h;
        double v = (y - lo[1]) / h;
        double w = (z - lo[2]) / h;
        if (!(u >= 0 && v >= 0 && w >= 0 && u <= nx - 1 && v <= ny - 1 && w <= nz - 1)) {
            throw new InvalidInputException(RfMessage.OUTSIDE_MAP, x, y, z, "B1 map",
                    String.format(Locale.ROOT, "[%.4g, %.4g] x [%.4g, %.4g] x [%.4g, %.4g] m", lo[0], lo[0] + (nx - 1) * h,
                            lo[1], lo[1] + (ny - 1) * h, lo[2], lo[2] + (nz - 1) * h));
        }
        int i = Math.min((int) u, nx - 2);
        int j = Math.min((int) v, ny - 2);
        int k = Math.min((int) w, nz - 2);
        double fu = u - i;
        double fv = v - j;
        double fw = w - k;
        out[0] = interpolate(bx, i, j, k, fu, fv, fw);
        out[1] = interpolate(by, i, j, k, fu, fv, fw);
        out[2] = interpolate(bz, i, j, k, fu, fv, fw);
    }

    private double interpolate(float[] f, int i, int j, int k, double fu, double fv, double fw) {
        // node (i, j, k) at i + nx (j + ny k) (x fastest); the arithmetic (z, then y, then x) is unchanged
        int sz = nx * ny;
        int c000 = i + nx * (j + ny * k);
        int c100 = c000 + 1;
        int c010 = c000 + nx;
        int c110 = c100 + nx;
        double a0 = f[c000] + fw * (f[c000 + sz] - f[c000]);
        double a1 = f[c010] + fw * (f[c010 + sz] - f[c010]);
        double a2 = f[c100] + fw * (f[c100 + sz] - f[c100]);
        double a3 = f[c110] + fw * (f[c110 + sz] - f[c110]);
        double b0 = a0 + fv * (a1 - a0);
        double b1 = a2 + fv * (a3 - a2);
        return b0 + fu * (b1 - b0);
    }

    /**
     * The receive (= transmit) sensitivity transverse to B0: |B1 - (B1 . b0) b0| / I.
     *
     * @param x  [m]
     * @param y  [m]
     * @param z  [m]
     * @param b0 unit vector of B0
     * @return [T/A]
     */
    public double transverseSensitivity(double x, double y, double z, double[] b0) {
        double[] b = new double[3];
        field(x, y, z, b);
        double p = b[0] * b0[0] + b[1] * b0[1] + b[2] * b0[2];
        return Math.sqrt(Math.max(0, b[0] * b[0] + b[1] * b[1] + b[2] * b[2] - p * p));
    }
}
