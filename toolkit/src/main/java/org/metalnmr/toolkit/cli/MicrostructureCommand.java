package org.metalnmr.toolkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.geometry.deposit.ConeOrientation;
import org.metalnmr.geometry.deposit.FixedSize;
import org.metalnmr.geometry.deposit.WhiskerSpec;
import org.metalnmr.microstructure.field.B0Axis;
import org.metalnmr.microstructure.generate.DeadMetalFragments;
import org.metalnmr.microstructure.generate.HexCylinderArray;
import org.metalnmr.microstructure.generate.MossyDeposit;
import org.metalnmr.microstructure.generate.RandomWhiskers;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;
import org.metalnmr.microstructure.io.NpyReader;
import org.metalnmr.microstructure.io.RawVoxelReader;
import org.metalnmr.microstructure.io.Segmentation;
import org.metalnmr.microstructure.io.TiffStackReader;
import org.metalnmr.microstructure.spectrum.MicrostructureSpectrum;
import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.spectra.plot.Figure;
import org.metalnmr.spectra.plot.HeatMap;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metalnmr microstructure}: the spectrum of a voxel microstructure, generated or imported (issue 16). */
@Command(name = "microstructure", mixinStandardHelpOptions = true,
        description = {"Spectrum of a voxel microstructure (docs/microstructures.md): BMS by FFT, skin-layer weights, Knight shift.",
            "Source: --generate hex-array|whiskers|mossy|dead-metal, or --npy FILE, --raw-json FILE, --tiff FILE (with --voxel-m and a segmentation).",
            "Writes DIR/spectrum.csv (ppm, total/bulk/deposit real and imaginary), DIR/result.json, DIR/microstructure.svg (+ .png)."})
