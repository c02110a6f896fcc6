/**
 * RF per voxel: the exact Euclidean distance of every metal voxel to the metal surface
 * ({@link org.metalnmr.microstructure.rf.EuclideanDistanceTransform}, Felzenszwalb-Huttenlocher, linear
 * time) and the complex skin-layer signal weight with the surface-normal projection of a uniform applied
 * transverse B1 ({@link org.metalnmr.microstructure.rf.SkinLayerWeights}).
 */
package org.metalnmr.microstructure.rf;
