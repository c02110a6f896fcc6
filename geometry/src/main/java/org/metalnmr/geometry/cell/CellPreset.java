package org.metalnmr.geometry.cell;

import org.joml.Vector3d;
import org.metalnmr.geometry.body.Pose;

/**
 * The two in-situ cells of docs/physics.md section 2 (operando 7Li NMR of a sulfide all-solid-state
 * cell in a horizontal solenoid, B0 along z, coil axis and B1 along x). The stack is built along
 * the cell's own z axis; the preset turns it into the magnet:
 * <ul>
 * <li>{@link #A}: cylindrical PEEK body, stack axis (disk normal) along lab x: the electrode
 * plane contains B0 and is perpendicular to B1 (the metal screens the RF; weak signal; Li counter
 * electrode near 260-280 ppm). Orientation: a quarter turn about lab y (body z -&gt; lab x).</li>
 * <li>{@link #B}: box-shaped body, stack axis along lab z: the electrode plane is perpendicular to
 * B0 and parallel to B1 (RF along both faces; Li counter electrode at 245 ppm, dendrites at about
 * 275 ppm). Orientation: identity.</li>
 * </ul>
 */
public enum CellPreset {
    /** Cylindrical body, disk normal along x (B1). */
    A,
    /** Box body, disk normal along z (B0). */
    B;

    /** @return the rotation taking the cell's stack axis (cell z) to its lab direction, at the origin */
    public Pose stackOrientation() {
        return this == A ? Pose.rotation(new Vector3d(0, 1, 0), Math.PI / 2) : Pose.IDENTITY;
    }

    /** @return the housing of this preset with its default dimensions */
    public Housing defaultHousing() {
        return this == A ? CylindricalHousing.defaults() : BoxHousing.defaults();
    }
}
