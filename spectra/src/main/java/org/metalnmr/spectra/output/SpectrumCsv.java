package org.metalnmr.spectra.output;

import java.nio.file.Path;
import java.util.Locale;

import org.metalnmr.core.spectrum.Spectrum;

/**
 * Writes a spectrum as CSV columns {@code ppm,real,imag} (header line first), atomically. When the intensities
 * have a physical unit, the header says it: {@code ppm,real_mol_per_ppm,imag_mol_per_ppm} (the readers of this
 * project recognise columns whose names start with {@code real} and {@code imag}).
 */
public final class SpectrumCsv {

    private SpectrumCsv() {
    }

    /**
     * @param spectrum the spectrum
     * @return its CSV text, intensities as they are (header {@code ppm,real,imag})
     */
    public static String format(Spectrum spectrum) {
        return format(spectrum, "", 1);
    }

    /**
     * @param spectrum   the spectrum
     * @param unitSuffix the unit of the written intensities as a column-name suffix, e.g. {@code mol_per_ppm}
     *                   (empty: none)
     * @param factor     written intensity = factor times the spectrum's value (e.g. 1/N_A from nuclei to mol)
     * @return the CSV text
     */
    public static String format(Spectrum spectrum, String unitSuffix, double factor) {
        String suffix = unitSuffix.isEmpty() ? "" : "_" + unitSuffix;
        StringBuilder sb = new StringBuilder(spectrum.axis().size() * 40);
        sb.append("ppm,real").append(suffix).append(",imag").append(suffix).append('\n');
        for (int i = 0; i < spectrum.axis().size(); i++) {
            sb.append(String.format(Locale.ROOT, "%.6f,%.8g,%.8g%n", spectrum.axis().ppm(i), factor * spectrum.realAt(i),
                    factor * spectrum.imagAt(i)));
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
