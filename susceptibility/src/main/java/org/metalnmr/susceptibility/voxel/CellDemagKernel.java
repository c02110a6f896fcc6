package org.metalnmr.susceptibility.voxel;

import org.metalnmr.core.error.Checks;
import org.metalnmr.susceptibility.fft.WorkerPool;

/**
 * The zz element of the cell-to-cell demagnetising tensor of cuboid cells dx x dy x dz: the field
 * H_z averaged over a target cell whose centre is offset by R = (X, Y, Z) from a source cell uniformly
 * magnetised along z, H_z = -N_zz(R) M_z.
 *
 * <p>Near cells (centre distance |R| &le; {@value #NEWELL_RANGE} d_max, d_max the largest cell edge): Newell, Williams &amp; Dunlop,
 * J. Geophys. Res. 98, 9551 (1993), eqs. 27-28, with the roles of x and z exchanged:
 * \[ N_{zz}(X,Y,Z) = \frac{1}{4\pi\,dx\,dy\,dz} \sum_{p,q,s\in\{-1,0,1\}} w_p w_q w_s\,
 *   f(Z + s\,dz,\; X + p\,dx,\; Y + q\,dy), \quad w_0 = 2,\ w_{\pm1} = -1, \]
 * \[ f(x,y,z) = \tfrac{y}{2}(z^2-x^2)\,\mathrm{asinh}\frac{y}{\sqrt{x^2+z^2}} + \tfrac{z}{2}(y^2-x^2)\,\mathrm{asinh}\frac{z}{\sqrt{x^2+y^2}}
 *   - xyz\arctan\frac{yz}{xR} + \tfrac16(2x^2-y^2-z^2)R, \quad R = \sqrt{x^2+y^2+z^2}, \]
 * each term taken as 0 where its prefactor vanishes (the singular arguments only occur there).
 * N_zz(0) is the self factor of the cell, equal to Aharoni's prism factor (tested).</p>
 *
 * <p>Far cells: the 27-term difference loses about 3 log10(R/d) digits to cancellation (1e-9 at
 * 10 cells), so beyond {@value #NEWELL_RANGE} d_max the kernel is the point-dipole tensor averaged
 * over source and target: N_zz(R) = -(V/4 pi) \int \Lambda(s) (3 (Z+s_z)^2/|R+s|^2 - 1)/|R+s|^3 d^3s,
 * \Lambda the product of the triangle functions (d - |s|)/d^2 (the overlap of two cells), integrated by
 * Gauss-Legendre on each half of each triangle with q = 3 nodes up to |R| = 24 d_max, 2 up to 64 d_max
 * and 1 beyond. Relative error of an entry: about (d_max/2|R|)^{2q}, i.e. below 2e-8 up to 64 d_max and
 * 1e-5 beyond (where entries are below 3e-7 in absolute value, an absolute error below 3e-12).</p>
 */
public final class CellDemagKernel {

    /** Offsets up to this distance, in units of the largest cell edge, use Newell's closed form. */
    public static final int NEWELL_RANGE = 10;

    private final double dx;
    private final double dy;
    private final double dz;

    /**
     * @param dx cell size along x [m]
     * @param dy cell size along y [m]
     * @param dz cell size along z [m]
     */
    public CellDemagKernel(double dx, double dy, double dz) {
        Checks.positive("cell size dx", "[m]", dx);
        Checks.positive("cell size dy", "[m]", dy);
        Checks.positive("cell size dz", "[m]", dz);
        // work in units of the largest edge: f ~ length^3, so the scale cancels in the ratio
        double s = Math.max(dx, Math.max(dy, dz));
        this.dx = dx / s;
        this.dy = dy / s;
        this.dz = dz / s;
    }

    /**
     * @param i offset along x [cells]
     * @param j offset along y [cells]
     * @param k offset along z [cells]
     * @return N_zz for that offset (dimensionless; the self factor at 0)
     */
    public double nzz(int i, int j, int k) {
        double x = i * dx;
        double y = j * dy;
        double z = k * dz;
        // distance in units of the largest cell edge (the lengths here are already scaled by it)
        double rho = Math.sqrt(x * x + y * y + z * z);
        if (rho <= NEWELL_RANGE) {
            return newell(x, y, z);
        }
        return averagedDipole(x, y, z, rho <= 24 ? 3 : rho <= 64 ? 2 : 1);
    }

