/**
 * The Java API as a user of the library writes it: one short program per main use (docs/java-api.md).
 * {@link org.metalnmr.examples.api.ForwardModelFromScenario} builds a scenario object and runs the forward
 * model, {@link org.metalnmr.examples.api.MorphologyFitOfSpectrum} fits the physical morphology model to a
 * measured spectrum, {@link org.metalnmr.examples.api.FieldOfBody} solves the bulk-magnetic-susceptibility
 * field of one body and compares it with the closed form. Each is compiled with the build and run by a test.
 */
package org.metalnmr.examples.api;
