package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.spectra.plot.Figure;

class CompareCellsCommandTest {

    /** Every figure comes as SVG and PNG; the spectra are in mol/ppm in the CSVs and on the axes; the shift map is signed. */
    @Test
    void writesEachFigureAsSvgAndPngWithUnits(@TempDir Path out) throws IOException {
        // coarse grids: this tests the outputs, ForwardModelTest the physics
        CliRunner r = CliRunner.run("compare-cells", "--out", out.toString(), "--bms-voxel-m", "3e-4", "--rf-voxel-m", "4e-4", "--json");
        assertEquals(0, r.exitCode(), r.err());
        for (String name : List.of("compare-cells", "cell-A-maps", "cell-B-maps")) {
            String svg = Files.readString(out.resolve(name + ".svg"));
            assertTrue(svg.contains("<svg"), name);
            assertEquals(Figure.PNG_WIDTH, ImageIO.read(out.resolve(name + ".png").toFile()).getWidth(), name + ".png");
        }
        assertTrue(Files.readString(out.resolve("compare-cells.svg")).contains("[mol/ppm]"));
        String maps = Files.readString(out.resolve("cell-B-maps.svg"));
        assertTrue(maps.contains("BMS shift dBz/B0 [ppm]") && maps.contains("x (along B1) [mm]") && maps.contains("z (along B0) [mm]"));
        for (String csv : List.of("cell-A.csv", "cell-B.csv")) {
            assertTrue(Files.readString(out.resolve(csv)).startsWith("ppm,real_mol_per_ppm,imag_mol_per_ppm\n"), csv);
        }
    }
}
