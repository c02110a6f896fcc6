package org.metalnmr.geometry.deposit;

import java.util.List;

import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.BoundingBox;
import org.metalnmr.geometry.body.Disk;

/**
 * Metal deposited on (or detached from) an electrode face, kept as a statistical description that
 * can be expanded into explicit bodies with {@link #toBodies()}. Records:
 * {@link DenseLayer}, {@link WhiskerPopulation}, {@link MossyLayer}, {@link DeadLithiumPopulation}.
 * Each is produced by its {@link DepositSpec} from a site and a seed, reproducibly.
 */
public sealed interface Deposit permits DenseLayer, WhiskerPopulation, MossyLayer, DeadLithiumPopulation {

    /** Most explicit bodies {@link #toBodies()} returns; beyond it keep the population. */
    long MAX_EXPLICIT_BODIES = 2_000_000L;

    /** @return material name */
    String material();

    /** @return the face the deposit belongs to */
    SurfaceSite site();

    /** @return number of explicit bodies {@link #toBodies()} gives (expected value for a mossy layer) */
    long count();

    /** @return total metal volume [m^3] (sum over the bodies; for a mossy layer packing x layer volume) */
    double totalVolume();

    /**
     * @return the explicit bodies in the lab frame
     * @throws org.metalnmr.core.error.InvalidInputException when more than {@link #MAX_EXPLICIT_BODIES}
     */
    List<Body> toBodies();

    /**
     * @return the slab the deposit occupies: a disk on the site, from the face to the largest
     *         height reached (for effective-medium treatment and drawing)
     */
    Disk envelope();

    /** @return the lab box of the envelope */
    default BoundingBox boundingBox() {
        return envelope().boundingBox();
    }
}
