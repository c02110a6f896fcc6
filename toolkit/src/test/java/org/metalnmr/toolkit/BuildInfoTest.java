package org.metalnmr.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.metalnmr.toolkit.cli.CliRunner;

class BuildInfoTest {

    @Test
    void theBuildWritesTheMavenVersionAndACommit() {
        BuildInfo info = BuildInfo.current();
        // the test runs on Maven's filtered resources: the version is the POM's (toolkit/pom.xml passes it to surefire)
        assertEquals(System.getProperty("metalnmr.pomVersion"), info.version());
        assertFalse(info.version().contains("${"), info.version());
        assertFalse(info.commit().contains("${"), info.commit());
        assertTrue(info.commit().equals(BuildInfo.UNKNOWN_COMMIT) || info.commit().matches("[0-9a-f]{7,40}"),
                info.commit());
    }

    @Test
    void versionOptionPrintsTheVersionAndTheCommit() {
        CliRunner run = CliRunner.run("--version");
        assertEquals(0, run.exitCode());
        assertEquals(BuildInfo.current().describe(), run.out().strip());
    }

    @Test
    void unfilteredOrMissingEntriesFallBack() {
        Properties unfiltered = new Properties();
        unfiltered.setProperty("version", "${project.version}");
        unfiltered.setProperty("commit", "${git.commit.id.abbrev}");
        unfiltered.setProperty("modified", "${git.dirty}");
        assertEquals(new BuildInfo(BuildInfo.DEVELOPMENT_BUILD, BuildInfo.UNKNOWN_COMMIT, false),
                BuildInfo.from(unfiltered));
        assertEquals(new BuildInfo(BuildInfo.DEVELOPMENT_BUILD, BuildInfo.UNKNOWN_COMMIT, false),
                BuildInfo.from(new Properties()));
    }

    @Test
    void describeNamesAModifiedTree() {
        assertEquals("metalnmr 1.2.3 (commit abcdef123456, modified)",
                new BuildInfo("1.2.3", "abcdef123456", true).describe());
        assertEquals("metalnmr 1.2.3 (commit unknown)", new BuildInfo("1.2.3", "unknown", false).describe());
    }
}
