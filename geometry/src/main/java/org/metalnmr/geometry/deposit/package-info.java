/**
 * Deposit generators, seeded and reproducible. A {@link org.metalnmr.geometry.deposit.DepositSpec}
 * ({@link org.metalnmr.geometry.deposit.DenseLayerSpec},
 * {@link org.metalnmr.geometry.deposit.WhiskerSpec},
 * {@link org.metalnmr.geometry.deposit.MossyLayerSpec},
 * {@link org.metalnmr.geometry.deposit.DeadLithiumSpec}) generates on a
 * {@link org.metalnmr.geometry.deposit.SurfaceSite} (an electrode face) a
 * {@link org.metalnmr.geometry.deposit.Deposit}: a statistical population (arrays of sizes,
 * positions and orientations, for deposits far below the grid resolution) that expands into
 * explicit bodies with {@code toBodies()}.
 *
 * <p>Statistical models (each documented in its spec): whisker bases form a binomial point
 * process on the face with N = round(n A); sizes are fixed, uniform, log-normal (mean and
 * relative spread) or resampled from given values; directions about the normal are aligned,
 * uniform in a cone, or von Mises-Fisher folded onto the outer hemisphere, with exact mean cos and
 * cos^2 for checks and shift averages. Mossy layers are strand networks rooted on the face or
 * isolated granules by random sequential addition. Dead-lithium fragments are isotropically
 * oriented spheroids detached from the face by a gap. Random numbers come from
 * {@link java.util.SplittableRandom} with transforms written out here (Box-Muller, inverse CDFs),
 * so a seed gives the same deposit on every JVM.</p>
 */
package org.metalnmr.geometry.deposit;
