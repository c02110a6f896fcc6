/**
 * The composition module: the forward model, fits and the command line ({@code toolkit.cli}).
 * {@link org.metalnmr.toolkit.ToolkitMessage} holds the module's error messages.
 */
package org.metalnmr.toolkit;
