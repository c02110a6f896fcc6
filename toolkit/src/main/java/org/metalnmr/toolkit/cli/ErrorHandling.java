package org.metalnmr.toolkit.cli;

import java.io.PrintWriter;

import org.metalnmr.core.error.InvalidInputException;

import picocli.CommandLine;

/**
 * Maps failures to the exit codes and one-line messages of CLI.md: bad input (picocli parameter
 * errors, {@link InvalidInputException}) gives 2, anything else 1; never a stack trace unless
 * {@code METALNMR_DEBUG} is set in the environment.
 */
final class ErrorHandling {

    /** Exit status for bad input. */
    static final int BAD_INPUT = 2;
    /** Exit status for any other failure. */
    static final int FAILURE = 1;

    private ErrorHandling() {
    }

    static int onParameterException(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("metalnmr " + ex.getCommandLine().getCommandName() + ": " + oneLine(ex.getMessage())
                + " (see --help)");
        err.flush();
        return BAD_INPUT;
    }

    static int onExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (System.getenv("METALNMR_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        Throwable t = ex;
        while (!(t instanceof InvalidInputException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof InvalidInputException) {
            err.println("metalnmr " + cl.getCommandName() + ": " + oneLine(t.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        err.println("metalnmr " + cl.getCommandName() + ": error: " + oneLine(String.valueOf(ex.getMessage()))
                + " (" + ex.getClass().getSimpleName() + ")");
        err.flush();
        return FAILURE;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ').trim();
    }
}
