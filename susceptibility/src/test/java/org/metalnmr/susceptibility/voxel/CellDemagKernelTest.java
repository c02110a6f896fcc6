package org.metalnmr.susceptibility.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metalnmr.susceptibility.demag.PrismDemagnetization;

class CellDemagKernelTest {

    /** Newell's self term is the prism's magnetometric factor: two independent formulas agree to 1e-12. */
    @ParameterizedTest
    @CsvSource({"1,1,1", "1,2,3", "0.2,1,5", "3,3,0.1"})
    void selfTermEqualsAharoni(double dx, double dy, double dz) {
        double aharoni = new PrismDemagnetization(dx, dy, dz).factors().nzz();
        assertEquals(aharoni, new CellDemagKernel(dx, dy, dz).nzz(0, 0, 0), 1e-12);
    }

    /**
     * Across the switch from Newell's formula to the averaged-dipole quadrature the two agree: at 8 or
     * more largest edges the quadrature with 3 nodes per half-cell is accurate to (1/16)^6 ~ 6e-8
     * relative and Newell to ~1e-9, so 1e-6 relative is a safe bound.
     */
    @ParameterizedTest
    @CsvSource({"12,0,0", "0,0,18", "8,6,4", "7,7,7", "2,9,-12"})
    void newellMatchesAveragedDipoleAtTheSwitch(int i, int j, int k) {
        CellDemagKernel c = new CellDemagKernel(1, 1.5, 0.7);
        CellDemagKernel.Probe p = c.probe();
        double near = p.newell(i, j, k);
        double far = p.averagedDipole(i, j, k, 3);
        assertEquals(near, far, 1e-6 * Math.abs(near));
    }

    /** Far away the kernel is the point dipole: -V (3 cos^2 - 1) / (4 pi r^3), to (d/r)^2. */
    @ParameterizedTest
    @CsvSource({"0,0,200", "200,0,0", "120,80,150"})
    void farFieldIsPointDipole(int i, int j, int k) {
        CellDemagKernel c = new CellDemagKernel(1, 1, 1);
        double r2 = (double) i * i + (double) j * j + (double) k * k;
        double r = Math.sqrt(r2);
        double dipole = -(3.0 * k * k / r2 - 1) / (4 * Math.PI * r2 * r);
        assertEquals(dipole, c.nzz(i, j, k), 1e-4 * Math.abs(dipole) + 1e-15);
    }
}
