package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;
import org.metalnmr.rf.bessel.BesselJ;

/**
 * An infinite circular cylinder of diameter D = 2a in a uniform RF field H0 perpendicular to its axis
 * (Landau &amp; Lifshitz, Electrodynamics of Continuous Media, sect. 59, problems; Batygin &amp; Toptygin,
 * Problems in Electrodynamics). With the axis along z and H0 along x, the field derives from
 * A = A_z(r) sin(phi) z_hat (B = curl A), and inside laplacian A + k^2 A = 0, k = (1 - i)/d:
 * A_in = C J_1(k r) sin phi, A_out = mu0 H0 (r + D'/r) sin phi. Continuity of A and dA/dr at r = a
 * (mu_r = 1) gives C k J_0(ka) = 2 mu0 H0, hence
 * \[ h_r = \frac{2 J_1(kr)}{kr\, J_0(ka)} \cos\phi, \qquad h_\phi = -\frac{2 J_1'(kr)}{J_0(ka)} \sin\phi, \qquad
 *    J_1'(z) = J_0(z) - J_1(z)/z. \]
 * Body frame: axis along z, applied field along x, h in the x-y plane (h = x_hat / J_0(ka) on the axis).
 * Signal: h . h = h_r^2 + h_phi^2; with J_1/z = (J_0+J_2)/2, J_1' = (J_0-J_2)/2 the angular integral
 * leaves (2 pi / J_0(ka)^2) int_0^a r (J_0^2 + J_2^2) dr, and Lommel's integral (DLMF 10.22.5)
 * int_0^a r J_n(kr)^2 dr = (a^2/2)[J_n(ka)^2 - J_{n-1}(ka) J_{n+1}(ka)] gives
 * \[ S/V = 1 + R_1^2 + R_2^2 - R_1 R_3, \qquad R_n = J_n(ka)/J_0(ka), \qquad \to \text{thick: } \frac{2}{\kappa a} = \frac{4}{\kappa D}, \]
 * twice the axial value, since the screened cylinder's surface field is 2 H0 sin phi.
 *
 * <p>Components. In Cartesian form h_x = F cos^2 phi + G sin^2 phi, h_y = (F - G) sin phi cos phi with
 * F - G = 2 J_2(kr)/J_0(ka) (from 2 J_1/z = J_0 + J_2), so the signal of the component across both the axis and the
 * applied field is, by Lommel's integral,
 * \[ S_{yy}/V = \frac{2}{a^2} \int_0^a r \langle h_y^2 \rangle\, dr = (R_2^2 - R_1 R_3)/2, \qquad S_{xx}/V = S/V - S_{yy}/V, \]
 * and the azimuthal mean of h_x is (F + G)/2 = J_0(kr)/J_0(ka), the axial cylinder's field, so the cross integral of
 * the two closed forms equals the axial signal. Only the part of h transverse to B0 nutates and is received; for
 * B0 in the plane of the applied field and the axis, at angle gamma to the applied field,
 * \[ S_\perp/V = \sin^2\gamma\, S_{xx}/V + S_{yy}/V \]
 * (-&gt; sin^2 gamma for d &gt;&gt; a, where h_y -&gt; 0; for d &lt;&lt; a the surface field 2 H0 sin phi phi_hat gives
 * S_yy/S = 1/4).
 *
 * @param diameter  D [m], &gt; 0
 * @param skinDepth d [m], &gt; 0
 */
public record TransverseCylinderPenetration(double diameter, double skinDepth) implements PenetrationProfile {

    /** Validates the lengths. */
    public TransverseCylinderPenetration {
        Checks.positive("cylinder diameter", "[m]", diameter);
        Checks.positive("skin depth", "[m]", skinDepth);
    }

    @Override
    public double size() {
        return diameter;
    }

    @Override
    public String bodyName() {
        return "cylinder in a transverse field";
    }

    private Complex ka() {
        return SkinWaveNumber.k(skinDepth).multiply(diameter / 2);
    }

    /** @return {F, G}: h_r = F cos phi, h_phi = -G sin phi at radius r */
    private Complex[] radial(double r, Complex j0aScaled) {
        double a = diameter / 2;
        Complex kr = SkinWaveNumber.k(skinDepth).multiply(r);
        Complex j0 = BesselJ.scaled(0, kr);
        Complex j1OverZ = r == 0 ? Complex.valueOf(0.5) : BesselJ.scaled(1, kr).divide(kr);
        Complex scale = j0aScaled.reciprocal().multiply(2 * Math.exp((r - a) / skinDepth));
        return new Complex[] {j1OverZ.multiply(scale), j0.subtract(j1OverZ).multiply(scale)};
    }

