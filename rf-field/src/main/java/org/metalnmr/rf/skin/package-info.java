/** The classical skin depth of a conductor. Entry point: {@link org.metalnmr.rf.skin.SkinDepth}. */
package org.metalnmr.rf.skin;
