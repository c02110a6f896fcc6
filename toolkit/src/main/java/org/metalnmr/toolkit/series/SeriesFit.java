package org.metalnmr.toolkit.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.SpectrumModel;
import org.metalnmr.spectra.io.LabelledSpectrum;

/**
 * The chained fit of an operando series: each spectrum is fitted from the result of its neighbour in the chain (a fit that
 * does not converge from there is repeated from a fresh guess and the better chi-square kept). A chained fit whose reduced
 * chi-square exceeds {@link #JUMP_FACTOR} times the chain's reference is also repeated from a fresh guess and the better
 * kept; the reference is the lowest reduced chi-square since the last fresh check (reset to the checked row's value): a
 * chained start can walk step by step into a local minimum where a line appears (on the real Li||Li series the chained fit
 * climbed from 24 at 1 h to 238 at 2.1 h while the whisker line grew, ending with the whiskers near zero; a fresh guess of
 * experiment 25 reached 56; docs/morphology-model.md section 6), so the predecessor alone would not show the jump.
 * At every {@link #FRESH_CHECK_EVERY}-th position of the
 * chain the chained fit is compared with a fresh guess too (a chain can also sit in a worse minimum without a jump).
 * {@link Result#jumpRefits()} counts the fresh refits that were better and kept.
 *
 * <p>The chain starts at one spectrum (default: the first for {@link ChainDirection#FORWARD}, the last for
 * {@link ChainDirection#BACKWARD}), fitted from a fresh guess, and walks in its direction to the end of the series; the spectra
 * on the other side of the start are then fitted by a second chain from the start the other way. Each row carries its
 * {@link FitQuality}; the {@link SeriesSummary} counts the suspect ones.
 *
 * <p>Chunks and threads: each chain after its first spectrum is cut into contiguous chunks of at most
 * {@link #withChunkLength chunk length} spectra (default {@value #DEFAULT_CHUNK_SPECTRA}; 0 = one chunk), each fitted as a chain
 * started from the first spectrum's result and (for every chunk but the one that continues it) also from a fresh guess, the
 * better kept. The chunks depend on the series, the start and the chunk length only, never on the number of threads: the
 * threads only execute the fixed chunks, every fit is computed the same way on any thread, and each row is written by its
 * own chunk, so the rows are bit for bit the same for any thread count (tested: SeriesFitDeterminismTest).
 *
 * <p>Resume: rows of an interrupted run ({@code done}) are kept and not refitted; a spectrum whose chain predecessor is among
 * them starts from that row. Rows are handed to the row sink in chain order as soon as all rows before them in that order are
 * done, so a sink that appends them keeps a complete prefix of the chain whatever interrupts the run.
 *
 * <p>Configured with {@code with*} methods that return new instances; immutable.
 */
public final class SeriesFit {

    /**
     * Default chunk length [spectra]: six chunks for the 300-spectrum operando series, enough to keep a few cores busy,
     * and few chunk starts that must be fitted from the chain's first result and a fresh guess.
     */
    public static final int DEFAULT_CHUNK_SPECTRA = 50;

    /** Shortest chunk allowed [spectra] (a chain of fewer gains little from its start values). */
    public static final int MIN_CHUNK_SPECTRA = 4;

    /**
     * A chained fit whose reduced chi-square exceeds this multiple of the chain's reference (the lowest since the last fresh
     * check) is repeated from a fresh guess. Not a
     * tuned constant: neighbouring spectra of an operando series differ little, so a doubled misfit means the chain lost the
     * optimum (the noise alone moves a reduced chi-square of n degrees of freedom by sqrt(2/n), 3 % for the 2400 of the real
     * series).
     */
    public static final double JUMP_FACTOR = 2;

    /**
     * A chained fit is also compared with a fresh guess at every this-many-th position of its chain: a chain
     * can sit in a worse minimum without any jump (on the real Li||Li series with the counter foil the chain stayed at
     * reduced chi-square 15-25 over 1-5 h where fresh fits reach 7, e.g. experiment 41: 24.5 chained, 7.0 fresh;
     * docs/morphology-model.md section 6.1). Every 8th spectrum costs an eighth more fits.
     */
    public static final int FRESH_CHECK_EVERY = 8;