final class MicrostructureCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--generate", paramLabel = "KIND",
            description = "hex-array (LiMetalNMR standard case), whiskers, mossy (spheres in a layer) or dead-metal (isolated ellipsoids)")
    String generate;

    @Option(names = "--npy", paramLabel = "FILE", description = "NumPy .npy array, axes (z, y, x)")
    Path npy;

    @Option(names = "--raw-json", paramLabel = "FILE", description = "JSON header of raw voxels")
    Path rawJson;

    @Option(names = "--tiff", paramLabel = "FILE", description = "multi-page baseline TIFF stack, one page per z plane")
    Path tiff;

    @Option(names = "--voxel-m", paramLabel = "H", description = "voxel edge of an .npy or TIFF import [m]")
    Double voxelM;

    @Option(names = "--threshold", paramLabel = "T", description = "grey threshold of an import (metal at or above)")
    Double threshold;

    @Option(names = "--labels", split = ",", paramLabel = "L", description = "metal labels of an import")
    long[] labels;

    @Option(names = "--periodic", description = "the import is one lateral period of a laterally infinite patch")
    boolean periodic;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "128", description = "voxels per axis of a generated 128 um box (default ${DEFAULT-VALUE})")
    int grid;

    @Option(names = "--slab-um", paramLabel = "T", defaultValue = "20", description = "slab thickness of a generated patch [um] (default ${DEFAULT-VALUE})")
    double slabUm;

    @Option(names = "--whisker-density-per-um2", paramLabel = "N", defaultValue = "0.002", description = "whiskers per um^2 (default ${DEFAULT-VALUE})")
    double whiskerDensity;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--layer-um", paramLabel = "H", defaultValue = "30", description = "mossy or dead-metal layer thickness above the slab [um] (default ${DEFAULT-VALUE})")
    double layerUm;

    @Option(names = "--sphere-radius-um", paramLabel = "R", defaultValue = "2", description = "mossy: sphere radius [um] (default ${DEFAULT-VALUE})")
    double sphereRadiusUm;

    @Option(names = "--packing", paramLabel = "P", defaultValue = "0.2", description = "mossy: metal fraction of the layer (default ${DEFAULT-VALUE})")
    double packing;

    @Option(names = "--connected", description = "mossy: connected growth from the slab (default: random sequential addition, not connected)")
    boolean connected;

    @Option(names = "--nucleation", paramLabel = "Q", defaultValue = "0.05", description = "mossy, connected: chance a sphere starts on the slab (default ${DEFAULT-VALUE})")
    double nucleation;

    @Option(names = "--fragment-um", split = ",", paramLabel = "A,B,C", defaultValue = "3,1.5,1", description = "dead-metal: semi-axes [um] (default ${DEFAULT-VALUE})")
    double[] fragmentUm;

    @Option(names = "--fragment-fraction", paramLabel = "F", defaultValue = "0.02", description = "dead-metal: metal fraction of the layer (default ${DEFAULT-VALUE})")
    double fragmentFraction;

    @Option(names = "--fragment-gap-um", paramLabel = "G", defaultValue = "1", description = "dead-metal: least distance to the slab and between fragments [um] (default ${DEFAULT-VALUE})")
    double fragmentGapUm;

    @Option(names = "--b0-axis", paramLabel = "A", defaultValue = "z", description = "x, y or z (z: electrode normal along B0) (default ${DEFAULT-VALUE})")
    String b0Axis;

    @Option(names = "--b1-axis", paramLabel = "A", description = "x, y or z, perpendicular to B0 (default: y for B0 along x, x otherwise)")
    String b1Axis;

    @Option(names = "--material", paramLabel = "M", defaultValue = "Li", description = "metal (default ${DEFAULT-VALUE})")
    String material;

    @Option(names = "--nucleus", paramLabel = "N", defaultValue = "7Li", description = "nucleus (default ${DEFAULT-VALUE})")
    String nucleus;

    @Option(names = "--b0-t", paramLabel = "B", defaultValue = "9.4", description = "B0 [T] (default ${DEFAULT-VALUE})")
    double b0T;

    @Option(names = "--temperature-k", paramLabel = "T", defaultValue = "293", description = "temperature [K] (default ${DEFAULT-VALUE})")
    double temperatureK;

    @Option(names = "--ppm", split = ",", paramLabel = "HI,LO", defaultValue = "300,200", description = "ppm axis from,to (default ${DEFAULT-VALUE})")
    double[] ppm;

    @Option(names = "--points", paramLabel = "N", defaultValue = "3001", description = "points of the ppm axis (default ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--fwhm-ppm", paramLabel = "W", defaultValue = "1", description = "Lorentzian line width [ppm] (default ${DEFAULT-VALUE})")
    double fwhmPpm;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--json", description = "print result.json to standard output")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Path> inputs = new ArrayList<>();
        for (Path p : new Path[] {npy, rawJson, tiff}) {
            if (p != null) {
                inputs.add(p);
            }
        }
        return ClaimedOutput.run(out, inputs, folder -> run(folder.path()));
    }

    private Integer run(Path dir) {
        VoxelSource source = source();
        if (ppm.length != 2) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--ppm", "two values HI,LO", ppm.length + " values");
        }
        Checks.inRange("--points", "[points]", 16, 1 << 16, points);
        B0Axis b0 = axis("--b0-axis", b0Axis);
        int b1 = b1Axis == null ? (b0 == B0Axis.X ? 1 : 0) : axis("--b1-axis", b1Axis).ordinal();
        Material metal = Materials.byName(material);
        long t0 = System.nanoTime();
        VoxelMicrostructure s = source.load();
        double secondsSource = (System.nanoTime() - t0) / 1e9;
        MicrostructureSpectrum model = new MicrostructureSpectrum(metal, Nuclei.bySymbol(nucleus), b0T, temperatureK, b0, b1,
                SpectralAxis.ppmOnly(points, ppm[0], ppm[1]), fwhmPpm, Runtime.getRuntime().availableProcessors());
        long t1 = System.nanoTime();
        MicrostructureSpectrum.Result r = model.compute(s);
        double secondsSpectrum = (System.nanoTime() - t1) / 1e9;
        double[] axisPpm = SpectralAxis.ppmOnly(points, ppm[0], ppm[1]).ppmValues();

        Map<String, Object> res = new LinkedHashMap<>();
        res.put("source", source.describe());
        res.put("grid", new int[] {s.nx(), s.ny(), s.nz()});
        res.put("voxelSizeM", s.voxelSizeM());
        res.put("laterallyPeriodic", s.laterallyPeriodic());
        res.put("metalVoxels", s.metalCount());
        res.put("b0Axis", b0.name().toLowerCase(Locale.ROOT));
        res.put("b1Axis", "xyz".substring(b1, b1 + 1));
        res.put("skinDepthM", r.skinDepthM());
        res.put("knightShiftPpm", r.knightShiftPpm());
        res.put("chi", metal.chi());
        res.put("fftGrid", r.fftGrid());
        res.put("estimatedPeakBytes", r.estimatedPeakBytes());
        res.put("bulkMeanShiftPpm", r.bulk().meanShiftPpm());
        res.put("bulkPeakPpm", r.bulk().peakPpm());
        res.put("depositMeanShiftPpm", r.deposit().meanShiftPpm());
        res.put("depositPeakPpm", r.deposit().peakPpm());
        res.put("depositMinusBulkMeanPpm", r.depositMinusBulkPpm());
        res.put("depositMinusBulkPeakPpm", r.deposit().peakPpm() - r.bulk().peakPpm());
        res.put("bulkWeight", new double[] {r.bulk().weightRe(), r.bulk().weightIm()});
        res.put("depositWeight", new double[] {r.deposit().weightRe(), r.deposit().weightIm()});
        res.put("secondsSource", secondsSource);
        res.put("secondsSpectrum", secondsSpectrum);
        String text = Json.write(res);

        StringBuilder csv = new StringBuilder("ppm,total_re,total_im,bulk_re,bulk_im,deposit_re,deposit_im\n");
        double[] tr = r.totalReal();
        double[] ti = r.totalImag();
        double[] br = r.bulk().real();
        double[] bi = r.bulk().imag();
        double[] dr = r.deposit().real();
        double[] di = r.deposit().imag();
        for (int i = 0; i < points; i++) {
            csv.append(String.format(Locale.ROOT, "%.6f,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g%n", axisPpm[i], tr[i], ti[i], br[i], bi[i], dr[i], di[i]));
        }
        double lx = s.nx() * s.voxelSizeM() * 1e6;
        double lz = s.nz() * s.voxelSizeM() * 1e6;
        HeatMap patch = HeatMap.ofGrid("metal (x-z plane, y = centre)", "metal", slice(s, null), 0, lx, 0, lz, "x [um]", "z [um]");
        HeatMap shift = HeatMap.ofGrid("Knight + BMS shift", "ppm", slice(s, r.sliceShiftPpm()), 0, lx, 0, lz, "x [um]", "z [um]");
        HeatMap weight = HeatMap.ofGrid("|w|: skin-layer B1 weight", "|w|", slice(s, r.sliceWeight()), 0, lx, 0, lz, "x [um]", "z [um]");
        LinePlot spectrum = LinePlot.of("spectrum (B0 along " + b0.name().toLowerCase(Locale.ROOT) + ")", "shift [ppm]", "real part [voxels]")
                .withReversedX(true).withXRange(Math.min(ppm[0], ppm[1]), Math.max(ppm[0], ppm[1]))
                .withSeries(PlotSeries.solid("total", axisPpm, tr))
                .withSeries(PlotSeries.dashed("bulk slab", axisPpm, br))
                .withSeries(PlotSeries.dashed("deposit", axisPpm, dr));
        Figure.Rendered figure = Figure.grid(620, 480, 2, List.of(patch, shift, weight, spectrum)).render();
        AtomicFiles.writeString(dir.resolve("result.json"), text);
        AtomicFiles.writeString(dir.resolve("spectrum.csv"), csv.toString());
        figure.write(dir.resolve("microstructure.svg"));
        if (json) {
            spec.commandLine().getOut().print(text);
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT, "deposit - bulk: %.2f ppm (|w|-weighted means), %.2f ppm (peaks); %.2f s%nwrote %s%n",
                    r.depositMinusBulkPpm(), r.deposit().peakPpm() - r.bulk().peakPpm(), secondsSpectrum, dir.toAbsolutePath());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** One source of voxels, its options checked as a whole before anything is read or allocated. */
    private interface VoxelSource {
        /** @return the microstructure */
        VoxelMicrostructure load();

        /** @return what it is, for result.json */
        String describe();
    }

    /** A generator of a 128 um box on an N^3 grid; its record validates the geometry when it is made. */
    private record Generated(String kind, java.util.function.Supplier<VoxelMicrostructure> generator) implements VoxelSource {
        @Override
        public VoxelMicrostructure load() {
            return generator.get();
        }

        @Override
        public String describe() {
            return "generated " + kind;
        }
    }

    /**
     * An import of an .npy or TIFF stack, which carries no voxel size or segmentation of its own.
     *
     * @param format   --npy or --tiff
     * @param file     the file
     * @param voxelM   voxel edge [m]
     * @param seg      the segmentation
     * @param periodic one lateral period of a laterally infinite patch
     */
    private record Imported(String format, Path file, double voxelM, Segmentation seg, boolean periodic) implements VoxelSource {
        @Override
        public VoxelMicrostructure load() {
            return format.equals("--npy") ? NpyReader.read(file, seg, voxelM, periodic) : TiffStackReader.read(file, seg, voxelM, periodic);
        }

        @Override
        public String describe() {
            return format.substring(2) + " " + file.getFileName();
        }
    }

    /** @param file the JSON header of raw voxels, which names its own voxel size, segmentation and periodicity */
    private record RawImported(Path file) implements VoxelSource {
        @Override
        public VoxelMicrostructure load() {
            return RawVoxelReader.read(file);
        }

        @Override
        public String describe() {
            return "raw-json " + file.getFileName();
        }
    }

    /** The one source named on the command line, with the options that apply to it (others refused). */
    private VoxelSource source() {
        int sources = (generate != null ? 1 : 0) + (npy != null ? 1 : 0) + (rawJson != null ? 1 : 0) + (tiff != null ? 1 : 0);
        if (sources != 1) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "source", "exactly one of --generate, --npy, --raw-json, --tiff",
                    sources + " given");
        }
        boolean importOptions = voxelM != null || threshold != null || labels != null || periodic;
        if (generate != null) {
            refuseImportOptions("--generate", importOptions);
            return generated();
        }
        if (rawJson != null) {
            refuseImportOptions("--raw-json (its header names voxel size, segmentation and periodicity)", importOptions);
            return new RawImported(rawJson);
        }
        String format = npy != null ? "--npy" : "--tiff";
        if (voxelM == null) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--voxel-m", "a voxel edge [m] for " + format, "none");
        }
        Checks.positive("--voxel-m", "[m]", voxelM);
        Segmentation seg = threshold != null && labels != null
                ? new Segmentation(threshold, labels)
                : threshold != null ? Segmentation.threshold(threshold) : labels != null ? Segmentation.labels(labels) : Segmentation.nonZero();
        return new Imported(format, npy != null ? npy : tiff, voxelM, seg, periodic);
    }

    private static void refuseImportOptions(String source, boolean given) {
        if (given) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--voxel-m/--threshold/--labels/--periodic",
                    "options of an --npy or --tiff import", "given with " + source);
        }
    }

    private VoxelSource generated() {
        Checks.inRange("--grid", "[voxels]", 8, 4096, grid);
        Checks.nonNegative("--slab-um", "[um]", slabUm);
        double box = 128e-6;
        double h = box / grid;
        double slab = slabUm * 1e-6;
        return switch (generate) {
            case "hex-array" -> {
                HexCylinderArray g = HexCylinderArray.standardCase(grid, slab);
                yield new Generated(generate, g::generate);
            }
            case "whiskers" -> {
                RandomWhiskers g = new RandomWhiskers(new WhiskerSpec(material, whiskerDensity * 1e12, new FixedSize(1e-6), new FixedSize(20e-6),
                        new ConeOrientation(Math.toRadians(30))), slab, box, box, h, seed);
                yield new Generated(generate, g::generate);
            }
            case "mossy" -> {
                MossyDeposit g = new MossyDeposit(sphereRadiusUm * 1e-6, layerUm * 1e-6, packing, connected, nucleation, slab, box, box, h, seed);
                yield new Generated(generate + (connected ? " (connected growth)" : " (random sequential addition)"), g::generate);
            }
            case "dead-metal" -> {
                if (fragmentUm.length != 3) {
                    throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--fragment-um", "three semi-axes A,B,C [um]", fragmentUm.length + " values");
                }
                DeadMetalFragments g = new DeadMetalFragments(new double[] {fragmentUm[0] * 1e-6, fragmentUm[1] * 1e-6, fragmentUm[2] * 1e-6},
                        fragmentFraction, fragmentGapUm * 1e-6, layerUm * 1e-6, slab, box, box, h, seed);
                yield new Generated(generate, g::generate);
            }
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--generate", "hex-array|whiskers|mossy|dead-metal", generate);
        };
    }

    private static B0Axis axis(String name, String v) {
        return switch (v) {
            case "x" -> B0Axis.X;
            case "y" -> B0Axis.Y;
            case "z" -> B0Axis.Z;
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, name, "x|y|z", v);
        };
    }

    /** An x-z slice as columns (x) of rows (z); the occupancy when values is null. */
    private static double[][] slice(VoxelMicrostructure s, double[] values) {
        double[][] g = new double[s.nx()][s.nz()];
        int j = s.ny() / 2;
        for (int k = 0; k < s.nz(); k++) {
            for (int i = 0; i < s.nx(); i++) {
                g[i][k] = values == null ? (s.isMetal(i, j, k) ? 1 : 0) : values[i + s.nx() * k];
            }
        }
        return g;
    }
}
