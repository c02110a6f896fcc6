package org.metalnmr.toolkit.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.cell.CellSite;
import org.metalnmr.geometry.deposit.WhiskerSpec;
import org.metalnmr.microstructure.generate.HexCylinderArray;
import org.metalnmr.microstructure.generate.RandomWhiskers;
import org.metalnmr.toolkit.ToolkitMessage;

/**
 * Reads and writes the {@code deposits[]} entries of type {@code voxel} (docs/scenario-format.md). Every refusal is one
 * line naming the file, the JSON path, the value and what is allowed, as for the rest of the scenario.
 */
final class VoxelDeposits {

    private static final Map<String, CellSite> SITES = Map.of("counter-electrode", CellSite.COUNTER_ELECTRODE,
            "working-electrode", CellSite.WORKING_ELECTRODE);
    private static final Map<String, VoxelSource.FileFormat> FORMATS = Map.of("tiff", VoxelSource.FileFormat.TIFF,
            "npy", VoxelSource.FileFormat.NPY, "raw-json", VoxelSource.FileFormat.RAW_JSON);
    private static final Map<String, String> GENERATORS = Map.of("hex-array", "hex-array", "whiskers", "whiskers");

    /** Defaults of the hexagonal array: LiMetalNMR's standard case (issue 16) with a 20 um slab. */
    private static final double HEX_RADIUS_M = 10e-6;
    private static final double HEX_HEIGHT_M = 10e-6;
    private static final double HEX_SPACING_M = 30e-6;
    private static final double SLAB_M = 20e-6;
    private static final double BOX_M = 128e-6;

    private VoxelDeposits() {
    }

    /**
     * @param d    the deposit entry (an object whose type is voxel)
     * @param base the folder relative file paths are resolved against
     * @return the entry
     */
    static VoxelDepositEntry read(JsonCursor d, Path base) {
        d.object(List.of("name", "type", "site", "material", "seed", "source", "placement"));
        String name = d.require("name", "a unique deposit name").asText();
        CellSite site = d.word("site", SITES, null);
        String material = d.material("material", "Li");
        long seed = d.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        VoxelSource source = readSource(d.require("source", "a voxel file or a generator"), base, material, seed);
        VoxelPlacement placement = readPlacement(d.get("placement"));
        return d.build(() -> new VoxelDepositEntry(name, site, material, source, placement));
    }

    private static VoxelSource readSource(JsonCursor s, Path base, String material, long seed) {
        s.object(List.of("file", "format", "voxelSize", "threshold", "labels", "laterallyPeriodic", "generator", "radius",
                "height", "spacing", "slabThickness", "boxLateral", "boxHeight", "arealDensity", "length", "orientation"));
        boolean file = s.has("file");
        boolean generator = s.has("generator");
        if (file == generator) {
            if (file) {
                throw new InvalidInputException(ToolkitMessage.SCENARIO_EXCLUSIVE_KEYS, s.source(), s.path(), "file", "generator");
            }
            throw new InvalidInputException(ToolkitMessage.SCENARIO_MISSING, s.source(), s.path() + ".file",
                    "a voxel file (tiff, npy, raw-json), or a generator (hex-array, whiskers)");
        }
        return file ? readFile(s, base) : readGenerator(s, material, seed);
    }

