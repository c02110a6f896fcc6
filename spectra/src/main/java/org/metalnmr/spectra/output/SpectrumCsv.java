package org.metalnmr.spectra.output;

import java.nio.file.Path;
import java.util.Locale;

import org.metalnmr.core.spectrum.Spectrum;

/** Writes a spectrum as CSV columns {@code ppm,real,imag} (header line first), atomically. */
public final class SpectrumCsv {

    private SpectrumCsv() {
    }

    /**
     * @param spectrum the spectrum
     * @return its CSV text
     */
    public static String format(Spectrum spectrum) {
        StringBuilder sb = new StringBuilder(spectrum.axis().size() * 40);
        sb.append("ppm,real,imag\n");
        for (int i = 0; i < spectrum.axis().size(); i++) {
            sb.append(String.format(Locale.ROOT, "%.6f,%.8g,%.8g%n", spectrum.axis().ppm(i), spectrum.realAt(i), spectrum.imagAt(i)));
        }
        return sb.toString();
    }

    /**
     * @param spectrum the spectrum
     * @param target   the file
     */
    public static void write(Spectrum spectrum, Path target) {
        AtomicFiles.writeString(target, format(spectrum));
    }
}