    private final SeriesModel model;
    private final SpectrumFitter fitter;
    private final ChainDirection direction;
    private final int startIndex;
    private final int threads;
    private final int chunkLength;
    private final boolean scaleErrors;

    /**
     * A forward, single-threaded chain from the first spectrum with unscaled errors.
     *
     * @param model  what to fit
     * @param fitter the fitter (range, noise; its error scaling is set by {@link #withErrorsScaled})
     */
    public SeriesFit(SeriesModel model, SpectrumFitter fitter) {
        this(model, fitter, ChainDirection.FORWARD, -1, 1, DEFAULT_CHUNK_SPECTRA, false);
    }

    private SeriesFit(SeriesModel model, SpectrumFitter fitter, ChainDirection direction, int startIndex, int threads,
                      int chunkLength, boolean scaleErrors) {
        this.model = Objects.requireNonNull(model, "model");
        this.fitter = Objects.requireNonNull(fitter, "fitter").withErrorsScaledByReducedChiSquare(scaleErrors);
        this.direction = Objects.requireNonNull(direction, "direction");
        this.startIndex = startIndex;
        this.threads = threads;
        this.chunkLength = chunkLength;
        this.scaleErrors = scaleErrors;
    }

    /**
     * @param d the chain direction
     * @return a fit walking that way
     */
    public SeriesFit withDirection(ChainDirection d) {
        return new SeriesFit(model, fitter, d, startIndex, threads, chunkLength, scaleErrors);
    }

