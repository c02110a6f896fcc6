package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * Independent numerical solution of a linear second-order complex ODE y'' = p(r) y' + q(r) y with
 * Hipparchus' Dormand-Prince 8(5,3) integrator (relative and absolute tolerance 1e-12 on the state
 * [Re y, Im y, Re y', Im y']), used to check the closed-form profiles.
 */
final class ComplexOde {

    /** Coefficients p(r), q(r) of y'' = p y' + q y. */
    interface Coefficients {
        Complex p(double r);

        Complex q(double r);
    }

    private final Coefficients c;

    ComplexOde(Coefficients c) {
        this.c = c;
    }

    /** @return {y, y'} at r1, starting from {y0, yp0} at r0 (r1 may be below r0) */
    Complex[] propagate(double r0, Complex y0, Complex yp0, double r1) {
        if (r0 == r1) {
            return new Complex[] {y0, yp0};
        }
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 4;
            }

            @Override
            public double[] computeDerivatives(double r, double[] s) {
                Complex y = new Complex(s[0], s[1]);
                Complex yp = new Complex(s[2], s[3]);
                Complex ypp = c.p(r).multiply(yp).add(c.q(r).multiply(y));
                return new double[] {s[2], s[3], ypp.getReal(), ypp.getImaginary()};
            }
        };
        double span = Math.abs(r1 - r0);
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12 * span, span, 1e-13, 1e-12);
        ODEStateAndDerivative end = integrator.integrate(ode,
                new ODEState(r0, new double[] {y0.getReal(), y0.getImaginary(), yp0.getReal(), yp0.getImaginary()}), r1);
        double[] s = end.getPrimaryState();
        return new Complex[] {new Complex(s[0], s[1]), new Complex(s[2], s[3])};
    }

    /** kappa^2 = i omega mu sigma = 2i/d^2, from the diffusion equation of a good conductor. */
    static Complex kappaSquared(double d) {
        return new Complex(0, 2 / (d * d));
    }
}
