package org.metalnmr.microstructure.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/** The three readers: round trips of the axis order and segmentation, and one-line refusals before allocation. */
class VoxelReadersTest {

    @TempDir
    Path dir;

    private static final int NX = 5;
    private static final int NY = 3;
    private static final int NZ = 4;

    /** Label of voxel (x, y, z): distinct enough that a swapped axis shows. */
    private static int label(int x, int y, int z) {
        return (x * 7 + y * 3 + z * 5) % 4;
    }

    private static void assertLabels(VoxelMicrostructure s, int metalLabel) {
        assertEquals(NX, s.nx());
        assertEquals(NY, s.ny());
        assertEquals(NZ, s.nz());
        for (int z = 0; z < NZ; z++) {
            for (int y = 0; y < NY; y++) {
                for (int x = 0; x < NX; x++) {
                    assertEquals(label(x, y, z) == metalLabel, s.isMetal(x, y, z), x + "," + y + "," + z);
                }
            }
        }
    }

    @Test
    void npyCAndFortranOrderGiveTheSameGrid() throws IOException {
        byte[] c = new byte[NX * NY * NZ];
        byte[] f = new byte[NX * NY * NZ];
        for (int z = 0; z < NZ; z++) {
            for (int y = 0; y < NY; y++) {
                for (int x = 0; x < NX; x++) {
                    c[x + NX * (y + NY * z)] = (byte) label(x, y, z);
                    f[z + NZ * (y + NY * x)] = (byte) label(x, y, z);
                }
            }
        }
        Path pc = VoxelFiles.write(dir, "c.npy", VoxelFiles.npy(c, false, NZ, NY, NX, "|u1"));
        Path pf = VoxelFiles.write(dir, "f.npy", VoxelFiles.npy(f, true, NZ, NY, NX, "|u1"));
        assertLabels(NpyReader.read(pc, Segmentation.labels(2), 1e-6, false), 2);
        assertLabels(NpyReader.read(pf, Segmentation.labels(2), 1e-6, false), 2);
        VoxelMicrostructure t = NpyReader.read(pc, Segmentation.threshold(3), 1e-6, false);
        assertLabels(t, 3);
    }

