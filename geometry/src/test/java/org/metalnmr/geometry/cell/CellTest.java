package org.metalnmr.geometry.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.body.Sphere;
import org.metalnmr.geometry.deposit.AlignedOrientation;
import org.metalnmr.geometry.deposit.FixedSize;
import org.metalnmr.geometry.deposit.SurfaceSite;
import org.metalnmr.geometry.deposit.WhiskerSpec;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.geometry.voxel.MaterialGrid;
import org.metalnmr.geometry.voxel.Voxelizer;

class CellTest {

    private static double angleToB0Deg(Part p) {
        return Math.toDegrees(Math.acos(Math.abs(p.body().axisDirection().z())));
    }

    @Test
    void presetsOrientTheDiskAsInTheSource() {
        Cell a = CellParameters.defaults(CellPreset.A).build();
        Cell b = CellParameters.defaults(CellPreset.B).build();
        Part ea = a.part(CellParameters.COUNTER_ELECTRODE);
        Part eb = b.part(CellParameters.COUNTER_ELECTRODE);
        // A: normal along x (B1), plane contains B0; B: normal along z (B0), plane contains B1
        assertEquals(1, Math.abs(ea.body().axisDirection().x()), 1e-15);
        assertEquals(90, angleToB0Deg(ea), 1e-9);
        assertEquals(1, Math.abs(eb.body().axisDirection().z()), 1e-15);
        assertEquals(0, angleToB0Deg(eb), 1e-9);
        Disk li = (Disk) eb.body();
        assertEquals(4e-3, li.radius(), 0);
        assertEquals(100e-6, li.thickness(), 0);
        assertEquals(3.9e-3, ((Disk) b.part(CellParameters.FOIL).body()).radius(), 0);
        assertEquals(20e-6, ((Disk) b.part(CellParameters.FOIL).body()).thickness(), 0);
        assertEquals(0.7e-3, ((Disk) b.part(CellParameters.PELLET).body()).thickness(), 0);
        // both build into valid scenes (no overlaps, inside the bore)
        CellGeometry.of(Solenoid.defaults(), a);
        CellGeometry.of(Solenoid.defaults(), b);
    }

    @Test
    void stackLayersTouchInOrder() {
        Cell b = CellParameters.defaults(CellPreset.B).build();
        String[] order = {CellParameters.COLLECTOR_LOW, CellParameters.COUNTER_ELECTRODE, CellParameters.PELLET,
            CellParameters.COMPOSITE, CellParameters.FOIL, CellParameters.COLLECTOR_HIGH};
        for (int i = 0; i + 1 < order.length; i++) {
            Disk lo = (Disk) b.part(order[i]).body();
            Disk hi = (Disk) b.part(order[i + 1]).body();
            double top = lo.pose().position().z() + lo.thickness() / 2;
            double bottom = hi.pose().position().z() - hi.thickness() / 2;
            assertEquals(top, bottom, 1e-15, order[i] + " / " + order[i + 1]);
        }
        StackParameters s = StackParameters.defaults();
        double total = 0;
        for (String n : order) {
            total += ((Disk) b.part(n).body()).thickness();
        }
        assertEquals(s.height(), total, 1e-15);
    }

    @Test
    void sitesFaceThePellet() {
        for (CellPreset preset : CellPreset.values()) {
            Cell c = CellParameters.defaults(preset).withPlacement(new CellPlacement(new Vector3d(0.5e-3, 0, -0.3e-3), 0.4, 0.2))
                    .build();
            Part pellet = c.part(CellParameters.PELLET);
            for (CellSite site : CellSite.values()) {
                SurfaceSite s = c.site(site);
                Vector3d in = new Vector3d(s.normal()).mul(1e-6).add(s.centre());
                Vector3d out = new Vector3d(s.normal()).mul(-1e-6).add(s.centre());
                assertTrue(pellet.body().contains(in), preset + " " + site);
                assertTrue(!pellet.body().contains(out), preset + " " + site);
            }
            // the two faces point at each other
            assertEquals(-1, c.site(CellSite.COUNTER_ELECTRODE).normal().dot(c.site(CellSite.WORKING_ELECTRODE).normal()), 1e-14);
        }
    }

