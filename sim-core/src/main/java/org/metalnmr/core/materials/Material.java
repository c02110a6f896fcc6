package org.metalnmr.core.materials;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A material of an in-situ cell with the properties the physics modules need, each with its
 * source. Values are SI; the Knight shift is in ppm of the named nucleus.
 *
 * <p>Resistivity against temperature is linear about the reference temperature T_ref = 293 K:
 * rho(T) = rho_293 (1 + alpha (T - T_ref)), the first-order fit to the CRC table (Matula 1979)
 * between 273 K and 300 K; it stays within a few percent of that table over
 * {@value #MIN_TEMPERATURE_K}-{@value #MAX_TEMPERATURE_K} K, the range this method accepts.</p>
 *
 * @param name                      symbol or name ({@code Li}, {@code PEEK}, ...)
 * @param metal                     whether it conducts electronically
 * @param densityKgPerM3            mass density [kg m^-3]
 * @param molarMassKgPerMol         molar mass [kg mol^-1] (0 for mixtures)
 * @param resistivityOhmM           resistivity at 293 K [Ohm m]
 * @param resistivityTempCoeffPerK  alpha [K^-1]
 * @param resistivitySource         source of rho and alpha
 * @param muR                       relative permeability (dimensionless)
 * @param muRSource                 source of mu_r
 * @param susceptibilities          published chi values, exactly one marked default
 * @param knightShifts              isotropic Knight shift per nucleus [ppm]
 * @param knightShiftSource         source of the Knight shifts
 */
public record Material(String name, boolean metal, double densityKgPerM3, double molarMassKgPerMol,
                       double resistivityOhmM, double resistivityTempCoeffPerK, String resistivitySource,
                       double muR, String muRSource, List<SusceptibilityValue> susceptibilities,
                       Map<String, Double> knightShifts, String knightShiftSource) {

    /** Reference temperature of the resistivity table [K]. */
    public static final double REFERENCE_TEMPERATURE_K = 293.0;
    /** Lowest temperature at which the linear resistivity law is used [K]. */
    public static final double MIN_TEMPERATURE_K = 150.0;
    /** Highest temperature at which the linear resistivity law is used [K] (below Li's melting point, 453.65 K). */
    public static final double MAX_TEMPERATURE_K = 450.0;

    /** Validates and copies. */
    public Material {
        Checks.positive("density of " + name, "[kg/m^3]", densityKgPerM3);
        Checks.nonNegative("molar mass of " + name, "[kg/mol]", molarMassKgPerMol);
        Checks.positive("resistivity of " + name, "[Ohm m]", resistivityOhmM);
        Checks.finite("resistivity temperature coefficient of " + name, resistivityTempCoeffPerK);
        Checks.positive("mu_r of " + name, "[1]", muR);
        susceptibilities = List.copyOf(susceptibilities);
        knightShifts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(knightShifts)));
        long defaults = susceptibilities.stream().filter(SusceptibilityValue::isDefault).count();
        if (defaults != 1) {
            throw new InvalidInputException(CoreMessage.DEFAULT_SUSCEPTIBILITY_COUNT, name, defaults);
        }
    }

    /**
     * @param temperatureK temperature [K], in [{@value #MIN_TEMPERATURE_K}, {@value #MAX_TEMPERATURE_K}]
     * @return rho(T) = rho_293 (1 + alpha (T - 293 K)) [Ohm m]
     */
    public double resistivity(double temperatureK) {
        Checks.inRange("temperature", "[K]", MIN_TEMPERATURE_K, MAX_TEMPERATURE_K, temperatureK);
        return resistivityOhmM * (1 + resistivityTempCoeffPerK * (temperatureK - REFERENCE_TEMPERATURE_K));
    }

    /** @return conductivity at 293 K [S m^-1] */
    public double conductivity() {
        return 1 / resistivityOhmM;
    }

    /** @return the default volume susceptibility (SI, dimensionless) */
    public double chi() {
        return defaultSusceptibility().chi();
    }

    /** @return the default susceptibility with its source */
    public SusceptibilityValue defaultSusceptibility() {
        return susceptibilities.stream().filter(SusceptibilityValue::isDefault).findFirst().orElseThrow();
    }

    /**
     * @param nucleus nucleus symbol, e.g. {@code 7Li}
     * @return the isotropic Knight shift of that nucleus in this metal [ppm]
     * @throws InvalidInputException when no sourced value exists
     */
    public double knightShiftPpm(String nucleus) {
        Double k = knightShifts.get(nucleus);
        if (k == null) {
            throw new InvalidInputException(CoreMessage.PROPERTY_UNKNOWN, "Knight shift of " + nucleus, name);
        }
        return k;
    }

    /** @return number density of atoms [m^-3] (0 for a mixture without molar mass) */
    public double atomNumberDensity() {
        return molarMassKgPerMol == 0 ? 0 : densityKgPerM3 / molarMassKgPerMol * org.metalnmr.core.constants.PhysicalConstants.AVOGADRO;
    }

    /**
     * The nucleus observed by default in this metal: 7Li in lithium and 23Na in sodium (the nuclei in-situ metal NMR
     * records, docs/physics.md sect. 6), otherwise the metal's only nucleus with a Knight shift.
     *
     * @return the nucleus, empty when the metal has several and none is the default
     */
    public Optional<String> defaultNucleus() {
        if (name.equals("Li")) {
            return Optional.of("7Li");
        }
        if (name.equals("Na")) {
            return Optional.of("23Na");
        }
        if (knightShifts.size() == 1) {
            return Optional.of(knightShifts.keySet().iterator().next());
        }
        return Optional.empty();
    }
}