    @Override
    public ComplexVector3 field(double x, double y, double z) {
        double a = diameter / 2;
        double r = Math.hypot(x, y);
        BodyPoints.require(r <= a * (1 + BodyPoints.SLACK), x, y, z, bodyName() + " r <= D/2");
        Complex[] fg = radial(Math.min(r, a), BesselJ.scaled(0, ka()));
        double c = r == 0 ? 1 : x / r;
        double s = r == 0 ? 0 : y / r;
        // h = F cos phi r_hat - G sin phi phi_hat, r_hat = (c, s), phi_hat = (-s, c)
        Complex hx = fg[0].multiply(c * c).add(fg[1].multiply(s * s));
        Complex hy = fg[0].subtract(fg[1]).multiply(s * c);
        return new ComplexVector3(hx, hy, Complex.ZERO);
    }

    @Override
    public Complex signalPerVolume() {
        Complex j0 = BesselJ.scaled(0, ka());
        Complex r1 = BesselJ.scaled(1, ka()).divide(j0);
        Complex r2 = BesselJ.scaled(2, ka()).divide(j0);
        Complex r3 = BesselJ.scaled(3, ka()).divide(j0);
        return r1.multiply(r1).add(r2.multiply(r2)).subtract(r1.multiply(r3)).add(1);
    }

    /**
     * @return S_yy/V = (R_2^2 - R_1 R_3)/2, the signal of the internal field component across both the axis and the
     *         applied field (class comment)
     */
    public Complex crossComponentSignalPerVolume() {
        Complex j0 = BesselJ.scaled(0, ka());
        Complex r1 = BesselJ.scaled(1, ka()).divide(j0);
        Complex r2 = BesselJ.scaled(2, ka()).divide(j0);
        Complex r3 = BesselJ.scaled(3, ka()).divide(j0);
        return r2.multiply(r2).subtract(r1.multiply(r3)).multiply(0.5);
    }

    /**
     * @param b0AngleRad angle gamma between B0 and the applied field [rad], B0 in the plane of the applied field and
     *                   the axis
     * @return S_perp/V = sin^2 gamma (S/V - S_yy/V) + S_yy/V
     */
    public Complex transverseSignalPerVolume(double b0AngleRad) {
        double s = Math.sin(b0AngleRad);
        Complex yy = crossComponentSignalPerVolume();
        return signalPerVolume().subtract(yy).multiply(s * s).add(yy);
    }

    @Override
    public Complex skinLayerSignalPerVolume() {
        return SkinWaveNumber.kappa(skinDepth).multiply(diameter / 2).reciprocal().multiply(2);
    }

    @Override
    public Complex volumeAverage(LocalResponse f, int panelsPerSkinDepth) {
        double a = diameter / 2;
        Complex j0a = BesselJ.scaled(0, ka());
        SurfaceQuadrature.Nodes n = SurfaceQuadrature.depthNodes(a, skinDepth, panelsPerSkinDepth);
        int nPhi = Math.max(32, 16 * panelsPerSkinDepth);
        double[] c2 = new double[nPhi];
        for (int j = 0; j < nPhi; j++) {
            double cos = Math.cos(2 * Math.PI * j / nPhi);
            c2[j] = cos * cos;
        }
        Complex sum = Complex.ZERO;
        for (int i = 0; i < n.depth().length; i++) {
            double r = a - n.depth()[i];
            Complex[] fg = radial(r, j0a);
            Complex f2 = fg[0].multiply(fg[0]);
            Complex g2 = fg[1].multiply(fg[1]);
            double af = fg[0].norm() * fg[0].norm();
            double ag = fg[1].norm() * fg[1].norm();
            Complex ring = Complex.ZERO;
            for (int j = 0; j < nPhi; j++) {
                double s2 = 1 - c2[j];
                ring = ring.add(f.apply(f2.multiply(c2[j]).add(g2.multiply(s2)), af * c2[j] + ag * s2));
            }
            sum = sum.add(ring.multiply(r * n.weight()[i] / nPhi));
        }
        return sum.multiply(2 / (a * a));
    }
}
