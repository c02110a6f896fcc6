package org.metalnmr.toolkit.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.joml.Vector3d;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.MaterialOverride;
import org.metalnmr.core.materials.MaterialTable;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.materials.SourcedValue;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Box;
import org.metalnmr.geometry.body.Cylinder;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Ellipsoid;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.body.Sphere;
import org.metalnmr.geometry.cell.BoxHousing;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPlacement;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.geometry.cell.CellSite;
import org.metalnmr.geometry.cell.CylindricalHousing;
import org.metalnmr.geometry.cell.Housing;
import org.metalnmr.geometry.cell.PartRole;
import org.metalnmr.geometry.cell.CellGeometry;
import org.metalnmr.geometry.cell.Solenoid;
import org.metalnmr.geometry.cell.StackParameters;
import org.metalnmr.geometry.deposit.AlignedOrientation;
import org.metalnmr.geometry.deposit.ConeOrientation;
import org.metalnmr.geometry.deposit.DeadLithiumSpec;
import org.metalnmr.geometry.deposit.DenseLayerSpec;
import org.metalnmr.geometry.deposit.DepositSpec;
import org.metalnmr.geometry.deposit.EmpiricalSize;
import org.metalnmr.geometry.deposit.FixedSize;
import org.metalnmr.geometry.deposit.LogNormalSize;
import org.metalnmr.geometry.deposit.OrientationDistribution;
import org.metalnmr.geometry.deposit.MossyLayerSpec;
import org.metalnmr.geometry.deposit.SizeDistribution;
import org.metalnmr.geometry.deposit.UniformSize;
import org.metalnmr.geometry.deposit.VonMisesFisherOrientation;
import org.metalnmr.geometry.deposit.WhiskerSpec;
import org.metalnmr.toolkit.ToolkitMessage;

/**
 * Reads, validates and writes scenario files (format: {@code docs/scenario-format.md}). Every
 * error is one {@link InvalidInputException} naming the file, the JSON path, the value and what is
 * allowed. Writing is atomic and writes every value (defaults included), so that
 * {@code parse(toJson(s))} equals {@code s}.
 */
public final class ScenarioFiles {

