package org.metalnmr.toolkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code metalnmr} command line (contract: CLI.md). Only this package prints or exits.
 * Exit status: 0 success, 2 bad input (one line on standard error), 1 any other failure.
 */
@Command(name = "metalnmr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Simulate and fit in-situ NMR of lithium and sodium metal anodes: skin effect, bulk magnetic susceptibility, spectra.",
        subcommands = {
                SkinDepthCommand.class,
                ValidateCommand.class,
                SimulateCommand.class,
                CompareCellsCommand.class,
                PenetrationCommand.class,
                DemagCommand.class,
                ShiftCommand.class,
                FieldCommand.class,
                FitCommand.class,
                FitSeriesCommand.class,
                IntegrateCommand.class,
                ProcessCommand.class,
                CalibrateCommand.class,
                MicrostructureCommand.class,
                ExploreCommand.class,
        })
public final class MetalNmrCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /**
     * Builds the configured command line (error handlers, exit codes).
     *
     * @return the command line, ready to execute
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MetalNmrCommand());
        cl.setParameterExceptionHandler(ErrorHandling::onParameterException);
        cl.setExecutionExceptionHandler(ErrorHandling::onExecutionException);
        return cl;
    }

    /**
     * Entry point.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
