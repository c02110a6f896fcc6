package org.metalnmr.susceptibility.demag;

import org.joml.Matrix3d;
import org.joml.Quaterniond;
import org.joml.Quaterniondc;
import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;

/**
 * The magnetometric (volume-averaged) demagnetising tensor of a body in its own frame, where it is
 * diagonal for every shape of this package (ellipsoids, rectangular prisms, circular cylinders are
 * symmetric under reflection in the three body planes): N = diag(nxx, nyy, nzz), trace 1.
 *
 * <p>Lab frame: B0 along +z. A body whose orientation is the rotation R (body to lab; its columns are
 * the body axes in lab coordinates) has the lab tensor N_lab = R N R^T, and a nucleus inside the body
 * (uniformly magnetised, exact for an ellipsoid, volume-averaged otherwise) sees the BMS shift
 * chi (1/3 - N_lab,zz) ({@link #bmsShiftPpm(double, Quaterniondc)}).</p>
 *
 * @param nxx body-frame factor along x (dimensionless, in [0, 1])
 * @param nyy body-frame factor along y
 * @param nzz body-frame factor along z
 */
public record DemagnetizingFactors(double nxx, double nyy, double nzz) {

    /** Sum rule tolerance: the closed forms of this package hold it to rounding. */
    private static final double TRACE_TOLERANCE = 1e-9;

    /** Sphere: 1/3 along every axis. */
    public static final DemagnetizingFactors SPHERE = new DemagnetizingFactors(1.0 / 3, 1.0 / 3, 1.0 / 3);
    /** Infinitely thin plate with its normal along body z. */
    public static final DemagnetizingFactors THIN_PLATE = new DemagnetizingFactors(0, 0, 1);
    /** Infinitely long needle (circular cross-section) with its axis along body z. */
    public static final DemagnetizingFactors LONG_NEEDLE = new DemagnetizingFactors(0.5, 0.5, 0);

    /** Validates: each factor in [0, 1] and the trace 1 (to 1e-9). */
    public DemagnetizingFactors {
        Checks.inRange("nxx", "[1]", -TRACE_TOLERANCE, 1 + TRACE_TOLERANCE, nxx);
        Checks.inRange("nyy", "[1]", -TRACE_TOLERANCE, 1 + TRACE_TOLERANCE, nyy);
        Checks.inRange("nzz", "[1]", -TRACE_TOLERANCE, 1 + TRACE_TOLERANCE, nzz);
        Checks.inRange("trace of the demagnetising tensor", "[1]", 1 - TRACE_TOLERANCE, 1 + TRACE_TOLERANCE, nxx + nyy + nzz);
    }

    /** @return the body-frame tensor (a new matrix) */
    public Matrix3d bodyTensor() {
        return new Matrix3d().scaling(nxx, nyy, nzz);
    }

    /**
     * @param bodyToLab orientation of the body (rotation from body to lab frame)
     * @return N_lab = R N R^T (a new matrix)
     */
    public Matrix3d labTensor(Quaterniondc bodyToLab) {
        Matrix3d r = new Matrix3d().rotation(bodyToLab);
        Matrix3d rt = new Matrix3d(r).transpose();
        return r.mul(bodyTensor()).mul(rt);
    }

    /**
     * @param bodyToLab orientation of the body
     * @return N_lab,zz = sum_i N_ii (R_zi)^2, the factor along B0
     */
    public double labNzz(Quaterniondc bodyToLab) {
        Vector3d zInBody = new Quaterniond(bodyToLab).conjugate().transform(new Vector3d(0, 0, 1));
        return nxx * zInBody.x * zInBody.x + nyy * zInBody.y * zInBody.y + nzz * zInBody.z * zInBody.z;
    }

    /**
     * @param chi       volume susceptibility (SI)
     * @param bodyToLab orientation of the body
     * @return the BMS shift chi (1/3 - N_lab,zz) [ppm]
     */
    public double bmsShiftPpm(double chi, Quaterniondc bodyToLab) {
        Checks.finite("chi", chi);
        return 1e6 * chi * (1.0 / 3 - labNzz(bodyToLab));
    }
}
