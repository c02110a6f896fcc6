package org.metalnmr.toolkit.cli;

import picocli.CommandLine.Option;

/** The options of {@code fit} and {@code fit-series} that say which part of a spectrum is fitted and how its errors are read. */
final class FitRangeOptions {

    @Option(names = "--range-ppm", paramLabel = "LO:HI", description = "fit range [ppm] (default: the whole spectrum)")
    String range;

    @Option(names = "--noise-ppm", paramLabel = "LO:HI", description = "a signal-free region for the noise sigma [ppm] (default: automatic)")
    String noise;

    @Option(names = "--scale-errors",
            description = "multiply the covariance by the reduced chi-square (standard errors by its root): for data the model does"
                    + " not describe to the noise, e.g. real spectra with reduced chi-square >> 1")
    boolean scaleErrors;

    @Option(names = "--baseline", description = "peaks:N and morphology: add a linear baseline (baseline0, baseline1)")
    boolean baseline;

    /** @return the fit range {lo, hi} [ppm], or null for the whole spectrum */
    double[] rangePpm() {
        return range == null ? null : FitReports.parseRange(range, "--range-ppm");
    }
}