    @Test
    void tiltAndPlacementMoveTheWholeCellAsDocumented() {
        double tilt = Math.toRadians(30);
        Cell b = CellParameters.defaults(CellPreset.B).withPlacement(new CellPlacement(new Vector3d(), tilt, 0)).build();
        Vector3d nb = new Vector3d(b.part(CellParameters.COUNTER_ELECTRODE).body().axisDirection());
        assertTrue(nb.distance(new Vector3d(Math.sin(tilt), 0, Math.cos(tilt))) < 1e-14, nb.toString());
        Cell a = CellParameters.defaults(CellPreset.A).withPlacement(new CellPlacement(new Vector3d(), tilt, 0)).build();
        Vector3d na = new Vector3d(a.part(CellParameters.COUNTER_ELECTRODE).body().axisDirection());
        assertTrue(na.distance(new Vector3d(Math.cos(tilt), 0, -Math.sin(tilt))) < 1e-14, na.toString());
        // translation: every part moves by the same vector
        Vector3d shift = new Vector3d(1e-3, -0.5e-3, 0.25e-3);
        Cell moved = CellParameters.defaults(CellPreset.A).withPlacement(new CellPlacement(shift, 0, 0)).build();
        Cell still = CellParameters.defaults(CellPreset.A).build();
        for (int i = 0; i < still.parts().size(); i++) {
            Vector3d d = new Vector3d(moved.parts().get(i).body().pose().position()).sub(still.parts().get(i).body().pose().position());
            assertTrue(d.distance(shift) < 1e-15);
        }
        // azimuth turns cell A's normal about B0 (from x to y for 90 deg)
        Cell turned = CellParameters.defaults(CellPreset.A).withPlacement(new CellPlacement(new Vector3d(), 0, Math.PI / 2)).build();
        assertEquals(1, turned.part(CellParameters.PELLET).body().axisDirection().y(), 1e-14);
    }

    @Test
    void overlappingPartsAreRefusedNamingBoth() {
        Cell b = CellParameters.defaults(CellPreset.B).build();
        List<Part> parts = new ArrayList<>(b.parts());
        parts.add(new Part("probe-ball", PartRole.OTHER, new Sphere("Cu", 0.2e-3, Pose.IDENTITY)));
        InvalidInputException ex = assertThrows(InvalidInputException.class,
                () -> new CellGeometry(Solenoid.defaults(), parts, List.of()));
        assertTrue(ex.getMessage().contains("probe-ball") && ex.getMessage().contains("pellet"), ex.getMessage());
        List<Part> dup = new ArrayList<>(b.parts());
        dup.add(b.parts().get(0));
        assertThrows(InvalidInputException.class, () -> new CellGeometry(Solenoid.defaults(), dup, List.of()));
    }

    @Test
    void aHousingWiderThanTheBoreIsRefused() {
        CellParameters p = CellParameters.defaults(CellPreset.A).withHousing(new CylindricalHousing("PEEK", 16e-3, 12e-3));
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> CellGeometry.of(Solenoid.defaults(), p.build()));
        assertTrue(ex.getMessage().contains("housing"), ex.getMessage());
        // the same cell moved off-centre by 2 mm also hits the winding with the default housing
        CellParameters off = CellParameters.defaults(CellPreset.A).withPlacement(new CellPlacement(new Vector3d(0, 2e-3, 0), 0, 0));
        assertThrows(InvalidInputException.class, () -> CellGeometry.of(Solenoid.defaults(), off.build()));
    }

    @Test
    void sceneVoxelisesPartsAndDepositsIntoChannels() {
        Cell b = CellParameters.defaults(CellPreset.B).withHousing(new BoxHousing("PEEK", 9e-3, 9e-3, 3e-3)).build();
        WhiskerSpec spec = new WhiskerSpec("Li", 2e8, new FixedSize(20e-6), new FixedSize(100e-6), new AlignedOrientation());
        CellGeometry scene = CellGeometry.of(Solenoid.defaults(), b)
                .withDeposit("dendrites", spec.generate(b.site(CellSite.WORKING_ELECTRODE), 1));
        GridSpec grid = GridSpec.covering(scene.boundingBox(), 0.1e-3, 0);
        MaterialGrid m = Voxelizer.defaults().voxelizeSources(scene.voxelSources(ChannelKey.PART), grid);
        Disk li = (Disk) b.part(CellParameters.COUNTER_ELECTRODE).body();
        // axis-aligned disk: exact along the normal, in-plane coverage sampled: 0.2%
        assertEquals(li.volume(), m.volume(CellParameters.COUNTER_ELECTRODE), 2e-3 * li.volume());
        double dendrites = scene.deposits().get(0).deposit().totalVolume();
        assertEquals(dendrites, m.volume("dendrites"), 0.02 * dendrites);
        // pellet and composite together give up the volume the dendrites take (displacement by
        // volume conserves it; which of two layers in a shared voxel gives it up is approximate)
        double layers = b.part(CellParameters.PELLET).body().volume() + b.part(CellParameters.COMPOSITE).body().volume();
        double left = m.volume(CellParameters.PELLET) + m.volume(CellParameters.COMPOSITE);
        assertEquals(layers - m.volume("dendrites"), left, 2e-3 * layers);
        assertTrue(layers - left > 0.9 * dendrites);
        assertEquals(List.of("Cu", "Li", "sulfide-electrolyte", "Ti", "PEEK"), List.copyOf(scene.materials()));
    }
}
