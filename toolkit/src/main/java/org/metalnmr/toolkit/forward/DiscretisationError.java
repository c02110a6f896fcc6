package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discretisation error of a forward simulation, estimated from one refinement step (Richardson): the same
 * scenario on grids twice as coarse (every voxel edge times r = 2, {@link ForwardModelOptions#coarsened()}) gives
 * Q_rh, and with an observed order p of the solver the error of the fine result Q_h is
 * \[ E_h = Q_h - Q_{exact} \approx -\frac{Q_h - Q_{rh}}{r^p - 1}, \qquad Q_{exact} \approx Q_h - E_h
 *    = Q_h + \frac{Q_h - Q_{rh}}{r^p - 1} \]
 * (L. F. Richardson, Phil. Trans. R. Soc. A 210, 307 (1911); P. J. Roache, Verification and Validation in
 * Computational Science and Engineering, 1998, ch. 5). The 3D RF solve is first order in the voxel size (its
 * staircase surfaces; docs/rf-solvers.md), which dominates: p = 1, so E_h = Q_2h - Q_h (a result that grows under
 * refinement is too low: E negative). The estimate assumes
 * both grids are in the asymptotic range; where they are not (a layer one voxel thick on the fine grid is half a
 * voxel on the coarse one) it is an order of magnitude, not a bound.
 *
 * @param order        observed order p used
 * @param ratio        refinement ratio r
 * @param fineRfVoxelM RF voxel of the fine solve [m]
 * @param coarseRfVoxelM RF voxel of the coarse solve [m]
 * @param fineBmsVoxelM largest BMS voxel edge of the fine solve [m] (the edge along the stack normal stays at a quarter
 *                      of the thinnest metal layer in both)
 * @param coarseBmsVoxelM largest BMS voxel edge of the coarse solve [m]
 * @param components   per component of the fine simulation (copied)
 */
public record DiscretisationError(double order, double ratio, double fineRfVoxelM, double coarseRfVoxelM, double fineBmsVoxelM,
                                  double coarseBmsVoxelM, List<ComponentError> components) {

    /** Observed order of the 3D RF solve (first order: staircase surfaces). */
    public static final double RF_ORDER = 1;

    /**
     * The estimated error of one component.
     *
     * @param name                  component name
     * @param integral              Q_h of the integral (the fine result) [mol]
     * @param integralError         E of the integral [mol] (signed: fine minus extrapolated)
     * @param relativeIntegralError E / Q_h of the integral
     * @param meanShiftPpm          Q_h of the mean shift [ppm]
     * @param meanShiftErrorPpm     E of the mean shift [ppm]
     */
    public record ComponentError(String name, double integral, double integralError, double relativeIntegralError,
                                 double meanShiftPpm, double meanShiftErrorPpm) {

        /** @return the extrapolated integral Q_h - E [mol] */
        public double extrapolatedIntegral() {
            return integral - integralError;
        }

        /** @return the extrapolated mean shift [ppm] */
        public double extrapolatedMeanShiftPpm() {
            return meanShiftPpm - meanShiftErrorPpm;
        }
    }

    /** Copies. */
    public DiscretisationError {
        components = List.copyOf(components);
    }

    /**
     * @param fine   the simulation on the grid of the options
     * @param coarse the same scenario with {@link ForwardModelOptions#coarsened()}
     * @return the error estimate of {@code fine}
     */
    public static DiscretisationError of(SimulationReport fine, SimulationReport coarse) {
        double hf = fine.simulation().rfField().voxelSize();
        double hc = coarse.simulation().rfField().voxelSize();
        double ratio = hc / hf;
        List<ComponentError> out = new ArrayList<>();
        for (ComponentSummary f : fine.summaries()) {
            ComponentSummary c = coarse.summaries().stream().filter(x -> x.name().equals(f.name())).findFirst().orElse(null);
            if (c == null || f.kind() == ComponentKind.NON_METAL) {
                continue;
            }
            double e = errorOfFine(f.integral(), c.integral(), ratio, RF_ORDER);
            double s = Double.isFinite(f.meanShiftPpm()) && Double.isFinite(c.meanShiftPpm())
                    ? errorOfFine(f.meanShiftPpm(), c.meanShiftPpm(), ratio, RF_ORDER) : Double.NaN;
            out.add(new ComponentError(f.name(), f.integral(), e, f.integral() != 0 ? e / f.integral() : Double.NaN,
                    f.meanShiftPpm(), s));
        }
        return new DiscretisationError(RF_ORDER, ratio, hf, hc, largestEdge(fine), largestEdge(coarse), out);
    }

    /**
     * The Richardson estimate of the error of the finer of two results,
     * \[ E_h = Q_h - Q_{exact} \approx -\frac{Q_h - Q_{rh}}{r^p - 1}, \]
     * exact for a quantity whose error is C h^p.
     *
     * @param fine   Q_h
     * @param coarse Q_rh, on the grid r times coarser
     * @param ratio  r (greater than 1; NaN is returned otherwise)
     * @param order  p (positive)
     * @return E_h, in the unit of Q
     */
    static double errorOfFine(double fine, double coarse, double ratio, double order) {
        double denominator = Math.pow(ratio, order) - 1;
        return denominator > 0 ? -(fine - coarse) / denominator : Double.NaN;
    }

    /**
     * Runs the coarse simulation and compares.
     *
     * @param model    the model of {@code fine}
     * @param scenario its scenario
     * @param fine     the fine result
     * @return the error estimate of {@code fine}
     */
    public static DiscretisationError estimate(ForwardModel model, org.metalnmr.toolkit.scenario.Scenario scenario,
                                               SimulationReport fine) {
        SimulationReport coarse = SimulationReport.of(model.withOptions(model.options().coarsened()).simulate(scenario));
        return of(fine, coarse);
    }

    private static double largestEdge(SimulationReport r) {
        var g = r.simulation().bmsField().grid();
        return Math.max(g.voxelX(), Math.max(g.voxelY(), g.voxelZ()));
    }

    /** @return for result.json */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "Richardson from one refinement: E = Q_h - Q_exact = -(Q_h - Q_rh) / (r^p - 1), extrapolated Q = Q_h - E");
        m.put("order", order);
        m.put("ratio", ratio);
        m.put("rfVoxelM", fineRfVoxelM);
        m.put("coarseRfVoxelM", coarseRfVoxelM);
        m.put("bmsVoxelM", fineBmsVoxelM);
        m.put("coarseBmsVoxelM", coarseBmsVoxelM);
        List<Map<String, Object>> cs = new ArrayList<>();
        for (ComponentError c : components) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", c.name());
            e.put("integralError", finite(c.integralError()));
            e.put("relativeIntegralError", finite(c.relativeIntegralError()));
            e.put("meanShiftErrorPpm", finite(c.meanShiftErrorPpm()));
            e.put("extrapolatedIntegral", finite(c.extrapolatedIntegral()));
            e.put("extrapolatedMeanShiftPpm", finite(c.extrapolatedMeanShiftPpm()));
            cs.add(e);
        }
        m.put("components", cs);
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
