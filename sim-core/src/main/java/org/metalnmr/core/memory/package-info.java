/** How much heap is left before a large allocation (memory checks of the grid solvers). */
package org.metalnmr.core.memory;
