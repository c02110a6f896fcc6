package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input contract of CLI.md, case by case across every boundary (options, scenario and model files, spectra,
 * output folders): each case must exit 2 with exactly one line on standard error that names the offending input, print
 * nothing on standard output and no stack trace, write nothing (its {@code --out} folder does not appear) and leave
 * every input unchanged. The cases are the table {@link #CASES} ({@code id | arguments | what the message must name}),
 * the input files {@link #FILES}; tokens: {@code {out}} a fresh output path, {@code {in:NAME}} an input file,
 * {@code {file}} an existing unrelated file, {@code {exp599}} / {@code {series}} the real data.
 */
class BadInputMatrixTest {

    private static final Path DATA = Path.of("..", "data", "operando-li-li");
    private static final String SKIN = "skin-depth --nucleus 7Li --metal Li ";
    private static final String PEN = "penetration --metal Li --nucleus 7Li --proton-mhz 400 ";
    private static final String SHIFT = "shift --metal Li --shape plate ";
    private static final String FIELD = "field --shape sphere --size-m 1e-4 --chi 2.4e-5 ";
    private static final String FIT = "fit {exp599} --out {out} ";
    private static final String FIT_M = "fit {exp599} --model morphology --cell B --range-ppm 200:320 --out {out} ";

    /** Input files the cases read (written fresh into a temporary folder for each case). */
    static final Map<String, String> FILES = new TreeMap<>(Map.ofEntries(
            Map.entry("empty.json", ""),
            Map.entry("brace.json", "{"),
            Map.entry("array.json", "[]"),
            Map.entry("garbage.json", "\u0000\u0001binary\u00ff"),
            Map.entry("two-objects.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500}"
                    + "\n{\"format\":\"metalnmr-scenario/1\"}"),
            Map.entry("no-format.json", "{\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500}"),
            Map.entry("bad-format.json", "{\"format\":\"metalnmr-scenario/9\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500}"),
            Map.entry("unknown-key.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"colour\":1}"),
            Map.entry("dup-key.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"nucleus\":\"6Li\",\"protonMHz\":500}"),
            Map.entry("bad-preset.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"C\"},\"nucleus\":\"7Li\",\"protonMHz\":500}"),
            Map.entry("bad-nucleus.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"99Xx\",\"protonMHz\":500}"),
            Map.entry("neg-field.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":-500}"),
            Map.entry("string-field.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":\"500\"}"),
            Map.entry("huge-field.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":1e400}"),
            Map.entry("cold.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"temperatureK\":-3}"),
            Map.entry("neg-thickness.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\",\"stack\":{\"counterElectrodeThickness\":-1e-4}},"
                    + "\"nucleus\":\"7Li\",\"protonMHz\":500}"),
            Map.entry("bad-deposit-type.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,"
                    + "\"deposits\":[{\"name\":\"d\",\"type\":\"spaghetti\",\"site\":\"working-electrode\",\"material\":\"Li\"}]}"),
            Map.entry("bad-site.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,"
                    + "\"deposits\":[{\"name\":\"d\",\"type\":\"dense-layer\",\"site\":\"moon\",\"material\":\"Li\",\"thickness\":2e-6}]}"),
            Map.entry("bad-material.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,"
                    + "\"deposits\":[{\"name\":\"d\",\"type\":\"dense-layer\",\"site\":\"counter-electrode\",\"material\":\"Unobtainium\",\"thickness\":2e-6}]}"),
            Map.entry("dup-deposit.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":["
                    + "{\"name\":\"d\",\"type\":\"dense-layer\",\"site\":\"counter-electrode\",\"material\":\"Li\",\"thickness\":2e-6},"
                    + "{\"name\":\"d\",\"type\":\"dense-layer\",\"site\":\"counter-electrode\",\"material\":\"Li\",\"thickness\":2e-6}]}"),
            Map.entry("huge-whiskers.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":["
                    + "{\"name\":\"w\",\"type\":\"whiskers\",\"site\":\"working-electrode\",\"material\":\"Li\",\"seed\":1,\"arealDensity\":1e30,"
                    + "\"radius\":{\"distribution\":\"fixed\",\"mean\":1e-6},\"length\":{\"distribution\":\"fixed\",\"mean\":5e-5},"
                    + "\"orientation\":{\"model\":\"von-mises-fisher\",\"kappa\":20}}]}"),
            Map.entry("neg-line.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,"
                    + "\"lines\":[{\"name\":\"e\",\"shiftPpm\":0,\"fwhmPpm\":-1,\"amountMol\":1e-3}]}"),
            Map.entry("bad-flip.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,"
                    + "\"acquisition\":{\"flipAngleDeg\":0}}"),
            Map.entry("voxel-missing-file.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":[{\"name\":\"v\",\"type\":\"voxel\",\"site\":\"counter-electrode\",\"source\":{\"file\":\"nowhere.npy\",\"voxelSize\":1e-6}}]}"),
            Map.entry("voxel-fake-npy.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":[{\"name\":\"v\",\"type\":\"voxel\",\"site\":\"counter-electrode\",\"source\":{\"file\":\"fake.npy\",\"voxelSize\":1e-6}}]}"),
            Map.entry("voxel-no-size.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":[{\"name\":\"v\",\"type\":\"voxel\",\"site\":\"counter-electrode\",\"source\":{\"file\":\"fake.npy\"}}]}"),
            Map.entry("voxel-two-sources.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":[{\"name\":\"v\",\"type\":\"voxel\",\"site\":\"counter-electrode\",\"source\":{\"file\":\"fake.npy\",\"generator\":\"hex-array\",\"voxelSize\":1e-6}}]}"),
            Map.entry("voxel-neg-size.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":[{\"name\":\"v\",\"type\":\"voxel\",\"site\":\"counter-electrode\",\"source\":{\"generator\":\"hex-array\",\"voxelSize\":-1e-6}}]}"),
            Map.entry("voxel-huge-grid.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":[{\"name\":\"v\",\"type\":\"voxel\",\"site\":\"counter-electrode\",\"source\":{\"generator\":\"hex-array\",\"voxelSize\":1e-9}}]}"),
            Map.entry("voxel-bad-coverage.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":[{\"name\":\"v\",\"type\":\"voxel\",\"site\":\"counter-electrode\",\"source\":{\"generator\":\"hex-array\",\"voxelSize\":4e-6},\"placement\":{\"coverage\":2}}]}"),
            Map.entry("voxel-rotated-in-a.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"A\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":[{\"name\":\"v\",\"type\":\"voxel\",\"site\":\"counter-electrode\",\"source\":{\"generator\":\"hex-array\",\"voxelSize\":4e-6},\"placement\":{\"rotationDeg\":45}}]}"),
            Map.entry("voxel-planes-on-composite.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":[{\"name\":\"v\",\"type\":\"voxel\",\"site\":\"working-electrode\",\"source\":{\"generator\":\"hex-array\",\"voxelSize\":4e-6}}]}"),
            Map.entry("voxel-offset-periodic.json", "{\"format\":\"metalnmr-scenario/1\",\"cell\":{\"preset\":\"B\"},\"nucleus\":\"7Li\",\"protonMHz\":500,\"deposits\":[{\"name\":\"v\",\"type\":\"voxel\",\"site\":\"counter-electrode\",\"source\":{\"generator\":\"hex-array\",\"voxelSize\":4e-6},\"placement\":{\"offset\":[1e-3,0]}}]}"),
            Map.entry("fake.npy", "not a NumPy array"),
            Map.entry("model-empty-lines.json", "{\"lines\":[]}"),
            Map.entry("model-bad-json.json", "{\"lines\":[{\"center\":"),
            Map.entry("model-unknown-key.json", "{\"lines\":[{\"name\":\"a\",\"centerPpm\":250,\"hwhmPpm\":3,\"eta\":0.5,\"area\":1,\"wobble\":2}]}"),
            Map.entry("model-dup-key.json", "{\"lines\":[{\"name\":\"a\",\"centerPpm\":250,\"centerPpm\":260,\"hwhmPpm\":3,\"eta\":0.5,\"area\":1}]}"),
            Map.entry("model-dup-name.json", "{\"lines\":[{\"name\":\"a\",\"centerPpm\":250,\"hwhmPpm\":3,\"eta\":0.5,\"area\":1},"
                    + "{\"name\":\"a\",\"centerPpm\":270,\"hwhmPpm\":3,\"eta\":0.5,\"area\":1}]}"),
            Map.entry("model-bad-bounds.json", "{\"lines\":[{\"name\":\"a\",\"centerPpm\":{\"value\":250,\"min\":260,\"max\":240},\"hwhmPpm\":3,\"eta\":0.5,\"area\":1}]}"),
            Map.entry("model-undefined-shared.json", "{\"lines\":[{\"name\":\"a\",\"centerPpm\":250,\"hwhmPpm\":\"w\",\"eta\":0.5,\"area\":1}]}"),
            Map.entry("spectrum-empty.txt", ""),
            Map.entry("spectrum-words.txt", "this is not a spectrum\nat all\n"),
            Map.entry("spectrum-one-point.txt", "250 1\n"),
            Map.entry("spectrum-nan.txt", "252 1\n251 NaN\n250 3\n249 4\n"),
            Map.entry("spectrum-ragged.txt", "252 1\n251 2 3 4 5\n250\n"),
            Map.entry("spectrum-uneven.txt", "300 1\n299 1\n250 2\n249 1\n"),
            Map.entry("jcamp-truncated.jdx", "##TITLE= t\n##JCAMP-DX= 5.01\n##DATA TYPE= NMR SPECTRUM\n##.OBSERVE FREQUENCY= 400\n"
                    + "##XUNITS= HZ\n##YUNITS= ARBITRARY UNITS\n##FIRSTX= 100\n##LASTX= 0\n##NPOINTS= 2000000000\n##XYDATA= (X++(Y..Y))\n100 1 2 3\n"),
            Map.entry("jcamp-no-data.jdx", "##TITLE= t\n##JCAMP-DX= 5.01\n##END=\n"),
            Map.entry("cycler-words.txt", "time voltage\nabc def\n"),
            Map.entry("calibration-empty.csv", ""),
            Map.entry("zip-bomb.zip", zipBomb())));

    /** The cases: id | arguments | a word the one-line message must contain (the input it names). */
    static final String CASES = """
            general-unknown-command | frobnicate | frobnicate
            general-unknown-option | skin-depth --nucleus 7Li --metal Li --proton-mhz 400 --colour red | colour
            skin-unknown-nucleus | skin-depth --nucleus 99Xx --metal Li --proton-mhz 400 | 99Xx
            skin-blank-nucleus | skin-depth --nucleus= --metal Li --proton-mhz 400 | nucleus
            skin-nucleus-without-mass | skin-depth --nucleus Li --metal Li --proton-mhz 400 | nucleus
            skin-unknown-metal | skin-depth --nucleus 7Li --metal Xx --proton-mhz 400 | Xx
            skin-no-field | skin-depth --nucleus 7Li --metal Li | proton-mhz
            skin-both-fields | skin-depth --nucleus 7Li --metal Li --proton-mhz 400 --b0-tesla 9.4 | b0-tesla
            skin-zero-mhz | SKIN--proton-mhz 0 | proton-mhz
            skin-negative-mhz | SKIN--proton-mhz -400 | proton-mhz
            skin-nan-mhz | SKIN--proton-mhz NaN | proton-mhz
            skin-inf-mhz | SKIN--proton-mhz Infinity | proton-mhz
            skin-word-mhz | SKIN--proton-mhz four | proton-mhz
            skin-overflow-mhz | SKIN--proton-mhz 1e400 | proton-mhz
            skin-zero-tesla | SKIN--b0-tesla 0 | b0-tesla
            skin-nan-tesla | SKIN--b0-tesla NaN | b0-tesla
            skin-cold | SKIN--proton-mhz 400 --temperature-k 100 | temperature
            skin-hot | SKIN--proton-mhz 400 --temperature-k 500 | temperature
            skin-nan-temperature | SKIN--proton-mhz 400 --temperature-k NaN | temperature
            skin-negative-temperature | SKIN--proton-mhz 400 --temperature-k -5 | temperature
            pen-no-shape | PEN--size-m 1e-4 | shape
            pen-bad-shape | PEN--shape cube --size-m 1e-4 | cube
            pen-zero-size | PEN--shape slab --size-m 0 | size-m
            pen-negative-size | PEN--shape slab --size-m -1e-4 | size-m
            pen-nan-size | PEN--shape slab --size-m NaN | size-m
            pen-word-size | PEN--shape slab --size-m thick | size-m
            pen-zero-flip | PEN--shape slab --size-m 1e-4 --flip-deg 0 | flip
            pen-huge-flip | PEN--shape slab --size-m 1e-4 --flip-deg 4000 | flip
            pen-nan-flip | PEN--shape slab --size-m 1e-4 --flip-deg NaN | flip
            pen-bad-method | PEN--shape slab --size-m 1e-4 --method fem | fem
            pen-unknown-metal | penetration --metal Xx --nucleus 7Li --proton-mhz 400 --shape slab --size-m 1e-4 | Xx
            pen-cold | PEN--shape slab --size-m 1e-4 --temperature-k 10 | temperature
            demag-no-shape | demag --semi-axes-m 1,2,3 | shape
            demag-bad-shape | demag --shape cone --size-m 1,2,3 | cone
            demag-two-axes | demag --shape ellipsoid --semi-axes-m 1,2 | semi-axes
            demag-zero-axis | demag --shape ellipsoid --semi-axes-m 0,1,1 | semi-axis
            demag-negative-axis | demag --shape ellipsoid --semi-axes-m -1,1,1 | semi-axis
            demag-nan-axis | demag --shape ellipsoid --semi-axes-m NaN,1,1 | semi-axis
            demag-word-axis | demag --shape ellipsoid --semi-axes-m a,b,c | semi-axes
            demag-prism-no-size | demag --shape prism | size
            demag-prism-zero | demag --shape prism --size-m 1,0,1 | edge
            demag-prism-four | demag --shape prism --size-m 1,1,1,1 | size-m
            demag-cylinder-no-length | demag --shape cylinder --diameter-m 1 | length
            demag-cylinder-zero-diameter | demag --shape cylinder --diameter-m 0 --length-m 1 | diameter
            demag-cylinder-nan-length | demag --shape cylinder --diameter-m 1 --length-m NaN | length
            shift-unknown-metal | shift --metal Xx --shape plate | Xx
            shift-bad-shape | shift --metal Li --shape cube | cube
            shift-nan-tilt | SHIFT--tilt-deg NaN | tilt
            shift-word-tilt | SHIFT--tilt-deg flat | tilt
            shift-inf-tilt | SHIFT--tilt-deg Infinity | tilt
            shift-nan-chi | SHIFT--chi NaN | chi
            shift-huge-chi | SHIFT--chi 5 | chi
            shift-nan-knight | SHIFT--knight-ppm NaN | knight
            shift-unknown-nucleus | SHIFT--nucleus 99Xx | 99Xx
            field-no-grid | FIELD | grid
            field-small-grid | FIELD--grid 4 | grid
            field-odd-grid | FIELD--grid 63 | grid
            field-prime-grid | FIELD--grid 262 | grid
            field-negative-grid | FIELD--grid -64 | grid
            field-word-grid | FIELD--grid many | grid
            field-above-max-grid | FIELD--grid 4096 | grid
            field-bad-kernel | FIELD--grid 32 --kernel fft | fft
            field-bad-shape | field --shape cone --size-m 1e-4 --chi 2.4e-5 --grid 32 | cone
            field-zero-size | field --shape sphere --size-m 0 --chi 2.4e-5 --grid 32 | size
            field-nan-chi | field --shape sphere --size-m 1e-4 --chi NaN --grid 32 | chi
            field-nan-tilt | FIELD--grid 32 --tilt-deg NaN | tilt
            field-prism-two-sizes | field --shape prism --size-m 1e-4,1e-4 --chi 2.4e-5 --grid 32 | size
            field-grid-beyond-memory | FIELD--grid 1024 | grid
            field-grid-beyond-array | FIELD--grid 1536 | grid
            field-body-between-voxels | field --shape cylinder --size-m 1e-2,1e-4 --chi 2.4e-5 --grid 64 | grid
            simulate-missing | simulate {in:nowhere.json} --out {out} | nowhere.json
            simulate-directory | simulate {indir} --out {out} | directory
            simulate-empty | simulate {in:empty.json} --out {out} | empty.json
            simulate-brace | simulate {in:brace.json} --out {out} | brace.json
            simulate-array | simulate {in:array.json} --out {out} | array.json
            simulate-garbage | simulate {in:garbage.json} --out {out} | garbage.json
            simulate-two-objects | simulate {in:two-objects.json} --out {out} | two-objects.json
            simulate-bad-format | simulate {in:bad-format.json} --out {out} | format
            simulate-unknown-key | simulate {in:unknown-key.json} --out {out} | colour
            simulate-dup-key | simulate {in:dup-key.json} --out {out} | nucleus
            simulate-bad-preset | simulate {in:bad-preset.json} --out {out} | preset
            simulate-bad-nucleus | simulate {in:bad-nucleus.json} --out {out} | 99Xx
            simulate-neg-field | simulate {in:neg-field.json} --out {out} | protonMHz
            simulate-string-field | simulate {in:string-field.json} --out {out} | protonMHz
            simulate-huge-field | simulate {in:huge-field.json} --out {out} | protonMHz
            simulate-cold | simulate {in:cold.json} --out {out} | temperatureK
            simulate-neg-thickness | simulate {in:neg-thickness.json} --out {out} | counterElectrodeThickness
            simulate-bad-deposit-type | simulate {in:bad-deposit-type.json} --out {out} | spaghetti
            simulate-bad-site | simulate {in:bad-site.json} --out {out} | moon
            simulate-bad-material | simulate {in:bad-material.json} --out {out} | Unobtainium
            simulate-dup-deposit | simulate {in:dup-deposit.json} --out {out} | name
            simulate-neg-line-width | simulate {in:neg-line.json} --out {out} | fwhmPpm
            simulate-zero-flip | simulate {in:bad-flip.json} --out {out} | flipAngleDeg
            simulate-voxel-missing-file | simulate {in:voxel-missing-file.json} --out {out} | nowhere.npy
            simulate-voxel-fake-npy | simulate {in:voxel-fake-npy.json} --out {out} | fake.npy
            simulate-voxel-no-voxel-size | simulate {in:voxel-no-size.json} --out {out} | voxelSize
            simulate-voxel-two-sources | simulate {in:voxel-two-sources.json} --out {out} | generator
            simulate-voxel-neg-voxel-size | simulate {in:voxel-neg-size.json} --out {out} | voxel size
            simulate-voxel-huge-grid | simulate {in:voxel-huge-grid.json} --out {out} | source
            simulate-voxel-bad-coverage | simulate {in:voxel-bad-coverage.json} --out {out} | coverage
            simulate-voxel-rotated-in-cell-a | simulate {in:voxel-rotated-in-a.json} --out {out} | rotationDeg
            simulate-voxel-planes-on-composite | simulate {in:voxel-planes-on-composite.json} --out {out} | electrodePlanes
            simulate-voxel-offset-periodic | simulate {in:voxel-offset-periodic.json} --out {out} | offset
            simulate-zero-bms-voxel | simulate {in:no-format.json} --out {out} --bms-voxel-m 0 | bms-voxel
            simulate-nan-rf-voxel | simulate {in:no-format.json} --out {out} --rf-voxel-m NaN | rf-voxel
            simulate-out-is-file | simulate ../examples/scenarios/cell-b-whiskers.json --out {file} --bms-voxel-m 1e-8 | out
            simulate-tiny-voxels | simulate ../examples/scenarios/cell-b-whiskers.json --out {out} --bms-voxel-m 1e-8 | voxel
            compare-zero-voxel | compare-cells --out {out} --rf-voxel-m 0 | rf-voxel
            compare-out-is-file | compare-cells --out {file} --bms-voxel-m 1e-8 | out
            fit-missing-spectrum | fit {in:nowhere.txt} --model peaks:1 --out {out} | nowhere.txt
            fit-empty-spectrum | fit {in:spectrum-empty.txt} --model peaks:1 --out {out} | spectrum-empty.txt
            fit-words-spectrum | fit {in:spectrum-words.txt} --model peaks:1 --out {out} | spectrum-words.txt
            fit-one-point | fit {in:spectrum-one-point.txt} --model peaks:1 --out {out} | spectrum-one-point.txt
            fit-nan-spectrum | fit {in:spectrum-nan.txt} --model peaks:1 --out {out} | spectrum-nan.txt
            fit-ragged-spectrum | fit {in:spectrum-ragged.txt} --model peaks:1 --out {out} | spectrum-ragged.txt
            fit-uneven-spectrum | fit {in:spectrum-uneven.txt} --model peaks:1 --out {out} | spectrum-uneven.txt
            fit-jcamp-huge-npoints | fit {in:jcamp-truncated.jdx} --model peaks:1 --out {out} | jcamp-truncated.jdx
            fit-jcamp-no-data | fit {in:jcamp-no-data.jdx} --model peaks:1 --out {out} | jcamp-no-data.jdx
            fit-empty-folder | fit {indir} --model peaks:1 --out {out} | in
            fit-no-model | FIT | model
            fit-peaks-zero | FIT--model peaks:0 | peaks
            fit-peaks-negative | FIT--model peaks:-1 | peaks
            fit-peaks-word | FIT--model peaks:two | peaks
            fit-peaks-many | FIT--model peaks:100000 | peaks
            fit-unknown-model | FIT--model splines | splines
            fit-missing-model-file | FIT--model {in:nowhere-model.json} | nowhere-model.json
            fit-model-empty-lines | FIT--model {in:model-empty-lines.json} | lines
            fit-model-bad-json | FIT--model {in:model-bad-json.json} | model-bad-json.json
            fit-model-unknown-key | FIT--model {in:model-unknown-key.json} | wobble
            fit-model-dup-key | FIT--model {in:model-dup-key.json} | centerPpm
            fit-model-dup-name | FIT--model {in:model-dup-name.json} | name
            fit-model-bad-bounds | FIT--model {in:model-bad-bounds.json} | centerPpm
            fit-model-undefined-shared | FIT--model {in:model-undefined-shared.json} | w
            fit-range-word | FIT--model peaks:2 --range-ppm low:high | range
            fit-range-one-number | FIT--model peaks:2 --range-ppm 250 | range
            fit-range-empty | FIT--model peaks:2 --range-ppm 250:250 | range
            fit-range-nan | FIT--model peaks:2 --range-ppm NaN:300 | range
            fit-range-outside | FIT--model peaks:2 --range-ppm 5000:6000 | range
            fit-noise-word | FIT--model peaks:2 --noise-ppm a:b | noise
            fit-noise-outside | FIT--model peaks:2 --noise-ppm 5000:6000 | noise
            fit-zero-starts | FIT--model peaks:2 --starts 0 | starts
            fit-negative-starts | FIT--model peaks:2 --starts -3 | starts
            fit-word-seed | FIT--model peaks:2 --seed lucky | seed
            fit-out-is-file | fit {exp599} --model peaks:2 --out {file} | out
            fit-out-is-input | fit {in:spectrum-words.txt} --model peaks:1 --out {indir} | out
            fit-bad-cell | FIT_M--cell C | cell
            fit-nan-cell-angle | FIT_M--cell NaN | cell
            fit-bad-component | FIT_M--components foil,spaghetti | spaghetti
            fit-no-components | FIT_M--components= | component
            fit-bad-free | FIT_M--free wobble | wobble
            fit-bad-fix-name | FIT_M--fix wobble=1 | wobble
            fit-bad-fix-value | FIT_M--fix whiskerPacking=lots | whiskerPacking
            fit-fix-without-value | FIT_M--fix whiskerPacking | whiskerPacking
            fit-nan-integral | FIT_M--integral-per-mol NaN | integral-per-mol
            fit-missing-scenario | FIT_M--scenario {in:nowhere.json} | nowhere.json
            fit-bad-scenario | FIT_M--scenario {in:bad-preset.json} | preset
            fit-scenario-unknown-key | FIT_M--scenario {in:unknown-key.json} | colour
            fit-zero-integral | FIT_M--integral-per-mol 0 | integral-per-mol
            fit-negative-integral | FIT_M--integral-per-mol -1 | integral-per-mol
            fit-bad-lineshape | FIT_M--lineshape gauss | gauss
            fit-bad-nucleus | FIT_M--nucleus 99Xx | 99Xx
            fit-nan-flip | FIT_M--flip-deg NaN | flip
            fit-zero-flip | FIT_M--flip-deg 0 | flip
            fit-bad-orientation | FIT_M--whisker-orientation spiral | spiral
            series-missing-input | fit-series {in:nowhere} --model peaks:2 --out {out} | nowhere
            series-no-model | fit-series {series} --out {out} | model
            series-bad-model | fit-series {series} --model peaks:0 --out {out} | peaks
            series-missing-cycler | fit-series {series} --model peaks:2 --range-ppm 220:310 --out {out} --cycler {in:nowhere-cycler.txt} | nowhere-cycler.txt
            series-words-cycler | fit-series {series} --model peaks:2 --range-ppm 220:310 --out {out} --cycler {in:cycler-words.txt} | cycler-words.txt
            series-negative-threads | fit-series {series} --model peaks:2 --out {out} --threads -2 | threads
            series-short-chunks | fit-series {series} --model peaks:2 --out {out} --chunk-spectra 2 | chunk-spectra
            series-out-is-file | fit-series {series} --model peaks:2 --out {file} | out
            series-out-is-input | fit-series {series} --model peaks:2 --out {series} | out
            series-bad-range | fit-series {series} --model peaks:2 --range-ppm 310 --out {out} | range
            validate-unknown-option | validate --fast | fast
            fit-zip-bomb | fit {in:zip-bomb.zip} --model peaks:1 --out {out} | zip-bomb.zip!1/acqus
            process-zip-bomb | process {in:zip-bomb.zip} --out {out} | zip-bomb.zip!1/acqus
            """;

    /**
     * Cases that still break the contract (issue "Nothing breaks, nothing is lost"): each must still fail it, so that
     * a fix moves it out of this list. Cases whose failure would take the test JVM down (out of memory) are not run.
     */
    static final Map<String, String> KNOWN_BROKEN = Map.of();

    /** Cases not run until fixed, because running them would damage the repository's data. */
    static final Map<String, String> NOT_RUN = Map.of();

    record Case(String id, String args, String mention) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Case> cases() {
        List<Case> list = new ArrayList<>();
        for (String line : CASES.strip().split("\n")) {
            String[] f = line.split("\\|");
            String args = f[1].trim().replace("SKIN--", SKIN + "--").replace("PEN--", PEN + "--")
                    .replace("SHIFT--", SHIFT + "--").replace("FIELD--", FIELD + "--").replace("FIELD", FIELD.trim())
                    .replace("FIT_M--", FIT_M + "--").replace("FIT--", FIT + "--").replace("FIT", FIT.trim());
            list.add(new Case(f[0].trim(), args, f[2].trim()));
        }
        return list.stream();
    }

    @Test
    void theMatrixIsLargeAndItsIdsAreUnique() {
        List<String> ids = cases().map(Case::id).toList();
        assertTrue(ids.size() >= 150, ids.size() + " cases");
        assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate case ids");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputExitsTwoWithOneLineAndWritesNothing(Case c, @TempDir Path tmp) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse(NOT_RUN.containsKey(c.id()), () -> NOT_RUN.get(c.id()));
        Path inputs = Files.createDirectories(tmp.resolve("in"));
        for (var e : FILES.entrySet()) {
            Files.write(inputs.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.ISO_8859_1));
        }
        Path out = tmp.resolve("out");
        Path file = Files.writeString(tmp.resolve("existing.txt"), "keep me");
        Path exp = DATA.resolve("bruker").resolve("599");
        String[] args = c.args().split(" ");
        boolean usesSeries = false;
        for (int i = 0; i < args.length; i++) {
            usesSeries |= args[i].contains("{series}");
            args[i] = args[i].replace("{out}", out.toString()).replace("{file}", file.toString())
                    .replace("{indir}", inputs.toString()).replace("{exp599}", exp.toString())
                    .replace("{series}", DATA.resolve("bruker").toString());
            if (args[i].startsWith("{in:")) {
                args[i] = inputs.resolve(args[i].substring(4, args[i].length() - 1)).toString();
            }
        }
        Map<String, String> before = snapshot(inputs);
        String dataBefore = usesSeries ? "" : String.valueOf(snapshot(exp));
        CliRunner r = CliRunner.run(args);
        String err = r.err().strip();
        List<String> broken = new ArrayList<>();
        check(broken, r.exitCode() == 2, "exit code " + r.exitCode() + ", want 2");
        check(broken, r.out().isBlank(), "standard output not empty: " + r.out());
        check(broken, !err.isEmpty() && !err.contains("\n"), "standard error is not one line: " + err);
        check(broken, !err.contains("\tat ") && !err.contains("Exception:"), "stack trace or exception name: " + err);
        check(broken, err.toLowerCase(Locale.ROOT).contains(c.mention().toLowerCase(Locale.ROOT)),
                "message does not name '" + c.mention() + "': " + err);
        check(broken, !Files.exists(out) || isEmpty(out), "output folder written: " + out);
        check(broken, before.equals(snapshot(inputs)), "an input file changed");
        check(broken, Files.readString(file).equals("keep me"), "an existing file was overwritten");
        if (!usesSeries) {
            check(broken, dataBefore.equals(String.valueOf(snapshot(exp))), "the real data changed");
        }
        if (KNOWN_BROKEN.containsKey(c.id())) {
            assertFalse(broken.isEmpty(), c.id() + " now keeps the contract: remove it from KNOWN_BROKEN");
        } else {
            assertEquals(List.of(), broken, c.id() + ": " + c.args());
        }
    }

    private static void check(List<String> broken, boolean ok, String what) {
        if (!ok) {
            broken.add(what);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** @return every file under the folder with its size, time and (for small files) content hash */
    private static Map<String, String> snapshot(Path dir) {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    m.put(dir.relativize(p).toString(), Files.size(p) + "/" + Files.getLastModifiedTime(p)
                            + "/" + java.util.Arrays.hashCode(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /**
     * A Bruker experiment zipped with a lying directory: {@code 1/acqus} is stated as 1000 bytes but inflates to
     * 16 MiB of zeros (16 kB compressed), the signature of a zip bomb; as ISO-8859-1 text for {@link #FILES}.
     */
    static String zipBomb() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes)) {
            z.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            z.putNextEntry(new java.util.zip.ZipEntry("1/fid"));
            z.write(new byte[8]);
            z.closeEntry();
            z.putNextEntry(new java.util.zip.ZipEntry("1/acqus"));
            z.write(new byte[16 << 20]);
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] zip = bytes.toByteArray();
        // the central directory record of 1/acqus (APPNOTE 4.3.12): signature, then the uncompressed size at offset 24
        byte[] name = "1/acqus".getBytes(StandardCharsets.US_ASCII);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 + name.length <= zip.length; at++) {
            if (b.getInt(at) == 0x02014b50 && b.getShort(at + 28) == name.length
                    && java.util.Arrays.equals(zip, at + 46, at + 46 + name.length, name, 0, name.length)) {
                b.putInt(at + 24, 1000);
                return new String(zip, StandardCharsets.ISO_8859_1);
            }
        }
        throw new IllegalStateException("no central directory record for 1/acqus");
    }
}
