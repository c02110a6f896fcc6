package org.metalnmr.toolkit.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.MaterialOverride;
import org.metalnmr.core.materials.MaterialTable;
import org.metalnmr.core.materials.SourcedValue;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.toolkit.ToolkitMessage;

/**
 * A Knight shift and susceptibility calibrated from an orientation series ({@code metalnmr calibrate}), as written
 * to and read from a calibration file ({@code metalnmr-calibration/1}, docs/scenario-format.md "Calibration files").
 * {@link #overrides(String)} turns it into the material overrides that {@code simulate --calibration} and
 * {@code fit --model morphology --calibration} use.
 *
 * @param material             the metal ({@code Li}, {@code Na}, ...)
 * @param nucleus              the observed nucleus, an isotope of the metal
 * @param knightShiftPpm       K [ppm]
 * @param knightShiftStdErrPpm its standard error [ppm]
 * @param chi                  volume susceptibility (SI)
 * @param chiStdErr            its standard error
 * @param correlation          correlation coefficient of the K and chi estimates, in [-1, 1]
 * @param geometry             how the orientation was given (e.g. {@code plate-plane})
 * @param points               number of orientations fitted
 * @param rmsResidualPpm       rms residual [ppm] (reduced chi-square's root when standard errors were given)
 * @param source               the orientation series the fit came from (input file)
 * @param date                 when the calibration was made (ISO-8601)
 */
public record Calibration(String material, String nucleus, double knightShiftPpm, double knightShiftStdErrPpm, double chi,
                          double chiStdErr, double correlation, String geometry, int points, double rmsResidualPpm,
                          String source, String date) {

    /** The value of the {@code format} key of calibration files. */
    public static final String FORMAT = "metalnmr-calibration/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Validates. */
    public Calibration {
        Nuclei.bySymbol(nucleus);
        Checks.nonNegative("knightShiftStdErrPpm", "[ppm]", knightShiftStdErrPpm);
        Checks.nonNegative("chiStdErr", "[1]", chiStdErr);
        Checks.inRange("correlation", "[1]", -1, 1, correlation);
        // the ranges of MaterialOverride (material known, nucleus an isotope of it, chi and K physical)
        new MaterialOverride(material, new SourcedValue(chi, "calibration"), Map.of(nucleus, new SourcedValue(knightShiftPpm,
                "calibration")), null, null);
    }

    /** @return the covariance matrix of (K [ppm], chi): [[var K, cov], [cov, var chi]] */
    public double[][] covariance() {
        double c = correlation * knightShiftStdErrPpm * chiStdErr;
        return new double[][] {{knightShiftStdErrPpm * knightShiftStdErrPpm, c}, {c, chiStdErr * chiStdErr}};
    }

    /**
     * @param fileName how to name the calibration in the sources (its file)
     * @return the material overrides: chi and the nucleus' Knight shift, each sourced to this calibration
     */
    public MaterialTable overrides(String fileName) {
        String src = "calibration " + fileName + " (" + geometry + " series " + source + ", " + date + ")";
        return MaterialTable.of(List.of(new MaterialOverride(material, new SourcedValue(chi, src),
                Map.of(nucleus, new SourcedValue(knightShiftPpm, src)), null, null)));
    }

    /** @return the file content as an ordered map */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("material", material);
        m.put("nucleus", nucleus);
        m.put("knightShiftPpm", knightShiftPpm);
        m.put("knightShiftStdErrPpm", knightShiftStdErrPpm);
        m.put("chi", chi);
        m.put("chiStdErr", chiStdErr);
        m.put("correlation", correlation);
        double[][] cov = covariance();
        m.put("covariance", List.of(List.of(cov[0][0], cov[0][1]), List.of(cov[1][0], cov[1][1])));
        m.put("covarianceUnits", "[[ppm^2, ppm], [ppm, 1]] for (knightShiftPpm, chi)");
        m.put("geometry", geometry);
        m.put("points", points);
        m.put("rmsResidualPpm", rmsResidualPpm);
        m.put("source", source);
        m.put("date", date);
        return m;
    }

    /**
     * Writes atomically.
     *
     * @param file where
     */
    public void write(Path file) {
        try {
            AtomicFiles.writeString(file, MAPPER.writeValueAsString(toMap()) + System.lineSeparator());
        } catch (JsonProcessingException e) {
            throw new InternalInvariantException(e, CoreMessage.JSON_NOT_WRITABLE, "the calibration", e.getOriginalMessage());
        }
    }

    /**
     * @param file a calibration file
     * @return the calibration
     * @throws InvalidInputException naming the file, the key and what is allowed when unreadable or invalid
     */
    public static Calibration read(Path file) {
        String src = file.toString();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(e, ToolkitMessage.SCENARIO_SYNTAX, src, e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, file, e.getMessage());
        }
        if (root == null) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_SYNTAX, src, "empty document");
        }
        JsonCursor c = new JsonCursor(root, "$", src).object(List.of("format", "material", "nucleus", "knightShiftPpm",
                "knightShiftStdErrPpm", "chi", "chiStdErr", "correlation", "covariance", "covarianceUnits", "geometry", "points",
                "rmsResidualPpm", "source", "date"));
        String format = c.text("format", null);
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException(ToolkitMessage.SCENARIO_NOT_ONE_OF, src, "$.format", List.of(FORMAT), format);
        }
        String material = c.require("material", "the metal, e.g. \"Li\"").asText();
        String nucleus = c.require("nucleus", "the nucleus, e.g. \"7Li\"").asText();
        double k = c.number("knightShiftPpm", "the Knight shift [ppm]");
        double chi = c.number("chi", "the volume susceptibility (SI)");
        return c.build(() -> new Calibration(material, nucleus, k, c.number("knightShiftStdErrPpm", 0), chi, c.number("chiStdErr", 0),
                c.number("correlation", 0), c.text("geometry", "unknown"), (int) c.integer("points", 0, 0, Integer.MAX_VALUE),
                c.number("rmsResidualPpm", 0), c.text("source", src), c.text("date", "unknown")));
    }
}
