package org.metalnmr.toolkit.cli;

import org.metalnmr.toolkit.BuildInfo;

import picocli.CommandLine;

/** Reports the toolkit version and the git commit it was built from ({@link BuildInfo}). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {BuildInfo.current().describe()};
    }
}