    /**
     * @param index the input index of the spectrum the chain starts from (-1: the first in the chain direction)
     * @return a fit starting there
     */
    public SeriesFit withStartIndex(int index) {
        if (index < -1) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, "start spectrum index", "[index; -1 = the end the chain starts from]", index);
        }
        return new SeriesFit(model, fitter, direction, index, threads, chunkLength, scaleErrors);
    }

    /**
     * @param spectra the most spectra in one chunk, the unit of parallel work (at least {@value #MIN_CHUNK_SPECTRA}), or 0
     *                for one chunk per chain (one chain through the series, no parallel work)
     * @return a fit cutting its chains so
     */
    public SeriesFit withChunkLength(int spectra) {
        if (spectra != 0 && spectra < MIN_CHUNK_SPECTRA) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "chunk length", MIN_CHUNK_SPECTRA, Integer.MAX_VALUE,
                    "[spectra; 0 = one chain]", spectra);
        }
        return new SeriesFit(model, fitter, direction, startIndex, threads, spectra, scaleErrors);
    }

    /**
     * @param count threads that execute the chunks, &gt;= 1 (the results do not depend on it)
     * @return a fit on that many threads
     */
    public SeriesFit withThreads(int count) {
        if (count < 1) {
            throw new InvalidInputException(CoreMessage.NOT_POSITIVE, "number of threads", "[count]", count);
        }
        return new SeriesFit(model, fitter, direction, startIndex, count, chunkLength, scaleErrors);
    }

    /**
     * @param scale whether to multiply the standard errors by the root of the reduced chi-square (for every model); when
     *              false, a row with reduced chi-square above 2 gets a warning instead
     * @return a fit with that choice
     */
    public SeriesFit withErrorsScaled(boolean scale) {
        return new SeriesFit(model, fitter, direction, startIndex, threads, chunkLength, scale);
    }

    /** @return the series model */
    public SeriesModel model() {
        return model;
    }

    /**
     * The rows and summary of a series fit.
     *
     * @param rows    one per spectrum, in input order
     * @param summary the counts
     * @param threads the number of parallel chains used
     * @param jumpRefits chained fits replaced by a better fit from a fresh guess after a jump (reduced chi-square above
     *                   {@link #JUMP_FACTOR} times the chain's reference) or a periodic check ({@link #FRESH_CHECK_EVERY})
     * @param jumpRefitLabels the labels of those spectra, in input order
     */
    public record Result(List<SeriesRow> rows, SeriesSummary summary, int threads, int jumpRefits, List<String> jumpRefitLabels) {
        /** Copies. */
        public Result {
            rows = List.copyOf(rows);
            jumpRefitLabels = List.copyOf(jumpRefitLabels);
        }
    }

    /**
     * Fits a whole series.
     *
     * @param spectra the series, in input (time) order
     * @return rows and summary
     */
    public Result fit(List<LabelledSpectrum> spectra) {
        return fit(spectra, Map.of(), row -> { });
    }

    /**
     * @param n          spectra in the series
     * @return the chain order: the input indices in the order they are fitted
     */
    public List<Integer> chainOrder(int n) {
        int s = start(n);
        List<Integer> order = new ArrayList<>();
        int step = direction == ChainDirection.FORWARD ? 1 : -1;
        for (int i = s; i >= 0 && i < n; i += step) {
            order.add(i);
        }
        for (int i = s - step; i >= 0 && i < n; i -= step) {
            order.add(i);
        }
        return order;
    }

    private int start(int n) {
        if (startIndex >= n) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "start spectrum index", 0, n - 1, "[index in the series]", startIndex);
        }
        return startIndex >= 0 ? startIndex : direction == ChainDirection.FORWARD ? 0 : n - 1;
    }

    /** The index fitted just before i in the chain (its neighbour towards the start), or -1 for the start. */
    private static int predecessor(List<Integer> order, int i) {
        int s = order.get(0);
        if (i == s) {
            return -1;
        }
        return i > s ? i - 1 : i + 1;
    }

    /**
     * Fits a series, keeping rows of an interrupted run.
     *
     * @param spectra the series, in input (time) order
     * @param done    rows already fitted, by input index (not refitted)
     * @param sink    receives each new row, in chain order (called from one thread at a time)
     * @return all rows (done and new, in input order) and the summary
     */
    public Result fit(List<LabelledSpectrum> spectra, Map<Integer, SeriesRow> done, Consumer<SeriesRow> sink) {
        int n = spectra.size();
        if (n == 0) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of spectra in the series", 1, Integer.MAX_VALUE, "[spectra]", 0);
        }
        List<Integer> order = chainOrder(n);
        double t0 = spectra.get(0).spectrum().acquisitionTimeSeconds().orElse(Double.NaN);
        List<Integer> todo = order.stream().filter(i -> !done.containsKey(i)).toList();
        Run run = new Run(spectra, todo, done, t0, sink);
        int used = 1;
        if (!todo.isEmpty()) {
            int head = todo.get(0);
            SpectrumModel base = model.guess(spectra.get(head).spectrum());
            int pred = predecessor(order, head);
            Map<String, Double> start = pred >= 0 && done.containsKey(pred) ? startValues(done.get(pred)) : null;
            SeriesStep first = run.fitOne(head, base, start, false);
            run.record(0, first);
            Map<String, Double> headValues = startValues(first);
            // chunks of consecutive to-do positions that continue each other in the chain
            List<int[]> segments = segments(order, todo);
            List<int[]> chunks = new ArrayList<>();
            for (int[] seg : segments) {
                int from = Math.max(seg[0], 1);
                for (int[] c : chunks(seg[1] - from, chunkLength)) {
                    chunks.add(new int[] {from + c[0], from + c[1]});
                }
            }
            used = Math.max(1, Math.min(threads, chunks.size()));
            if (used <= 1) {
                for (int[] c : chunks) {
                    run.chunk(c[0], c[1], head, headValues, order);
                }
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(used);
                try {
                    List<Future<?>> futures = new ArrayList<>();
                    for (int[] c : chunks) {
                        futures.add(pool.submit(() -> run.chunk(c[0], c[1], head, headValues, order)));
                    }
                    for (Future<?> f : futures) {
                        f.get();
                    }
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new MetalNmrException(e.getCause(), CoreMessage.FIT_FAILED, String.valueOf(e.getCause()));
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new MetalNmrException(e, CoreMessage.FIT_FAILED, "interrupted");
                } finally {
                    pool.shutdown();
                }
            }
        }
        List<SeriesRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SeriesRow r = done.containsKey(i) ? done.get(i) : run.rows.get(i);
            rows.add(Objects.requireNonNull(r, "row " + i));
        }
        List<String> jumped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (run.jumpRefitted.containsKey(i)) {
                jumped.add(spectra.get(i).label());
            }
        }
        return new Result(rows, SeriesSummary.of(rows, run.fitted.get(), done.size()), used, jumped.size(), jumped);
    }

    /**
     * Splits the to-do list into runs of positions [from, to) in which each spectrum's chain predecessor is the one before
     * it in the list (a new run starts at the second chain, and after a gap of resumed rows).
     */
    private static List<int[]> segments(List<Integer> order, List<Integer> todo) {
        List<int[]> segs = new ArrayList<>();
        int from = 0;
        for (int p = 1; p <= todo.size(); p++) {
            if (p == todo.size() || predecessor(order, todo.get(p)) != todo.get(p - 1)) {
                segs.add(new int[] {from, p});
                from = p;
            }
        }
        return segs;
    }

    /**
     * @param n      positions
     * @param length the most positions in one chunk, or 0 for one chunk
     * @return the fewest contiguous chunks [from, to) of at most {@code length} positions, of equal length to within one,
     *         covering [0, n) (empty for n &lt;= 0); they depend on n and length only
     */
    public static List<int[]> chunks(int n, int length) {
        List<int[]> list = new ArrayList<>();
        if (n <= 0) {
            return list;
        }
        int count = length <= 0 ? 1 : (int) ((n + (long) length - 1) / length);
        for (int c = 0; c < count; c++) {
            list.add(new int[] {(int) ((long) n * c / count), (int) ((long) n * (c + 1) / count)});
        }
        return list;
    }

    private static Map<String, Double> startValues(SeriesStep step) {
        Map<String, Double> m = new LinkedHashMap<>();
        step.values().forEach((k, v) -> m.put(k, v.value()));
        return m;
    }

    private static Map<String, Double> startValues(SeriesRow row) {
        Map<String, Double> m = new LinkedHashMap<>();
        row.values().forEach((k, v) -> m.put(k, v.value()));
        return m;
    }

    /** The shared state of one run: rows handed to the sink in to-do order as soon as all earlier ones are done. */
    private final class Run {
        final List<LabelledSpectrum> spectra;
        final List<Integer> todo;
        final Map<Integer, SeriesRow> done;
        final double t0;
        final Consumer<SeriesRow> sink;
        final Map<Integer, SeriesRow> rows = new java.util.concurrent.ConcurrentHashMap<>();
        final SeriesRow[] pending;
        final AtomicInteger fitted = new AtomicInteger();
        /** Input indices whose chained fit was replaced by a fresh one after a jump or a periodic check. */
        final Map<Integer, Boolean> jumpRefitted = new java.util.concurrent.ConcurrentHashMap<>();
        /** Input indices that were also fitted from a fresh guess (for any reason). */
        final Map<Integer, Boolean> lastChecked = new java.util.concurrent.ConcurrentHashMap<>();
        int next;

        Run(List<LabelledSpectrum> spectra, List<Integer> todo, Map<Integer, SeriesRow> done, double t0, Consumer<SeriesRow> sink) {
            this.spectra = spectra;
            this.todo = todo;
            this.done = done;
            this.t0 = t0;
            this.sink = sink;
            this.pending = new SeriesRow[todo.size()];
        }

        /** Fits to-do positions [from, to) as one chain; the first starts from its resumed predecessor or the head. */
        Object chunk(int from, int to, int head, Map<String, Double> headValues, List<Integer> order) {
            if (from >= to) {
                return null;
            }
            SpectrumModel base = model.guess(spectra.get(todo.get(from)).spectrum());
            int pred = predecessor(order, todo.get(from));
            Map<String, Double> current;
            boolean fresh;
            double previousReduced;
            if (pred >= 0 && done.containsKey(pred)) {
                current = startValues(done.get(pred));
                fresh = false;
                previousReduced = done.get(pred).quality().reducedChiSquare();
            } else {
                current = headValues;
                fresh = pred != head;
                // the head's row is recorded before the chunks start
                SeriesRow headRow = rows.get(head);
                previousReduced = pred == head && headRow != null ? headRow.quality().reducedChiSquare() : Double.NaN;
            }
            for (int pos = from; pos < to; pos++) {
                // every FRESH_CHECK_EVERY-th position of the chain (by chain position, so that a resumed or parallel run
                // checks the same spectra as a single uninterrupted chain)
                int chainPosition = order.indexOf(todo.get(pos));
                boolean check = pos == from && fresh || chainPosition > 0 && chainPosition % FRESH_CHECK_EVERY == 0;
                SeriesStep step = fitOne(todo.get(pos), base, current, check, previousReduced);
                record(pos, step);
                current = startValues(step);
                double now = step.result().reducedChiSquare();
                previousReduced = lastChecked.containsKey(todo.get(pos)) || !(previousReduced <= now) ? now : previousReduced;
            }
            return null;
        }

        /**
         * Fits spectrum i from the start values; when that does not converge, when there are none, or when
         * {@code alsoFresh}, also from a fresh guess, keeping the lower chi-square.
         */
        SeriesStep fitOne(int i, SpectrumModel base, Map<String, Double> start, boolean alsoFresh) {
            return fitOne(i, base, start, alsoFresh, Double.NaN);
        }

        /**
         * As {@link #fitOne(int, SpectrumModel, Map, boolean)}, and also from a fresh guess when the chained fit's reduced
         * chi-square exceeds {@link #JUMP_FACTOR} times {@code previousReduced} (the chain's reference; NaN: none).
         */
        SeriesStep fitOne(int i, SpectrumModel base, Map<String, Double> start, boolean alsoFresh, double previousReduced) {
            Spectrum s = spectra.get(i).spectrum();
            SeriesStep step = model.fit(fitter, scaleErrors, s, base, start);
            boolean jumped = start != null && previousReduced > 0 && step.result().reducedChiSquare() > JUMP_FACTOR * previousReduced;
            if (start != null && (!step.result().converged() || alsoFresh || jumped)) {
                SeriesStep fresh = model.fit(fitter, scaleErrors, s, base, null);
                lastChecked.put(i, Boolean.TRUE);
                if (fresh.result().chiSquare() < step.result().chiSquare()) {
                    step = fresh;
                    if (jumped || alsoFresh) {
                        jumpRefitted.put(i, Boolean.TRUE);
                    }
                }
            }
            return step;
        }

        void record(int pos, SeriesStep step) {
            int i = todo.get(pos);
            LabelledSpectrum ls = spectra.get(i);
            double t = ls.spectrum().acquisitionTimeSeconds().orElse(Double.NaN) - t0;
            FitQuality q = FitQuality.assess(step.model(), step.result(), scaleErrors, step.legalAtBound(), model.legalAtLowerBound(),
                    step.notes());
            SeriesRow row = new SeriesRow(i, ls.label(), t, step.values(), step.derived(), q, step.result());
            rows.put(i, row);
            fitted.incrementAndGet();
            synchronized (this) {
                pending[pos] = row;
                while (next < pending.length && pending[next] != null) {
                    sink.accept(pending[next]);
                    pending[next] = null;
                    next++;
                }
            }
        }
    }

    /** @return a short description for logs */
    @Override
    public String toString() {
        Map<String, Object> m = new HashMap<>();
        m.put("model", model.name());
        m.put("direction", direction);
        m.put("start", startIndex);
        m.put("threads", threads);
        m.put("chunkLength", chunkLength);
        m.put("scaleErrors", scaleErrors);
        return "SeriesFit" + m;
    }
}
