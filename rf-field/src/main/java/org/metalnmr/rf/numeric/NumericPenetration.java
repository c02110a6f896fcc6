package org.metalnmr.rf.numeric;

import java.util.List;
import java.util.Objects;
import org.hipparchus.complex.Complex;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.eddy.AppliedField2D;
import org.metalnmr.rf.eddy.CircleSection;
import org.metalnmr.rf.eddy.ConductorLayout;
import org.metalnmr.rf.eddy.ConductorRegion;
import org.metalnmr.rf.eddy.ConductorSignal;
import org.metalnmr.rf.eddy.EddyCurrentProblem2D;
import org.metalnmr.rf.eddy.EddyCurrentSolution2D;
import org.metalnmr.rf.eddy.EddyCurrentSolver2D;
import org.metalnmr.rf.eddy.GridAxis;
import org.metalnmr.rf.eddy.RectangleSection;
import org.metalnmr.rf.eddy.RectilinearGrid2D;
import org.metalnmr.rf.linalg.ProgressListener;
import org.metalnmr.rf.penetration.BodyShape;
import org.metalnmr.rf.potential.AppliedField3D;
import org.metalnmr.rf.potential.MetalMask;
import org.metalnmr.rf.potential.PotentialSolution3D;
import org.metalnmr.rf.potential.PotentialSolver3D;

/**
 * The signal per volume of one body computed numerically, for comparison with the closed forms
 * (the {@code penetration --method numeric} path of the command line). Slab and cylinders use the
 * 2D eddy-current solver ({@link EddyCurrentSolver2D}) with the finest spacing
 * hMin = min(d, S/2) / 8 (a quarter of that for the one-dimensional slab); the result is within 1e-3 of the closed form for S = 2d (see
 * docs/rf-solvers.md). The sphere uses the 3D surface-impedance solver
 * ({@link PotentialSolver3D}), which is the leading term in d/S and valid only for d &lt;&lt; S: its
 * signal per volume is (9/8)(2d/S)(1 - i) (1 + O(d/S)) and it is refused for S &lt; 20 d.
 *
 * <p>Signal per volume: (1/V) integral of (h . h) dV (all field components, bilinear), the
 * convention of {@code rf.penetration}; 1 for a body much thinner than d. The result also carries
 * (1/V) integral of (h . e)<sup>2</sup> dV, e the applied direction, which differs for the transverse
 * cylinder (see {@link ConductorSignal}).
 */
public final class NumericPenetration {

    private NumericPenetration() {
    }

    /**
     * The numerical result.
     *
     * @param signalPerVolume              (1/V) int (h . h) dV
     * @param signalPerVolumeAlongApplied  (1/V) int (h . e)^2 dV
     * @param finestSpacingM               finest grid spacing used [m]
     * @param unknowns                     unknowns of the linear solve
     * @param iterations                   iterations of the linear solve
     */
    public record Result(Complex signalPerVolume, Complex signalPerVolumeAlongApplied, double finestSpacingM,
                         int unknowns, int iterations) {
        /** Validates the fields. */
        public Result {
            Objects.requireNonNull(signalPerVolume, "signalPerVolume");
            Objects.requireNonNull(signalPerVolumeAlongApplied, "signalPerVolumeAlongApplied");
            Checks.positive("finestSpacing", "[m]", finestSpacingM);
        }
    }

    /**
     * @param shape      the body
     * @param sizeM      slab thickness or cylinder/sphere diameter S [m]
     * @param skinDepthM skin depth d [m]
     * @return the signal per volume
     */
    public static Result signal(BodyShape shape, double sizeM, double skinDepthM) {
        return signal(shape, sizeM, skinDepthM, ProgressListener.NONE);
    }

