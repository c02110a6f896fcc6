package org.metalnmr.validation.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.toolkit.cli.MetalNmrCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.metalnmr.validation.ValidationMessage;

/**
 * The whole {@code fit-series} command on the 300 real operando spectra ({@code data/operando-li-li/bruker},
 * range 220:310 ppm), in-process: reading, the chained fits, series.csv, series.svg and stack.svg. Models
 * {@code peaks:2} and {@code morphology} (cell B, Knight shift free, the setting docs/morphology-model.md uses on
 * these data); threads 1 (one chain, as before the parallel chains) and 0 (all processors). One shot per
 * measurement: a run takes seconds. Issue 8: the 300-spectrum series in under 10 seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class FitSeriesBenchmark {

    /** The model. */
    @Param({"peaks:2", "morphology"})
    public String model;

    /** Parallel chains (0: all processors). */
    @Param({"1", "0"})
    public String threads;

    private Path series;
    private Path out;

    /** Finds the data. */
    @Setup
    public void setUp() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("data/operando-li-li/bruker"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new MetalNmrException(ValidationMessage.BENCHMARK_DATA_NOT_FOUND, "data/operando-li-li");
        }
        series = dir.resolve("data/operando-li-li/bruker");
    }

    /** A fresh output folder for each run. */
    @Setup(Level.Invocation)
    public void freshOutput() throws IOException {
        out = Files.createTempDirectory("fit-series-bench");
    }

    /** Removes the run's output. */
    @TearDown(Level.Invocation)
    public void removeOutput() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** @return the exit code (0) */
    @Benchmark
    public int fitSeries() {
        StringWriter sink = new StringWriter();
        var cl = MetalNmrCommand.commandLine();
        cl.setOut(new PrintWriter(sink));
        cl.setErr(new PrintWriter(sink));
        String[] args = model.equals("morphology")
                ? new String[] {"fit-series", series.toString(), "--model", "morphology", "--cell", "B", "--free", "knightPpm",
                        "--range-ppm", "220:310", "--threads", threads, "--out", out.toString()}
                : new String[] {"fit-series", series.toString(), "--model", model, "--range-ppm", "220:310", "--threads", threads,
                        "--out", out.toString()};
        int code = cl.execute(args);
        if (code != 0) {
            throw new MetalNmrException(ValidationMessage.BENCHMARK_RUN_FAILED, "metalnmr fit-series", code, sink);
        }
        return code;
    }
}
