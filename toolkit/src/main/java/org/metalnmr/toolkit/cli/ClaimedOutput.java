package org.metalnmr.toolkit.cli;

import java.nio.file.Path;
import java.util.Collection;

import org.metalnmr.spectra.output.OutputFolder;

/**
 * Runs a command's work inside its claimed {@code --out} folder (CLI.md: a failed run leaves no half-written output
 * behind; ARCHITECTURE.md: outputs written atomically): the folder is claimed before any input is read or anything is
 * computed, so that a bad or taken folder is refused at once and exactly one of two concurrent runs gets it; after a
 * failure everything the run wrote is removed again.
 */
final class ClaimedOutput {

    /** The work of a command, given its claimed folder. */
    @FunctionalInterface
    interface Work {
        /**
         * @param folder the claimed output folder
         * @return the exit status
         * @throws Exception on failure (the folder is then abandoned)
         */
        Integer run(OutputFolder folder) throws Exception;
    }

    private ClaimedOutput() {
    }

    /**
     * @param out    the {@code --out} folder
     * @param inputs the run's inputs (the folder may not overlap them)
     * @param work   the command's work
     * @return its exit status
     * @throws Exception what the work threw, after its outputs were removed
     */
    static Integer run(Path out, Collection<Path> inputs, Work work) throws Exception {
        OutputFolder folder = OutputFolder.claim(out, inputs);
        boolean done = false;
        try {
            Integer status = work.run(folder);
            done = true;
            return status;
        } finally {
            if (done) {
                folder.release();
            } else {
                folder.abandon();
            }
        }
    }
}
