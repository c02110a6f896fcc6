package org.metalnmr.core.synthesis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.lineshape.Lineshape;
import org.metalnmr.core.lineshape.Lorentzian;
import org.metalnmr.core.lineshape.PacketLines;
import org.metalnmr.core.lineshape.Voigt;
import org.metalnmr.core.fourier.FastFourierTransform;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * Spin packets to a complex spectrum:
 * \[ S(\delta_j) = e^{i\varphi(\delta_j)} \sum_{pop} \sum_k w_k\,
 *     \big(L_{pop} * L_{LB}\big)(f_j - f_k)\,\frac{df}{d\delta} \]
 * on the axis of an {@link Acquisition}, as a density per ppm: \( \int S\,d\delta = \sum_k w_k \)
 * for lines inside the window.
 *
 * <p>Steps, per population: (1) each packet is deposited on the frequency grid by linear
 * interpolation between its two neighbouring bins (complex weight times (1 - a) and a, a the
 * fractional bin position): the sum of the weights is conserved exactly; packets outside the
 * window are dropped. (2) The deposited grid is convolved with the lineshape sampled at the bin
 * offsets \( L(m\,\Delta f) \), \( |m| &lt; N \), by zero-padded FFT (linear, not circular,
 * convolution); with line broadening the real (absorption-only) Lorentzian of FWHM LB, the
 * transform of the window \( e^{-\pi LB |t|} \), is convolved in the same product (padding to 4N
 * so nothing wraps). Convolving in frequency is the same as multiplying the
 * FID by the decay \( d(t) \) and transforming (see {@link Lineshape#decay(double)}), but exact
 * for the continuous-time transform: there is no truncation of the FID and no first-point
 * (\( t = 0 \) weight 1/2) error. (3) Zero- and first-order phase. (4) Seeded noise.
 *
 * <p>Accuracy: a packet between bins is represented by its two neighbours, so the line is
 * \( (1-a)L(x + a\Delta f) + aL(x - (1-a)\Delta f) = L(x) + \tfrac12 a(1-a)\Delta f^2 L''(x) + O(\Delta f^3) \):
 * second order in the bin width. Lines narrower than about two bins are poorly sampled (as on a
 * spectrometer). Line broadening is a discrete convolution of sampled lines, exact up to
 * about \( e^{-\pi\,LB\,N/SW} \), the window at the end of the acquisition time \( N/SW \). Cost: O(K) for K packets (parallel over packet blocks) plus O(N log N).
 *
 * <p>Configured by {@code with*} methods that return new instances.
 */
public final class SpectrumSynthesizer {

    /** Packets per block of the deposit (a block is one task, with its own grid). */
    private static final int PARALLEL_THRESHOLD = 1 << 18;
    /** Most blocks of one deposit (bounds the memory of the partial grids to 2 x 64 grids). */
    private static final int MAX_BLOCKS = 64;
    private final Optional<NoiseModel> noise;
    private final int parallelism;

    /** A synthesiser without noise, using all available processors for the deposit. */
    public SpectrumSynthesizer() {
        this(Optional.empty(), Runtime.getRuntime().availableProcessors());
    }

    private SpectrumSynthesizer(Optional<NoiseModel> noise, int parallelism) {
        this.noise = noise;
        this.parallelism = parallelism;
    }

    /**
     * @param model noise to add
     * @return a synthesiser that adds this noise
     */
    public SpectrumSynthesizer withNoise(NoiseModel model) {
        return new SpectrumSynthesizer(Optional.of(model), parallelism);
    }

    /**
     * @param threads whether packet blocks are deposited in parallel (1 = sequential; more = on the common pool); the blocks
     *                and so the result do not depend on it
     * @return a synthesiser with this parallelism
     */
    public SpectrumSynthesizer withParallelism(int threads) {
        Checks.inRange("parallelism", "[threads]", 1, 1024, threads);
        return new SpectrumSynthesizer(noise, threads);
    }

    /**
     * Synthesises the spectrum of the populations.
     *
     * @param populations the populations (names must differ)
     * @param acquisition the acquisition and processing
     * @return the spectrum and its components
     * @throws InvalidInputException when names repeat or the grids would not fit in memory
     */
    public SynthesisResult synthesize(List<SpinPopulation> populations, Acquisition acquisition) {
        SpectralAxis axis = acquisition.axis();
        int n = axis.size();
        boolean broaden = acquisition.lineBroadeningHz() > 0;
        int padded = Integer.highestOneBit((broaden ? 4 : 2) * n - 1) << 1;
        checkMemory(padded, n, populations.size());
        double hzPerPpm = axis.referenceFrequencyHz() * 1e-6;
        double stepHz = axis.stepPpm() * hzPerPpm;

        double[] lbRe = null;
        double[] lbIm = null;
        if (broaden) {
            lbRe = new double[padded];
            lbIm = new double[padded];
            // multiplying the FID by exp(-pi LB |t|) convolves the complex spectrum with the REAL
            // Lorentzian (the transform of the two-sided window): unit-sum discrete kernel,
            // A [1/Hz] times the bin width [Hz], no dispersion part
            sampleKernel(new Lorentzian(0.5 * acquisition.lineBroadeningHz()), stepHz, Math.abs(stepHz), n, lbRe, lbIm);
            java.util.Arrays.fill(lbIm, 0);
            FastFourierTransform.forward(lbRe, lbIm);
        }
        double[] totalRe = new double[n];
        double[] totalIm = new double[n];
        Map<String, Spectrum> components = new LinkedHashMap<>();
        double[] kRe = new double[padded];
        double[] kIm = new double[padded];
        for (SpinPopulation pop : populations) {
            if (components.containsKey(pop.name())) {
                throw new InvalidInputException(CoreMessage.DUPLICATE_NAME, "spin population", pop.name(), "the populations to synthesise");
            }
            double[] line = packetLines(pop, axis, acquisition.lineBroadeningHz(), hzPerPpm);
            if (line != null) {
                double[] cRe = new double[n];
                double[] cIm = new double[n];
                double[] lRe = java.util.Arrays.copyOfRange(line, 0, n);
                double[] lIm = java.util.Arrays.copyOfRange(line, n, 2 * n);
                applyPhase(acquisition, axis, lRe, lIm, cRe, cIm);
                for (int j = 0; j < n; j++) {
                    totalRe[j] += cRe[j];
                    totalIm[j] += cIm[j];
                }
                components.put(pop.name(), new Spectrum(axis, cRe, cIm, OptionalDouble.empty(), Map.of("component", pop.name())));
                continue;
            }
            double[] gRe = new double[padded];
            double[] gIm = new double[padded];
            deposit(pop.packets(), axis, gRe, gIm);
            java.util.Arrays.fill(kRe, 0);
            java.util.Arrays.fill(kIm, 0);
            sampleKernel(pop.lineshapeHz(), stepHz, hzPerPpm, n, kRe, kIm);
            FastFourierTransform.forward(gRe, gIm);
            FastFourierTransform.forward(kRe, kIm);
            for (int i = 0; i < padded; i++) {
                double r = gRe[i] * kRe[i] - gIm[i] * kIm[i];
                double m = gRe[i] * kIm[i] + gIm[i] * kRe[i];
                if (broaden) {
                    double r2 = r * lbRe[i] - m * lbIm[i];
                    m = r * lbIm[i] + m * lbRe[i];
                    r = r2;
                }
                gRe[i] = r;
                gIm[i] = m;
            }
            FastFourierTransform.inverse(gRe, gIm);
            double[] cRe = new double[n];
            double[] cIm = new double[n];
            applyPhase(acquisition, axis, gRe, gIm, cRe, cIm);
            for (int j = 0; j < n; j++) {
                totalRe[j] += cRe[j];
                totalIm[j] += cIm[j];
            }
            components.put(pop.name(), new Spectrum(axis, cRe, cIm, OptionalDouble.empty(), Map.of("component", pop.name())));
        }
        double sigma = 0;
        if (noise.isPresent()) {
            double peak = 0;
            for (double v : totalRe) {
                peak = Math.max(peak, v);
            }
            sigma = peak / noise.get().snr();
            SplittableRandom random = new SplittableRandom(noise.get().seed());
            for (int j = 0; j < n; j++) {
                totalRe[j] += sigma * random.nextGaussian();
                totalIm[j] += sigma * random.nextGaussian();
            }
        }
        Spectrum spectrum = new Spectrum(axis, totalRe, totalIm, OptionalDouble.empty(), Map.of("source", "synthesis"));
        return new SynthesisResult(spectrum, components, sigma);
    }

    /**
     * Deposits packets on the grid of an axis by linear interpolation between the two nearest
     * bins; the parts of packets that fall outside the axis are dropped.
     *
     * @param packets the packets
     * @param axis    the axis (its first {@code axis.size()} entries of the grids are written)
     * @param gridRe  real part of the grid, length &gt;= axis size, accumulated into
     * @param gridIm  imaginary part of the grid, same length
     */
    public void deposit(SpinPackets packets, SpectralAxis axis, double[] gridRe, double[] gridIm) {
        int size = packets.size();
        // the blocks depend on the packet count only, never on the parallelism, and are summed in block order: the grid
        // is bit for bit the same for any number of threads (floating-point sums depend on how they are grouped)
        int blocks = (int) Math.min(MAX_BLOCKS, ((long) size + PARALLEL_THRESHOLD - 1) / PARALLEL_THRESHOLD);
        if (blocks <= 1) {
            depositRange(packets, axis, 0, size, gridRe, gridIm);
            return;
        }
        int n = axis.size();
        double[][] partial = new double[2 * blocks][];
        IntStream range = IntStream.range(0, blocks);
        (parallelism > 1 ? range.parallel() : range).forEach(b -> {
            double[] re = new double[n];
            double[] im = new double[n];
            depositRange(packets, axis, (int) ((long) size * b / blocks), (int) ((long) size * (b + 1) / blocks), re, im);
            partial[2 * b] = re;
            partial[2 * b + 1] = im;
        });
        for (int b = 0; b < blocks; b++) {
            double[] re = partial[2 * b];
            double[] im = partial[2 * b + 1];
            for (int j = 0; j < n; j++) {
                gridRe[j] += re[j];
                gridIm[j] += im[j];
            }
        }
    }

    private static void depositRange(SpinPackets packets, SpectralAxis axis, int from, int to, double[] gridRe, double[] gridIm) {
        double[] shift = packets.shiftsUnsafe();
        double[] wRe = packets.weightsReUnsafe();
        double[] wIm = packets.weightsImUnsafe();
        double first = axis.firstPpm();
        double invStep = 1 / axis.stepPpm();
        int last = axis.size() - 1;
        for (int k = from; k < to; k++) {
            double u = (shift[k] - first) * invStep;
            if (u < -1 || u > last + 1) {
                continue;
            }
            double fl = Math.floor(u);
            int i = (int) fl;
            double a = u - fl;
            double b = 1 - a;
            if (i >= 0 && i < last) {
                gridRe[i] += b * wRe[k];
                gridIm[i] += b * wIm[k];
                gridRe[i + 1] += a * wRe[k];
                gridIm[i + 1] += a * wIm[k];
            } else if (i == -1) {
                gridRe[0] += a * wRe[k];
                gridIm[0] += a * wIm[k];
            } else if (i == last) {
                gridRe[last] += b * wRe[k];
                gridIm[last] += b * wIm[k];
            }
        }
    }

    /**
     * A Lorentzian or Voigt population through the project's one packet-to-line kernel ({@link PacketLines}): the line
     * broadening's real Lorentzian of FWHM LB convolved with the complex Lorentzian of HWHM Gamma is the complex Lorentzian
     * of HWHM Gamma + LB/2 (the transforms multiply: \( e^{-\Gamma t} e^{-\pi LB |t|} \) on \( t \ge 0 \)), so the
     * widths add and the line is evaluated analytically at every point, whatever its width against the bins (a sampled
     * kernel narrower than a bin does not hold its area: for Gamma = Delta/20 its samples sum to 6.7 times the integral).
     * Packets outside the window are dropped, as in the FFT path.
     *
     * @return {re[0..n), im[0..n)} before the phases, or null for other lineshapes or a zero width
     */
    private static double[] packetLines(SpinPopulation pop, SpectralAxis axis, double lbHz, double hzPerPpm) {
        double gammaHz;
        double sigmaHz;
        if (pop.lineshapeHz() instanceof Lorentzian l) {
            gammaHz = l.hwhm();
            sigmaHz = 0;
        } else if (pop.lineshapeHz() instanceof Voigt v) {
            gammaHz = v.gamma();
            sigmaHz = v.sigma();
        } else {
            return null;
        }
        double hwhmPpm = (gammaHz + 0.5 * lbHz) / Math.abs(hzPerPpm);
        if (!(hwhmPpm > 0)) {
            return null;
        }
        int n = axis.size();
        double[] ppm = axis.ppmValues();
        double lo = Math.min(ppm[0], ppm[n - 1]);
        double hi = Math.max(ppm[0], ppm[n - 1]);
        SpinPackets p = pop.packets();
        double[] s = p.shiftPpm();
        double[] wr = p.weightRe();
        double[] wi = p.weightIm();
        int inside = 0;
        for (int k = 0; k < s.length; k++) {
            if (s[k] >= lo && s[k] <= hi) {
                s[inside] = s[k];
                wr[inside] = wr[k];
                wi[inside] = wi[k];
                inside++;
            }
        }
        s = java.util.Arrays.copyOf(s, inside);
        wr = java.util.Arrays.copyOf(wr, inside);
        wi = java.util.Arrays.copyOf(wi, inside);
        double[] out = new double[2 * n];
        if (inside == 0) {
            return out;
        }
        PacketLines.Axis a = PacketLines.Axis.of(ppm);
        PacketLines.Kernel kernel = PacketLines.kernel(a, s, hwhmPpm, sigmaHz / Math.abs(hzPerPpm), false);
        double[] re = new double[n];
        double[] im = new double[n];
        double[] tr = new double[n];
        double[] ti = new double[n];
        PacketLines.add(kernel, s, wr, null, PacketLines.Kind.VALUE, re, im);
        PacketLines.add(kernel, s, wi, null, PacketLines.Kind.VALUE, tr, ti);
        for (int j = 0; j < n; j++) {
            // (wr + i wi) V = wr V - wi Im V + i (wr Im V + wi Re V)
            out[j] = re[j] - ti[j];
            out[n + j] = im[j] + tr[j];
        }
        return out;
    }

    /** Kernel L(m stepHz) * scale at index m mod P for |m| &lt; n. */
    private static void sampleKernel(Lineshape l, double stepHz, double scale, int n, double[] re, double[] im) {
        int p = re.length;
        for (int m = -(n - 1); m <= n - 1; m++) {
            double x = m * stepHz;
            int idx = m >= 0 ? m : p + m;
            re[idx] = l.absorption(x) * scale;
            im[idx] = l.dispersion(x) * scale;
        }
    }

    private static void applyPhase(Acquisition acq, SpectralAxis axis, double[] re, double[] im, double[] outRe, double[] outIm) {
        double p0 = Math.toRadians(acq.phase0Deg());
        double p1 = Math.toRadians(acq.phase1Deg());
        double swPpm = acq.spectralWidthPpm();
        for (int j = 0; j < outRe.length; j++) {
            double phi = p0 + p1 * (axis.ppm(j) - acq.carrierPpm()) / swPpm;
            double c = Math.cos(phi);
            double s = Math.sin(phi);
            outRe[j] = re[j] * c - im[j] * s;
            outIm[j] = re[j] * s + im[j] * c;
        }
    }

    private static void checkMemory(int padded, int n, int populations) {
        // two padded complex work arrays per population plus the kernel and broadening arrays, and
        // two n-point complex arrays per component plus the total
        double bytes = 8.0 * (6.0 * padded + 2.0 * n * (populations + 2));
        Runtime rt = Runtime.getRuntime();
        double available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > 0.8 * available) {
            throw new InvalidInputException(CoreMessage.MEMORY_EXCEEDED, "spectrum synthesis on " + n + " points",
                    bytes / 1048576.0, available / 1048576.0, "use fewer points or populations, or give the JVM more memory (-Xmx)");
        }
    }
}
