package org.metalnmr.toolkit.scenario;

import java.util.Objects;

import org.joml.Vector3dc;
import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.PartRole;

/**
 * A part added to the cell by the scenario (a spacer, a second foil, a sample tube...). Its shape
 * is given centred in its own frame; {@code position} places its centre in the lab and
 * {@code axis} is where its body z axis points (shortest-arc rotation from z).
 *
 * @param name     unique part name
 * @param role     its role (decides whether it may overlap others)
 * @param shape    the body, at the identity pose
 * @param position lab position of the centre [m] (copied)
 * @param axis     lab direction of the body z axis (normalised copy)
 */
public record ExtraPart(String name, PartRole role, Body shape, Vector3dc position, Vector3dc axis) {

    /** Validates and copies. */
    public ExtraPart {
        GeometryChecks.name("part name", name);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(shape, "shape");
        shape = shape.withPose(Pose.IDENTITY);
        position = GeometryChecks.finiteCopy("part position", position);
        axis = GeometryChecks.unitCopy("part axis", axis);
    }

    /** @return the part in the lab frame */
    public Part toPart() {
        return new Part(name, role, shape.withPose(Pose.alignZ(position, axis)));
    }
}
