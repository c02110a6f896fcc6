package org.metalnmr.geometry.deposit;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryMessage;

/** Checks shared by the population records and generators. */
final class Populations {

    /** Most members a generated population may have (arrays of about 8 doubles each). */
    static final long MAX_MEMBERS = 5_000_000L;

    private Populations() {
    }

    static double[] copy(String what, double[] a, long expected) {
        if (a == null || a.length != expected) {
            throw new InvalidInputException(GeometryMessage.ARRAY_LENGTH, what, expected, a == null ? 0 : a.length);
        }
        return a.clone();
    }

    static int memberCount(String what, double expected) {
        long n = Math.round(expected);
        if (n > MAX_MEMBERS) {
            throw new InvalidInputException(GeometryMessage.TOO_MANY_BODIES, what, n, MAX_MEMBERS);
        }
        return (int) n;
    }

    static void requireExplicit(String what, long n) {
        if (n > Deposit.MAX_EXPLICIT_BODIES) {
            throw new InvalidInputException(GeometryMessage.TOO_MANY_BODIES, what, n, Deposit.MAX_EXPLICIT_BODIES);
        }
    }
}
