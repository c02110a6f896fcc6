/**
 * The exception types of the toolkit and the message enum of sim-core. Bad input raises
 * {@link org.metalnmr.core.error.InvalidInputException} (exit status 2 at the command line); any
 * other failure raises {@link org.metalnmr.core.error.MetalNmrException} (exit status 1). Every
 * module keeps its messages in one enum implementing {@link org.metalnmr.core.error.MessageKey}.
 */
package org.metalnmr.core.error;
