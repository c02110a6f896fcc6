/**
 * RF solver studies of the validation module: the cell A versus cell B comparison
 * ({@link org.metalnmr.validation.rf.CellComparison}) and the convergence tables of the numerical
 * solvers ({@link org.metalnmr.validation.rf.SolverConvergence}).
 */
package org.metalnmr.validation.rf;
