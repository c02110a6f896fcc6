package org.metalnmr.toolkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.geometry.body.Box;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.cell.Cell;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.geometry.cell.CellSite;
import org.metalnmr.geometry.cell.CellGeometry;
import org.metalnmr.geometry.cell.Solenoid;
import org.metalnmr.geometry.deposit.FixedSize;
import org.metalnmr.geometry.deposit.LogNormalSize;
import org.metalnmr.geometry.deposit.VonMisesFisherOrientation;
import org.metalnmr.geometry.deposit.WhiskerSpec;

/**
 * The figure of the README: cell A and cell B presets, each with a whisker deposit on the
 * working electrode, in the lab frame with B0 and B1. The whiskers are drawn far larger than real
 * dendrites (25 um radius, 0.6 mm long, 200 of them) so that they show at the scale of the coil.
 * Run with {@code -Dmetalnmr.writeFigures=true} to refresh {@code docs/figures/cells.svg}.
 */
class CellsFigureTest {

    static List<CellGeometry> scenes() {
        WhiskerSpec whiskers = new WhiskerSpec("Li", 4e6, new FixedSize(25e-6), new LogNormalSize(0.6e-3, 0.3),
                new VonMisesFisherOrientation(30));
        List<CellGeometry> out = new ArrayList<>();
        for (CellPreset p : CellPreset.values()) {
            Cell cell = CellParameters.defaults(p).build();
            out.add(CellGeometry.of(Solenoid.defaults(), cell).withDeposit("whiskers", whiskers.generate(cell.site(CellSite.WORKING_ELECTRODE), 2026)));
        }
        return out;
    }

    static final List<String> TITLES = List.of(
            "Cell A: disk normal along x (B1), plane contains B0; whiskers on the working electrode (drawn enlarged)",
            "Cell B: disk normal along z (B0), plane contains B1; whiskers on the working electrode (drawn enlarged)");

    @Test
    void figureShowsBothCellsWithFieldsMarked(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cells.svg");
        CellGeometryPlot.write(scenes(), TITLES, f);
        String svg = Files.readString(f);
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(Files.size(dir.resolve("cells.png")) > 1000, "cells.png next to cells.svg");
        assertTrue(svg.contains("B0 (z)") && svg.contains("B1 (x)") && svg.contains("Cell A") && svg.contains("Cell B"));
        // one filled outline per body per view: parts + whiskers of both scenes, twice
        long bodies = scenes().stream().mapToLong(s -> s.parts().size() + s.deposits().get(0).deposit().count()).sum();
        long paths = svg.split("<path", -1).length - 1;
        assertTrue(paths >= 2 * bodies, paths + " paths for " + bodies + " bodies");
        if (Boolean.getBoolean("metalnmr.writeFigures")) {
            CellGeometryPlot.write(scenes(), TITLES, Path.of("..", "docs", "figures", "cells.svg"));
        }
    }

    @Test
    void silhouetteOfABoxSeenAlongAnAxisIsItsFace() {
        List<double[]> pts = new ArrayList<>();
        for (Vector3d q : CellGeometryPlot.surfacePoints(new Box("Cu", 2, 4, 6, Pose.IDENTITY), 8)) {
            pts.add(new double[] {q.x, q.z});
        }
        List<double[]> hull = ConvexHull.of(pts);
        assertEquals(4, hull.size());
        double area = 0;
        for (int i = 0; i < hull.size(); i++) {
            double[] a = hull.get(i);
            double[] b = hull.get((i + 1) % hull.size());
            area += a[0] * b[1] - a[1] * b[0];
        }
        assertEquals(12, Math.abs(area) / 2, 1e-12);
    }
}
