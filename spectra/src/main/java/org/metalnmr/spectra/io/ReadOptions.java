package org.metalnmr.spectra.io;

import java.util.Objects;
import java.util.OptionalDouble;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.processing.ProcessingParameters;
import org.metalnmr.spectra.processing.SpectrumCorrections;

/**
 * The choices a reader makes on the caller's behalf. Start from {@link #DEFAULT} and change with
 * the {@code with*} methods.
 *
 * @param brukerSource          processed {@code 1r} when present, or always the raw {@code fid}/{@code ser}
 * @param procno                Bruker processing number ({@code pdata/N}); 0 picks {@code pdata/1}
 *                              when it holds a spectrum, else the lowest numbered one that does
 * @param processing            time-domain processing of raw Bruker data
 * @param processingFromProcs   when processing a raw FID whose experiment has a {@code procs}, take
 *                              LB (when WDW = EM), SI (zero filling) and TDeff (points kept) from it
 *                              instead of {@code processing}; phase and DC choices always come from
 *                              {@code processing}
 * @param textSpacing           what the text reader does with non-uniform ppm columns
 * @param referenceFrequencyHz  the frequency that defines 0 ppm [Hz], for files that do not state it
 *                              (text columns: it overrides a frequency comment; JCAMP-DX: used when the
 *                              file has none); empty when not given (a ppm-only axis then)
 * @param corrections           phase, baseline and referencing applied after reading (and
 *                              transforming), by {@link SpectrumReaders}
 */
public record ReadOptions(BrukerSource brukerSource, int procno, ProcessingParameters processing,
                          boolean processingFromProcs, TextSpacing textSpacing, OptionalDouble referenceFrequencyHz,
                          SpectrumCorrections corrections) {

    /**
     * Processed data when present, automatic procno, default processing taken from procs, refuse
     * non-uniform text, no corrections.
     */
    public static final ReadOptions DEFAULT = new ReadOptions(BrukerSource.PROCESSED_WHEN_PRESENT, 0,
            ProcessingParameters.DEFAULT, true, TextSpacing.REFUSE, OptionalDouble.empty(), SpectrumCorrections.NONE);

    /** Validates. */
    public ReadOptions {
        Objects.requireNonNull(brukerSource, "brukerSource");
        Objects.requireNonNull(processing, "processing");
        Objects.requireNonNull(textSpacing, "textSpacing");
        Objects.requireNonNull(referenceFrequencyHz, "referenceFrequencyHz");
        Objects.requireNonNull(corrections, "corrections");
        if (procno < 0) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, "Bruker procno", "(0 = automatic)", procno);
        }
        if (referenceFrequencyHz.isPresent()) {
            Checks.positive("reference frequency", "[Hz]", referenceFrequencyHz.getAsDouble());
        }
    }

    /** Where the spectrum of a Bruker experiment comes from. */
    public enum BrukerSource {
        /** The processed {@code pdata/N/1r} (+{@code 1i}) when present, else the raw data processed here. */
        PROCESSED_WHEN_PRESENT,
        /** Always the raw {@code fid} or {@code ser}, processed here. */
        RAW
    }

    /** What to do when the ppm column of a text file is not uniformly spaced. */
    public enum TextSpacing {
        /** Refuse with a message giving the worst deviation and where it is. */
        REFUSE,
        /** Interpolate linearly onto the uniform axis with the same end points and number of points. */
        RESAMPLE
    }

    /**
     * @param source where Bruker spectra come from
     * @return a copy with that choice
     */
    public ReadOptions withBrukerSource(BrukerSource source) {
        return new ReadOptions(source, procno, processing, processingFromProcs, textSpacing, referenceFrequencyHz, corrections);
    }

    /**
     * @param number Bruker processing number, 0 for automatic
     * @return a copy with that procno
     */
    public ReadOptions withProcno(int number) {
        return new ReadOptions(brukerSource, number, processing, processingFromProcs, textSpacing,
                referenceFrequencyHz, corrections);
    }

    /**
     * Explicit processing: these parameters are used as given, not taken from {@code procs}.
     *
     * @param parameters the time-domain processing
     * @return a copy with that processing and {@code processingFromProcs = false}
     */
    public ReadOptions withProcessing(ProcessingParameters parameters) {
        return new ReadOptions(brukerSource, procno, parameters, false, textSpacing, referenceFrequencyHz, corrections);
    }

    /**
     * @param fromProcs whether LB, SI and TDeff come from {@code procs} when present
     * @return a copy with that choice
     */
    public ReadOptions withProcessingFromProcs(boolean fromProcs) {
        return new ReadOptions(brukerSource, procno, processing, fromProcs, textSpacing, referenceFrequencyHz, corrections);
    }

    /**
     * @param spacing the policy for non-uniform text axes
     * @return a copy with that policy
     */
    public ReadOptions withTextSpacing(TextSpacing spacing) {
        return new ReadOptions(brukerSource, procno, processing, processingFromProcs, spacing, referenceFrequencyHz,
                corrections);
    }

    /**
     * @param hz frequency that defines 0 ppm [Hz]
     * @return a copy with that reference frequency
     */
    public ReadOptions withReferenceFrequencyHz(double hz) {
        return new ReadOptions(brukerSource, procno, processing, processingFromProcs, textSpacing,
                OptionalDouble.of(hz), corrections);
    }

    /**
     * @param c phase, baseline and referencing after reading
     * @return a copy with those corrections
     */
    public ReadOptions withCorrections(SpectrumCorrections c) {
        return new ReadOptions(brukerSource, procno, processing, processingFromProcs, textSpacing, referenceFrequencyHz, c);
    }
}
