package org.metalnmr.microstructure.spectrum;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.nuclei.Nucleus;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.microstructure.field.B0Axis;
import org.metalnmr.microstructure.field.MemoryCheck;
import org.metalnmr.microstructure.field.PatchFieldSolver;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;
import org.metalnmr.microstructure.rf.EuclideanDistanceTransform;
import org.metalnmr.microstructure.rf.SkinLayerWeights;
import org.metalnmr.rf.skin.SkinDepth;

/**
 * The NMR spectrum of a metal microstructure: every metal voxel contributes a spin packet at the Knight
 * shift plus its BMS shift, with its complex skin-layer weight, added straight onto the output ppm axis
 * (linear share between the two nearest points, no coarse field bins) and broadened by a complex
 * Lorentzian of the given full width.
 *
 * <p>Formula: \( S(\nu) = \sum_v w_v\, L(\nu - K - \delta_v) \) with K the Knight shift of the nucleus in the
 * metal (sim-core's material table), \( \delta_v \) the BMS shift of voxel v ({@link PatchFieldSolver}),
 * \( w_v \) its weight ({@link SkinLayerWeights}, skin depth from rf-field's {@link SkinDepth} at the Larmor
 * frequency and temperature) and \( L(u) = \frac{\gamma/\pi}{\gamma + i u} \) the complex Lorentzian of half
 * width gamma [ppm] (real part absorption). The bulk slab (the whole planes at the bottom of a patch) and
 * the deposit above it are summed apart.</p>
 *
 * <p>Memory: the field solve's peak ({@link PatchFieldSolver#estimateBytes}); then the shift array
 * (8 bytes per voxel) and the distance transform (4 bytes per voxel) only.</p>
 *
 * @param material     the metal (chi, Knight shift, resistivity)
 * @param nucleus      the observed nucleus
 * @param b0Tesla      the static field [T]
 * @param temperatureK the temperature [K]
 * @param b0Axis       the grid axis of B0
 * @param b1Axis       the grid axis of the applied transverse B1 (0 x, 1 y, 2 z)
 * @param axis         the output ppm axis
 * @param fwhmPpm      Lorentzian full width at half maximum [ppm]
 * @param threads      worker threads of the field solve
 */
