package org.metalnmr.validation.rf;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.geometry.body.BoundingBox;
import org.metalnmr.geometry.cell.Cell;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.geometry.cell.ChannelKey;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.CellGeometry;
import org.metalnmr.geometry.cell.Solenoid;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.geometry.voxel.MaterialGrid;
import org.metalnmr.geometry.voxel.VoxelSource;
import org.metalnmr.geometry.voxel.Voxelizer;
import org.metalnmr.rf.coil.B1Map;
import org.metalnmr.rf.coil.SolenoidCoil;
import org.metalnmr.rf.linalg.ProgressListener;
import org.metalnmr.rf.potential.AppliedField3D;
import org.metalnmr.rf.potential.MetalMask;
import org.metalnmr.rf.potential.PotentialSolution3D;
import org.metalnmr.rf.potential.PotentialSolver3D;
import org.metalnmr.rf.skin.SkinDepth;
import org.metalnmr.spectra.plot.Drawing;
import org.metalnmr.spectra.plot.Figure;

/**
 * Cell A versus cell B (docs/physics.md section 2): the default cells of the geometry module (8 mm Li
 * counter electrode, Ti foil, two Cu current collectors) in the default 15 mm solenoid, solved with
 * the 3D perfect-diamagnet solver (d &lt;&lt; part size for Li and Cu at 194.4 MHz; the 20 um Ti foil is
 * about one skin depth thick and enters only as a screen). The applied field is the coil's own B1
 * (helical Biot-Savart, normalised to its value at the coil centre), so the coil's inhomogeneity
 * is part of both excitation and reception; a uniform field along x is solved as a check. Signals
 * by reciprocity with B0 along z: only the part of h_t transverse to B0 counts.
 *
 * <p>Run: {@code java -cp ... org.metalnmr.validation.rf.CellComparison [voxelM] [outDir]}; writes
 * cell-a-b1.svg and cell-b-b1.svg, each with its PNG (|B1| in the plane through the coil axis and the disk normal)
 * and prints a Markdown table. Progress goes to standard error.
 */
public final class CellComparison {

    private static final double[] B0 = {0, 0, 1};

    private CellComparison() {
    }

    /** Result of one cell. */
    record CellResult(String cell, Map<String, Complex> coilSignal, Map<String, Complex> uniformSignal,
                      Map<String, Double> area, Map<String, Double> meanHt2, PotentialSolution3D solution, int sliceAxis) {
    }

    /**
     * @param args optional voxel size [m] (default 1e-4) and output directory (default docs/figures)
     * @throws IOException when a figure cannot be written
     */
    public static void main(String[] args) throws IOException {
        double h = args.length > 0 ? Double.parseDouble(args[0]) : 1e-4;
        Path out = Path.of(args.length > 1 ? args[1] : "docs/figures");
        Files.createDirectories(out);
        ProgressListener progress = new ProgressListener() {
            private long last;

            @Override
            public void progress(String stage, double fraction) {
                long now = System.nanoTime();
                if (now - last > 5_000_000_000L) {
                    System.err.println(stage);
                    last = now;
                }
            }
        };
        double larmor = FieldConversions.larmorFrequencyAtProton(Nuclei.bySymbol("7Li"), 500e6);
        List<CellResult> results = new ArrayList<>();
        for (CellPreset preset : CellPreset.values()) {
            long t0 = System.nanoTime();
            results.add(run(preset, h, larmor, progress));
            System.err.printf(Locale.ROOT, "cell %s: %.1f s%n", preset, (System.nanoTime() - t0) * 1e-9);
        }
        printTable(results, larmor, h);
        for (CellResult r : results) {
            writeHeatMap(r, out.resolve("cell-" + r.cell().toLowerCase(Locale.ROOT) + "-b1.svg"));
        }
    }

    static CellResult run(CellPreset preset, double h, double larmorHz, ProgressListener progress) {
        Cell cell = CellParameters.defaults(preset).build();
        Solenoid coilGeom = Solenoid.defaults();
        CellGeometry scene = CellGeometry.of(coilGeom, cell);
        List<VoxelSource> metal = new ArrayList<>();
        List<String> names = new ArrayList<>();
        BoundingBox box = null;
        for (VoxelSource s : scene.voxelSources(ChannelKey.PART)) {
            if (Materials.byName(s.material()).metal()) {
                metal.add(s);
                if (!names.contains(s.channel())) {
                    names.add(s.channel());
                }
                box = box == null ? s.body().boundingBox() : box.union(s.body().boundingBox());
            }
        }
        GridSpec grid = GridSpec.covering(box, h, 2.5e-3);
        MaterialGrid fractions = Voxelizer.defaults().voxelizeSources(metal, grid);
        MetalMask mask = MetalMask.fromMaterialGrid(fractions, names, 0.15);
        // filament on the wire centre line: bore diameter + wire diameter
        SolenoidCoil coil = SolenoidCoil.of(coilGeom.diameter() + coilGeom.wireDiameter(), coilGeom.length(),
                coilGeom.turns());
        double[] lo = {grid.origin().x(), grid.origin().y(), grid.origin().z()};
        double[] hi = {lo[0] + grid.nx() * h, lo[1] + grid.ny() * h, lo[2] + grid.nz() * h};
        B1Map map = B1Map.sample(coil, lo, hi, 2.5 * h, progress);
        double[] b = new double[3];
        map.field(0, 0, 0, b);
        double b1c = Math.sqrt(b[0] * b[0] + b[1] * b[1] + b[2] * b[2]);
        AppliedField3D coilField = (x, y, z, o) -> {
            map.field(x, y, z, o);
            o[0] /= b1c;
            o[1] /= b1c;
            o[2] /= b1c;
        };
        PotentialSolver3D solver = new PotentialSolver3D().withProgress(progress);
        PotentialSolution3D sc = solver.solve(mask, coilField);
        PotentialSolution3D su = solver.solve(mask, AppliedField3D.uniform(new double[] {1, 0, 0}));
        Map<String, Complex> cs = new LinkedHashMap<>();
        Map<String, Complex> us = new LinkedHashMap<>();
        Map<String, Double> area = new LinkedHashMap<>();
        Map<String, Double> mean = new LinkedHashMap<>();
        for (String n : names) {
            String material = cell.part(n).material();
            double d = SkinDepth.skinDepth(Materials.byName(material), larmorHz, 293);
            cs.put(n, sc.transverseSignal(n, d, B0));
            us.put(n, su.transverseSignal(n, d, B0));
            area.put(n, sc.surfaceArea(n));
            mean.put(n, sc.meanTangentialSquared(n));
        }
        // slice through the coil axis (x) and the disk normal: z = 0 plane for A (normal x), y = 0 for B (normal z)
        return new CellResult(preset.name(), cs, us, area, mean, sc, preset == CellPreset.A ? 2 : 1);
    }

