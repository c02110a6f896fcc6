package org.metalnmr.toolkit.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.metalnmr.core.error.Checks;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumModel;

/**
 * How far one fit of a series can be trusted: its reduced chi-square, whether the optimiser converged, which parameters
 * ended at a bound, and every warning in words. A fit is never reported without these (issue 13: a series that pinned 40
 * spectra at their bounds and reported {@code notConverged 0}).
 *
 * <p>Standard errors: the fitter's errors come from the noise alone, \( C = \sigma^2 (J^{\mathsf T}J)^{-1} \). When the model
 * does not describe the spectrum to its noise (\( \chi^2_{red} &gt; 2 \)) they are too small by about
 * \( \sqrt{\chi^2_{red}} \); then either the errors were scaled by that factor ({@code errorsScaled}) or a warning says so.
 * The threshold 2 is where, for the few hundred points of a fit range, \( \chi^2_{red} \) is far outside its sampling spread
 * \( \sqrt{2/\mathrm{dof}} \) (below 0.1 for dof &gt; 200), so the excess is misfit, not chance.
 *
 * @param reducedChiSquare chi-square per degree of freedom
 * @param converged        whether the optimiser met its convergence criteria
 * @param atBound          names of the fitted parameters at a bound (read-only)
 * @param warnings         every warning of the fit, in words (read-only)
 * @param errorsScaled     whether the standard errors were multiplied by \( \sqrt{\chi^2_{red}} \)
 */
public record FitQuality(double reducedChiSquare, boolean converged, List<String> atBound, List<String> warnings, boolean errorsScaled) {

    /** Reduced chi-square above which a fit is flagged poor and its unscaled errors come with a warning. */
    public static final double POOR_REDUCED_CHI_SQUARE = 2;
    /** Reduced chi-square above which the summary counts a fit as bad. */
    public static final double BAD_REDUCED_CHI_SQUARE = 10;

    /** Validates and copies. */
    public FitQuality {
        Checks.finite("reduced chi-square", reducedChiSquare);
        atBound = List.copyOf(atBound);
        warnings = List.copyOf(warnings);
    }

    /**
     * The quality of a fit.
     *
     * @param model        the model fitted (its bounds)
     * @param result       the fit
     * @param errorsScaled whether the fitter scaled the errors by the root of the reduced chi-square
     * @param legalAtBound parameters whose being at a bound is a legal answer (an absent line's amount at 0): not listed
     *                     in {@code atBound}, and the fitter's bound and identifiability warnings about them dropped
     * @param notes        further warnings of the series model (e.g. a line reported absent)
     * @return the quality
     */
    public static FitQuality assess(SpectrumModel model, FitResult result, boolean errorsScaled, Set<String> legalAtBound,
                                    List<String> notes) {
        return assess(model, result, errorsScaled, legalAtBound, Set.of(), notes);
    }

    /**
     * The quality of a fit whose model has parameters with a physical lower bound.
     *
     * @param model             the model fitted (its bounds)
     * @param result            the fit
     * @param errorsScaled      whether the fitter scaled the errors by the root of the reduced chi-square
     * @param legalAtBound      parameters whose being at either bound is a legal answer
     * @param legalAtLowerBound parameters whose lower bound is a legal answer (a variance of 0, an amount of 0): not
     *                          listed there, and the fitter's warnings about them dropped, while they sit at it
     * @param notes             further warnings of the series model
     * @return the quality
     */
    public static FitQuality assess(SpectrumModel model, FitResult result, boolean errorsScaled, Set<String> legalAtBound,
                                    Set<String> legalAtLowerBound, List<String> notes) {
        List<String> bound = new ArrayList<>();
        Set<String> quiet = new java.util.HashSet<>(legalAtBound);
        for (FitParameter p : model.parameters()) {
            double v = result.value(p.name());
            double e = result.stderr(p.name());
            boolean legalLower = legalAtLowerBound.contains(p.name()) && atLower(p, v, e);
            if (legalLower) {
                quiet.add(p.name());
            }
            if (!legalAtBound.contains(p.name()) && !legalLower && atBound(p, v, e)) {
                bound.add(p.name());
            }
        }
        List<String> w = new ArrayList<>();
        for (String s : result.warnings()) {
            if (quiet.stream().noneMatch(n -> s.startsWith(n + " "))) {
                w.add(s);
            }
        }
        w.addAll(notes);
        double chi2 = result.reducedChiSquare();
        if (!errorsScaled && chi2 > POOR_REDUCED_CHI_SQUARE) {
            w.add(String.format(Locale.ROOT, "reduced chi-square %.3g > %.0f: the model does not describe the spectrum to its noise and the"
                    + " standard errors (from the noise alone) are too small by about sqrt(%.3g) = %.3g; scale them (--scale-errors)"
                    + " or improve the model", chi2, POOR_REDUCED_CHI_SQUARE, chi2, Math.sqrt(chi2)));
        }
        return new FitQuality(chi2, result.converged(), bound, w, errorsScaled);
    }

    /**
     * The fitter's criterion for a value at its bound: within \( 10^{-6} \) of the range of a two-sided parameter (else
     * \( 10^{-9}\max(1, |p|) \)), or within \( 10^{-3} \) of its standard error, whichever is larger.
     *
     * @param p      the parameter and its bounds
     * @param value  its fitted value
     * @param stderr its standard error
     * @return whether it is at a bound
     */
    static boolean atLower(FitParameter p, double value, double stderr) {
        return Double.isFinite(p.lower()) && value - p.lower() <= tolerance(p, value, stderr);
    }

    private static double tolerance(FitParameter p, double value, double stderr) {
        double tol = Double.isFinite(p.lower()) && Double.isFinite(p.upper()) ? 1e-6 * (p.upper() - p.lower())
                : 1e-9 * Math.max(1, Math.abs(value));
        return Double.isFinite(stderr) ? Math.max(tol, 1e-3 * stderr) : tol;
    }

    static boolean atBound(FitParameter p, double value, double stderr) {
        boolean lo = Double.isFinite(p.lower());
        boolean hi = Double.isFinite(p.upper());
        double tol = lo && hi ? 1e-6 * (p.upper() - p.lower()) : 1e-9 * Math.max(1, Math.abs(value));
        if (Double.isFinite(stderr)) {
            tol = Math.max(tol, 1e-3 * stderr);
        }
        return lo && value - p.lower() <= tol || hi && p.upper() - value <= tol;
    }

    /**
     * @param flag what to look for
     * @return whether this fit is flagged so
     */
    public boolean is(QualityFlag flag) {
        return flag.flags(this);
    }
}
