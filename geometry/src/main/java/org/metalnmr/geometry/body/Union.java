package org.metalnmr.geometry.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.joml.Vector3d;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryMessage;

/**
 * Several bodies moved together: the parts are given in the union's own frame and {@code pose}
 * carries that frame into the parent (lab) frame. Parts may have one material or each their own;
 * {@link #material()} is the common material, or {@link Body#MIXED_MATERIAL} when they differ.
 *
 * <p>{@link #contains} is the true set union. {@link #volume()} and {@link #surfaceArea()} are the
 * sums over the parts: exact when the parts are disjoint (touching is fine), an over-count where
 * they overlap (a voxelisation gives the volume of the overlapping union). The signed distance is
 * the minimum over the parts: exact outside, a lower bound of the depth inside.</p>
 *
 * @param parts the parts in the union frame, at least one (copied)
 * @param pose  pose of the union frame
 */
public record Union(List<Body> parts, Pose pose) implements Body {

    /** Validates and copies. */
    public Union {
        if (parts == null || parts.isEmpty()) {
            throw new InvalidInputException(GeometryMessage.EMPTY_UNION);
        }
        parts = List.copyOf(parts);
        java.util.Objects.requireNonNull(pose, "pose");
    }

    /**
     * @param parts lab-frame parts
     * @return their union with the identity pose
     */
    public static Union of(List<? extends Body> parts) {
        return new Union(List.copyOf(parts), Pose.IDENTITY);
    }

    @Override
    public String material() {
        Set<String> m = materials();
        return m.size() == 1 ? m.iterator().next() : MIXED_MATERIAL;
    }

    /** @return the distinct materials of the parts, sorted */
    public Set<String> materials() {
        Set<String> m = new TreeSet<>();
        for (Body b : leaves()) {
            m.add(b.material());
        }
        return m;
    }

    @Override
    public double volume() {
        return parts.stream().mapToDouble(Body::volume).sum();
    }

    @Override
    public double surfaceArea() {
        return parts.stream().mapToDouble(Body::surfaceArea).sum();
    }

    @Override
    public double signedDistance(double x, double y, double z) {
        Vector3d p = pose.toBody(x, y, z, new Vector3d());
        double d = Double.POSITIVE_INFINITY;
        for (Body b : parts) {
            d = Math.min(d, b.signedDistance(p.x, p.y, p.z));
        }
        return d;
    }

    @Override
    public boolean contains(double x, double y, double z) {
        Vector3d p = pose.toBody(x, y, z, new Vector3d());
        for (Body b : parts) {
            if (b.contains(p.x, p.y, p.z)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public BoundingBox boundingBox() {
        BoundingBox box = null;
        for (Body b : leaves()) {
            box = box == null ? b.boundingBox() : box.union(b.boundingBox());
        }
        return box;
    }

    @Override
    public Union withPose(Pose newPose) {
        return new Union(parts, newPose);
    }

    @Override
    public Union withMaterial(String newMaterial) {
        return new Union(parts.stream().map(b -> b.withMaterial(newMaterial)).toList(), pose);
    }

    @Override
    public List<Body> leaves() {
        List<Body> out = new ArrayList<>();
        for (Body b : parts) {
            out.addAll(b.transformed(pose).leaves());
        }
        return out;
    }
}
