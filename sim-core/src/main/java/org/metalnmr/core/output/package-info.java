/** Output writers: atomic file writing ({@link org.metalnmr.core.output.AtomicFiles}) and spectrum CSV. */
package org.metalnmr.core.output;
