package org.metalnmr.rf.penetration;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;

/** Point checks shared by the profiles: a point must lie in the metal (1e-9 relative slack for round-off). */
final class BodyPoints {

    /** Relative slack on the body's boundary. */
    static final double SLACK = 1e-9;

    private BodyPoints() {
    }

    static void require(boolean inside, double x, double y, double z, String body) {
        if (!inside || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new InvalidInputException(RfMessage.OUTSIDE_BODY, x, y, z, body);
        }
    }
}
