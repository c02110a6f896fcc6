/**
 * RF transmission through conducting walls (cell cases, pouch foil): {@link org.metalnmr.rf.shield.ConductingShield},
 * transmit factor T and transmit-times-receive factor T^2.
 */
package org.metalnmr.rf.shield;
