package org.metalnmr.validation.checks;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.special.BesselJ;
import org.metalnmr.susceptibility.demag.CylinderDemagnetization;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;
import org.metalnmr.susceptibility.demag.PrismDemagnetization;
import org.metalnmr.toolkit.check.CheckProvider;
import org.metalnmr.toolkit.check.CheckResult;

/**
 * The magnetometric demagnetising tensors of {@code susceptibility.demag} against identities, closed
 * forms and limits that do not share code with them:
 * <ul>
 * <li><b>trace 1</b> for the general ellipsoid (three independent Carlson R_D evaluations) and the
 * rectangular prism (three independent evaluations of Aharoni's D_z with permuted edges) at several
 * aspect ratios; tolerance 1e-12 (rounding; the class documents 1e-12 up to aspect 1e4). The cylinder
 * is not checked for its trace: its transverse factor is defined as (1 - N_z)/2, so the sum is 1 by
 * construction and the check could not fail.</li>
 * <li><b>symmetry values</b>: sphere 1/3 (Carlson form), cube 1/3 (Aharoni form), infinitely long
 * circular and square bars 1/2 across (tolerance 1e-4, which bounds the finite-length correction
 * N_z/2 of about 2/(3 pi tau) = 2e-5 at tau = L/D = 1e4).</li>
 * <li><b>Osborn's spheroid closed forms</b> (Osborn, Phys. Rev. 67, 351 (1945); also Stoner, Phil.
 * Mag. 36, 803 (1945)), with m = c/a the ratio of the symmetry semi-axis to the equatorial one:
 * prolate (m &gt; 1) N_c = [m/sqrt(m^2-1) ln(m + sqrt(m^2-1)) - 1]/(m^2 - 1); oblate (m &lt; 1)
 * N_c = [1 - m/sqrt(1-m^2) arccos m]/(1 - m^2). Tolerance 1e-12.</li>
 * <li><b>finite cylinder</b> (chi = 0 magnetometric factor of Chen, Brug &amp; Goldfarb, IEEE Trans.
 * Magn. 27, 3601 (1991), implemented with complete elliptic integrals) against the Fourier-Bessel
 * form of the same quantity, N_z = (2R/L) int_0^inf J_1(x)^2 (1 - e^{-xL/R}) x^-2 dx (the energy of
 * the two end-face charge disks), evaluated here by Gauss-Legendre panels of width pi up to
 * X = 1000 pi plus the tail 1/(2 pi X^2) from the mean 1/(pi x) of J_1^2; the neglected oscillating
 * remainder is O(X^-3) ~ 3e-11, so the tolerance is 1e-9. And its two limits, derived from the same
 * integral: thin disk (tau = L/D -&gt; 0) 1 - N_z = (2 tau/pi)(ln(4/tau) - 1/2) + o(tau^2) (tolerance
 * tau^2; the remainder measured at tau = 1e-2 and 1e-3 is 5e-7 and 7e-10);
 * long needle N_z = 4/(3 pi tau) - 1/(8 tau^2) + 1/(64 tau^4) + ..., using J_1(x)^2 = x^2/4 - x^4/16 + ...
 * under e^{-xL/R}.</li>
 * </ul>
 * No tabulated values of Chen et al. or Aharoni are used: I could not verify the printed tables, and
 * a value remembered wrongly would be worse than none; the closed forms above are exact.
 */
public final class DemagnetisationChecks implements CheckProvider {

    private static final String TOPIC = "demagnetisation";
    private static final String TRACE = "identity: trace of the demagnetising tensor = 1 (docs/physics.md sect. 4)";
    private static final String OSBORN = "Osborn, Phys. Rev. 67, 351 (1945): spheroid closed form";
    private static final String CBG = "Chen, Brug & Goldfarb, IEEE Trans. Magn. 27, 3601 (1991): chi = 0 magnetometric N_z as a Bessel integral";

    @Override
    public String topic() {
        return "05 demagnetisation";
    }

