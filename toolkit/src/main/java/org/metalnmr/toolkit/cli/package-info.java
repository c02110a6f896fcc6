/**
 * The {@code metalnmr} command line (picocli), following the contract of CLI.md. Entry point:
 * {@link org.metalnmr.toolkit.cli.MetalNmrCommand}. The only place in the toolkit that prints to
 * standard output or ends the JVM.
 */
package org.metalnmr.toolkit.cli;
