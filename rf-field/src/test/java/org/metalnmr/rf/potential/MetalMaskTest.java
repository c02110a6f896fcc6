package org.metalnmr.rf.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.geometry.voxel.MaterialGrid;

/** The metal mask: copies, labels, and the adapter from the geometry module's voxel fractions. */
class MetalMaskTest {

    @Test
    void fromMaterialGridKeepsThinPartsAndPicksTheLargestMetalFraction() {
        GridSpec g = new GridSpec(new Vector3d(0, 0, 0), 1e-4, 1e-4, 1e-4, 2, 1, 3);
        int n = 6;
        float[] li = new float[n];
        float[] ti = new float[n];
        float[] peek = new float[n];
        li[g.index(0, 0, 0)] = 0.9f;      // Li
        ti[g.index(0, 0, 1)] = 0.2f;      // a 20 um foil in a 100 um voxel
        li[g.index(1, 0, 1)] = 0.4f;      // Li and Ti share a voxel: the larger wins
        ti[g.index(1, 0, 1)] = 0.5f;
        li[g.index(1, 0, 2)] = 0.1f;      // below the threshold: air
        peek[g.index(0, 0, 2)] = 1f;      // not metal: air for the RF solver
        Map<String, String> materials = new LinkedHashMap<>();
        materials.put("li", "Li");
        materials.put("ti", "Ti");
        materials.put("peek", "PEEK");
        MaterialGrid mg = MaterialGrid.of(g, materials, List.of(li, ti, peek));
        MetalMask m = MetalMask.fromMaterialGrid(mg, List.of("li", "ti"), 0.15);
        assertEquals(1, m.label(0, 0, 0));
        assertEquals(2, m.label(0, 0, 1));
        assertEquals(2, m.label(1, 0, 1));
        assertEquals(0, m.label(1, 0, 2));
        assertEquals(0, m.label(0, 0, 2));
        assertEquals(0.5e-4, m.centerX(0), 1e-15);
    }

    @Test
    void rejectsBadLabelsAndCopiesInput() {
        byte[] lab = new byte[8];
        lab[3] = 2;
        assertThrows(InvalidInputException.class, () -> new MetalMask(2, 2, 2, 1e-4, new double[3], lab, List.of("a")));
        lab[3] = 1;
        MetalMask m = new MetalMask(2, 2, 2, 1e-4, new double[3], lab, List.of("a"));
        lab[3] = 0;
        assertEquals(1, m.labels()[3]);
    }
}
