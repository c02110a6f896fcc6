/**
 * The exception types of the toolkit and the message enum of sim-core. Every module keeps its messages in one enum
 * implementing {@link org.metalnmr.core.error.MessageKey}; a template names the field, the value and what is allowed.
 *
 * <p>The rule for library code (the {@code src/main} of every module), enforced by {@code NoRawJdkExceptionTest} in
 * validation:
 * <ul>
 * <li>Input a caller or a file can get wrong raises {@link org.metalnmr.core.error.InvalidInputException} with a
 * specific key (exit status 2 at the command line, one line naming the field, the value and what is allowed).
 * A key is specific: its template says what is wrong; free text (a template of only {@code %s: %s}) is not a key.</li>
 * <li>A failure that is not the caller's input (a solver that did not converge, a file system that refused a write)
 * raises {@link org.metalnmr.core.error.MetalNmrException} (exit status 1), with the underlying exception as cause.</li>
 * <li>A broken internal invariant that no input can reach (a switch default over a closed set, reflection over the
 * toolkit's own records, a resource missing from its own jar) raises
 * {@link org.metalnmr.core.error.InternalInvariantException} with a key whose message starts with "internal error".</li>
 * <li>No raw JDK exception ({@code IllegalArgumentException}, {@code IllegalStateException},
 * {@code UnsupportedOperationException}, {@code UncheckedIOException}, ...) is thrown by library code, except a
 * {@code NumberFormatException} thrown and caught inside one parsing method (listed in the test's allow-list).
 * {@code Objects.requireNonNull} stays: a null argument is a programming error of the caller, not input.</li>
 * </ul>
 */
package org.metalnmr.core.error;
