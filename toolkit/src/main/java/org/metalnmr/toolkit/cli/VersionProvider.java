package org.metalnmr.toolkit.cli;

import picocli.CommandLine;

/** Reports the toolkit version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = MetalNmrCommand.class.getPackage().getImplementationVersion();
        return new String[] {"metalnmr " + (v == null ? "development build" : v)};
    }
}
