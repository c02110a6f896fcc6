package org.metalnmr.toolkit.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.MaterialTable;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.geometry.cell.Cell;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.geometry.cell.NamedDeposit;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.CellGeometry;
import org.metalnmr.geometry.cell.Solenoid;

/**
 * A parsed scenario file: the cell (preset with overrides), the coil, extra parts, the deposits,
 * the nucleus, field and temperature, the acquisition and the non-metal lines. The forward model
 * takes it from here: {@link #buildCellGeometry()} gives the {@link CellGeometry} (deposits generated from their
 * seeds), the rest parameterises the spectrum. Read and written by {@link ScenarioFiles}; the
 * format is documented in {@code docs/scenario-format.md}.
 *
 * @param cell         the cell
 * @param coil         the RF coil
 * @param extraParts   parts added to the cell (copied)
 * @param deposits     deposits (copied)
 * @param nucleus      observed nucleus symbol, e.g. {@code 7Li}
 * @param b0Tesla      static field [T], &gt; 0
 * @param temperatureK sample temperature [K], in the range of {@link Material#resistivity(double)}
 * @param acquisition  pulse and processing
 * @param lines        non-metal lines (copied)
 * @param materials    the material table with the scenario's overrides ({@code materials} block)
 * @param voxelDeposits deposits given voxel by voxel ({@code deposits[]} of type {@code voxel}; copied)
 */
public record Scenario(CellParameters cell, Solenoid coil, List<ExtraPart> extraParts, List<DepositEntry> deposits,
                       String nucleus, double b0Tesla, double temperatureK, SinglePulseExperiment acquisition,
                       List<NonMetalLine> lines, MaterialTable materials, List<VoxelDepositEntry> voxelDeposits) {

    /** Default temperature [K]: 50 C, the cell temperature of docs/physics.md section 2. */
    public static final double DEFAULT_TEMPERATURE_K = 323.15;
    /** Default 1H frequency of the magnet [Hz]: 500 MHz (docs/physics.md section 2). */
    public static final double DEFAULT_PROTON_HZ = 500e6;

    /** Validates and copies. */
    public Scenario {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(coil, "coil");
        extraParts = List.copyOf(extraParts);
        deposits = List.copyOf(deposits);
        Nuclei.bySymbol(nucleus);
        Checks.positive("b0Tesla", "[T]", b0Tesla);
        Checks.inRange("temperatureK", "[K]", Material.MIN_TEMPERATURE_K, Material.MAX_TEMPERATURE_K, temperatureK);
        Objects.requireNonNull(acquisition, "acquisition");
        lines = List.copyOf(lines);
        Objects.requireNonNull(materials, "materials");
        voxelDeposits = List.copyOf(voxelDeposits);
    }

    /**
     * A scenario without voxel deposits.
     *
     * @param cell         the cell
     * @param coil         the RF coil
     * @param extraParts   parts added to the cell
     * @param deposits     deposits
     * @param nucleus      observed nucleus symbol
     * @param b0Tesla      static field [T]
     * @param temperatureK sample temperature [K]
     * @param acquisition  pulse and processing
     * @param lines        non-metal lines
     * @param materials    the material table
     */
    public Scenario(CellParameters cell, Solenoid coil, List<ExtraPart> extraParts, List<DepositEntry> deposits,
                    String nucleus, double b0Tesla, double temperatureK, SinglePulseExperiment acquisition, List<NonMetalLine> lines,
                    MaterialTable materials) {
        this(cell, coil, extraParts, deposits, nucleus, b0Tesla, temperatureK, acquisition, lines, materials, List.of());
    }

    /**
     * A scenario with the material table as published.
     *
     * @param cell         the cell
     * @param coil         the RF coil
     * @param extraParts   parts added to the cell
     * @param deposits     deposits
     * @param nucleus      observed nucleus symbol
     * @param b0Tesla      static field [T]
     * @param temperatureK sample temperature [K]
     * @param acquisition  pulse and processing
     * @param lines        non-metal lines
     */
    public Scenario(CellParameters cell, Solenoid coil, List<ExtraPart> extraParts, List<DepositEntry> deposits,
                    String nucleus, double b0Tesla, double temperatureK, SinglePulseExperiment acquisition, List<NonMetalLine> lines) {
        this(cell, coil, extraParts, deposits, nucleus, b0Tesla, temperatureK, acquisition, lines, MaterialTable.defaults());
    }

    /**
     * @param name a material name
     * @return the material with this scenario's overrides in place
     */
    public Material material(String name) {
        return materials.material(name);
    }

    /**
     * @param table the material table to use
     * @return a copy with it
     */
    public Scenario withMaterials(MaterialTable table) {
        return new Scenario(cell, coil, extraParts, deposits, nucleus, b0Tesla, temperatureK, acquisition, lines, table,
                voxelDeposits);
    }

    /**
     * @param other the cell (preset, stack, housing, placement)
     * @return a copy in that cell, everything else (deposits of every kind included) kept
     */
    public Scenario withCell(CellParameters other) {
        return new Scenario(other, coil, extraParts, deposits, nucleus, b0Tesla, temperatureK, acquisition, lines, materials,
                voxelDeposits);
    }

    /**
     * @param entries the voxel deposits
     * @return a copy with them instead of this scenario's
     */
    public Scenario withVoxelDeposits(List<VoxelDepositEntry> entries) {
        return new Scenario(cell, coil, extraParts, deposits, nucleus, b0Tesla, temperatureK, acquisition, lines, materials,
                entries);
    }

    /**
     * @param preset cell A or B
     * @return the preset cell in the default coil, no deposits, 7Li at 500 MHz, 50 C
     */
    public static Scenario defaults(CellPreset preset) {
        return new Scenario(CellParameters.defaults(preset), Solenoid.defaults(), List.of(), List.of(), "7Li",
                FieldConversions.b0FromProtonFrequency(DEFAULT_PROTON_HZ), DEFAULT_TEMPERATURE_K, SinglePulseExperiment.defaults(),
                List.of());
    }

    /** @return the built cell (lab frame) */
    public Cell buildCell() {
        return cell.build();
    }

    /** @return cell parts plus extra parts, lab frame */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>(buildCell().parts());
        extraParts.forEach(p -> parts.add(p.toPart()));
        return parts;
    }

    /**
     * @return the scene: coil, cell and extra parts, and every deposit generated on its face
     * @throws org.metalnmr.core.error.InvalidInputException for overlapping parts or a cell that
     *         does not fit the coil
     */
    public CellGeometry buildCellGeometry() {
        Cell built = buildCell();
        List<Part> parts = new ArrayList<>(built.parts());
        extraParts.forEach(p -> parts.add(p.toPart()));
        List<NamedDeposit> d = deposits.stream().map(e -> e.generate(built)).toList();
        return new CellGeometry(coil, parts, d);
    }
}
