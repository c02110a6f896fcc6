package org.metalnmr.toolkit.scenario;

import java.util.Objects;

import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.cell.Cell;
import org.metalnmr.geometry.cell.NamedDeposit;
import org.metalnmr.geometry.cell.CellSite;
import org.metalnmr.geometry.deposit.DepositSpec;

/**
 * A deposit of a scenario: what ({@code spec}), where ({@code site}) and which realisation
 * ({@code seed}).
 *
 * @param name unique name (results are reported by it)
 * @param site the electrode face it grows on
 * @param seed random seed
 * @param spec its parameters
 */
public record DepositEntry(String name, CellSite site, long seed, DepositSpec spec) {

    /** Validates. */
    public DepositEntry {
        GeometryChecks.name("deposit name", name);
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(spec, "spec");
    }

    /**
     * @param cell the built cell
     * @return the generated deposit under its name
     */
    public NamedDeposit generate(Cell cell) {
        return new NamedDeposit(name, spec.generate(cell.site(site), seed));
    }
}