    /**
     * Fills the octant [0, hx) x [0, hy) x [0, hz) of the real-space shift kernel
     * D(i, j, k) = delta/3 - N_zz(i, j, k), index {@code i + hx (j + hy k)}.
     *
     * @param hx      octant extent along x
     * @param hy      octant extent along y
     * @param hz      octant extent along z
     * @param workers threads to use
     * @return the octant
     */
    public double[] shiftKernelOctant(int hx, int hy, int hz, WorkerPool workers) {
        double[] d = new double[Math.multiplyExact(Math.multiplyExact(hx, hy), hz)];
        workers.run(hz, k -> {
            for (int j = 0; j < hy; j++) {
                for (int i = 0; i < hx; i++) {
                    d[i + hx * (j + hy * k)] = -nzz(i, j, k);
                }
            }
        });
        d[0] += 1.0 / 3;
        return d;
    }

    /** @return access to the two evaluation methods, for tests of their agreement */
    Probe probe() {
        return new Probe();
    }

    /** Package-level access to the near and far evaluations at a cell offset. */
    final class Probe {
        double newell(int i, int j, int k) {
            return CellDemagKernel.this.newell(i * dx, j * dy, k * dz);
        }

        double averagedDipole(int i, int j, int k, int q) {
            return CellDemagKernel.this.averagedDipole(i * dx, j * dy, k * dz, q);
        }
    }

    private double newell(double x, double y, double z) {
        double[] w = {-1, 2, -1};
        double sum = 0;
        for (int s = -1; s <= 1; s++) {
            for (int p = -1; p <= 1; p++) {
                for (int q = -1; q <= 1; q++) {
                    sum += w[s + 1] * w[p + 1] * w[q + 1] * f(z + s * dz, x + p * dx, y + q * dy);
                }
            }
        }
        return sum / (4 * Math.PI * dx * dy * dz);
    }

    /** Newell's f with the field direction as first argument. */
    static double f(double x, double y, double z) {
        double x2 = x * x;
        double y2 = y * y;
        double z2 = z * z;
        double r = Math.sqrt(x2 + y2 + z2);
        double v = (2 * x2 - y2 - z2) * r / 6;
        double rxz = Math.sqrt(x2 + z2);
        if (y != 0 && rxz > 0) {
            v += y / 2 * (z2 - x2) * asinh(y / rxz);
        }
        double rxy = Math.sqrt(x2 + y2);
        if (z != 0 && rxy > 0) {
            v += z / 2 * (y2 - x2) * asinh(z / rxy);
        }
        if (x != 0 && y != 0 && z != 0) {
            v -= x * y * z * Math.atan(y * z / (x * r));
        }
        return v;
    }

    private static double asinh(double t) {
        double a = Math.abs(t);
        double r = Math.log(a + Math.sqrt(a * a + 1));
        return t < 0 ? -r : r;
    }

    private static final double[][] NODES = {
        {0.5},
        {0.5 - 0.5 / Math.sqrt(3), 0.5 + 0.5 / Math.sqrt(3)},
        {0.5 - 0.5 * Math.sqrt(0.6), 0.5, 0.5 + 0.5 * Math.sqrt(0.6)},
    };
    private static final double[][] WEIGHTS = {
        {1},
        {0.5, 0.5},
        {5.0 / 18, 8.0 / 18, 5.0 / 18},
    };

    private double averagedDipole(double x, double y, double z, int q) {
        double[] u = NODES[q - 1];
        double[] wu = WEIGHTS[q - 1];
        int n = 2 * q;
        double[] sx = new double[n];
        double[] sy = new double[n];
        double[] sz = new double[n];
        double[] w = new double[n];
        for (int a = 0; a < q; a++) {
            double ww = wu[a] * (1 - u[a]);
            w[a] = ww;
            w[q + a] = ww;
            sx[a] = u[a] * dx;
            sx[q + a] = -u[a] * dx;
            sy[a] = u[a] * dy;
            sy[q + a] = -u[a] * dy;
            sz[a] = u[a] * dz;
            sz[q + a] = -u[a] * dz;
        }
        double sum = 0;
        for (int a = 0; a < n; a++) {
            double px = x + sx[a];
            for (int b = 0; b < n; b++) {
                double py = y + sy[b];
                double wab = w[a] * w[b];
                for (int c = 0; c < n; c++) {
                    double pz = z + sz[c];
                    double r2 = px * px + py * py + pz * pz;
                    double r = Math.sqrt(r2);
                    sum += wab * w[c] * (3 * pz * pz / r2 - 1) / (r2 * r);
                }
            }
        }
        return -dx * dy * dz / (4 * Math.PI) * sum;
    }
}
