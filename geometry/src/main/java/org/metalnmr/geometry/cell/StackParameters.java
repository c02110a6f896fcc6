package org.metalnmr.geometry.cell;

import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.GeometryChecks;

/**
 * The layer stack shared by cells A and B (docs/physics.md section 2), every dimension a named parameter
 * [m]. Order along the stack axis (cell z), from -z to +z: Cu current collector, metal counter
 * electrode, solid-electrolyte pellet, composite working electrode, Ti foil, Cu current collector.
 * All layers are coaxial disks that touch their neighbours.
 *
 * <p>Defaults and where they come from:</p>
 * <ul>
 * <li>counter electrode: Li, 8 mm diameter (docs/physics.md); 100 um thick: not stated in the source;
 * 100 um is the common thickness of battery-grade Li foil for solid-state test cells (e.g. Honjo
 * Metal and Alfa Aesar 0.1 mm foil) and is 8x the 7Li skin depth at 500 MHz, so the foil is
 * "bulk" for the RF either way;</li>
 * <li>pellet: Li6PS5Cl ("sulfide-electrolyte"), 8 mm diameter, 0.7 mm thick (docs/physics.md: 60 mg
 * pressed to 8 mm, roughly 0.7 mm; consistent with the 1.64 g/cm^3 crystal density of
 * Li6PS5Cl: 60 mg / (1.64 g/cm^3 x 0.503 cm^2) = 0.73 mm);</li>
 * <li>composite: 4-5 mg of hard carbon / electrolyte / carbon fibre on 8 mm; at an assumed
 * 1.8 g/cm^3 that is 4.5 mg / (1.8 g/cm^3 x 0.503 cm^2) = 50 um; material "sulfide-electrolyte"
 * (no separate carbon entry in the material table; it is a non-metal to the NMR model);</li>
 * <li>Ti foil: 7.8 mm diameter, 20 um (docs/physics.md);</li>
 * <li>Cu current collectors: 8 mm diameter, 1 mm thick: assumed (the source gives no size; they
 * stand for the ends of the pressing plungers inside the coil).</li>
 * </ul>
 *
 * @param counterElectrodeMaterial  metal of the counter electrode ({@code Li}, or {@code Na})
 * @param counterElectrodeDiameter  [m]
 * @param counterElectrodeThickness [m]
 * @param pelletMaterial            electrolyte material name
 * @param pelletDiameter            [m]
 * @param pelletThickness           [m]
 * @param compositeMaterial         composite layer material name
 * @param compositeThickness        [m] (its diameter is the pellet's)
 * @param foilMaterial              foil material ({@code Ti})
 * @param foilDiameter              [m]
 * @param foilThickness             [m]
 * @param collectorMaterial         current collector material ({@code Cu})
 * @param collectorDiameter         [m]
 * @param collectorThickness        [m]
 */
public record StackParameters(String counterElectrodeMaterial, double counterElectrodeDiameter,
                              double counterElectrodeThickness, String pelletMaterial, double pelletDiameter,
                              double pelletThickness, String compositeMaterial, double compositeThickness,
                              String foilMaterial, double foilDiameter, double foilThickness, String collectorMaterial,
                              double collectorDiameter, double collectorThickness) {

    /** Validates. */
    public StackParameters {
        GeometryChecks.name("counterElectrodeMaterial", counterElectrodeMaterial);
        Checks.positive("counterElectrodeDiameter", "[m]", counterElectrodeDiameter);
        Checks.positive("counterElectrodeThickness", "[m]", counterElectrodeThickness);
        GeometryChecks.name("pelletMaterial", pelletMaterial);
        Checks.positive("pelletDiameter", "[m]", pelletDiameter);
        Checks.positive("pelletThickness", "[m]", pelletThickness);
        GeometryChecks.name("compositeMaterial", compositeMaterial);
        Checks.positive("compositeThickness", "[m]", compositeThickness);
        GeometryChecks.name("foilMaterial", foilMaterial);
        Checks.positive("foilDiameter", "[m]", foilDiameter);
        Checks.positive("foilThickness", "[m]", foilThickness);
        GeometryChecks.name("collectorMaterial", collectorMaterial);
        Checks.positive("collectorDiameter", "[m]", collectorDiameter);
        Checks.positive("collectorThickness", "[m]", collectorThickness);
    }

    /** @return the defaults listed in the class comment */
    public static StackParameters defaults() {
        return new StackParameters("Li", 8e-3, 100e-6, "sulfide-electrolyte", 8e-3, 0.7e-3, "sulfide-electrolyte", 50e-6,
                "Ti", 7.8e-3, 20e-6, "Cu", 8e-3, 1e-3);
    }

    /** @return total height of the stack along its axis [m] */
    public double height() {
        return 2 * collectorThickness + counterElectrodeThickness + pelletThickness + compositeThickness + foilThickness;
    }
}
