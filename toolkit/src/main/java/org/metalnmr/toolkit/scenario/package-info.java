/**
 * Scenario files: the JSON description of a simulated experiment (cell preset and overrides,
 * coil, extra parts, deposits, nucleus, field, temperature, acquisition, non-metal lines).
 * {@link org.metalnmr.toolkit.scenario.ScenarioFiles} reads (with validation errors naming the
 * file, the JSON path, the value and what is allowed) and writes them;
 * {@link org.metalnmr.toolkit.scenario.Scenario} is the parsed record, whose
 * {@code buildCellGeometry()} gives the geometry for the forward model. Format: docs/scenario-format.md.
 */
package org.metalnmr.toolkit.scenario;
