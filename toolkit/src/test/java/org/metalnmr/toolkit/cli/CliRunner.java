package org.metalnmr.toolkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs the command line in-process and captures exit code, standard output and standard error. */
public record CliRunner(int exitCode, String out, String err) {

    /**
     * @param args the command-line arguments
     * @return what the run produced
     */
    public static CliRunner run(String... args) {
        CommandLine cl = MetalNmrCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRunner(code, out.toString(), err.toString());
    }
}
