package org.metalnmr.geometry.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class PoseTest {

    private static void assertVec(double x, double y, double z, Vector3d v) {
        assertEquals(x, v.x, 1e-14);
        assertEquals(y, v.y, 1e-14);
        assertEquals(z, v.z, 1e-14);
    }

    @Test
    void quarterTurnAboutYTakesZOntoX() {
        // documented convention: active, right-handed; this is how cell A's normal goes from z to x
        Pose p = Pose.rotation(new Vector3d(0, 1, 0), Math.PI / 2);
        assertVec(1, 0, 0, p.toParent(new Vector3d(0, 0, 1), new Vector3d()));
        assertVec(0, 0, -1, p.toParent(new Vector3d(1, 0, 0), new Vector3d()));
    }

    @Test
    void thenAppliesInnerFirstThenOuter() {
        Pose inner = new Pose(new Vector3d(1, 2, 3), new Quaterniond().rotateXYZ(0.1, 0.2, 0.3));
        Pose outer = new Pose(new Vector3d(-4, 0.5, 2), new Quaterniond().rotateZYX(1.0, -0.4, 0.8));
        Vector3d p = new Vector3d(0.3, -0.7, 1.9);
        Vector3d twoSteps = outer.toParent(inner.toParent(p, new Vector3d()), new Vector3d());
        Vector3d composed = inner.then(outer).toParent(p, new Vector3d());
        assertTrue(twoSteps.distance(composed) < 1e-14);
        // and not the other way round
        Vector3d reversed = outer.then(inner).toParent(p, new Vector3d());
        assertTrue(twoSteps.distance(reversed) > 1e-3);
        // associativity
        Pose third = Pose.rotation(new Vector3d(1, 1, 0), 0.6);
        Vector3d left = inner.then(outer).then(third).toParent(p, new Vector3d());
        Vector3d right = inner.then(outer.then(third)).toParent(p, new Vector3d());
        assertTrue(left.distance(right) < 1e-14);
    }

    @Test
    void inverseUndoesAndToBodyInvertsToParent() {
        Pose pose = new Pose(new Vector3d(1, 2, 3), new Quaterniond().rotateXYZ(0.5, -1.2, 2.0));
        Vector3d p = new Vector3d(0.3, -0.7, 1.9);
        Vector3d lab = pose.toParent(p, new Vector3d());
        assertTrue(pose.toBody(lab.x, lab.y, lab.z, new Vector3d()).distance(p) < 1e-14);
        assertTrue(pose.inverse().toParent(lab, new Vector3d()).distance(p) < 1e-14);
        Vector3d id = pose.then(pose.inverse()).toParent(p, new Vector3d());
        assertTrue(id.distance(p) < 1e-14);
    }

    @Test
    void twoTiltsAboutTheSameAxisAdd() {
        Vector3d y = new Vector3d(0, 1, 0);
        Pose a = Pose.rotation(y, 0.3).then(Pose.rotation(y, 0.5));
        Vector3d n = a.zAxis();
        assertVec(Math.sin(0.8), 0, Math.cos(0.8), n);
    }

    @Test
    void inputsAreCopiedAndNormalised() {
        Vector3d pos = new Vector3d(1, 2, 3);
        Quaterniond q = new Quaterniond(0, 0, 2, 2);
        Pose p = new Pose(pos, q);
        pos.x = 99;
        q.x = 5;
        assertEquals(1, p.position().x(), 0);
        assertEquals(1, p.orientation().lengthSquared(), 1e-15);
        assertNotSame(q, p.orientation());
        assertTrue(p.isAxisAligned(1e-12));
        assertTrue(!Pose.rotation(new Vector3d(0, 0, 1), 0.1).isAxisAligned(1e-6));
    }
}