    @Override
    public List<CheckResult> run() {
        List<CheckResult> out = new ArrayList<>();
        for (double[] s : new double[][] {{1, 2, 3}, {1, 1, 20}, {10, 3, 0.1}}) {
            DemagnetizingFactors f = new EllipsoidDemagnetization(s[0], s[1], s[2]).factors();
            out.add(new CheckResult("ellipsoid " + axes(s) + ": trace", TOPIC, 1.0, trace(f), 1e-12, "1", TRACE));
        }
        for (double[] s : new double[][] {{1, 2, 3}, {10, 10, 1}, {1, 1, 1e3}}) {
            DemagnetizingFactors f = new PrismDemagnetization(s[0], s[1], s[2]).factors();
            out.add(new CheckResult("prism " + axes(s) + ": trace", TOPIC, 1.0, trace(f), 1e-12, "1", TRACE));
        }
        out.add(new CheckResult("sphere: N_zz = 1/3", TOPIC, 1.0 / 3, new EllipsoidDemagnetization(1, 1, 1).factors().nzz(), 1e-14, "1",
                "symmetry + trace rule"));
        out.add(new CheckResult("cube (Aharoni): N_zz = 1/3", TOPIC, 1.0 / 3, new PrismDemagnetization(1, 1, 1).factors().nzz(), 1e-14, "1",
                "symmetry + trace rule (Aharoni, J. Appl. Phys. 83, 3432 (1998), eq. 1 at a = b = c)"));
        out.add(new CheckResult("long cylinder (L/D = 1e4): N_xx = 1/2", TOPIC, 0.5, new CylinderDemagnetization(1, 1e4).factors().nxx(), 1e-4, "1",
                "infinite circular cylinder across its axis: 1/2 (finite-length correction 2e-5)"));
        out.add(new CheckResult("long square bar (1:1:1e4): N_xx = 1/2", TOPIC, 0.5, new PrismDemagnetization(1, 1, 1e4).factors().nxx(), 1e-4, "1",
                "infinite square bar across its axis: 1/2 by symmetry + 2D trace rule (finite-length correction 2.4e-5)"));
        for (double m : new double[] {0.1, 0.5, 2, 5}) {
            out.add(new CheckResult("spheroid c/a = " + m + ": N_c (Osborn closed form)", TOPIC, osbornSpheroid(m),
                    new EllipsoidDemagnetization(1, 1, m).factors().nzz(), 1e-12, "1", OSBORN));
        }
        for (double tau : new double[] {0.5, 1, 2}) {
            out.add(new CheckResult("cylinder L/D = " + tau + ": N_z vs Bessel integral", TOPIC, besselIntegralNz(tau),
                    new CylinderDemagnetization(1, tau).factors().nzz(), 1e-9, "1", CBG));
        }
        double disk = 1e-3;
        out.add(new CheckResult("thin disk L/D = 1e-3: N_z vs (2t/pi)(ln(4/t) - 1/2) asymptote", TOPIC,
                1 - 2 * disk / Math.PI * (Math.log(4 / disk) - 0.5), new CylinderDemagnetization(1, disk).factors().nzz(),
                disk * disk, "1", "thin-disk limit of the Bessel integral (tolerance tau^2 bounds the remainder of the two-term expansion)"));
        double needle = 20;
        out.add(new CheckResult("long cylinder L/D = 20: N_z vs 4/(3 pi t) - 1/(8 t^2)", TOPIC,
                4 / (3 * Math.PI * needle) - 1 / (8 * needle * needle), new CylinderDemagnetization(1, needle).factors().nzz(),
                2 / (64 * Math.pow(needle, 4)), "1", "needle limit of the Bessel integral (tolerance: twice the next term 1/(64 tau^4))"));
        return out;
    }

    private static String axes(double[] s) {
        return fmt(s[0]) + ":" + fmt(s[1]) + ":" + fmt(s[2]);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static double trace(DemagnetizingFactors f) {
        return f.nxx() + f.nyy() + f.nzz();
    }

    /**
     * @param m ratio of the symmetry semi-axis c to the equatorial semi-axis a (m != 1)
     * @return N along the symmetry axis (Osborn 1945)
     */
    static double osbornSpheroid(double m) {
        if (m > 1) {
            double s = Math.sqrt(m * m - 1);
            return (m / s * Math.log(m + s) - 1) / (m * m - 1);
        }
        double s = Math.sqrt(1 - m * m);
        return (1 - m / s * Math.acos(m)) / (1 - m * m);
    }

    /**
     * N_z = (2R/L) int_0^inf J_1(x)^2 (1 - exp(-xL/R)) / x^2 dx, R = 1/2, L = tau (D = 1).
     *
     * @param tau L/D
     * @return the axial magnetometric factor
     */
    static double besselIntegralNz(double tau) {
        double lOverR = 2 * tau;
        GaussIntegrator gl = new GaussIntegratorFactory().legendre(24, 0, Math.PI);
        int panels = 1000;
        double sum = 0;
        for (int k = 0; k < panels; k++) {
            double shift = k * Math.PI;
            sum += gl.integrate(t -> {
                double x = t + shift;
                double j = BesselJ.value(1, x);
                return j * j * -Math.expm1(-x * lOverR) / (x * x);
            });
        }
        double xMax = panels * Math.PI;
        sum += 1 / (2 * Math.PI * xMax * xMax);
        return sum / tau;
    }
}