    /** The value of the {@code format} key this reader understands. */
    public static final String FORMAT = "metalnmr-scenario/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final List<String> TOP_KEYS = List.of("format", "description", "cell", "coil", "extraParts",
            "deposits", "nucleus", "b0Tesla", "protonMHz", "temperatureK", "acquisition", "lines", "materials");

    private ScenarioFiles() {
    }

    /**
     * @param file a scenario file
     * @return the scenario
     * @throws InvalidInputException when unreadable or invalid
     */
    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, file, e.getMessage());
        }
        return parse(text, file.toString());
    }

    /**
     * @param json   scenario JSON text
     * @param source name of its origin for messages (a file name)
     * @return the scenario
     * @throws InvalidInputException when invalid
     */
    public static Scenario parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(e, ToolkitMessage.SCENARIO_SYNTAX, source, e.getOriginalMessage());
        }
        if (root == null) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_SYNTAX, source, "empty document");
        }
        JsonCursor top = new JsonCursor(root, "$", source).object(TOP_KEYS);
        String format = top.text("format", FORMAT);
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_NOT_ONE_OF, source, "$.format", List.of(FORMAT), format);
        }
        if (top.has("description")) {
            top.get("description").asText();
        }
        CellParameters cell = readCell(top.get("cell"));
        Solenoid coil = top.get("coil").isMissing() ? Solenoid.defaults()
                : RecordCodec.override(Solenoid.defaults(), top.get("coil"), List.of());
        List<ExtraPart> extra = new ArrayList<>();
        for (JsonCursor p : top.array("extraParts")) {
            extra.add(readExtraPart(p));
        }
        List<DepositEntry> deposits = new ArrayList<>();
        List<VoxelDepositEntry> voxelDeposits = new ArrayList<>();
        for (JsonCursor d : top.array("deposits")) {
            if (d.node().isObject() && "voxel".equals(d.node().path("type").asText(null))) {
                voxelDeposits.add(VoxelDeposits.read(d, baseFolder(source)));
            } else {
                deposits.add(readDeposit(d));
            }
        }
        String nucleus = top.text("nucleus", "7Li");
        top.get("nucleus").build(() -> Nuclei.bySymbol(nucleus));
        double b0 = readField(top);
        double temperature = top.number("temperatureK", Scenario.DEFAULT_TEMPERATURE_K);
        SinglePulseExperiment acq = top.get("acquisition").isMissing() ? SinglePulseExperiment.defaults()
                : RecordCodec.override(SinglePulseExperiment.defaults(), top.get("acquisition"), List.of());
        List<NonMetalLine> lines = new ArrayList<>();
        for (JsonCursor l : top.array("lines")) {
            lines.add(readLine(l));
        }
        MaterialTable materials = readMaterials(top.get("materials"));
        Scenario s = top.build(() -> new Scenario(cell, coil, extra, deposits, nucleus, b0, temperature, acq, lines, materials,
                voxelDeposits));
        // parts must not overlap and must fit the coil: check now, without generating deposits
        new JsonCursor(root, "$.cell/$.extraParts", source).build(() -> new CellGeometry(s.coil(), s.parts(), List.of()));
        checkUniqueNames(s, source);
        checkLinePlacements(s, source);
        return s;
    }

    /** A placed line names a part: a non-conductor for a volume, a metal for a surface film. */
    private static void checkLinePlacements(Scenario s, String source) {
        List<org.metalnmr.geometry.cell.Part> parts = s.parts().stream()
                .filter(p -> p.role() != org.metalnmr.geometry.cell.PartRole.HOUSING).toList();
        for (int i = 0; i < s.lines().size(); i++) {
            LinePlacement place = s.lines().get(i).placement();
            if (place.kind() == LinePlacement.Kind.UNPLACED) {
                continue;
            }
            boolean volume = place.kind() == LinePlacement.Kind.VOLUME;
            String key = "$.lines[" + i + "]." + (volume ? "in" : "onSurfaceOf");
            var part = parts.stream().filter(p -> p.name().equals(place.part())).findFirst().orElseThrow(() ->
                    new InvalidInputException(ToolkitMessage.SCENARIO_UNKNOWN_PART, source, key, place.part(),
                            parts.stream().map(p -> p.name()).toList()));
            boolean metal = org.metalnmr.core.materials.Materials.byName(part.material()).metal();
            if (volume && metal) {
                throw new InvalidInputException(ToolkitMessage.SCENARIO_LINE_IN_METAL, source, key, place.part());
            }
            if (!volume && !metal) {
                throw new InvalidInputException(ToolkitMessage.SCENARIO_FILM_ON_NON_METAL, source, key, place.part());
            }
        }
    }

    private static void checkUniqueNames(Scenario s, String source) {
        List<String> seen = new ArrayList<>();
        s.parts().forEach(p -> seen.add(p.name()));
        for (int i = 0; i < s.deposits().size(); i++) {
            String n = s.deposits().get(i).name();
            if (seen.contains(n)) {
                throw new InvalidInputException(ToolkitMessage.SCENARIO_NAME_TAKEN, source, "$.deposits[" + i + "].name", n);
            }
            seen.add(n);
        }
        for (int i = 0; i < s.voxelDeposits().size(); i++) {
            String n = s.voxelDeposits().get(i).name();
            if (seen.contains(n)) {
                throw new InvalidInputException(ToolkitMessage.SCENARIO_NAME_TAKEN, source, "$.deposits (voxel deposit " + i + ").name", n);
            }
            seen.add(n);
        }
    }

    /** @return the folder relative paths in a scenario are resolved against: the scenario file's own */
    private static java.nio.file.Path baseFolder(String source) {
        try {
            java.nio.file.Path parent = java.nio.file.Path.of(source).toAbsolutePath().getParent();
            return parent == null ? java.nio.file.Path.of("").toAbsolutePath() : parent;
        } catch (java.nio.file.InvalidPathException e) {
            return java.nio.file.Path.of("").toAbsolutePath();
        }
    }

    private static double readField(JsonCursor top) {
        boolean b = top.has("b0Tesla");
        boolean p = top.has("protonMHz");
        if (b && p) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_EXCLUSIVE_KEYS, top.source(), "$", "b0Tesla", "protonMHz");
        }
        if (b) {
            double v = top.number("b0Tesla", 0);
            return top.get("b0Tesla").build(() -> org.metalnmr.core.error.Checks.positive("b0Tesla", "[T]", v));
        }
        if (p) {
            double v = top.number("protonMHz", 0);
            top.get("protonMHz").build(() -> org.metalnmr.core.error.Checks.positive("protonMHz", "[MHz]", v));
            return FieldConversions.b0FromProtonFrequency(v * 1e6);
        }
        return FieldConversions.b0FromProtonFrequency(Scenario.DEFAULT_PROTON_HZ);
    }

    private static CellParameters readCell(JsonCursor c) {
        if (c.isMissing()) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_MISSING, c.source(), c.path(),
                    "an object with at least \"preset\": \"A\" or \"B\"");
        }
        c.object(List.of("preset", "stack", "housing", "placement"));
        CellPreset preset = c.word("preset", Map.of("A", CellPreset.A, "B", CellPreset.B), null);
        StackParameters stack = c.get("stack").isMissing() ? StackParameters.defaults()
                : RecordCodec.override(StackParameters.defaults(), c.get("stack"), List.of());
        Housing housing = readHousing(c.get("housing"), preset);
        CellPlacement placement = readPlacement(c.get("placement"));
        return c.build(() -> new CellParameters(preset, stack, housing, placement));
    }

    private static Housing readHousing(JsonCursor h, CellPreset preset) {
        if (h.isMissing()) {
            return preset.defaultHousing();
        }
        h.object(List.of("type", "material", "diameter", "length", "sizeX", "sizeY", "sizeZ"));
        String defType = preset.defaultHousing() instanceof CylindricalHousing ? "cylinder" : "box";
        String type = h.word("type", Map.of("cylinder", "cylinder", "box", "box"), defType);
        if (type.equals("cylinder")) {
            return RecordCodec.override(CylindricalHousing.defaults(), h, List.of("type"));
        }
        return RecordCodec.override(BoxHousing.defaults(), h, List.of("type"));
    }

    private static CellPlacement readPlacement(JsonCursor p) {
        if (p.isMissing()) {
            return CellPlacement.centred();
        }
        p.object(List.of("position", "tiltDeg", "azimuthDeg"));
        Vector3d pos = p.vector("position", new Vector3d());
        double tilt = p.number("tiltDeg", 0);
        double az = p.number("azimuthDeg", 0);
        return p.build(() -> new CellPlacement(pos, Math.toRadians(tilt), Math.toRadians(az)));
    }

    private static final Map<String, PartRole> ROLES = words(PartRole.values());
    private static final Map<String, CellSite> SITES = words(CellSite.values());
    private static final Map<String, LineShape> SHAPES = Map.of("lorentzian", LineShape.LORENTZIAN, "gaussian", LineShape.GAUSSIAN);

    private static <E extends Enum<E>> Map<String, E> words(E[] values) {
        Map<String, E> m = new LinkedHashMap<>();
        for (E e : values) {
            m.put(e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), e);
        }
        return m;
    }

    private static ExtraPart readExtraPart(JsonCursor p) {
        p.object(List.of("name", "role", "material", "shape", "position", "axis"));
        String name = p.require("name", "a unique part name").asText();
        PartRole role = p.word("role", ROLES, PartRole.OTHER);
        p.require("material", "a material name");
        String material = p.material("material", null);
        Body shape = readShape(p.require("shape", "an object with \"type\" and its sizes"), material);
        Vector3d pos = p.vector("position", new Vector3d());
        Vector3d axis = p.vector("axis", new Vector3d(0, 0, 1));
        return p.build(() -> new ExtraPart(name, role, shape, pos, axis));
    }

    private static Body readShape(JsonCursor s, String material) {
        s.object(List.of("type", "radius", "thickness", "length", "sizeX", "sizeY", "sizeZ", "semiAxisX", "semiAxisY", "semiAxisZ"));
        String type = s.word("type", Map.of("disk", "disk", "box", "box", "cylinder", "cylinder", "sphere", "sphere",
                "ellipsoid", "ellipsoid"), null);
        return s.build(() -> switch (type) {
            case "disk" -> new Disk(material, s.number("radius", "radius [m]"), s.number("thickness", "thickness [m]"), Pose.IDENTITY);
            case "box" -> new Box(material, s.number("sizeX", "sizeX [m]"), s.number("sizeY", "sizeY [m]"),
                    s.number("sizeZ", "sizeZ [m]"), Pose.IDENTITY);
            case "cylinder" -> new Cylinder(material, s.number("radius", "radius [m]"), s.number("length", "length [m]"), Pose.IDENTITY);
            case "sphere" -> new Sphere(material, s.number("radius", "radius [m]"), Pose.IDENTITY);
            default -> new Ellipsoid(material, s.number("semiAxisX", "semiAxisX [m]"), s.number("semiAxisY", "semiAxisY [m]"),
                    s.number("semiAxisZ", "semiAxisZ [m]"), Pose.IDENTITY);
        });
    }

    private static DepositEntry readDeposit(JsonCursor d) {
        List<String> common = List.of("name", "type", "site", "material", "seed");
        String type = d.word("type", Map.of("dense-layer", "dense-layer", "whiskers", "whiskers", "mossy", "mossy",
                "dead-lithium", "dead-lithium"), null);
        List<String> allowed = new ArrayList<>(common);
        allowed.addAll(switch (type) {
            case "dense-layer" -> List.of("thickness");
            case "whiskers" -> List.of("arealDensity", "radius", "length", "orientation");
            case "mossy" -> List.of("thickness", "packingFraction", "strandRadius", "strandLength", "connected");
            default -> List.of("arealDensity", "equivalentRadius", "aspectRatio", "gap", "spread");
        });
        d.object(allowed);
        String name = d.require("name", "a unique deposit name").asText();
        CellSite site = d.word("site", SITES, null);
        String material = d.material("material", "Li");
        long seed = d.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        DepositSpec spec = d.build(() -> switch (type) {
            case "dense-layer" -> new DenseLayerSpec(material, d.number("thickness", "thickness [m]"));
            case "whiskers" -> new WhiskerSpec(material, d.number("arealDensity", "whiskers per area [m^-2]"),
                    readSize(d.require("radius", "a size [m] or distribution")),
                    readSize(d.require("length", "a size [m] or distribution")), readOrientation(d.get("orientation")));
            case "mossy" -> new MossyLayerSpec(material, d.number("thickness", "thickness [m]"),
                    d.number("packingFraction", "metal volume fraction"), d.number("strandRadius", "strand radius [m]"),
                    d.number("strandLength", "strand segment length [m]"), d.bool("connected", true));
            default -> new DeadLithiumSpec(material, d.number("arealDensity", "fragments per area [m^-2]"),
                    readSize(d.require("equivalentRadius", "a size [m] or distribution")), d.number("aspectRatio", 1.0),
                    d.number("gap", 0.0), d.number("spread", "range of heights [m]"));
        });
        return d.build(() -> new DepositEntry(name, site, seed, spec));
    }

    static SizeDistribution readSize(JsonCursor s) {
        if (s.node().isNumber()) {
            double v = s.asNumber();
            return s.build(() -> new FixedSize(v));
        }
        String kind = s.word("distribution", Map.of("fixed", "fixed", "log-normal", "log-normal", "uniform", "uniform",
                "given", "given"), null);
        return s.build(() -> switch (kind) {
            case "fixed" -> {
                s.object(List.of("distribution", "value"));
                yield new FixedSize(s.number("value", "size [m]"));
            }
            case "log-normal" -> {
                s.object(List.of("distribution", "mean", "relativeSpread"));
                yield new LogNormalSize(s.number("mean", "mean [m]"), s.number("relativeSpread", "sd / mean"));
            }
            case "uniform" -> {
                s.object(List.of("distribution", "min", "max"));
                yield new UniformSize(s.number("min", "min [m]"), s.number("max", "max [m]"));
            }
            default -> {
                s.object(List.of("distribution", "values"));
                List<JsonCursor> vs = s.array("values");
                double[] v = new double[vs.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = vs.get(i).asNumber();
                }
                yield new EmpiricalSize(v);
            }
        });
    }

    static OrientationDistribution readOrientation(JsonCursor o) {
        if (o.isMissing()) {
            return new AlignedOrientation();
        }
        String model = o.word("model", Map.of("aligned", "aligned", "cone", "cone", "von-mises-fisher", "von-mises-fisher"), null);
        return o.build(() -> switch (model) {
            case "aligned" -> {
                o.object(List.of("model"));
                yield new AlignedOrientation();
            }
            case "cone" -> {
                o.object(List.of("model", "halfAngleDeg"));
                yield new ConeOrientation(Math.toRadians(o.number("halfAngleDeg", "cone half-angle [deg]")));
            }
            default -> {
                o.object(List.of("model", "kappa"));
                yield new VonMisesFisherOrientation(o.number("kappa", "concentration"));
            }
        });
    }

    private static NonMetalLine readLine(JsonCursor l) {
        l.object(List.of("name", "shiftPpm", "fwhmPpm", "amountMol", "shape", "in", "onSurfaceOf"));
        String name = l.require("name", "a label").asText();
        double shift = l.number("shiftPpm", "position [ppm]");
        double fwhm = l.number("fwhmPpm", "full width at half maximum [ppm]");
        double amount = l.number("amountMol", "amount of the observed element [mol]");
        LineShape shape = l.word("shape", SHAPES, LineShape.LORENTZIAN);
        String in = l.text("in", null);
        String surface = l.text("onSurfaceOf", null);
        if (in != null && surface != null) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_EXCLUSIVE_KEYS, l.source(), l.path(), "in", "onSurfaceOf");
        }
        LinePlacement placement = in != null ? LinePlacement.in(in)
                : surface != null ? LinePlacement.onSurfaceOf(surface) : LinePlacement.UNPLACED;
        return l.build(() -> new NonMetalLine(name, shift, fwhm, amount, shape, placement));
    }

    // ---------------------------------------------------------------- materials block

    private static final List<String> MATERIAL_KEYS = List.of("chi", "knightShiftPpm", "resistivityOhmM", "resistivityTempCoeffPerK");

    /**
     * The {@code materials} block: material name to overridden values, each a number or {@code {"value": x, "source": "..."}};
     * {@code knightShiftPpm} may also be an object keyed by nucleus. A value without a source is attributed to the file and
     * its JSON path.
     */
    private static MaterialTable readMaterials(JsonCursor block) {
        if (block.isMissing()) {
            return MaterialTable.defaults();
        }
        if (!block.node().isObject()) {
            block.object(List.of());
        }
        List<MaterialOverride> list = new ArrayList<>();
        java.util.Iterator<String> names = block.node().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!Materials.all().containsKey(name)) {
                throw new InvalidInputException(ToolkitMessage.SCENARIO_UNKNOWN_MATERIAL, block.source(), block.path() + " key", name,
                        String.join(", ", Materials.all().keySet()));
            }
            list.add(readMaterialOverride(name, block.get(name)));
        }
        return MaterialTable.of(list);
    }

    private static MaterialOverride readMaterialOverride(String name, JsonCursor m) {
        m.object(MATERIAL_KEYS);
        SourcedValue chi = sourcedValue(m.get("chi"));
        SourcedValue rho = sourcedValue(m.get("resistivityOhmM"));
        SourcedValue alpha = sourcedValue(m.get("resistivityTempCoeffPerK"));
        Map<String, SourcedValue> knight = new LinkedHashMap<>();
        JsonCursor k = m.get("knightShiftPpm");
        if (!k.isMissing()) {
            if (k.node().isObject() && !k.has("value")) {
                java.util.Iterator<String> nuclei = k.node().fieldNames();
                while (nuclei.hasNext()) {
                    String nucleus = nuclei.next();
                    knight.put(nucleus, sourcedValue(k.get(nucleus)));
                }
            } else {
                SourcedValue v = sourcedValue(k);
                java.util.Set<String> tableNuclei = Materials.byName(name).knightShifts().keySet();
                if (tableNuclei.isEmpty()) {
                    throw new InvalidInputException(ToolkitMessage.SCENARIO_KNIGHT_SHIFT_PER_NUCLEUS, k.source(), k.path(), name, name);
                }
                tableNuclei.forEach(n -> knight.put(n, v));
            }
        }
        return m.build(() -> new MaterialOverride(name, chi, knight, rho, alpha));
    }

    /** @return null when missing; a number or {"value": x, "source": "..."} otherwise */
    private static SourcedValue sourcedValue(JsonCursor c) {
        if (c.isMissing()) {
            return null;
        }
        if (c.node().isNumber()) {
            double v = c.asNumber();
            return new SourcedValue(v, "scenario " + c.source() + " " + c.path());
        }
        if (!c.node().isObject()) {
            c.asNumber(); // throws: must be a number
        }
        c.object(List.of("value", "source"));
        double v = c.number("value", "the value");
        String src = c.text("source", "scenario " + c.source() + " " + c.path());
        if (src.isBlank()) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_BLANK_SOURCE, c.source(), c.path() + ".source");
        }
        return new SourcedValue(v, src);
    }

    static ObjectNode materials(MaterialTable table) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        table.overrides().forEach((name, ov) -> {
            ObjectNode m = o.putObject(name);
            if (ov.chi() != null) {
                m.set("chi", sourced(ov.chi()));
            }
            if (!ov.knightShiftPpm().isEmpty()) {
                ObjectNode k = m.putObject("knightShiftPpm");
                ov.knightShiftPpm().forEach((n, v) -> k.set(n, sourced(v)));
            }
            if (ov.resistivityOhmM() != null) {
                m.set("resistivityOhmM", sourced(ov.resistivityOhmM()));
            }
            if (ov.resistivityTempCoeffPerK() != null) {
                m.set("resistivityTempCoeffPerK", sourced(ov.resistivityTempCoeffPerK()));
            }
        });
        return o;
    }

    private static ObjectNode sourced(SourcedValue v) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("value", v.value());
        o.put("source", v.source());
        return o;
    }

    // ---------------------------------------------------------------- writing

    /**
     * @param s a scenario
     * @return its JSON text (every value written, defaults included)
     */
    public static String toJson(Scenario s) {
        try {
            return MAPPER.writeValueAsString(toTree(s)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new InternalInvariantException(e, CoreMessage.JSON_NOT_WRITABLE, "the scenario", e.getOriginalMessage());
        }
    }

    /**
     * Writes atomically (temporary file, then move).
     *
     * @param s    a scenario
     * @param file where to write it
     */
    public static void write(Scenario s, Path file) {
        AtomicFiles.writeString(file, toJson(s));
    }

    static ObjectNode toTree(Scenario s) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("format", FORMAT);
        ObjectNode cell = o.putObject("cell");
        cell.put("preset", s.cell().preset().name());
        cell.set("stack", RecordCodec.write(s.cell().stack()));
        ObjectNode housing = f.objectNode();
        housing.put("type", s.cell().housing() instanceof CylindricalHousing ? "cylinder" : "box");
        housing.setAll(RecordCodec.write((Record) s.cell().housing()));
        cell.set("housing", housing);
        ObjectNode placement = cell.putObject("placement");
        placement.set("position", RecordCodec.vector(s.cell().placement().position()));
        placement.put("tiltDeg", degrees(s.cell().placement().tiltAngle()));
        placement.put("azimuthDeg", degrees(s.cell().placement().azimuthAngle()));
        o.set("coil", RecordCodec.write(s.coil()));
        ArrayNode extra = o.putArray("extraParts");
        for (ExtraPart p : s.extraParts()) {
            ObjectNode e = extra.addObject();
            e.put("name", p.name());
            e.put("role", p.role().fileName());
            e.put("material", p.shape().material());
            e.set("shape", shape(p.shape()));
            e.set("position", RecordCodec.vector(p.position()));
            e.set("axis", RecordCodec.vector(p.axis()));
        }
        ArrayNode deposits = o.putArray("deposits");
        for (DepositEntry d : s.deposits()) {
            deposits.add(deposit(d));
        }
        for (VoxelDepositEntry d : s.voxelDeposits()) {
            deposits.add(VoxelDeposits.write(d));
        }
        o.put("nucleus", s.nucleus());
        o.put("b0Tesla", s.b0Tesla());
        o.put("temperatureK", s.temperatureK());
        o.set("acquisition", RecordCodec.write(s.acquisition()));
        ArrayNode lines = o.putArray("lines");
        for (NonMetalLine l : s.lines()) {
            ObjectNode n = lines.addObject();
            n.put("name", l.name());
            n.put("shiftPpm", l.shiftPpm());
            n.put("fwhmPpm", l.fwhmPpm());
            n.put("amountMol", l.amountMol());
            n.put("shape", l.shape().fileName());
            if (l.placement().kind() == LinePlacement.Kind.VOLUME) {
                n.put("in", l.placement().part());
            } else if (l.placement().kind() == LinePlacement.Kind.SURFACE) {
                n.put("onSurfaceOf", l.placement().part());
            }
        }
        o.set("materials", materials(s.materials()));
        return o;
    }

    private static ObjectNode shape(Body b) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (b instanceof Disk d) {
            o.put("type", "disk");
            o.put("radius", d.radius());
            o.put("thickness", d.thickness());
        } else if (b instanceof Box x) {
            o.put("type", "box");
            o.put("sizeX", x.sizeX());
            o.put("sizeY", x.sizeY());
            o.put("sizeZ", x.sizeZ());
        } else if (b instanceof Cylinder c) {
            o.put("type", "cylinder");
            o.put("radius", c.radius());
            o.put("length", c.length());
        } else if (b instanceof Sphere sp) {
            o.put("type", "sphere");
            o.put("radius", sp.radius());
        } else if (b instanceof Ellipsoid e) {
            o.put("type", "ellipsoid");
            o.put("semiAxisX", e.semiAxisX());
            o.put("semiAxisY", e.semiAxisY());
            o.put("semiAxisZ", e.semiAxisZ());
        } else {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_PART_NOT_WRITABLE, "scenario", "extraParts", b.getClass().getSimpleName());
        }
        return o;
    }

    private static ObjectNode deposit(DepositEntry d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", d.name());
        o.put("site", d.site().fileName());
        o.put("material", d.spec().material());
        o.put("seed", d.seed());
        DepositSpec spec = d.spec();
        if (spec instanceof DenseLayerSpec s) {
            o.put("type", "dense-layer");
            o.put("thickness", s.thickness());
        } else if (spec instanceof WhiskerSpec s) {
            o.put("type", "whiskers");
            o.put("arealDensity", s.arealDensity());
            o.set("radius", size(s.radius()));
            o.set("length", size(s.length()));
            o.set("orientation", orientation(s.orientation()));
        } else if (spec instanceof MossyLayerSpec s) {
            o.put("type", "mossy");
            o.put("thickness", s.thickness());
            o.put("packingFraction", s.packingFraction());
            o.put("strandRadius", s.strandRadius());
            o.put("strandLength", s.strandLength());
            o.put("connected", s.connected());
        } else {
            DeadLithiumSpec s = (DeadLithiumSpec) spec;
            o.put("type", "dead-lithium");
            o.put("arealDensity", s.arealDensity());
            o.set("equivalentRadius", size(s.equivalentRadius()));
            o.put("aspectRatio", s.aspectRatio());
            o.put("gap", s.gap());
            o.put("spread", s.spread());
        }
        return o;
    }

    /**
     * @param w a whisker population's parameters
     * @return its {@code radius}, {@code length} and {@code orientation} keys as written in a deposit
     */
    static ObjectNode whiskerSizesAndOrientation(WhiskerSpec w) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("radius", size(w.radius()));
        o.set("length", size(w.length()));
        o.set("orientation", orientation(w.orientation()));
        return o;
    }

    private static ObjectNode size(SizeDistribution s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (s instanceof FixedSize f) {
            o.put("distribution", "fixed");
            o.put("value", f.value());
        } else if (s instanceof LogNormalSize l) {
            o.put("distribution", "log-normal");
            o.put("mean", l.mean());
            o.put("relativeSpread", l.relativeSpread());
        } else if (s instanceof UniformSize u) {
            o.put("distribution", "uniform");
            o.put("min", u.min());
            o.put("max", u.max());
        } else {
            o.put("distribution", "given");
            ArrayNode a = o.putArray("values");
            for (double v : ((EmpiricalSize) s).values()) {
                a.add(v);
            }
        }
        return o;
    }

    private static ObjectNode orientation(OrientationDistribution d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (d instanceof ConeOrientation c) {
            o.put("model", "cone");
            o.put("halfAngleDeg", degrees(c.halfAngle()));
        } else if (d instanceof VonMisesFisherOrientation v) {
            o.put("model", "von-mises-fisher");
            o.put("kappa", v.kappa());
        } else {
            o.put("model", "aligned");
        }
        return o;
    }

    /**
     * Degrees for the file such that {@code Math.toRadians} gives back exactly {@code radians}
     * (searched within a few ulps of toDegrees), so that written scenarios read back equal. Exact
     * for every angle that came from degrees (all angles read from files); an arbitrary radian
     * value may have no exact degree preimage, and then the nearest is written (error 1 ulp).
     */
    static double degrees(double radians) {
        double d = Math.toDegrees(radians);
        double up = d;
        double down = d;
        for (int i = 0; i < 8; i++) {
            if (Math.toRadians(up) == radians) {
                return up;
            }
            if (Math.toRadians(down) == radians) {
                return down;
            }
            up = Math.nextUp(up);
            down = Math.nextDown(down);
        }
        return d;
    }
}
