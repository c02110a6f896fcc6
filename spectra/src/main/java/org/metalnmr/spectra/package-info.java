/**
 * Spectra as data: readers and writers ({@code io}), processing ({@code processing}), the least-squares fitting engine
 * and its models ({@code fit}), result tables ({@code output}) and plots ({@code plot}). This package holds only
 * {@link org.metalnmr.spectra.SpectraMessage}, the module's message enum.
 */
package org.metalnmr.spectra;
