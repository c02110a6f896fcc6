/**
 * {@code metalnmr explore}: an interactive page for teaching the skin effect and bulk magnetic
 * susceptibility, served on the loopback interface by the JDK's HTTP server ({@link
 * org.metalnmr.toolkit.explore.ExploreServer}). Every number on the page comes from a JSON API that calls
 * the same physics classes as the command line: the skin depth and the half-space field profile, the
 * closed-form penetration of slabs, cylinders and spheres, the demagnetising factors and isolated-body
 * shifts with the Li strip series of Trease et al. (2012), and the forward model's cell A / cell B spectra: the
 * fields solved once on a background thread, each setting of the deposit, isotope or pulse a re-run of the spin
 * packets on them ({@link org.metalnmr.toolkit.forward.ForwardModel#resimulate}). Design and measurements:
 * docs/explore.md.
 */
package org.metalnmr.toolkit.explore;
