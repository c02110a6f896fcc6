package org.metalnmr.toolkit.morphology;

import java.util.Locale;

import org.joml.Vector3dc;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.shift.AxisDistribution;

/**
 * How the whisker axes spread about the electrode normal, parameterised by one angle sigma ({@code whiskerSpreadDeg}).
 * <ul>
 * <li>{@link #VON_MISES_FISHER} (default): density proportional to exp(kappa cos theta) with kappa = 1/sigma^2
 * (sigma in rad): for small sigma a two-dimensional Gaussian in the tilt of standard deviation sigma per axis
 * (mean tilt about 1.25 sigma); sigma = 0.224 rad (12.8 deg) is kappa = 20.</li>
 * <li>{@link #CONE}: uniform over the spherical cap of half-angle sigma.</li>
 * </ul>
 */
public enum WhiskerOrientation {
    /** von Mises-Fisher with kappa = 1 / sigma^2. */
    VON_MISES_FISHER,
    /** Uniform cone of half-angle sigma. */
    CONE;

    /**
     * @param normal   the mean direction (electrode normal, lab frame)
     * @param spreadDeg sigma [deg], &gt; 0
     * @return the axis distribution
     */
    public AxisDistribution distribution(Vector3dc normal, double spreadDeg) {
        double sigma = Math.toRadians(spreadDeg);
        return switch (this) {
            case VON_MISES_FISHER -> AxisDistribution.vonMisesFisher(normal, Math.min(1e8, 1 / (sigma * sigma)));
            case CONE -> AxisDistribution.cone(normal, Math.min(Math.PI, sigma));
        };
    }

    /**
     * @param kappa a von Mises-Fisher concentration &gt; 0
     * @return the spread sigma = 1/sqrt(kappa) [deg]
     */
    public static double spreadDegFromKappa(double kappa) {
        return Math.toDegrees(1 / Math.sqrt(kappa));
    }

    /**
     * @param text {@code vmf} / {@code von-mises-fisher} or {@code cone}
     * @return the choice
     */
    public static WhiskerOrientation parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "vmf", "von-mises-fisher" -> VON_MISES_FISHER;
            case "cone" -> CONE;
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "whisker orientation", "vmf (von Mises-Fisher), cone", text);
        };
    }
}
