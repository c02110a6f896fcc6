package org.metalnmr.toolkit.forward;

/**
 * What one component of a simulated spectrum amounts to (docs/physics.md section 5).
 *
 * @param name             component name
 * @param kind             what it is
 * @param integral         |sum of complex weights| in mol of fully-excited-equivalent observed nuclei
 *                         (the magnitude of the spectral integral, independent of phase)
 * @param meanShiftPpm     weight-averaged shift [ppm] (weights |w|)
 * @param phaseDeg         phase lag of the component's integral [deg] (0 thin, 45 thick metal)
 * @param nucleiMol        observed nuclei the component holds [mol]
 * @param visibleFraction  integral / nuclei: the RF visibility (1 for a thin body at the coil centre, 90 degree pulse)
 * @param visibilityCorrection nuclei / integral: the factor that turns a measured integral into nuclei
 * @param chargeMah        charge equivalent of the metal [mAh] (0 for non-metal lines)
 */
public record ComponentSummary(String name, ComponentKind kind, double integral, double meanShiftPpm, double phaseDeg,
                               double nucleiMol, double visibleFraction, double visibilityCorrection, double chargeMah) {
}
