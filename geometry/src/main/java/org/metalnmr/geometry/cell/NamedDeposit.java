package org.metalnmr.geometry.cell;

import java.util.Objects;

import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.deposit.Deposit;

/**
 * A deposit of a scene under its name (the name physics results are reported by).
 *
 * @param name    unique name in the scene
 * @param deposit the deposit
 */
public record NamedDeposit(String name, Deposit deposit) {

    /** Validates. */
    public NamedDeposit {
        GeometryChecks.name("deposit name", name);
        Objects.requireNonNull(deposit, "deposit");
    }
}
