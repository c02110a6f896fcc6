package org.metalnmr.geometry.voxel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Box;
import org.metalnmr.geometry.body.Cylinder;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Ellipsoid;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.body.Sphere;
import org.metalnmr.geometry.body.Union;

class VoxelizerTest {

    private static final Pose TILT = new Pose(new Vector3d(0.13e-3, -0.07e-3, 0.05e-3),
            new Quaterniond().rotateXYZ(0.4, -0.9, 0.25));

    static List<Body> bodies() {
        return List.of(
                new Sphere("Li", 1e-3, Pose.at(0.123e-3, -0.05e-3, 0.031e-3)),
                new Ellipsoid("Li", 1.2e-3, 0.8e-3, 0.5e-3, TILT),
                new Box("Cu", 1.5e-3, 1.0e-3, 0.6e-3, TILT),
                new Cylinder("Li", 0.4e-3, 1.5e-3, TILT),
                new Disk("Ti", 1e-3, 0.3e-3, TILT),
                new Box("Cu", 1.5e-3, 1.0e-3, 0.6e-3, Pose.at(0.01e-3, 0.02e-3, 0.03e-3)),
                new Disk("Ti", 1e-3, 0.02e-3, Pose.rotation(new Vector3d(0, 1, 0), Math.PI / 2)),
                new Union(List.of(new Sphere("Li", 0.5e-3, Pose.at(-0.6e-3, 0, 0)),
                        new Sphere("Li", 0.5e-3, Pose.at(0.6e-3, 0, 0))), TILT));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void partialVolumesSumToTheBodyVolumeAt32VoxelsAcross(Body body) {
        GridSpec grid = GridSpec.withVoxelsAcross(body.boundingBox(), 32, 0);
        MaterialGrid m = Voxelizer.defaults().voxelize(List.of(body), grid);
        double v = m.volume(body.material());
        assertEquals(body.volume(), v, 1e-3 * body.volume(), body::toString);
    }

    @Test
    void axisAlignedBoxFractionsAreExact() {
        GridSpec grid = new GridSpec(new Vector3d(), 1, 1, 1, 4, 3, 3);
        Box box = new Box("Cu", 2.4, 1, 1, Pose.at(1.5, 1.5, 1.5)); // x from 0.3 to 2.7
        MaterialGrid m = Voxelizer.defaults().voxelize(List.of(box), grid);
        assertEquals(0.7f, m.fraction(0, grid.index(0, 1, 1)), 1e-6);
        assertEquals(1.0f, m.fraction(0, grid.index(1, 1, 1)), 1e-6);
        assertEquals(0.7f, m.fraction(0, grid.index(2, 1, 1)), 1e-6);
        assertEquals(0.0f, m.fraction(0, grid.index(3, 1, 1)), 0);
        assertEquals(0.0f, m.fraction(0, grid.index(1, 0, 1)), 0);
        assertEquals(box.volume(), m.volume("Cu"), 1e-6 * box.volume()); // float arrays
    }

    @Test
    void higherPriorityDisplacesLowerAndFractionsStayBelowOne() {
        Box housing = new Box("PEEK", 4e-3, 4e-3, 4e-3, Pose.IDENTITY);
        Sphere inner = new Sphere("Li", 1e-3, Pose.at(0.2e-3, 0, 0));
        GridSpec grid = GridSpec.withVoxelsAcross(housing.boundingBox(), 32, 0);
        MaterialGrid m = Voxelizer.defaults().voxelizeSources(List.of(
                new VoxelSource("PEEK", "PEEK", housing, 0), new VoxelSource("Li", "Li", inner, 10)), grid);
        assertEquals(inner.volume(), m.volume("Li"), 1e-3 * inner.volume());
        // the housing keeps exactly the rest of the box
        assertEquals(housing.volume() - m.volume("Li"), m.volume("PEEK"), 1e-5 * housing.volume());
        for (int n = 0; n < grid.voxelCount(); n++) {
            assertTrue(m.occupied(n) <= 1 + 1e-6);
        }
    }

    @Test
    void parallelAndSequentialGiveTheSameArrays() {
        List<Body> bodies = bodies();
        GridSpec grid = GridSpec.covering(bodies.get(1).boundingBox().union(bodies.get(2).boundingBox()), 0.1e-3, 0.2e-3);
        MaterialGrid a = Voxelizer.defaults().voxelize(bodies, grid);
        MaterialGrid b = Voxelizer.defaults().withParallel(false).voxelize(bodies, grid);
        assertEquals(List.of("Li", "Cu", "Ti"), a.channels());
        for (String c : a.channels()) {
            assertArrayEquals(a.copyOf(c), b.copyOf(c), c);
        }
    }

    @Test
    void volumeErrorFallsWithSupersampling() {
        Body e = bodies().get(1);
        GridSpec grid = GridSpec.withVoxelsAcross(e.boundingBox(), 16, 0);
        double e2 = Math.abs(Voxelizer.defaults().withSupersampling(2).voxelize(List.of(e), grid).volume("Li") - e.volume());
        double e8 = Math.abs(Voxelizer.defaults().withSupersampling(8).voxelize(List.of(e), grid).volume("Li") - e.volume());
        assertTrue(e8 < e2, e8 + " vs " + e2);
    }

    @Test
    void gridCoversTheBoxCentredWithPadding() {
        var box = new org.metalnmr.geometry.body.BoundingBox(0, 0, 0, 1e-3, 2e-3, 0.5e-3);
        GridSpec g = GridSpec.covering(box, 0.1e-3, 0.1e-3);
        assertEquals(12, g.nx());
        assertEquals(22, g.ny());
        assertEquals(7, g.nz());
        assertEquals(-0.1e-3, g.origin().x(), 1e-15);
        assertEquals(box.centre().z, g.boundingBox().centre().z, 1e-15);
        assertEquals(g.index(3, 2, 1), 3 + 12 * (2 + 22 * 1));
        assertEquals(16, GridSpec.withVoxelsAcross(box, 16, 0).ny());
        assertEquals(8, GridSpec.withVoxelsAcross(box, 16, 0).nx());
    }

    @Test
    void memoryIsCheckedBeforeAllocationAndTheMessageSaysWhatFits() {
        GridSpec g = GridSpec.covering(new org.metalnmr.geometry.body.BoundingBox(0, 0, 0, 1, 1, 1), 1.0 / 1024, 0);
        MemoryEstimate est = MemoryEstimate.of(g, 3, 4, "voxel grid");
        assertEquals(3L * 4 * 1024 * 1024 * 1024, est.bytes());
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> est.requireWithin(100L << 20));
        assertTrue(ex.getMessage().contains("voxel of at least"), ex.getMessage());
        // the suggested grid fits: 1024 / cbrt(12 GiB / 90 MiB) ~ 199 voxels per axis
        assertTrue(ex.getMessage().contains("199 x 199 x 199") || ex.getMessage().contains("200 x 200 x 200"), ex.getMessage());
        assertThrows(InvalidInputException.class, () -> new GridSpec(new Vector3d(), 1, 1, 1, 2048, 2048, 2048));
    }
}
