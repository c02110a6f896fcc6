package org.metalnmr.geometry.voxel;

import java.nio.FloatBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.GeometryMessage;

/**
 * Partial-volume fractions on a {@link GridSpec}: for each channel (usually a material) one float
 * array, index {@code i + nx * (j + ny * k)}, value in [0, 1] = the fraction of the voxel volume
 * the channel occupies. The channels of one voxel sum to at most 1; the rest is empty space
 * (whatever background the physics assumes, e.g. air or vacuum).
 *
 * <p>Arrays are held privately; read them through {@link #fraction}, a read-only
 * {@link #view(String)} or a {@link #copyOf(String)}.</p>
 */
public final class MaterialGrid {

    private final GridSpec grid;
    private final List<String> channels;
    private final Map<String, String> materials;
    private final float[][] fractions;

    /** Takes ownership of the arrays (package-private: the voxelizer's constructor). */
    MaterialGrid(GridSpec grid, List<String> channels, Map<String, String> materials, float[][] fractions) {
        this.grid = grid;
        this.channels = List.copyOf(channels);
        this.materials = Collections.unmodifiableMap(new LinkedHashMap<>(materials));
        this.fractions = fractions;
    }

    /**
     * @param grid      the grid
     * @param materials channel name -&gt; material name, in channel order
     * @param fractions one array per channel, each of the grid's voxel count (copied)
     * @return the grid of fractions
     */
    public static MaterialGrid of(GridSpec grid, Map<String, String> materials, List<float[]> fractions) {
        if (fractions.size() != materials.size()) {
            throw new InvalidInputException(GeometryMessage.ARRAY_LENGTH, "fraction arrays", materials.size(), fractions.size());
        }
        float[][] f = new float[fractions.size()][];
        for (int c = 0; c < f.length; c++) {
            if (fractions.get(c).length != grid.voxelCount()) {
                throw new InvalidInputException(GeometryMessage.ARRAY_LENGTH, "fraction array " + c, grid.voxelCount(),
                        fractions.get(c).length);
            }
            f[c] = fractions.get(c).clone();
        }
        return new MaterialGrid(grid, List.copyOf(materials.keySet()), materials, f);
    }

    /** @return the grid */
    public GridSpec grid() {
        return grid;
    }

    /** @return channel names in order, read-only */
    public List<String> channels() {
        return channels;
    }

    /**
     * @param channel a channel name
     * @return the material of that channel
     */
    public String material(String channel) {
        return materials.get(channels.get(channelIndex(channel)));
    }

    /**
     * @param channel a channel name
     * @return its index in {@link #channels()}
     * @throws InvalidInputException naming the channels when unknown
     */
    public int channelIndex(String channel) {
        int c = channels.indexOf(channel);
        if (c < 0) {
            throw new InvalidInputException(GeometryMessage.UNKNOWN_CHANNEL, channel, channels);
        }
        return c;
    }

    /**
     * @param channel channel index
     * @param index   flat voxel index
     * @return the fraction of that voxel the channel fills
     */
    public float fraction(int channel, int index) {
        return fractions[channel][index];
    }

    /**
     * @param channel channel name
     * @return a read-only view of its array (no copy)
     */
    public FloatBuffer view(String channel) {
        return FloatBuffer.wrap(fractions[channelIndex(channel)]).asReadOnlyBuffer();
    }

    /**
     * @param channel channel name
     * @return a copy of its array
     */
    public float[] copyOf(String channel) {
        return fractions[channelIndex(channel)].clone();
    }

    /**
     * @param channel channel name
     * @return the volume the channel fills: sum of fractions times the voxel volume [m^3]
     */
    public double volume(String channel) {
        float[] f = fractions[channelIndex(channel)];
        double s = 0;
        for (float v : f) {
            s += v;
        }
        return s * grid.voxelVolume();
    }

    /**
     * @param index flat voxel index
     * @return the sum over channels of the fractions of that voxel, in [0, 1]
     */
    public double occupied(int index) {
        double s = 0;
        for (float[] f : fractions) {
            s += f[index];
        }
        return s;
    }
}
