package org.metalnmr.rf.eddy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.metalnmr.core.constants.PhysicalConstants;

/** Shared helpers of the eddy-current tests. */
final class EddyTestSupport {

    static final double FREQUENCY_HZ = 1e8;

    private EddyTestSupport() {
    }

    /** Conductivity giving skin depth d at {@link #FREQUENCY_HZ}: sigma = 2 / (omega mu0 d^2). */
    static double conductivityFor(double skinDepth) {
        return 2 / (2 * Math.PI * FREQUENCY_HZ * PhysicalConstants.MU0 * skinDepth * skinDepth);
    }

    /** Observed order log2(e_k / e_{k+1}) between successive halvings. */
    static double[] orders(double[] errors) {
        double[] p = new double[errors.length - 1];
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.log(errors[k] / errors[k + 1]) / Math.log(2);
        }
        return p;
    }

    /** Least-squares slope of log2(error) against the refinement level (the mean observed order). */
    static double fittedOrder(double[] errors) {
        int n = errors.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int k = 0; k < n; k++) {
            double y = Math.log(errors[k]) / Math.log(2);
            sx += k;
            sy += y;
            sxx += k * k;
            sxy += k * y;
        }
        return -(n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    /** The rows of cylinder-signal-reference.csv keyed by radius/d, each {axial, along, all}. */
    static Map<String, Complex[]> cylinderReference() {
        Map<String, Complex[]> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EddyTestSupport.class.getResourceAsStream("/eddy/cylinder-signal-reference.csv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                m.put(f[0], new Complex[] {
                    new Complex(Double.parseDouble(f[1]), Double.parseDouble(f[2])),
                    new Complex(Double.parseDouble(f[3]), Double.parseDouble(f[4])),
                    new Complex(Double.parseDouble(f[5]), Double.parseDouble(f[6]))});
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    /**
     * Slab of thickness t in a tangential field on both faces, h(x) = cosh(k x) / cosh(k t/2),
     * k = (1+i)/d: S/A = (1/t) int h^2 dx = (1 + sinh(k t)/(k t)) / (2 cosh^2(k t/2)).
     */
    static Complex slabSignalPerArea(double thickness, double skinDepth) {
        Complex kt = new Complex(1, 1).multiply(thickness / skinDepth);
        Complex ch = kt.divide(2).cosh();
        return Complex.ONE.add(kt.sinh().divide(kt)).divide(ch.multiply(ch).multiply(2));
    }
}
