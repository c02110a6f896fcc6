/**
 * Solid bodies in the lab frame (B0 along +z, coil axis and B1 along +x): the sealed
 * {@link org.metalnmr.geometry.body.Body} with its records {@link org.metalnmr.geometry.body.Disk},
 * {@link org.metalnmr.geometry.body.Box}, {@link org.metalnmr.geometry.body.Cylinder},
 * {@link org.metalnmr.geometry.body.Sphere}, {@link org.metalnmr.geometry.body.Ellipsoid} and
 * {@link org.metalnmr.geometry.body.Union}; their placement {@link org.metalnmr.geometry.body.Pose}
 * (position + unit quaternion, composed with {@code Pose.then}); lab-frame
 * {@link org.metalnmr.geometry.body.BoundingBox}es; and
 * {@link org.metalnmr.geometry.body.Overlap}, the overlap test between two bodies.
 *
 * <p>Shape parameters are record components in the body frame (centred, symmetry axis along body
 * z); {@code Body.axisDirection()} gives that axis in the lab frame. Volumes, areas and signed
 * distances are exact (closed forms cited in each record).</p>
 */
package org.metalnmr.geometry.body;
