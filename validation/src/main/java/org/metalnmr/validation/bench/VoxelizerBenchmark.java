package org.metalnmr.validation.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.metalnmr.geometry.cell.Cell;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPlacement;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.geometry.cell.ChannelKey;
import org.metalnmr.geometry.cell.CellGeometry;
import org.metalnmr.geometry.cell.Solenoid;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.geometry.voxel.MaterialGrid;
import org.metalnmr.geometry.voxel.VoxelSource;
import org.metalnmr.geometry.voxel.Voxelizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Voxelisation of a whole cell (all parts, material channels) on an n^3 grid: the untilted cell B
 * (axis-aligned disks, fast paths) and cell B tilted by 30 deg (every boundary voxel
 * supersampled). The issue asks for 256^3 in seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class VoxelizerBenchmark {

    /** Voxels along the largest side of the cell. */
    @Param({"128", "256"})
    public int n;

    /** Cell tilt [deg]. */
    @Param({"0", "30"})
    public double tiltDeg;

    private List<VoxelSource> sources;
    private GridSpec grid;

    /** Builds the scene and grid. */
    @Setup
    public void setUp() {
        Cell cell = CellParameters.defaults(CellPreset.B).withHousing(new org.metalnmr.geometry.cell.BoxHousing("PEEK", 10e-3, 9e-3, 5e-3))
                .withPlacement(new CellPlacement(new org.joml.Vector3d(), Math.toRadians(tiltDeg), 0)).build();
        CellGeometry scene = CellGeometry.of(Solenoid.defaults(), cell);
        sources = scene.voxelSources(ChannelKey.MATERIAL);
        grid = GridSpec.withVoxelsAcross(scene.boundingBox(), n, 0);
    }

    /** @return the grid (returned so that the work is not eliminated) */
    @Benchmark
    public MaterialGrid voxelize() {
        return Voxelizer.defaults().voxelizeSources(sources, grid);
    }
}
