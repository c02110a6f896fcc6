package org.metalnmr.geometry.cell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryMessage;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.BoundingBox;
import org.metalnmr.geometry.body.Overlap;
import org.metalnmr.geometry.deposit.Deposit;
import org.metalnmr.geometry.voxel.VoxelSource;

/**
 * What the physics acts on: the coil, the named parts (lab frame) and the named deposits.
 *
 * <p>Checked on construction: names unique over parts and deposits; parts whose role does not
 * allow it ({@link PartRole#mayOverlap()}) do not overlap each other (shared volume, estimated by
 * {@link Overlap} on a 24^3 lattice, above 1e-6 of the smaller part); and no part reaches into
 * the coil winding (every lattice point of a part that lies within the coil's length is within
 * the bore radius). Deposits are exempt: they grow into the layer next to their face.</p>
 *
 * @param coil     the RF coil
 * @param parts    the parts (copied)
 * @param deposits the deposits (copied)
 */
public record CellGeometry(Solenoid coil, List<Part> parts, List<NamedDeposit> deposits) {

    private static final int OVERLAP_SAMPLES = 24;
    private static final int BORE_SAMPLES = 20;

    /** Validates and copies. */
    public CellGeometry {
        Objects.requireNonNull(coil, "coil");
        parts = List.copyOf(parts);
        deposits = List.copyOf(deposits);
        Set<String> names = new HashSet<>();
        for (Part p : parts) {
            if (!names.add(p.name())) {
                throw new InvalidInputException(GeometryMessage.DUPLICATE_NAME, "part", p.name());
            }
        }
        for (NamedDeposit d : deposits) {
            if (!names.add(d.name())) {
                throw new InvalidInputException(GeometryMessage.DUPLICATE_NAME, "deposit", d.name());
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Part a = parts.get(i);
            if (a.role().mayOverlap()) {
                continue;
            }
            for (int j = i + 1; j < parts.size(); j++) {
                Part b = parts.get(j);
                if (b.role().mayOverlap()) {
                    continue;
                }
                double shared = Overlap.sharedVolume(a.body(), b.body(), OVERLAP_SAMPLES);
                if (shared > 1e-6 * Math.min(a.body().volume(), b.body().volume())) {
                    throw new InvalidInputException(GeometryMessage.OVERLAP, a.name(), a.role().fileName(), b.name(),
                            b.role().fileName(), shared);
                }
            }
        }
        for (Part p : parts) {
            checkBore(coil, p);
        }
    }

    /**
     * @param coil the coil
     * @param cell a built cell
     * @return the scene of that cell in that coil, no deposits
     */
    public static CellGeometry of(Solenoid coil, Cell cell) {
        return new CellGeometry(coil, cell.parts(), List.of());
    }

    /**
     * @param name    deposit name
     * @param deposit the deposit
     * @return a copy with the deposit added
     */
    public CellGeometry withDeposit(String name, Deposit deposit) {
        List<NamedDeposit> d = new ArrayList<>(deposits);
        d.add(new NamedDeposit(name, deposit));
        return new CellGeometry(coil, parts, d);
    }

    /**
     * @return the parts followed by every deposit expanded into explicit bodies, each a part of
     *         role {@link PartRole#DEPOSIT} named {@code depositName#index}
     * @throws InvalidInputException when a deposit has too many bodies to expand
     */
    public List<Part> explicitParts() {
        List<Part> out = new ArrayList<>(parts);
        for (NamedDeposit d : deposits) {
            List<Body> bodies = d.deposit().toBodies();
            for (int i = 0; i < bodies.size(); i++) {
                out.add(new Part(d.name() + "#" + i, PartRole.DEPOSIT, bodies.get(i)));
            }
        }
        return out;
    }

    /**
     * @param key how to group bodies into channels
     * @return the voxel sources of every part and every deposit body (deposits expanded), with
     *         the role's priority; a deposit's bodies share one channel under PART
     */
    public List<VoxelSource> voxelSources(ChannelKey key) {
        List<VoxelSource> out = new ArrayList<>();
        for (Part p : parts) {
            out.add(new VoxelSource(channel(key, p.name(), p.role(), p.material()), p.material(), p.body(),
                    p.role().voxelPriority()));
        }
        for (NamedDeposit d : deposits) {
            String m = d.deposit().material();
            String c = channel(key, d.name(), PartRole.DEPOSIT, m);
            for (Body b : d.deposit().toBodies()) {
                out.add(new VoxelSource(c, m, b, PartRole.DEPOSIT.voxelPriority()));
            }
        }
        return out;
    }

    private static String channel(ChannelKey key, String name, PartRole role, String material) {
        return switch (key) {
            case MATERIAL -> material;
            case PART -> name;
            case ROLE -> role.fileName();
        };
    }

    /** @return the lab box of all parts and deposit envelopes (the coil excluded) */
    public BoundingBox boundingBox() {
        BoundingBox box = null;
        for (Part p : parts) {
            box = box == null ? p.body().boundingBox() : box.union(p.body().boundingBox());
        }
        for (NamedDeposit d : deposits) {
            box = box == null ? d.deposit().boundingBox() : box.union(d.deposit().boundingBox());
        }
        return box == null ? coil.boundingBox() : box;
    }

    /** @return the distinct materials of parts and deposits, in order of appearance */
    public Set<String> materials() {
        Set<String> m = new LinkedHashSet<>();
        for (Part p : parts) {
            for (Body b : p.body().leaves()) {
                m.add(b.material());
            }
        }
        deposits.forEach(d -> m.add(d.deposit().material()));
        return m;
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

    private static void checkBore(Solenoid coil, Part p) {
        BoundingBox b = p.body().boundingBox();
        int n = BORE_SAMPLES;
        double worst = 0;
        for (int k = 0; k <= n; k++) {
            double z = b.minZ() + k * b.sizeZ() / n;
            for (int j = 0; j <= n; j++) {
                double y = b.minY() + j * b.sizeY() / n;
                for (int i = 0; i <= n; i++) {
                    double x = b.minX() + i * b.sizeX() / n;
                    if (!p.body().contains(x, y, z)) {
                        continue;
                    }
                    double[] ra = coil.radialAndAxial(x, y, z);
                    if (Math.abs(ra[1]) <= coil.length() / 2 + coil.wireDiameter() / 2) {
                        worst = Math.max(worst, ra[0]);
                    }
                }
            }
        }
        if (worst > coil.boreRadius()) {
            throw new InvalidInputException(GeometryMessage.OUTSIDE_BORE, p.name(), worst, coil.boreRadius());
        }
    }
}
