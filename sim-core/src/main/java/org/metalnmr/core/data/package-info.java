/**
 * Access to the sourced physical data tables ({@code nuclei.json}, {@code materials.json}) kept as
 * class-path resources. Every value in them carries its source.
 */
package org.metalnmr.core.data;
