package org.metalnmr.toolkit.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.nuclei.Nucleus;
import org.metalnmr.rf.linalg.ProgressListener;
import org.metalnmr.rf.numeric.NumericPenetration;
import org.metalnmr.rf.penetration.BodyShape;
import org.metalnmr.rf.penetration.PenetrationProfile;
import org.metalnmr.rf.signal.BodySignal;
import org.metalnmr.rf.signal.ReciprocitySignal;
import org.metalnmr.rf.skin.SkinDepth;
import org.metalnmr.toolkit.ToolkitMessage;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code metalnmr penetration}: RF penetration into one metal body and its NMR signal by reciprocity
 * (closed forms of {@code rf.penetration}). Phases follow exp(+i omega t): a lag is negative, so a
 * body much thicker than the skin depth reports -45 degrees.
 */
@Command(name = "penetration", mixinStandardHelpOptions = true,
        description = {"RF penetration into one metal body and its complex NMR signal by reciprocity.",
            "--size-m is the slab thickness, the cylinder or sphere diameter, or for a half-space the depth over which the signal is averaged.",
            "signalPerVolume and phaseDeg: the small-flip signal per volume (1 for a body much thinner than the skin depth), "
                    + "or with --flip-deg the signal at that flip angle relative to a fully penetrated body at 90 degrees (a thin body gives sin(flip)).",
            "Only the part of the internal RF field transverse to B0 nutates and is received: --b0-angle-deg sets the angle between B0 and the applied RF (default 90).",
            "visibleFraction: |S|/V of the small-flip signal, the fully excited volume equivalent over the real volume. "
                    + "phaseDeg is the phase lag of the signal behind a thin body's: +45 degrees for a thick body (Bloembergen); "
                    + "the complex parts (signalPerVolumeReal/Imag) follow exp(+i omega t), where a lag is a negative argument."})
final class PenetrationCommand implements Callable<Integer> {

    private static final String ANALYTIC = "analytic";
    private static final String NUMERIC = "numeric";

    @Spec
    private CommandSpec spec;

    @Option(names = "--metal", required = true, paramLabel = "M", description = "metal: Li, Na, Mg, Al, K, Cu, Zn, Ti, steel")
    String metal;

    @Option(names = "--nucleus", required = true, paramLabel = "N", description = "observed nucleus, e.g. 7Li, 6Li, 23Na (sets the frequency)")
    String nucleus;

    @ArgGroup(exclusive = true, multiplicity = "1")
    FieldOptions field;

    @Option(names = "--shape", required = true, paramLabel = "SHAPE",
            description = "slab|half-space|cylinder-axial|cylinder-transverse|sphere (slab: field on both faces; cylinder-axial/-transverse: RF field along/across the axis)")
    String shape;

    @Option(names = "--size-m", required = true, paramLabel = "S",
            description = "slab thickness, cylinder or sphere diameter, or half-space depth considered [m], > 0")
    double sizeM;

