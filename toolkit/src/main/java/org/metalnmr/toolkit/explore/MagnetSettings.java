package org.metalnmr.toolkit.explore;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.nuclei.Nucleus;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.rf.skin.SkinDepth;

/**
 * Nucleus, metal, field and temperature of the skin-depth panels, read and validated as the CLI's
 * {@code skin-depth} and {@code penetration} read theirs (the same names without the leading dashes:
 * {@code nucleus}, {@code metal}, {@code b0Tesla} or {@code protonMhz}, {@code temperatureK}).
 *
 * @param nucleus      the observed nucleus
 * @param metal        the metal
 * @param b0Tesla      B0 [T]
 * @param temperatureK temperature [K]
 */
record MagnetSettings(Nucleus nucleus, Material metal, double b0Tesla, double temperatureK) {

    /** Default 1H frequency of the page [MHz]: the 500 MHz magnet of docs/physics.md section 2. */
    static final double DEFAULT_PROTON_MHZ = 500;

    /**
     * @param q the request's parameters
     * @return the settings
     */
    static MagnetSettings read(QueryParameters q) {
        Nucleus n = Nuclei.bySymbol(q.text("nucleus", "7Li"));
        Material m = Materials.byName(q.text("metal", "Li"));
        boolean tesla = q.has("b0Tesla");
        boolean proton = q.has("protonMhz");
        if (tesla && proton) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "b0Tesla and protonMhz", "one of the two", "both");
        }
        double b0 = tesla ? Checks.positive("b0Tesla", "[T]", q.number("b0Tesla", "[T]", -Double.MAX_VALUE, Double.MAX_VALUE, 0))
                : FieldConversions.b0FromProtonFrequency(Checks.positive("protonMhz", "[MHz]",
                q.number("protonMhz", "[MHz]", -Double.MAX_VALUE, Double.MAX_VALUE, DEFAULT_PROTON_MHZ)) * 1e6);
        double t = q.number("temperatureK", "[K]", Material.MIN_TEMPERATURE_K, Material.MAX_TEMPERATURE_K, 293);
        return new MagnetSettings(n, m, b0, t);
    }

    /** @return the Larmor frequency of the nucleus [Hz] */
    double larmorHz() {
        return nucleus.larmorFrequency(b0Tesla);
    }

    /** @return the resistivity of the metal at the temperature [Ohm m] */
    double resistivityOhmM() {
        return metal.resistivity(temperatureK);
    }

    /** @return the skin depth [m] ({@link SkinDepth#skinDepth(double, double, double)}, as the CLI computes it) */
    double skinDepthM() {
        return SkinDepth.skinDepth(resistivityOhmM(), metal.muR(), larmorHz());
    }
}
