package org.metalnmr.geometry.cell;

import java.util.Objects;

import org.metalnmr.geometry.GeometryChecks;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Pose;

/**
 * A named part of a scene.
 *
 * @param name unique name in its scene (e.g. {@code counter-electrode})
 * @param role what it is
 * @param body its shape, material and lab-frame pose
 */
public record Part(String name, PartRole role, Body body) {

    /** Validates. */
    public Part {
        GeometryChecks.name("part name", name);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(body, "body");
    }

    /** @return the material of the body */
    public String material() {
        return body.material();
    }

    /**
     * @param outer a rigid motion
     * @return the part carried by it
     */
    public Part transformed(Pose outer) {
        return new Part(name, role, body.transformed(outer));
    }
}
