package org.metalnmr.spectra.fit;

import java.util.ArrayList;
import java.util.List;

import org.metalnmr.core.lineshape.PseudoVoigt;
import org.metalnmr.core.synthesis.Acquisition;
import org.metalnmr.core.synthesis.NoiseModel;
import org.metalnmr.core.synthesis.SpectrumSynthesizer;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.core.synthesis.SpinPopulation;
import org.metalnmr.core.synthesis.SynthesisResult;

/** Pseudo-Voigt test spectra made by the synthesis engine (one packet per line). */
final class SyntheticSpectra {

    static final double REF = 116.64e6;

    private SyntheticSpectra() {
    }

    /**
     * @param lines    {centerPpm, hwhmPpm, eta, area} per line
     * @param phaseDeg zero-order phase [deg]
     * @param points   number of points over 40 kHz (343 ppm) centred on 258 ppm
     * @param snr      signal-to-noise ratio (0: no noise)
     * @param seed     noise seed
     * @return the synthesis
     */
    static SynthesisResult pseudoVoigt(List<double[]> lines, double phaseDeg, int points, double snr, long seed) {
        Acquisition acq = new Acquisition(40_000, points, REF, 258, 0, phaseDeg, 0);
        List<SpinPopulation> pops = new ArrayList<>();
        double hzPerPpm = REF * 1e-6;
        for (int l = 0; l < lines.size(); l++) {
            double[] g = lines.get(l);
            pops.add(new SpinPopulation("line" + (l + 1), SpinPackets.real(new double[] {g[0]}, new double[] {g[3]}),
                    new PseudoVoigt(g[1] * hzPerPpm, g[2])));
        }
        SpectrumSynthesizer s = new SpectrumSynthesizer();
        if (snr > 0) {
            s = s.withNoise(new NoiseModel(snr, seed));
        }
        return s.synthesize(pops, acq);
    }
}