    /**
     * @param shape      the body
     * @param sizeM      slab thickness or cylinder/sphere diameter S [m]
     * @param skinDepthM skin depth d [m]
     * @param progress   receives progress of long solves
     * @return the signal per volume
     */
    public static Result signal(BodyShape shape, double sizeM, double skinDepthM, ProgressListener progress) {
        Objects.requireNonNull(shape, "shape");
        if (shape == BodyShape.HALF_SPACE) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "body shape for the numerical solvers",
                    "slab|cylinder-axial|cylinder-transverse|sphere", shape.cliName());
        }
        Checks.positive("size", "[m]", sizeM);
        Checks.positive("skin depth", "[m]", skinDepthM);
        if (shape == BodyShape.SPHERE && sizeM / skinDepthM < 20) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "sphere diameter / skin depth for the 3D surface-impedance solver",
                    20, "inf", "[1]", sizeM / skinDepthM);
        }
        if (sizeM / skinDepthM > 400 && shape != BodyShape.SPHERE) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "size / skin depth for the 2D numerical solver",
                    0, 400, "[1]", sizeM / skinDepthM);
        }
        // any frequency will do: only the skin depth enters; sigma = 2 / (omega mu0 d^2)
        double f = 1e8;
        double sigma = 2 / (2 * Math.PI * f * PhysicalConstants.MU0 * skinDepthM * skinDepthM);
        double hMin = Math.min(skinDepthM, sizeM / 2) / 8;
        EddyCurrentSolver2D solver = new EddyCurrentSolver2D().withProgress(progress);
        switch (shape) {
            case SLAB -> {
                double t = sizeM;
                // 1D problem: cheap, so four times finer (midpoint quadrature error ~ (h/d)^2 / 2)
                double hSlab = hMin / 4;
                // the slab extends past the grid in y: mirror symmetry makes it infinite
                ConductorLayout slab = ConductorLayout.of(new ConductorRegion("slab",
                        new RectangleSection(-t / 2, -t, t / 2, t), sigma));
                GridAxis x = GridAxis.graded(List.of(new double[] {-t / 2, -t / 2}, new double[] {t / 2, t / 2}),
                        hSlab, 1.1, Double.MAX_VALUE, -t / 2 - 2 * hSlab, t / 2 + 2 * hSlab);
                GridAxis y = GridAxis.uniform(-hSlab, hSlab, 1);
                EddyCurrentSolution2D s = solver.solve(new EddyCurrentProblem2D(slab, new RectilinearGrid2D(x, y), f,
                        AppliedField2D.axial()));
                ConductorSignal cs = s.signals().get(0);
                return new Result(cs.allComponentsPerArea(), cs.alongAppliedPerArea(), hSlab,
                        s.statistics().unknowns(), s.statistics().iterations());
            }
            case CYLINDER_AXIAL, CYLINDER_TRANSVERSE -> {
                ConductorLayout cyl = ConductorLayout.of(new ConductorRegion("cylinder",
                        new CircleSection(0, 0, sizeM / 2), sigma));
                AppliedField2D field = shape == BodyShape.CYLINDER_AXIAL ? AppliedField2D.axial()
                        : AppliedField2D.inPlane(0);
                EddyCurrentSolution2D s = solver.solve(new EddyCurrentProblem2D(cyl,
                        RectilinearGrid2D.graded(cyl, field, hMin, 1.25, RectilinearGrid2D.DEFAULT_FAR_FACTOR), f, field));
                ConductorSignal cs = s.signals().get(0);
                double area = Math.PI * sizeM * sizeM / 4;
                return new Result(cs.allComponents().divide(area), cs.alongApplied().divide(area), hMin,
                        s.statistics().unknowns(), s.statistics().iterations());
            }
            case SPHERE -> {
                // thick limit only (surface impedance): 12 voxels per radius, box of half-width 2a
                int per = 12;
                double a = sizeM / 2;
                double h = a / per;
                MetalMask m = new MetalMask.Builder(4 * per, 4 * per, 4 * per, h, new double[] {0, 0, 0})
                        .add("sphere", MetalMask.Solid.sphere(0, 0, 0, a)).build();
                PotentialSolution3D s = new PotentialSolver3D().withProgress(progress)
                        .solve(m, AppliedField3D.uniform(new double[] {1, 0, 0}));
                double v = 4.0 / 3.0 * Math.PI * a * a * a;
                Complex sig = s.signal("sphere", skinDepthM).divide(v);
                return new Result(sig, sig, h, (int) m.voxelCount(), s.iterations());
            }
            default -> throw new InternalInvariantException(CoreMessage.UNHANDLED_CASE, "NumericPenetration", "shape " + shape);
        }
    }
}
