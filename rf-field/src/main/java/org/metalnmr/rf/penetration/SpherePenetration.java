package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;
import org.metalnmr.rf.bessel.SphericalBesselJ;

/**
 * A conducting sphere of diameter D = 2a (mu_r = 1) in a uniform RF field H0 (Landau &amp; Lifshitz,
 * Electrodynamics of Continuous Media, sect. 59, problem 1, there with exp(-i omega t); here
 * exp(+i omega t), k = (1 - i)/d). Inside, H = C curl curl (j_0(kr) H0) solves laplacian H + k^2 H = 0 with
 * div H = 0; outside, H = H0 + a dipole field; continuity of all components at r = a gives
 * C = 3/(2 k^2 j_0(ka)) and, with H0 along z,
 * \[ h_r = \frac{3 j_1(kr)}{kr\, j_0(ka)} \cos\theta, \qquad
 *    h_\theta = -\frac32 \frac{j_0(kr) - j_1(kr)/(kr)}{j_0(ka)} \sin\theta \]
 * (uniform h = z_hat / j_0(ka) at the centre; -&gt; z_hat for d &gt;&gt; a). Body frame: centre at the origin,
 * applied field along z. Signal: h . h = h_r^2 + h_theta^2 averaged over angles gives
 * (4 pi / j_0(ka)^2) int_0^a r^2 [j_0^2 + j_2^2/2] dr (the cross terms cancel with j_1/z = (j_0+j_2)/3),
 * and Lommel's integral int_0^a r^2 j_n(kr)^2 dr = (a^3/2)[j_n(ka)^2 - j_{n-1}(ka) j_{n+1}(ka)] gives
 * \[ S/V = \frac32 \left[1 - c\, r_1 + (r_2^2 - r_1 r_3)/2\right], \qquad r_n = j_n(ka)/j_0(ka), \qquad c = \frac{\cos(ka)/(ka)}{j_0(ka)}, \]
 * -&gt; thick: 9/(4 kappa a) = 9/(2 kappa D) (surface field of the screened sphere (3/2) H0 sin theta).
 *
 * <p>The part transverse to B0. Only the component of h perpendicular to the static field nutates and is
 * received. With n = r/r and sin(theta) theta_hat = cos(theta) n - z_hat, the field above is
 * h = -B H0 + (A + B)(n . H0) n, and A + B = (3/2) j_2(kr)/j_0(ka) (from j_1/z = (j_0 + j_2)/3): a uniform part
 * along H0 and an induced part along n. With P = 1 - b b (b the unit vector of B0) and the angle averages
 * &lt;n_i n_j&gt; = delta_ij/3, &lt;n_i n_j n_k n_l&gt; = (delta_ij delta_kl + delta_ik delta_jl + delta_il delta_jk)/15,
 * \[ S_\perp/V = |P H_0|^2 (S/V - G/5) + |H_0|^2 \tfrac{2}{15} G, \qquad G = \frac{3}{a^3} \int_0^a r^2 (A+B)^2\, dr = \tfrac{27}{8} (r_2^2 - r_1 r_3) \]
 * (Lommel's integral for n = 2). For an applied field at angle gamma to B0, |P H0|^2 = sin^2 gamma: gamma = 90
 * degrees gives S/V - G/5, gamma = 0 only the induced non-uniform part (2/15) G. Limits: d &gt;&gt; a, G -&gt; 0 and
 * S_perp/V -&gt; sin^2 gamma; d &lt;&lt; a, the surface field (3/2) H0 x n gives S_perp/S = (7 sin^2 gamma + 2)/10
 * (0.9 at 90 degrees, 0.2 at 0).
 *
 * @param diameter  D [m], &gt; 0
 * @param skinDepth d [m], &gt; 0
 */
public record SpherePenetration(double diameter, double skinDepth) implements PenetrationProfile {

    /** Validates the lengths. */
    public SpherePenetration {
        Checks.positive("sphere diameter", "[m]", diameter);
        Checks.positive("skin depth", "[m]", skinDepth);
    }

    @Override
    public double size() {
        return diameter;
    }

    @Override
    public String bodyName() {
        return "sphere";
    }

    private Complex ka() {
        return SkinWaveNumber.k(skinDepth).multiply(diameter / 2);
    }

    /** @return {A, B}: h_r = A cos theta, h_theta = B sin theta at radius r */
    private Complex[] radial(double r, Complex j0aScaled) {
        double a = diameter / 2;
        Complex kr = SkinWaveNumber.k(skinDepth).multiply(r);
        Complex j0 = SphericalBesselJ.scaled(0, kr);
        Complex j1OverZ = r == 0 ? Complex.valueOf(1.0 / 3) : SphericalBesselJ.scaled(1, kr).divide(kr);
        Complex scale = j0aScaled.reciprocal().multiply(Math.exp((r - a) / skinDepth));
        return new Complex[] {j1OverZ.multiply(3).multiply(scale), j0.subtract(j1OverZ).multiply(-1.5).multiply(scale)};
    }