    @Test
    void npyRefusesAShapeThatDoesNotMatchTheFileSize() throws IOException {
        byte[] c = new byte[NX * NY * NZ - 1];
        Path p = VoxelFiles.write(dir, "short.npy", VoxelFiles.npy(c, false, NZ, NY, NX, "|u1"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NpyReader.read(p, Segmentation.nonZero(), 1e-6, false));
        assertTrue(e.getMessage().contains("needs 60 data bytes, the file has 59"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    /** A huge claimed shape in a tiny file is refused from the header alone (no allocation of 10^12 bits). */
    @Test
    void npyRefusesAHugeShapeBeforeAllocating() throws IOException {
        Path p = VoxelFiles.write(dir, "huge.npy", VoxelFiles.npy(new byte[8], false, 10000, 10000, 10000, "|u1"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NpyReader.read(p, Segmentation.nonZero(), 1e-6, false));
        assertTrue(e.getMessage().startsWith("huge.npy is not a valid NumPy .npy file"), e.getMessage());
    }

    @Test
    void npyRefusesOtherThings() throws IOException {
        Path notNpy = VoxelFiles.write(dir, "x.npy", "hello world, not an array".getBytes(StandardCharsets.US_ASCII));
        assertThrows(InvalidInputException.class, () -> NpyReader.read(notNpy, Segmentation.nonZero(), 1e-6, false));
        Path complex = VoxelFiles.write(dir, "c.npy", VoxelFiles.npy(new byte[8 * 60], false, NZ, NY, NX, "<c8"));
        assertThrows(InvalidInputException.class, () -> NpyReader.read(complex, Segmentation.nonZero(), 1e-6, false));
        Path twoD = VoxelFiles.write(dir, "2d.npy", VoxelFiles.npy(new byte[60], false, 12, 5, 1, "|u1")
                .length > 0 ? new String(VoxelFiles.npy(new byte[60], false, 12, 5, 1, "|u1"), StandardCharsets.ISO_8859_1)
                .replace("(12, 5, 1)", "(12, 5)   ").getBytes(StandardCharsets.ISO_8859_1) : new byte[0]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NpyReader.read(twoD, Segmentation.nonZero(), 1e-6, false));
        assertTrue(e.getMessage().contains("has 2 axes"), e.getMessage());
    }

    @Test
    void rawWithJsonHeader() throws IOException {
        byte[] data = new byte[2 * NX * NY * NZ];
        for (int z = 0; z < NZ; z++) {
            for (int y = 0; y < NY; y++) {
                for (int x = 0; x < NX; x++) {
                    int v = 1000 * label(x, y, z);
                    int i = 2 * (x + NX * (y + NY * z));
                    data[i] = (byte) (v >>> 8);
                    data[i + 1] = (byte) v;
                }
            }
        }
        Files.write(dir.resolve("stack.raw"), data);
        Path json = Files.writeString(dir.resolve("stack.json"), "{\"data\": \"stack.raw\", \"sizes\": [" + NX + ", " + NY + ", " + NZ
                + "], \"dtype\": \"uint16\", \"byteOrder\": \"big\", \"voxelSizeM\": 5e-7, \"threshold\": 2500}");
        VoxelMicrostructure s = RawVoxelReader.read(json);
        assertLabels(s, 3);
        assertEquals(5e-7, s.voxelSizeM());
        Path wrong = Files.writeString(dir.resolve("wrong.json"), "{\"data\": \"stack.raw\", \"sizes\": [" + NX + ", " + NY + ", " + (NZ + 1)
                + "], \"dtype\": \"uint16\", \"voxelSizeM\": 5e-7}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RawVoxelReader.read(wrong));
        assertTrue(e.getMessage().contains("need 150 bytes, the file has 120"), e.getMessage());
    }

    @Test
    void tiffStack8And16Bit() throws IOException {
        int[][] pages = new int[NZ][NX * NY];
        for (int z = 0; z < NZ; z++) {
            for (int y = 0; y < NY; y++) {
                for (int x = 0; x < NX; x++) {
                    pages[z][x + NX * y] = 100 * label(x, y, z);
                }
            }
        }
        Path t8 = VoxelFiles.write(dir, "s8.tif", VoxelFiles.tiff(pages, NX, NY, 8, 1));
        assertLabels(TiffStackReader.read(t8, Segmentation.labels(100), 1e-6, false), 1);
        int[][] wide = Arrays.stream(pages).map(p -> Arrays.stream(p).map(v -> v * 100).toArray()).toArray(int[][]::new);
        Path t16 = VoxelFiles.write(dir, "s16.tif", VoxelFiles.tiff(wide, NX, NY, 16, 1));
        assertLabels(TiffStackReader.read(t16, Segmentation.threshold(25000), 1e-6, false), 3);
    }

    @Test
    void tiffRefusesCompressionWithOneLine() throws IOException {
        Path lzw = VoxelFiles.write(dir, "lzw.tif", VoxelFiles.tiff(new int[][] {new int[NX * NY]}, NX, NY, 8, 5));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TiffStackReader.read(lzw, Segmentation.nonZero(), 1e-6, false));
        assertTrue(e.getMessage().contains("compression scheme 5"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        byte[] cut = Arrays.copyOf(VoxelFiles.tiff(new int[][] {new int[NX * NY]}, NX, NY, 8, 1), 120);
        Path truncated = VoxelFiles.write(dir, "cut.tif", cut);
        InvalidInputException t = assertThrows(InvalidInputException.class, () -> TiffStackReader.read(truncated, Segmentation.nonZero(), 1e-6, false));
        assertTrue(t.getMessage().contains("outside the file"), t.getMessage());
    }
}
