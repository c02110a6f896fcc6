package org.metalnmr.rf.porous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.penetration.AxialCylinderPenetration;
import org.metalnmr.rf.penetration.HalfSpacePenetration;
import org.metalnmr.rf.penetration.TransverseCylinderPenetration;

class PorousDepositTest {

    private static final double D = 1e-5;

    /** The symmetric Bruggeman equation for spheres, solved numerically, equals the closed form. */
    @Test
    void bruggemanSpheresSolveTheirEquation() {
        EffectiveMediumConductivity ema = EffectiveMediumConductivity.bruggemanSpheres();
        for (double p : new double[] {0.4, 0.5, 0.7, 0.9, 1.0}) {
            double sigma = 1;
            double root = new BrentSolver(1e-15).solve(200,
                    s -> p * (sigma - s) / (sigma + 2 * s) + (1 - p) * (0 - s) / (0 + 2 * s), 1e-9, 1);
            assertEquals(root, ema.relativeConductivity(p), 1e-12, "p = " + p);
        }
        assertEquals(0.0, ema.relativeConductivity(0.2), 0.0);
    }

    /** The percolation law: 0 below p_c, 1 at p = 1, log-log slope t above p_c. */
    @Test
    void percolationLaw() {
        PercolationConductivity law = PercolationConductivity.threeDimensional(0.2);
        assertEquals(0.0, law.relativeConductivity(0.15), 0.0);
        assertEquals(1.0, law.relativeConductivity(1.0), 1e-15);
        double s1 = law.relativeConductivity(0.21);
        double s2 = law.relativeConductivity(0.22);
        assertEquals(2.0, Math.log(s2 / s1) / Math.log(2), 1e-12);
    }

    /** A dense layer (p = 1) of the metal on the same metal is a half-space: the layer adds no boundary. */
    @Test
    void denseLayerIsHalfSpace() {
        PorousDeposit dense = new PorousDeposit(5e-5, 1.0, 1e-9, ParticleShape.SPHERE,
                EffectiveMediumConductivity.bruggemanSpheres());
        Complex expected = new HalfSpacePenetration(5e-5, D).signalPerVolume();
        assertTrue(dense.macroscopicFactor(D).subtract(expected).norm() < 1e-13);
        assertEquals(D, dense.effectiveSkinDepth(D), 1e-20);
    }

    /** Isolated grains far thinner than d: everything is seen, S/V_metal = 1, at any layer thickness. */
    @Test
    void isolatedFineGrainsAreFullyVisible() {
        PorousDeposit dead = new PorousDeposit(1e-3, 0.3, 1e-7, ParticleShape.STRAND_RANDOM, IsolatedParticles.INSTANCE);
        assertEquals(Double.POSITIVE_INFINITY, dead.effectiveSkinDepth(D));
        assertEquals(1.0, dead.signalPerMetalVolume(D).getReal(), 1e-6);
        assertEquals(0.0, dead.signalPerMetalVolume(D).getImaginary(), 1e-3);
    }

    /**
     * A connected network of fine strands, thick compared with d_eff = d/sqrt(sigma_r): the skin layer of
     * the effective medium, S/V_metal = 1/(2 kappa_eff L) (one face), |.| = d_eff/(2 sqrt2 L), -45 degrees.
     */
    @Test
    void thickConnectedNetworkShowsEffectiveSkinLayer() {
        PorousDeposit moss = new PorousDeposit(2e-3, 0.5, 1e-8, ParticleShape.STRAND_RANDOM,
                PercolationConductivity.threeDimensional(0.1));
        double sr = Math.pow(0.4 / 0.9, 2);
        double dEff = D / Math.sqrt(sr);
        assertEquals(dEff, moss.effectiveSkinDepth(D), 1e-18);
        Complex s = moss.signalPerMetalVolume(D);
        assertEquals(dEff / (2 * Math.sqrt(2) * 2e-3), s.norm(), 1e-3 * s.norm());
        assertEquals(-45.0, Math.toDegrees(s.getArgument()), 0.1);
    }

    /** Randomly oriented strands average the axial and transverse closed forms 1:2. */
    @Test
    void randomStrandsAverage() {
        Complex expected = new AxialCylinderPenetration(3e-5, D).signalPerVolume()
                .add(new TransverseCylinderPenetration(3e-5, D).signalPerVolume().multiply(2)).divide(3);
        assertTrue(ParticleShape.STRAND_RANDOM.signalPerVolume(3e-5, D).subtract(expected).norm() < 1e-15);
    }

    @Test
    void refusesBadInput() {
        assertThrows(InvalidInputException.class, () -> new PorousDeposit(1e-4, 0, 1e-6, ParticleShape.SPHERE, IsolatedParticles.INSTANCE));
        assertThrows(InvalidInputException.class, () -> new PorousDeposit(1e-4, 1.2, 1e-6, ParticleShape.SPHERE, IsolatedParticles.INSTANCE));
        assertThrows(InvalidInputException.class, () -> new PorousDeposit(-1e-4, 0.5, 1e-6, ParticleShape.SPHERE, IsolatedParticles.INSTANCE));
        assertThrows(InvalidInputException.class, () -> new EffectiveMediumConductivity(1.0));
        assertThrows(InvalidInputException.class, () -> new PercolationConductivity(0.3, 0));
    }
}
