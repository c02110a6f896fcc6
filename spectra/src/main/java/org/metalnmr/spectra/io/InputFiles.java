package org.metalnmr.spectra.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;

/**
 * Reading input files whole, with the checks every reader needs: the file exists, is a regular
 * file, and its decoded arrays fit in the memory of the JVM; and the one error shape of the
 * readers ({@link #malformed}: where, what is wrong, what was expected).
 */
public final class InputFiles {

    /**
     * Heap bytes needed per byte of input while decoding: the raw bytes, the decoded doubles (up
     * to twice the bytes of 4-byte samples), and the copies a spectrum record makes.
     */
    private static final double HEAP_PER_INPUT_BYTE = 8.0;

    private InputFiles() {
    }

    /**
     * @param file a regular file
     * @return all its bytes
     * @throws InvalidInputException when missing, not a file, unreadable or too large for memory
     */
    public static byte[] readAllBytes(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(CoreMessage.FILE_UNREADABLE, file,
                        Files.exists(file) ? "not a regular file" : "no such file");
            }
            checkMemory(file.toString(), Files.size(file));
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, file, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, file, e.getMessage());
        }
    }

    /**
     * Refuses an input whose decoding would not fit in the heap.
     *
     * @param what  the input, for the message
     * @param bytes its size [bytes]
     * @throws InvalidInputException when about {@code 8 * bytes} exceed the free heap
     */
    public static void checkMemory(String what, long bytes) {
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        double needed = bytes * HEAP_PER_INPUT_BYTE;
        if (needed > available) {
            throw new InvalidInputException(CoreMessage.MEMORY_EXCEEDED, "reading " + what,
                    needed / (1 << 20), available / (double) (1 << 20),
                    "give the JVM more memory (-Xmx) or read a smaller file");
        }
    }

    /**
     * The one error of a corrupt or truncated input.
     *
     * @param where    the file (and line or entry) at fault
     * @param wrong    what is wrong
     * @param expected what was expected instead
     * @return the exception to throw
     */
    public static InvalidInputException malformed(String where, String wrong, String expected) {
        return new InvalidInputException(SpectraMessage.INPUT_MALFORMED, where, wrong, expected);
    }

    /**
     * @param where    the file at fault
     * @param wrong    what is wrong
     * @param expected what was expected instead
     * @param cause    the underlying failure
     * @return the exception to throw
     */
    public static InvalidInputException malformed(String where, String wrong, String expected, Throwable cause) {
        return new InvalidInputException(cause, SpectraMessage.INPUT_MALFORMED, where, wrong, expected);
    }
}