public record MicrostructureSpectrum(Material material, Nucleus nucleus, double b0Tesla, double temperatureK,
                                     B0Axis b0Axis, int b1Axis, SpectralAxis axis, double fwhmPpm, int threads) {

    /** Validates. */
    public MicrostructureSpectrum {
        java.util.Objects.requireNonNull(material, "material");
        java.util.Objects.requireNonNull(nucleus, "nucleus");
        Checks.positive("B0", "[T]", b0Tesla);
        Checks.positive("temperature", "[K]", temperatureK);
        java.util.Objects.requireNonNull(b0Axis, "B0 axis");
        java.util.Objects.requireNonNull(axis, "axis");
        Checks.positive("line width", "[ppm]", fwhmPpm);
        Checks.inRange("threads", "[1]", 1, 1024, threads);
        Checks.inRange("B1 axis", "[0 x, 1 y, 2 z]", 0, 2, b1Axis);
    }

    /** @return the skin depth at the Larmor frequency and temperature [m] */
    public double skinDepthM() {
        return SkinDepth.skinDepth(material, nucleus.larmorFrequency(b0Tesla), temperatureK);
    }

    /**
     * The result of one computation.
     *
     * @param bulk          the slab's line
     * @param deposit       the deposit's line
     * @param skinDepthM    the skin depth used [m]
     * @param knightShiftPpm the Knight shift used [ppm]
     * @param fftGrid       the FFT grid of the field solve
     * @param estimatedPeakBytes the peak bytes estimated before allocating
     * @param sliceShiftPpm the Knight + BMS shift on the x-z plane j = ny/2 [ppm], index i + nx k, NaN outside the metal
     * @param sliceWeight   |w| on the same plane, NaN outside the metal
     */
    public record Result(LinePart bulk, LinePart deposit, double skinDepthM, double knightShiftPpm, int[] fftGrid,
                         long estimatedPeakBytes, double[] sliceShiftPpm, double[] sliceWeight) {

        /** @return the deposit's mean shift relative to the bulk's [ppm] */
        public double depositMinusBulkPpm() {
            return deposit.meanShiftPpm() - bulk.meanShiftPpm();
        }

        /** @return the total spectrum, real part */
        public double[] totalReal() {
            double[] a = bulk.real();
            double[] b = deposit.real();
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        }

        /** @return the total spectrum, imaginary part */
        public double[] totalImag() {
            double[] a = bulk.imag();
            double[] b = deposit.imag();
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        }
    }

    /**
     * @param s the structure
     * @return its spectrum
     */
    public Result compute(VoxelMicrostructure s) {
        PatchFieldSolver solver = PatchFieldSolver.create().withB0Axis(b0Axis).withThreads(threads);
        boolean[] periodic = PatchFieldSolver.defaultPeriodicity(s);
        int[] m = PatchFieldSolver.fftGrid(s, periodic);
        long peak = PatchFieldSolver.estimateBytes(s.nx(), s.ny(), s.nz(), m[0], m[1], m[2]);
        double delta = skinDepthM();
        double knight = material.knightShiftPpm(nucleus.symbol());
        double[] shift = solver.solvePpm(s, material.chi(), periodic);
        MemoryCheck.require("distance transform", s.nx(), s.ny(), s.nz(), m, 4L * s.voxelCount(), s.laterallyPeriodic());
        int[] d2 = EuclideanDistanceTransform.squaredDistances(s, periodic);
        SkinLayerWeights weights = new SkinLayerWeights(s, periodic, d2, delta, b0Axis.ordinal(), b1Axis);
        int slab = s.laterallyPeriodic() ? s.fullPlanesFromBottom() : 0;
        Accumulator bulk = new Accumulator(axis.size());
        Accumulator dep = new Accumulator(axis.size());
        double[] w = new double[2];
        double[] sliceShift = new double[s.nx() * s.nz()];
        double[] sliceWeight = new double[s.nx() * s.nz()];
        java.util.Arrays.fill(sliceShift, Double.NaN);
        java.util.Arrays.fill(sliceWeight, Double.NaN);
        int sliceJ = s.ny() / 2;
        for (int k = 0; k < s.nz(); k++) {
            Accumulator acc = k < slab ? bulk : dep;
            for (int j = 0; j < s.ny(); j++) {
                for (int i = 0; i < s.nx(); i++) {
                    int idx = i + s.nx() * (j + s.ny() * k);
                    if (!s.isMetal(idx)) {
                        continue;
                    }
                    weights.weight(i, j, k, w);
                    acc.add(axis, knight + shift[idx], w[0], w[1]);
                    if (j == sliceJ) {
                        sliceShift[i + s.nx() * k] = knight + shift[idx];
                        sliceWeight[i + s.nx() * k] = Math.hypot(w[0], w[1]);
                    }
                }
            }
        }
        return new Result(bulk.finish(axis, fwhmPpm / 2), dep.finish(axis, fwhmPpm / 2), delta, knight, m, peak, sliceShift,
                sliceWeight);
    }

    /** Sticks on the axis and running sums. */
    private static final class Accumulator {
        private final double[] re;
        private final double[] im;
        private long voxels;
        private double sumRe;
        private double sumIm;
        private double sumAbs;
        private double sumAbsShift;

        Accumulator(int n) {
            re = new double[n];
            im = new double[n];
        }

        void add(SpectralAxis axis, double ppm, double wr, double wi) {
            voxels++;
            sumRe += wr;
            sumIm += wi;
            double a = Math.hypot(wr, wi);
            sumAbs += a;
            sumAbsShift += a * ppm;
            double x = axis.index(ppm);
            int i0 = (int) Math.floor(x);
            double f = x - i0;
            if (i0 >= 0 && i0 < re.length) {
                re[i0] += (1 - f) * wr;
                im[i0] += (1 - f) * wi;
            }
            if (i0 + 1 >= 0 && i0 + 1 < re.length) {
                re[i0 + 1] += f * wr;
                im[i0 + 1] += f * wi;
            }
        }

        LinePart finish(SpectralAxis axis, double halfWidthPpm) {
            int n = re.length;
            double[] outRe = new double[n];
            double[] outIm = new double[n];
            double step = Math.abs(axis.stepPpm());
            for (int p = 0; p < n; p++) {
                if (re[p] == 0 && im[p] == 0) {
                    continue;
                }
                for (int q = 0; q < n; q++) {
                    double u = (q - p) * step;
                    // L(u) = (g/pi) / (g + i u) = (g/pi) (g - i u) / (g^2 + u^2)
                    double den = Math.PI * (halfWidthPpm * halfWidthPpm + u * u);
                    double lr = halfWidthPpm * halfWidthPpm / den;
                    double li = -halfWidthPpm * u / den;
                    outRe[q] += re[p] * lr - im[p] * li;
                    outIm[q] += re[p] * li + im[p] * lr;
                }
            }
            int best = 0;
            double bestMag = -1;
            for (int q = 0; q < n; q++) {
                double mag = Math.hypot(outRe[q], outIm[q]);
                if (mag > bestMag) {
                    bestMag = mag;
                    best = q;
                }
            }
            double mean = sumAbs > 0 ? sumAbsShift / sumAbs : 0;
            return new LinePart(voxels, sumRe, sumIm, mean, axis.ppm(best), outRe, outIm);
        }
    }
}