    private static VoxelSource readFile(JsonCursor s, Path base) {
        s.object(List.of("file", "format", "voxelSize", "threshold", "labels", "laterallyPeriodic"));
        JsonCursor f = s.get("file");
        String given = f.asText();
        Path path;
        try {
            path = base.resolve(given).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_TYPE, s.source(), f.path(), "a file path", given);
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_TYPE, s.source(), f.path(),
                    "an existing file (relative paths start at the scenario's folder)", given + " (" + path + ")");
        }
        VoxelSource.FileFormat format = s.has("format") ? s.word("format", FORMATS, null) : formatOf(s, path);
        if (format == VoxelSource.FileFormat.RAW_JSON) {
            for (String k : List.of("voxelSize", "threshold", "labels", "laterallyPeriodic")) {
                if (s.has(k)) {
                    throw new InvalidInputException(ToolkitMessage.SCENARIO_TYPE, s.source(), s.path() + "." + k,
                            "absent for a raw-json source (its header gives voxelSizeM, threshold or metalLabels, laterallyPeriodic)",
                            s.get(k).node().toString());
                }
            }
            return s.build(() -> new VoxelSource.ImportedFile(format, path, Double.NaN, Double.NaN, List.of(), false));
        }
        double voxel = s.number("voxelSize", "the voxel edge [m]");
        double threshold = s.number("threshold", Double.NaN);
        List<Long> labels = new ArrayList<>();
        for (JsonCursor l : s.array("labels")) {
            if (!l.node().canConvertToLong() || !l.node().isIntegralNumber()) {
                throw new InvalidInputException(ToolkitMessage.SCENARIO_TYPE, s.source(), l.path(), "an integer label",
                        l.node().toString());
            }
            labels.add(l.node().asLong());
        }
        if (s.has("labels") && labels.isEmpty()) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_TYPE, s.source(), s.path() + ".labels",
                    "a non-empty list of metal labels", "[]");
        }
        if (s.has("threshold") && s.has("labels")) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_EXCLUSIVE_KEYS, s.source(), s.path(), "threshold", "labels");
        }
        boolean periodic = s.bool("laterallyPeriodic", false);
        return s.build(() -> new VoxelSource.ImportedFile(format, path, voxel, threshold, labels, periodic));
    }

    private static VoxelSource.FileFormat formatOf(JsonCursor s, Path path) {
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".tif") || n.endsWith(".tiff")) {
            return VoxelSource.FileFormat.TIFF;
        }
        if (n.endsWith(".npy")) {
            return VoxelSource.FileFormat.NPY;
        }
        if (n.endsWith(".json")) {
            return VoxelSource.FileFormat.RAW_JSON;
        }
        throw new InvalidInputException(ToolkitMessage.SCENARIO_MISSING, s.source(), s.path() + ".format",
                "one of " + FORMATS.keySet() + ": the file name ends in none of .tif, .tiff, .npy, .json");
    }

    private static VoxelSource readGenerator(JsonCursor s, String material, long seed) {
        String kind = s.word("generator", GENERATORS, null);
        double voxel = s.number("voxelSize", "the voxel edge [m]");
        double slab = s.number("slabThickness", SLAB_M);
        double lateral = s.number("boxLateral", BOX_M);
        double height = s.number("boxHeight", BOX_M);
        if (kind.equals("hex-array")) {
            s.object(List.of("generator", "voxelSize", "radius", "height", "spacing", "slabThickness", "boxLateral", "boxHeight"));
            double r = s.number("radius", HEX_RADIUS_M);
            double h = s.number("height", HEX_HEIGHT_M);
            double a = s.number("spacing", HEX_SPACING_M);
            return s.build(() -> new VoxelSource.HexArray(new HexCylinderArray(r, h, a, slab, lateral, height, voxel)));
        }
        s.object(List.of("generator", "voxelSize", "arealDensity", "radius", "length", "orientation", "slabThickness",
                "boxLateral", "boxHeight"));
        WhiskerSpec spec = s.build(() -> new WhiskerSpec(material, s.number("arealDensity", "whiskers per area [m^-2]"),
                ScenarioFiles.readSize(s.require("radius", "a size [m] or distribution")),
                ScenarioFiles.readSize(s.require("length", "a size [m] or distribution")),
                ScenarioFiles.readOrientation(s.get("orientation"))));
        return s.build(() -> new VoxelSource.Whiskers(new RandomWhiskers(spec, slab, lateral, height, voxel, seed)));
    }

    private static VoxelPlacement readPlacement(JsonCursor p) {
        if (p.isMissing()) {
            return VoxelPlacement.DEFAULT;
        }
        p.object(List.of("electrodePlanes", "rotationDeg", "offset", "coverage", "copies"));
        int planes = (int) p.integer("electrodePlanes", -1, -1, 1 << 14);
        double rotation = p.number("rotationDeg", 0.0);
        double u = 0;
        double v = 0;
        JsonCursor o = p.get("offset");
        if (!o.isMissing()) {
            if (!o.node().isArray() || o.node().size() != 2) {
                throw new InvalidInputException(ToolkitMessage.SCENARIO_TYPE, p.source(), o.path(), "an array of two numbers [u, v] [m]",
                        o.node().toString());
            }
            u = new JsonCursor(o.node().get(0), o.path() + "[0]", p.source()).asNumber();
            v = new JsonCursor(o.node().get(1), o.path() + "[1]", p.source()).asNumber();
        }
        double coverage = p.number("coverage", 1.0);
        long copies = p.integer("copies", 1, 1, 1_000_000_000L);
        double fu = u;
        double fv = v;
        return p.build(() -> new VoxelPlacement(planes, rotation, fu, fv, coverage, copies));
    }

    /**
     * @param d an entry
     * @return its JSON object (every value written; file paths absolute)
     */
    static ObjectNode write(VoxelDepositEntry d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("name", d.name());
        o.put("type", "voxel");
        o.put("site", d.site().fileName());
        o.put("material", d.material());
        ObjectNode src = o.putObject("source");
        if (d.source() instanceof VoxelSource.ImportedFile file) {
            src.put("file", file.path().toString());
            src.put("format", file.format().fileName());
            if (file.format() != VoxelSource.FileFormat.RAW_JSON) {
                src.put("voxelSize", file.voxelSizeM());
                if (!Double.isNaN(file.threshold())) {
                    src.put("threshold", file.threshold());
                }
                if (!file.labels().isEmpty()) {
                    ArrayNode a = src.putArray("labels");
                    file.labels().forEach(a::add);
                }
                src.put("laterallyPeriodic", file.laterallyPeriodic());
            }
        } else if (d.source() instanceof VoxelSource.HexArray hex) {
            HexCylinderArray g = hex.generator();
            src.put("generator", "hex-array");
            src.put("voxelSize", g.voxelSizeM());
            src.put("radius", g.radiusM());
            src.put("height", g.heightM());
            src.put("spacing", g.spacingM());
            src.put("slabThickness", g.slabThicknessM());
            src.put("boxLateral", g.boxLateralM());
            src.put("boxHeight", g.boxHeightM());
        } else {
            RandomWhiskers g = ((VoxelSource.Whiskers) d.source()).generator();
            o.put("seed", g.seed());
            src.put("generator", "whiskers");
            src.put("voxelSize", g.voxelSizeM());
            src.put("arealDensity", g.spec().arealDensity());
            ObjectNode whiskerTree = ScenarioFiles.whiskerSizesAndOrientation(g.spec());
            src.setAll(whiskerTree);
            src.put("slabThickness", g.slabThicknessM());
            src.put("boxLateral", g.boxLateralM());
            src.put("boxHeight", g.boxHeightM());
        }
        VoxelPlacement p = d.placement();
        ObjectNode pl = o.putObject("placement");
        if (p.electrodePlanes() >= 0) {
            pl.put("electrodePlanes", p.electrodePlanes());
        }
        pl.put("rotationDeg", p.rotationDeg());
        ArrayNode off = pl.putArray("offset");
        off.add(p.offsetU());
        off.add(p.offsetV());
        pl.put("coverage", p.coverage());
        pl.put("copies", p.copies());
        return o;
    }
}
