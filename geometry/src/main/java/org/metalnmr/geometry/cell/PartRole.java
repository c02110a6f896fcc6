package org.metalnmr.geometry.cell;

/**
 * What a part of a scene is. The role decides whether the part may overlap others and which part
 * keeps a voxel they share ({@link #voxelPriority()}): deposits displace the layer they grow into,
 * the stack displaces the (solid) housing that surrounds it.
 */
public enum PartRole {
    /** A metal electrode (the Li or Na foil counter electrode). */
    ELECTRODE(10, false),
    /** The composite working electrode layer (hard carbon / electrolyte / carbon fibre). */
    COMPOSITE(10, false),
    /** A current collector (Cu). */
    CURRENT_COLLECTOR(10, false),
    /** A thin metal foil between layers (the Ti foil). */
    FOIL(10, false),
    /** The solid-electrolyte pellet. */
    PELLET(10, false),
    /** The cell body; modelled solid, the stack inside displaces it. */
    HOUSING(0, true),
    /** Deposited metal (plated layer, whiskers, moss, dead metal). */
    DEPOSIT(20, true),
    /** Anything else the user adds; must not overlap. */
    OTHER(10, false);

    private final int voxelPriority;
    private final boolean mayOverlap;

    PartRole(int voxelPriority, boolean mayOverlap) {
        this.voxelPriority = voxelPriority;
        this.mayOverlap = mayOverlap;
    }

    /** @return priority in voxelisation: larger keeps a shared voxel */
    public int voxelPriority() {
        return voxelPriority;
    }

    /** @return whether parts of this role may overlap other parts */
    public boolean mayOverlap() {
        return mayOverlap;
    }

    /** @return the name used in files: lower case with hyphens, e.g. {@code current-collector} */
    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
