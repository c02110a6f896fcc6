/** Field and frequency conversions (1H frequency, B0, Larmor frequency of any nucleus). */
package org.metalnmr.core.units;
