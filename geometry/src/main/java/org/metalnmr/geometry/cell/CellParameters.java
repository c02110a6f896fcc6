package org.metalnmr.geometry.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Pose;

/**
 * Everything that defines a cell: its preset (orientation and housing type), its stack, its
 * housing and its placement in the coil. {@link #build()} gives the parts in the lab frame.
 *
 * @param preset    cell A or B
 * @param stack     layer dimensions and materials
 * @param housing   the cell body (any {@link Housing}; the preset's type by default)
 * @param placement position and tilt in the coil
 */
public record CellParameters(CellPreset preset, StackParameters stack, Housing housing, CellPlacement placement) {

    /** Part names of a built cell. */
    public static final String COLLECTOR_LOW = "collector-counter", COUNTER_ELECTRODE = "counter-electrode",
            PELLET = "pellet", COMPOSITE = "composite", FOIL = "ti-foil", COLLECTOR_HIGH = "collector-working",
            HOUSING = "housing";

    /** Validates. */
    public CellParameters {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(housing, "housing");
        Objects.requireNonNull(placement, "placement");
    }

    /**
     * @param preset cell A or B
     * @return that cell with every default, centred in the coil and untilted
     */
    public static CellParameters defaults(CellPreset preset) {
        return new CellParameters(preset, StackParameters.defaults(), preset.defaultHousing(), CellPlacement.centred());
    }

    /**
     * @param newPlacement a placement
     * @return a copy placed there
     */
    public CellParameters withPlacement(CellPlacement newPlacement) {
        return new CellParameters(preset, stack, housing, newPlacement);
    }

    /**
     * @param newStack a stack
     * @return a copy with that stack
     */
    public CellParameters withStack(StackParameters newStack) {
        return new CellParameters(preset, newStack, housing, placement);
    }

    /**
     * @param newHousing a housing
     * @return a copy with that housing
     */
    public CellParameters withHousing(Housing newHousing) {
        return new CellParameters(preset, stack, newHousing, placement);
    }

    /** @return the rigid motion from the cell frame to the lab */
    public Pose pose() {
        return placement.pose(preset);
    }

    /** @return the cell's parts in the lab frame */
    public Cell build() {
        StackParameters s = stack;
        List<Part> parts = new ArrayList<>();
        double z = -s.height() / 2;
        z = layer(parts, COLLECTOR_LOW, PartRole.CURRENT_COLLECTOR, s.collectorMaterial(), s.collectorDiameter(),
                s.collectorThickness(), z);
        z = layer(parts, COUNTER_ELECTRODE, PartRole.ELECTRODE, s.counterElectrodeMaterial(), s.counterElectrodeDiameter(),
                s.counterElectrodeThickness(), z);
        z = layer(parts, PELLET, PartRole.PELLET, s.pelletMaterial(), s.pelletDiameter(), s.pelletThickness(), z);
        z = layer(parts, COMPOSITE, PartRole.COMPOSITE, s.compositeMaterial(), s.pelletDiameter(), s.compositeThickness(), z);
        z = layer(parts, FOIL, PartRole.FOIL, s.foilMaterial(), s.foilDiameter(), s.foilThickness(), z);
        layer(parts, COLLECTOR_HIGH, PartRole.CURRENT_COLLECTOR, s.collectorMaterial(), s.collectorDiameter(),
                s.collectorThickness(), z);
        parts.add(new Part(HOUSING, PartRole.HOUSING, housing.body()));
        Pose pose = pose();
        return new Cell(this, parts.stream().map(p -> p.transformed(pose)).toList());
    }

    private static double layer(List<Part> parts, String name, PartRole role, String material, double diameter,
                                double thickness, double bottom) {
        Body disk = new Disk(material, diameter / 2, thickness, Pose.at(0, 0, bottom + thickness / 2));
        parts.add(new Part(name, role, disk));
        return bottom + thickness;
    }
}
