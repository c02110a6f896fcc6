/**
 * Sparse linear algebra for the field solvers of rf-field: complex symmetric systems
 * (A = A<sup>T</sup>, not Hermitian) from the eddy-current equations, solved by the conjugate
 * orthogonal conjugate gradient method ({@link org.metalnmr.rf.linalg.CocgSolver}) with an
 * incomplete LDL<sup>T</sup> preconditioner ({@link org.metalnmr.rf.linalg.IncompleteLdlt}), plus
 * the memory check ({@link org.metalnmr.rf.linalg.MemoryBudget}) and the progress callback
 * ({@link org.metalnmr.rf.linalg.ProgressListener}) that every large solve of the module uses.
 */
package org.metalnmr.rf.linalg;