    private static void printTable(List<CellResult> rs, double larmor, double h) {
        System.out.printf(Locale.ROOT, "7Li at %.1f MHz, voxel %.0f um; signals in mm^3 (|h|^2 d A (1-i)/4, B0 along z, h = B1/B1(coil centre))%n%n",
                larmor / 1e6, h * 1e6);
        System.out.println("| part | cell A: S (coil B1) | cell B: S (coil B1) | B/A (coil) | B/A (uniform field) | area A, B [mm^2] | mean abs(h_t)^2 (all components) A, B |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        CellResult a = rs.get(0);
        CellResult b = rs.get(1);
        for (String n : a.coilSignal().keySet()) {
            Complex sa = a.coilSignal().get(n).multiply(1e9);
            Complex sb = b.coilSignal().get(n).multiply(1e9);
            double rc = b.coilSignal().get(n).norm() / a.coilSignal().get(n).norm();
            double ru = b.uniformSignal().get(n).norm() / a.uniformSignal().get(n).norm();
            System.out.printf(Locale.ROOT, "| %s | %.4g%+.4gi | %.4g%+.4gi | %.3f | %.3f | %.2f, %.2f | %.3f, %.3f |%n", n,
                    sa.getReal(), sa.getImaginary(), sb.getReal(), sb.getImaginary(), rc, ru,
                    a.area().get(n) * 1e6, b.area().get(n) * 1e6, a.meanHt2().get(n), b.meanHt2().get(n));
        }
    }

    /** Writes the map as SVG and, next to it, the PNG of the same drawing ({@link Figure#write}). */
    private static void writeHeatMap(CellResult r, Path file) {
        PotentialSolution3D s = r.solution();
        MetalMask m = s.mask();
        int axis = r.sliceAxis();
        int index = (axis == 1 ? m.ny() : m.nz()) / 2;
        double[][] f = s.fieldMagnitudeSlice(axis, index);
        int nu = f.length;
        int nv = f[0].length;
        int px = 4;
        int w = Math.max(nu * px + 140, 720); // at least the title's width
        int hgt = nv * px + 60;
        Drawing map = (g, area) -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, hgt);
            double max = 2.5;
            // voxels edge to edge: without antialiasing, so that the scaled PNG and SVG viewers show no seams between them
            Object antialiasing = g.getRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING);
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
            for (int u = 0; u < nu; u++) {
                for (int v = 0; v < nv; v++) {
                    int[] ijk = new int[3];
                    ijk[axis] = index;
                    ijk[0 == axis ? 1 : 0] = u;
                    ijk[axis == 2 ? 1 : 2] = v;
                    boolean metal = m.label(ijk[0], ijk[1], ijk[2]) != 0;
                    g.setColor(metal ? Color.DARK_GRAY : colour(Math.min(1, f[u][v] / max)));
                    g.fillRect(20 + u * px, 30 + (nv - 1 - v) * px, px, px);
                }
            }
            if (antialiasing != null) {
                g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, antialiasing);
            }
            g.setColor(Color.BLACK);
            String vName = axis == 2 ? "y" : "z";
            g.drawString(String.format(Locale.ROOT, "cell %s: |B1|/B1(coil centre), plane %s = 0 (x right, %s up; metal grey; %.2f mm voxels)",
                    r.cell(), axis == 2 ? "z" : "y", vName, m.voxelSizeM() * 1e3), 20, 18);
            for (int t = 0; t <= 5; t++) {
                double val = max * t / 5;
                g.setColor(colour(val / max));
                g.fillRect(nu * px + 40, 30 + (5 - t) * 30, 20, 30);
                g.setColor(Color.BLACK);
                g.drawString(String.format(Locale.ROOT, "%.1f", val), nu * px + 65, 50 + (5 - t) * 30);
            }
        };
        Figure.of(w, hgt, map).write(file);
    }

    /** A perceptually ordered blue-green-yellow ramp (viridis anchors). */
    private static Color colour(double t) {
        double[][] c = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
        double x = Math.max(0, Math.min(1, t)) * (c.length - 1);
        int i = Math.min(c.length - 2, (int) x);
        double f = x - i;
        return new Color((int) (c[i][0] + f * (c[i + 1][0] - c[i][0])), (int) (c[i][1] + f * (c[i + 1][1] - c[i][1])),
                (int) (c[i][2] + f * (c[i + 1][2] - c[i][2])));
    }
}