    @Override
    public ComplexVector3 field(double x, double y, double z) {
        double a = diameter / 2;
        double r = Math.sqrt(x * x + y * y + z * z);
        BodyPoints.require(r <= a * (1 + BodyPoints.SLACK), x, y, z, bodyName() + " r <= D/2");
        Complex[] ab = radial(Math.min(r, a), SphericalBesselJ.scaled(0, ka()));
        double rho = Math.hypot(x, y);
        double ct = r == 0 ? 1 : z / r;
        double st = r == 0 ? 0 : rho / r;
        double cp = rho == 0 ? 1 : x / rho;
        double sp = rho == 0 ? 0 : y / rho;
        // h = A cos(theta) r_hat + B sin(theta) theta_hat
        Complex transverse = ab[0].add(ab[1]).multiply(st * ct);
        Complex hz = ab[0].multiply(ct * ct).subtract(ab[1].multiply(st * st));
        return new ComplexVector3(transverse.multiply(cp), transverse.multiply(sp), hz);
    }

    @Override
    public Complex signalPerVolume() {
        Complex z = ka();
        Complex j0 = SphericalBesselJ.scaled(0, z);
        Complex c = SphericalBesselJ.scaled(-1, z).divide(j0);
        Complex r1 = SphericalBesselJ.scaled(1, z).divide(j0);
        Complex r2 = SphericalBesselJ.scaled(2, z).divide(j0);
        Complex r3 = SphericalBesselJ.scaled(3, z).divide(j0);
        Complex bracket = Complex.ONE.subtract(c.multiply(r1)).add(r2.multiply(r2).subtract(r1.multiply(r3)).multiply(0.5));
        return bracket.multiply(1.5);
    }

    /**
     * G of the class comment: the signal per volume of the induced radial part (A+B)(n . H0) n alone, for a unit
     * applied field.
     *
     * @return G = (27/8)(r_2^2 - r_1 r_3)
     */
    public Complex inducedPartSignalPerVolume() {
        Complex z = ka();
        Complex j0 = SphericalBesselJ.scaled(0, z);
        Complex r1 = SphericalBesselJ.scaled(1, z).divide(j0);
        Complex r2 = SphericalBesselJ.scaled(2, z).divide(j0);
        Complex r3 = SphericalBesselJ.scaled(3, z).divide(j0);
        return r2.multiply(r2).subtract(r1.multiply(r3)).multiply(27.0 / 8);
    }

    /**
     * The small-flip signal of the part of the internal field transverse to B0, for any applied field.
     *
     * @param appliedSquared           |H0|^2 (units of the applied field squared)
     * @param appliedTransverseSquared |P H0|^2, the applied field's part transverse to B0, squared
     * @return S_perp/V = |P H0|^2 (S/V - G/5) + |H0|^2 (2/15) G (class comment)
     */
    public Complex transverseSignalPerVolume(double appliedSquared, double appliedTransverseSquared) {
        Complex g = inducedPartSignalPerVolume();
        return signalPerVolume().subtract(g.multiply(0.2)).multiply(appliedTransverseSquared)
                .add(g.multiply(2.0 / 15 * appliedSquared));
    }

    /**
     * @param b0AngleRad angle gamma between B0 and a unit applied field [rad]
     * @return S_perp/V = sin^2 gamma (S/V - G/5) + (2/15) G
     */
    public Complex transverseSignalPerVolume(double b0AngleRad) {
        double s = Math.sin(b0AngleRad);
        return transverseSignalPerVolume(1, s * s);
    }

    @Override
    public Complex skinLayerSignalPerVolume() {
        return SkinWaveNumber.kappa(skinDepth).multiply(diameter / 2).reciprocal().multiply(9.0 / 4);
    }

    @Override
    public Complex volumeAverage(LocalResponse f, int panelsPerSkinDepth) {
        double a = diameter / 2;
        Complex j0a = SphericalBesselJ.scaled(0, ka());
        SurfaceQuadrature.Nodes n = SurfaceQuadrature.depthNodes(a, skinDepth, panelsPerSkinDepth);
        SurfaceQuadrature.Nodes mu = SurfaceQuadrature.legendre(Math.max(32, 16 * panelsPerSkinDepth));
        Complex sum = Complex.ZERO;
        for (int i = 0; i < n.depth().length; i++) {
            double r = a - n.depth()[i];
            Complex[] ab = radial(r, j0a);
            Complex a2 = ab[0].multiply(ab[0]);
            Complex b2 = ab[1].multiply(ab[1]);
            double na = ab[0].norm() * ab[0].norm();
            double nb = ab[1].norm() * ab[1].norm();
            Complex shell = Complex.ZERO;
            for (int j = 0; j < mu.depth().length; j++) {
                double c2 = mu.depth()[j] * mu.depth()[j];
                double s2 = 1 - c2;
                shell = shell.add(f.apply(a2.multiply(c2).add(b2.multiply(s2)), na * c2 + nb * s2).multiply(mu.weight()[j]));
            }
            sum = sum.add(shell.multiply(0.5 * r * r * n.weight()[i]));
        }
        return sum.multiply(3 / (a * a * a));
    }
}
