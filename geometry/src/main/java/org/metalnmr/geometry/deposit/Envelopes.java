package org.metalnmr.geometry.deposit;

import org.joml.Vector3d;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Pose;

/** The slab envelope of a deposit on a site. */
final class Envelopes {

    private Envelopes() {
    }

    /** Disk on the site from height 0 to height h (h &gt; 0), radius = site radius + overhang. */
    static Disk slab(String material, SurfaceSite site, double height, double overhang) {
        double h = Math.max(height, 1e-12);
        Vector3d c = new Vector3d(site.normal()).mul(h / 2).add(site.centre());
        return new Disk(material, site.radius() + overhang, h, Pose.alignZ(c, site.normal()));
    }
}