    @Option(names = "--flip-deg", paramLabel = "F", description = "nominal flip angle [degrees], 0 < F <= 3600 (default: the small-flip limit)")
    Double flipDeg;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = ANALYTIC,
            description = "analytic (closed forms) or numeric (numerical solver) (default ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--b0-angle-deg", paramLabel = "G", defaultValue = "90",
            description = "angle between B0 and the applied RF field [degrees], 0 to 180 (default ${DEFAULT-VALUE}); only the part of "
                    + "the internal field transverse to B0 is reported (for cylinder-transverse, B0 lies in the plane of the RF field and the axis)")
    double b0AngleDeg;

    @Option(names = "--temperature-k", paramLabel = "K", defaultValue = "293",
            description = "temperature [K], " + Material.MIN_TEMPERATURE_K + " to " + Material.MAX_TEMPERATURE_K + " (default ${DEFAULT-VALUE})")
    double temperatureK;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        BodyShape body = parseShape(shape);
        String m = method == null ? "" : method.toLowerCase(Locale.ROOT);
        if (!m.equals(ANALYTIC) && !m.equals(NUMERIC)) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--method", ANALYTIC + "|" + NUMERIC, method);
        }
        Checks.positive("--size-m", "[m]", sizeM);
        if (flipDeg != null && (!(flipDeg > 0) || flipDeg > 3600)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "--flip-deg", "0 (exclusive)", 3600, "[degrees]", flipDeg);
        }
        if (!(b0AngleDeg >= 0 && b0AngleDeg <= 180)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "--b0-angle-deg", 0, 180, "[degrees]", b0AngleDeg);
        }
        double gamma = Math.toRadians(b0AngleDeg);
        boolean rightAngle = Math.abs(b0AngleDeg - 90) < 1e-12;
        Nucleus n = Nuclei.bySymbol(nucleus);
        Material mat = Materials.byName(metal);
        double b0 = field.b0();
        double f = n.larmorFrequency(b0);
        double rho = mat.resistivity(temperatureK);
        double d = SkinDepth.skinDepth(rho, mat.muR(), f);

        PenetrationProfile profile = body.profile(sizeM, d);
        BodySignal small;
        BodySignal reported;
        if (m.equals(NUMERIC)) {
            if (flipDeg != null) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--flip-deg with --method numeric",
                        "absent (the numerical solvers give the small-flip signal)", flipDeg);
            }
            if (!rightAngle && (body == BodyShape.SPHERE || body == BodyShape.CYLINDER_TRANSVERSE)) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--b0-angle-deg with --method numeric and this shape",
                        "90 (the numerical solvers report h . h of all components)", b0AngleDeg);
            }
            small = new BodySignal(NumericPenetration.signal(numericShape(body), sizeM, d, new StderrProgress())
                    .signalPerVolume().multiply(transverseShare(gamma)));
            reported = small;
        } else {
            small = new BodySignal(TransverseSignal.smallFlip(profile, gamma));
            if (flipDeg == null) {
                reported = small;
            } else if (body == BodyShape.SPHERE || body == BodyShape.CYLINDER_TRANSVERSE) {
                if (!rightAngle) {
                    throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--flip-deg with --b0-angle-deg for " + body.cliName(),
                            "--b0-angle-deg 90 (the flip-angle quadrature of this shape counts all components)", b0AngleDeg);
                }
                reported = ReciprocitySignal.atFlipAngle(profile, Math.toRadians(flipDeg));
            } else {
                // the internal field is parallel to the applied one: the transverse part is the applied field times
                // sin(gamma) everywhere, so the body nutates as at the flip angle theta0 sin(gamma), received by sin(gamma)
                double s = Math.sin(gamma);
                reported = new BodySignal(ReciprocitySignal.atFlipAngle(profile, Math.toRadians(flipDeg) * s).perVolume().multiply(s));
            }
        }
        BodySignal skin = new BodySignal(profile.skinLayerSignalPerVolume());

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("nucleus", n.symbol());
        r.put("metal", mat.name());
        r.put("shape", body.cliName());
        r.put("method", m);
        r.put("b0Tesla", b0);
        r.put("temperatureK", temperatureK);
        r.put("larmorHz", f);
        r.put("skinDepthM", d);
        r.put("sizeM", sizeM);
        r.put("sizeOverSkinDepth", sizeM / d);
        r.put("flipDeg", flipDeg);
        r.put("b0AngleDeg", b0AngleDeg);
        // the numerical solvers of the sphere and the transverse cylinder return h . h of all components
        r.put("transversePartOnly", !(m.equals(NUMERIC) && (body == BodyShape.SPHERE || body == BodyShape.CYLINDER_TRANSVERSE)));
        r.put("signalPerVolume", reported.magnitude());
        r.put("phaseDeg", reported.phaseLagDeg());
        r.put("signalPerVolumeReal", reported.perVolume().getReal());
        r.put("signalPerVolumeImag", reported.perVolume().getImaginary());
        r.put("visibleFraction", small.visibleFraction());
        r.put("smallFlipPhaseDeg", small.phaseLagDeg());
        r.put("skinLayerVisibleFraction", skin.visibleFraction());
        r.put("skinLayerPhaseDeg", skin.phaseLagDeg());
        JsonOutput.print(spec.commandLine().getOut(), json, r);
        return 0;
    }

    private static double transverseShare(double gamma) {
        double s = Math.sin(gamma);
        return s * s;
    }

    /** The small-flip signal of the internal field's part transverse to B0, shape by shape (closed forms). */
    private static final class TransverseSignal {
        private TransverseSignal() {
        }

        static org.hipparchus.complex.Complex smallFlip(PenetrationProfile profile, double gamma) {
            if (profile instanceof org.metalnmr.rf.penetration.SpherePenetration sphere) {
                return sphere.transverseSignalPerVolume(gamma);
            }
            if (profile instanceof org.metalnmr.rf.penetration.TransverseCylinderPenetration cyl) {
                return cyl.transverseSignalPerVolume(gamma);
            }
            // slab, half-space, axial cylinder: the internal field is parallel to the applied one
            return profile.signalPerVolume().multiply(transverseShare(gamma));
        }
    }

    private static BodyShape numericShape(BodyShape body) {
        return switch (body) {
            case SLAB -> BodyShape.SLAB;
            case CYLINDER_AXIAL -> BodyShape.CYLINDER_AXIAL;
            case CYLINDER_TRANSVERSE -> BodyShape.CYLINDER_TRANSVERSE;
            case SPHERE -> BodyShape.SPHERE;
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--shape with --method numeric",
                    "slab|cylinder-axial|cylinder-transverse|sphere", body.cliName());
        };
    }

    /** Progress of long numerical solves on standard error, at most every two seconds. */
    private static final class StderrProgress implements ProgressListener {
        private long last = System.nanoTime();

        @Override
        public void progress(String stage, double fraction) {
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L) {
                System.err.println("penetration: " + stage);
                last = now;
            }
        }
    }

    private static BodyShape parseShape(String name) {
        for (BodyShape s : BodyShape.values()) {
            if (s.cliName().equals(name)) {
                return s;
            }
        }
        throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--shape",
                Arrays.stream(BodyShape.values()).map(BodyShape::cliName).collect(Collectors.joining("|")), name);
    }
}
