package org.metalnmr.validation.bench;

import java.util.ArrayList;
import java.util.List;

import org.metalnmr.core.lineshape.PseudoVoigt;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.core.synthesis.Acquisition;
import org.metalnmr.core.synthesis.NoiseModel;
import org.metalnmr.core.synthesis.SpectrumSynthesizer;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.core.synthesis.SpinPopulation;

/** Seeded synthetic pseudo-Voigt spectra shared by the fit benchmarks and the scipy comparison. */
public final class BenchmarkSpectra {

    /** 7Li reference frequency at 7.05 T [Hz] (the operando data set). */
    public static final double REFERENCE_HZ = 116.64e6;

    private BenchmarkSpectra() {
    }

    /**
     * @param lines    {centerPpm, hwhmPpm, eta, area} per line
     * @param phaseDeg zero-order phase [deg]
     * @param points   number of points over 40 kHz (343 ppm) centred on 258 ppm
     * @param snr      signal-to-noise ratio
     * @param seed     noise seed
     * @return the noisy spectrum
     */
    public static Spectrum pseudoVoigt(List<double[]> lines, double phaseDeg, int points, double snr, long seed) {
        double hzPerPpm = REFERENCE_HZ * 1e-6;
        List<SpinPopulation> pops = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            double[] g = lines.get(l);
            pops.add(new SpinPopulation("line" + (l + 1), SpinPackets.real(new double[] {g[0]}, new double[] {g[3]}),
                    new PseudoVoigt(g[1] * hzPerPpm, g[2])));
        }
        return new SpectrumSynthesizer().withNoise(new NoiseModel(snr, seed))
                .synthesize(pops, new Acquisition(40_000, points, REFERENCE_HZ, 258, 0, phaseDeg, 0)).spectrum();
    }

    /**
     * The peaks:2 operando-like spectrum: bulk Li near 247 ppm, microstructure near 268 ppm.
     *
     * @param points number of points
     * @param seed   noise seed (also varies the truth slightly)
     * @return the spectrum
     */
    public static Spectrum twoLines(int points, long seed) {
        double d = 0.1 * (seed % 7);
        return pseudoVoigt(List.of(new double[] {247.3 + d, 3.1, 0.6, 10.0}, new double[] {268.4 - d, 4.2, 0.3, 4.0 + d}), 30, points,
                150, seed);
    }

    /**
     * Five lines over 16k points (the FitBenchmark case).
     *
     * @param seed noise seed
     * @return the spectrum
     */
    public static Spectrum fiveLines(long seed) {
        return pseudoVoigt(List.of(new double[] {238, 2.5, 0.5, 3}, new double[] {247.3, 3.1, 0.6, 10}, new double[] {258, 2, 0.2, 2},
                new double[] {268.4, 4.2, 0.3, 4}, new double[] {280, 3, 0.7, 1.5}), 25, 16384, 200, seed);
    }
}
