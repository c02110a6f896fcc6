package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;

/**
 * {@code metalnmr simulate} with a deposit that is a segmented 16-bit TIFF stack (issue 16: "a user can simulate a
 * scenario whose deposit is a TIFF stack"): the stack, next to the scenario and named relative to it, is read with its
 * grey threshold, placed on the Li counter electrode of cell B, and comes out as a component of its own kind whose
 * nuclei are its metal voxels' (n V per voxel, times the copies placed). Coarse cell grids: the physics is
 * VoxelDepositForwardTest's.
 */
class SimulateVoxelDepositTest {

    @Test
    void aTiffStackDepositJoinsTheCellsSpectrum(@TempDir Path dir) throws IOException {
        // 12 x 12 pixels, 10 pages (z), voxel 2 um: a 4 x 4 x 8 block of grey 3000 (metal at >= 1200) on a background of 500
        int n = 12;
        int pages = 10;
        int[][] grey = new int[pages][n * n];
        int metal = 0;
        for (int k = 0; k < pages; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    boolean in = k < 8 && i >= 4 && i < 8 && j >= 4 && j < 8;
                    grey[k][i + n * j] = in ? 3000 : 500;
                    metal += in ? 1 : 0;
                }
            }
        }
        Files.createDirectories(dir.resolve("stacks"));
        Files.write(dir.resolve("stacks/block.tif"), tiff16(grey, n, n));
        Path scenario = dir.resolve("s.json");
        Files.writeString(scenario, """
                {"format": "metalnmr-scenario/1", "cell": {"preset": "B"}, "nucleus": "7Li", "protonMHz": 500,
                 "deposits": [{"name": "block", "type": "voxel", "site": "counter-electrode", "material": "Li",
                   "source": {"file": "stacks/block.tif", "voxelSize": 2e-6, "threshold": 1200},
                   "placement": {"electrodePlanes": 0, "offset": [1e-3, 0], "copies": 1000}}]}""");
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("simulate", scenario.toString(), "--out", out.toString(), "--bms-voxel-m", "2e-4",
                "--rf-voxel-m", "3e-4", "--no-error-estimate", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode block = null;
        for (JsonNode c : j.get("components")) {
            if (c.get("name").asText().equals("block")) {
                block = c;
            }
        }
        assertTrue(block != null, "component 'block' in " + j.get("components"));
        assertEquals("voxel-microstructure", block.get("kind").asText());
        double n7 = Materials.byName("Li").atomNumberDensity() * Nuclei.bySymbol("7Li").naturalAbundancePercent() / 100;
        double nucleiMol = 1000 * metal * 8e-18 * n7 / PhysicalConstants.AVOGADRO;
        assertEquals(nucleiMol, block.get("nucleiMol").asDouble(), 1e-9 * nucleiMol);
        assertTrue(block.get("integral").asDouble() > 0);
        JsonNode v = j.get("voxelDeposits").get(0);
        assertEquals(metal, v.get("depositVoxels").asLong());
        assertEquals("z", v.get("b0AxisInPatch").asText());
        assertTrue(Files.exists(out.resolve("spectrum.png")) && Files.exists(out.resolve("spectrum.csv")));
    }

    /** A little-endian, uncompressed, 16-bit grey multi-page TIFF, one strip per page. */
    static byte[] tiff16(int[][] pages, int width, int height) {
        int pageData = width * height * 2;
        int entries = 8;
        int ifdSize = 2 + 12 * entries + 4;
        ByteBuffer b = ByteBuffer.allocate(8 + pages.length * (ifdSize + pageData)).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        for (int p = 0; p < pages.length; p++) {
            int ifd = 8 + p * (ifdSize + pageData);
            int data = ifd + ifdSize;
            b.position(ifd);
            b.putShort((short) entries);
            int[][] tags = {{256, 4, width}, {257, 4, height}, {258, 3, 16}, {259, 3, 1}, {262, 3, 1}, {273, 4, data},
                {278, 4, height}, {279, 4, pageData}};
            for (int[] t : tags) {
                b.putShort((short) t[0]).putShort((short) t[1]).putInt(1);
                if (t[1] == 3) {
                    b.putShort((short) t[2]).putShort((short) 0);
                } else {
                    b.putInt(t[2]);
                }
            }
            b.putInt(p + 1 < pages.length ? data + pageData : 0);
            for (int v : pages[p]) {
                b.putShort((short) v);
            }
        }
        return b.array();
    }
}
