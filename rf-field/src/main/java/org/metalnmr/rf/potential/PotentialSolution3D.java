package org.metalnmr.rf.potential;

import java.util.List;
import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * The field outside perfectly diamagnetic metal parts and the skin-layer signal it drives.
 *
 * <p>Signal of a surface element (small flip angle, reciprocity, time dependence exp(+i omega t)):
 * just inside a metal surface much thicker than d the field is h(x) = h_t exp(-(1+i) x / d), so
 * \[ dS = h_t^2 \int_0^\infty e^{-2(1+i) x/d}\, dx\, dA = h_t^2 \frac{d}{2(1+i)}\, dA = h_t^2 \frac{(1 - i) d}{4}\, dA \]
 * (units of h^2 m^3; a volume element fully penetrated by a unit field gives dS = dV). The phase
 * -45 degrees is Bloembergen's equal absorption and dispersion (J. Appl. Phys. 23, 1383, 1952). The
 * formula is the leading term in d / (radius of curvature) and d / thickness; edges thinner than
 * a few d are not treated specially.
 */
public final class PotentialSolution3D {

    private final MetalMask mask;
    private final List<SurfaceElement> elements;
    private final float[] field;
    private final float[] potential;
    private final int iterations;
    private final double residual;
    private final double[] dipole;

    PotentialSolution3D(MetalMask mask, List<SurfaceElement> elements, float[] field, float[] potential, int iterations,
                        double residual, double[] dipole) {
        this.mask = mask;
        this.elements = List.copyOf(elements);
        this.field = field;
        this.potential = potential;
        this.iterations = iterations;
        this.residual = residual;
        this.dipole = dipole;
    }

    /** @return the mask solved */
    public MetalMask mask() {
        return mask;
    }

    /** @return every metal surface face with its field (read-only) */
    public List<SurfaceElement> surfaceElements() {
        return elements;
    }

    /** @return total PCG iterations over all dipole passes */
    public int iterations() {
        return iterations;
    }

    /** @return relative residual at the end of the last pass */
    public double relativeResidual() {
        return residual;
    }

    /** @return the fitted induced dipole moment p of the far field psi' = p . r / (4 pi r^3) [unit of h times m^3] */
    public double[] dipoleMoment() {
        return dipole.clone();
    }

    private int partIndex(String part) {
        int p = mask.partNames().indexOf(part);
        if (p < 0) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "part", mask.partNames(), part);
        }
        return p + 1;
    }

    /**
     * @param part the part name
     * @return its surface area as the sum of the corrected element areas [m^2]
     */
    public double surfaceArea(String part) {
        int p = partIndex(part);
        double a = 0;
        for (SurfaceElement e : elements) {
            if (e.part() == p) {
                a += e.areaM2();
            }
        }
        return a;
    }

    /**
     * @param part the part name
     * @return the area-weighted mean of |h_t|^2 over its surface
     */
    public double meanTangentialSquared(String part) {
        int p = partIndex(part);
        double a = 0;
        double s = 0;
        for (SurfaceElement e : elements) {
            if (e.part() == p) {
                a += e.areaM2();
                s += e.areaM2() * e.tangentialSquared();
            }
        }
        return s / a;
    }

    /**
     * @param part       the part name
     * @param skinDepthM the part's skin depth d [m]
     * @return S = sum |h_t|^2 dA (1 - i) d / 4 [m^3 times the square of the field unit]
     */
    public Complex signal(String part, double skinDepthM) {
        Checks.positive("skin depth", "[m]", skinDepthM);
        int p = partIndex(part);
        double s = 0;
        for (SurfaceElement e : elements) {
            if (e.part() == p) {
                s += e.areaM2() * e.tangentialSquared();
            }
        }
        return new Complex(s * skinDepthM / 4, -s * skinDepthM / 4);
    }

    /**
     * @param part       the part name
     * @param skinDepthM the part's skin depth d [m]
     * @param b0         unit vector of B0
     * @return as {@link #signal} with |h_t|^2 replaced by its part transverse to B0
     */
    public Complex transverseSignal(String part, double skinDepthM, double[] b0) {
        Checks.positive("skin depth", "[m]", skinDepthM);
        int p = partIndex(part);
        double s = 0;
        for (SurfaceElement e : elements) {
            if (e.part() == p) {
                s += e.areaM2() * e.transverseSquared(b0);
            }
        }
        return new Complex(s * skinDepthM / 4, -s * skinDepthM / 4);
    }

    /**
     * @param i voxel index along x
     * @param j voxel index along y
     * @param k voxel index along z
     * @return |h| at the voxel centre (0 inside metal)
     */
    public double fieldMagnitude(int i, int j, int k) {
        int c = 3 * mask.index(i, j, k);
        double x = field[c];
        double y = field[c + 1];
        double z = field[c + 2];
        return Math.sqrt(x * x + y * y + z * z);
    }

    /**
     * The field vector at a voxel centre. The applied field is real (quasi-static, uniform phase), and so is the field
     * outside a perfect diamagnet: h is a real vector in units of the applied field.
     *
     * @param i   voxel index along x
     * @param j   voxel index along y
     * @param k   voxel index along z
     * @param out receives (hx, hy, hz) (zero inside metal)
     * @return out
     */
    public double[] fieldVector(int i, int j, int k, double[] out) {
        int c = 3 * mask.index(i, j, k);
        out[0] = field[c];
        out[1] = field[c + 1];
        out[2] = field[c + 2];
        return out;
    }

    /**
     * @param c linear voxel index i + nx (j + ny k) ({@link MetalMask#index})
     * @return the reduced potential psi' at the voxel centre (0 inside metal) [unit of h times m]
     */
    float potential(int c) {
        return potential[c];
    }

    /**
     * @param axis  0, 1 or 2: the slice is normal to x, y or z
     * @param index the voxel index of the slice along that axis
     * @return |h| on the slice, [first remaining axis][second remaining axis]
     */
    public double[][] fieldMagnitudeSlice(int axis, int index) {
        int[] n = {mask.nx(), mask.ny(), mask.nz()};
        Checks.inRange("axis", "[1]", 0, 2, axis);
        Checks.inRange("slice index", "[1]", 0, n[axis] - 1, index);
        int a = axis == 0 ? 1 : 0;
        int b = axis == 2 ? 1 : 2;
        double[][] out = new double[n[a]][n[b]];
        int[] ijk = new int[3];
        ijk[axis] = index;
        for (int u = 0; u < n[a]; u++) {
            for (int v = 0; v < n[b]; v++) {
                ijk[a] = u;
                ijk[b] = v;
                out[u][v] = fieldMagnitude(ijk[0], ijk[1], ijk[2]);
            }
        }
        return out;
    }
}
