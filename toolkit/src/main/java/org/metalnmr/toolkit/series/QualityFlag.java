package org.metalnmr.toolkit.series;

/** What makes a series row suspect, for counting and for a non-zero exit status ({@code fit-series --fail-on}). */
public enum QualityFlag {
    /** Reduced chi-square above {@link FitQuality#POOR_REDUCED_CHI_SQUARE}: the model does not describe the spectrum to its noise. */
    POOR,
    /** A fitted parameter at one of its bounds (other than an absent line's amount at zero, which is legal). */
    BOUND,
    /** The optimiser did not converge. */
    UNCONVERGED;

    /**
     * @param q a row's quality
     * @return whether this flag applies to it
     */
    public boolean flags(FitQuality q) {
        return switch (this) {
            case POOR -> q.reducedChiSquare() > FitQuality.POOR_REDUCED_CHI_SQUARE;
            case BOUND -> !q.atBound().isEmpty();
            case UNCONVERGED -> !q.converged();
        };
    }
}
