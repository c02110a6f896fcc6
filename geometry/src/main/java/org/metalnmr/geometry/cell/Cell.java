package org.metalnmr.geometry.cell;

import java.util.List;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryMessage;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.deposit.SurfaceSite;

/**
 * A built cell: its parameters and its parts in the lab frame (names in {@link CellParameters}).
 *
 * @param parameters what it was built from
 * @param parts      the parts, lab frame (copied)
 */
public record Cell(CellParameters parameters, List<Part> parts) {

    /** Copies. */
    public Cell {
        parts = List.copyOf(parts);
    }

    /**
     * @param name a part name
     * @return that part
     */
    public Part part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException(GeometryMessage.NOT_ONE_OF, "part",
                        parts.stream().map(Part::name).toList(), name));
    }

    /**
     * @param site which face
     * @return that face in the lab frame, normal pointing into the pellet
     */
    public SurfaceSite site(CellSite site) {
        return switch (site) {
            case COUNTER_ELECTRODE -> SurfaceSite.ofDiskFace((Disk) part(CellParameters.COUNTER_ELECTRODE).body(), true);
            case WORKING_ELECTRODE -> SurfaceSite.ofDiskFace((Disk) part(CellParameters.COMPOSITE).body(), false);
        };
    }
}
