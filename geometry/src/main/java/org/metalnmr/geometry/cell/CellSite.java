package org.metalnmr.geometry.cell;

/** The electrode faces of a cell on which deposits grow. */
public enum CellSite {
    /** The counter-electrode (Li foil) face touching the pellet; normal into the pellet. */
    COUNTER_ELECTRODE,
    /**
     * The working-electrode (composite) face touching the pellet; normal into the pellet, towards
     * the counter electrode (where dendrites on the carbon electrode grow).
     */
    WORKING_ELECTRODE;

    /** @return the name used in files: {@code counter-electrode}, {@code working-electrode} */
    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
