package org.metalnmr.spectra.processing;

/**
 * Window functions multiplied onto a FID before the Fourier transform.
 *
 * <p>Exponential (TopSpin {@code em}), adding a Lorentzian of full width at half maximum LB:
 * \[ w_{\mathrm{E}}(t) = e^{-\pi\,\mathrm{LB}\,t} \]
 * since \( e^{-\pi \mathrm{LB} |t|} \) transforms into a Lorentzian of FWHM LB [Hz].
 *
 * <p>Gaussian, adding a Gaussian of full width at half maximum GB:
 * \[ w_{\mathrm{G}}(t) = \exp\!\left(-\frac{(\pi\,\mathrm{GB}\,t)^2}{4\ln 2}\right) \]
 * since \( e^{-a t^2} \) transforms into \( e^{-\pi^2 f^2/a} \), whose FWHM
 * \( 2\sqrt{a\ln 2}/\pi \) equals GB for \( a = (\pi\,\mathrm{GB})^2/(4\ln 2) \). This is a
 * pure Gaussian broadening, not TopSpin's Lorentz-to-Gauss {@code gm} (which needs a negative LB).
 *
 * <p>Time \( t_j = j\,\Delta t \) counts from the first stored sample, as TopSpin's {@code em}
 * does; with a digital-filter group delay of g points the window is therefore shifted by
 * \( g\Delta t \) from the true time origin, which for the exponential window is only the constant
 * factor \( e^{-\pi \mathrm{LB}\, g \Delta t} \) on the whole spectrum (line shapes unchanged).
 */
public final class Apodization {

    private static final double FOUR_LN2 = 4.0 * Math.log(2.0);

    private Apodization() {
    }

    /**
     * Multiplies the first {@code n} samples by \( w_E(t_j)\, w_G(t_j) \).
     *
     * @param re                   real parts, modified in place
     * @param im                   imaginary parts, modified in place
     * @param n                    number of samples to weight
     * @param dwellSeconds         sampling interval [s]
     * @param lineBroadeningHz     LB [Hz], 0 for none
     * @param gaussianBroadeningHz GB [Hz], 0 for none
     */
    public static void apply(double[] re, double[] im, int n, double dwellSeconds, double lineBroadeningHz,
                             double gaussianBroadeningHz) {
        if (lineBroadeningHz == 0 && gaussianBroadeningHz == 0) {
            return;
        }
        double a = Math.PI * lineBroadeningHz * dwellSeconds;
        double g = Math.PI * gaussianBroadeningHz * dwellSeconds;
        double g2 = g * g / FOUR_LN2;
        for (int j = 0; j < n; j++) {
            double w = Math.exp(-a * j - g2 * (double) j * j);
            re[j] *= w;
            im[j] *= w;
        }
    }
}
