package org.metalnmr.susceptibility.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * The rasteriser, now an adapter over geometry's Voxelizer, computes what its Javadoc says: for a tilted ellipsoid the
 * fraction of the s^3 sub-voxel centres inside the ellipsoid's equation (the method of the rasteriser it replaced, so
 * its numbers are unchanged), with the fully-inside flag set exactly when the eight corners are inside; for an
 * axis-aligned prism the exact overlap of the intervals.
 */
class BodyRasterizerTest {

    @Test
    void tiltedEllipsoidIsTheSubVoxelCount() {
        int n = 24;
        double h = 1e-5;
        double a = 8.3e-5;
        double b = 5.1e-5;
        double c = 3.7e-5;
        Quaterniond q = new Quaterniond().rotateXYZ(0.3, 0.5, 0.7);
        Vector3d centre = new Vector3d(1.21e-4, 1.17e-4, 1.23e-4);
        BodyRasterizer.VolumeFractions vf = BodyRasterizer.rasterize(
                new BodyRasterizer.Body(BodyRasterizer.Shape.ELLIPSOID, new Vector3d(a, b, c), q, centre), n, n, n, h, h, h, 4);
        Quaterniond inverse = new Quaterniond(q).conjugate();
        int boundary = 0;
        int full = 0;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    int hits = 0;
                    for (int e = 0; e < 4; e++) {
                        for (int f = 0; f < 4; f++) {
                            for (int g = 0; g < 4; g++) {
                                hits += inside(inverse, centre, (i + (g + 0.5) / 4) * h, (j + (f + 0.5) / 4) * h, (k + (e + 0.5) / 4) * h, a, b, c) ? 1 : 0;
                            }
                        }
                    }
                    int corners = 0;
                    for (int corner = 0; corner < 8; corner++) {
                        corners += inside(inverse, centre, (i + (corner & 1)) * h, (j + ((corner >> 1) & 1)) * h, (k + ((corner >> 2) & 1)) * h,
                                a, b, c) ? 1 : 0;
                    }
                    int idx = i + n * (j + n * k);
                    assertEquals(hits / 64.0, vf.fraction()[idx], 0.0, "voxel " + i + "," + j + "," + k);
                    assertEquals(corners == 8, vf.fullyInside()[idx], "fully inside at " + i + "," + j + "," + k);
                    boundary += hits > 0 && hits < 64 ? 1 : 0;
                    full += corners == 8 ? 1 : 0;
                }
            }
        }
        assertTrue(boundary > 300 && full > 200, boundary + " boundary, " + full + " inside");
    }

    @Test
    void alignedPrismIsExact() {
        int n = 16;
        double h = 1e-5;
        Vector3d half = new Vector3d(3.33e-5, 2.71e-5, 4.05e-5);
        Vector3d centre = new Vector3d(8.02e-5, 7.9e-5, 8.1e-5);
        BodyRasterizer.VolumeFractions vf = BodyRasterizer.rasterize(
                new BodyRasterizer.Body(BodyRasterizer.Shape.PRISM, half, new Quaterniond(), centre), n, n, n, h, h, h, 4);
        double sum = 0;
        for (double f : vf.fraction()) {
            sum += f;
        }
        double exact = 8 * half.x * half.y * half.z / (h * h * h);
        assertEquals(exact, sum, 1e-5 * exact);
    }

    private static boolean inside(Quaterniond inverse, Vector3d centre, double x, double y, double z, double a, double b, double c) {
        Vector3d p = inverse.transform(new Vector3d(x - centre.x, y - centre.y, z - centre.z));
        return (p.x / a) * (p.x / a) + (p.y / b) * (p.y / b) + (p.z / c) * (p.z / c) <= 1;
    }
}
