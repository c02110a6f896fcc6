package org.metalnmr.spectra.io.bruker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.io.FileTree;
import org.metalnmr.spectra.io.InputFiles;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReader;

/**
 * Reads Bruker TopSpin data: an experiment folder ({@code N/}), a processing folder
 * ({@code N/pdata/P/}), any file inside an experiment ({@code fid}, {@code ser}, {@code acqus},
 * {@code 1r}, {@code procs}), a folder of numbered experiment folders (an operando series, sorted
 * by number), or a zip archive of any of these (read in place; {@code __MACOSX/} and {@code ._*}
 * entries skipped). Each experiment is read by {@link BrukerExperiment}; labels are the
 * experiment folder names ({@code "301"}; the zip name when the zip's root is the experiment),
 * {@code "72/row3"} for the rows of a pseudo-2D.
 *
 * <p>A series is read whole or not at all: the first corrupt experiment raises its error.
 */
public final class BrukerReader implements SpectrumReader {

    private static final Set<String> EXPERIMENT_FILES = Set.of("fid", "ser", "acqus", "acqu", "acqu2s");
    private static final Set<String> PROCESSED_FILES = Set.of("1r", "1i", "procs", "proc");
    /** Folders descended through when looking for experiments in a zip or wrapper folder. */
    private static final int MAX_WRAPPER_DEPTH = 3;

    @Override
    public String formatName() {
        return "Bruker";
    }

    @Override
    public boolean canRead(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                String name = path.getFileName().toString();
                if (EXPERIMENT_FILES.contains(name) || PROCESSED_FILES.contains(name)) {
                    return true;
                }
                return name.toLowerCase(Locale.ROOT).endsWith(".zip") || isZip(path);
            }
            if (Files.isDirectory(path)) {
                try (FileTree tree = FileTree.open(path)) {
                    return BrukerExperiment.isExperiment(tree, "") || isProcessingFolder(tree, "")
                            || !findExperiments(tree).isEmpty();
                }
            }
            return false;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static boolean isZip(Path path) {
        try (var in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public List<LabelledSpectrum> read(Path path, ReadOptions options) {
        Path p = path;
        ReadOptions o = options;
        if (Files.isRegularFile(p)) {
            String name = p.getFileName().toString();
            if (EXPERIMENT_FILES.contains(name) || PROCESSED_FILES.contains(name)) {
                p = p.toAbsolutePath().getParent();
            }
        }
        // a pdata/P folder inside an experiment: read the experiment with that procno
        if (Files.isDirectory(p)) {
            Path abs = p.toAbsolutePath().normalize();
            Path parent = abs.getParent();
            Path exp = parent == null ? null : parent.getParent();
            String procName = abs.getFileName() == null ? "" : abs.getFileName().toString();
            if (exp != null && parent.getFileName() != null && parent.getFileName().toString().equals("pdata")
                    && procName.chars().allMatch(Character::isDigit) && !procName.isEmpty()
                    && Files.isRegularFile(abs.resolve("procs"))) {
                p = exp;
                o = options.procno() == 0 ? options.withProcno(Integer.parseInt(procName)) : options;
            }
        }
        if (!Files.exists(p)) {
            throw new InvalidInputException(org.metalnmr.core.error.CoreMessage.FILE_UNREADABLE, path,
                    "no such file or folder");
        }
        try (FileTree tree = FileTree.open(p)) {
            return read(tree, o);
        }
    }

    /**
     * Reads every experiment of a tree.
     *
     * @param tree    a folder or zip
     * @param options the read options
     * @return the spectra, experiments in numeric order
     */
    public List<LabelledSpectrum> read(FileTree tree, ReadOptions options) {
        if (BrukerExperiment.isExperiment(tree, "")) {
            return BrukerExperiment.read(tree, "", tree.rootName(), options);
        }
        if (isProcessingFolder(tree, "")) {
            String procs = "procs";
            BrukerParameters p = BrukerParameters.parse(tree.read(procs), tree.describe(procs));
            int procno = tree.rootName().chars().allMatch(Character::isDigit) ? Integer.parseInt(tree.rootName()) : 0;
            return List.of(new LabelledSpectrum(tree.rootName(),
                    BrukerExperiment.readProcessed(tree, "", procno, tree.rootName(), p, null)));
        }
        List<String> experiments = findExperiments(tree);
        if (experiments.isEmpty()) {
            throw InputFiles.malformed(tree.describe(""), "no Bruker experiment found",
                    "an experiment folder (acqus with fid or ser, or pdata/N/1r with procs), or a folder or zip of"
                            + " numbered experiment folders");
        }
        List<LabelledSpectrum> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (String dir : experiments) {
            String label = dir.substring(dir.lastIndexOf('/') + 1);
            if (!labels.add(label)) {
                label = dir;
                labels.add(label);
            }
            out.addAll(BrukerExperiment.read(tree, dir, label, options));
        }
        return out;
    }

    private static boolean isProcessingFolder(FileTree tree, String dir) {
        return tree.isFile(FileTree.join(dir, "1r")) && tree.isFile(FileTree.join(dir, "procs"));
    }

    /**
     * The experiment folders of a tree: sub-folders of the root (or of the first folder down a
     * chain of single sub-folders) that are experiments, numbered ones first in numeric order.
     */
    static List<String> findExperiments(FileTree tree) {
        String dir = "";
        for (int depth = 0; depth <= MAX_WRAPPER_DEPTH; depth++) {
            List<String> subs = tree.subdirectories(dir);
            List<String> found = new ArrayList<>();
            for (String s : subs) {
                String p = FileTree.join(dir, s);
                if (BrukerExperiment.isExperiment(tree, p)) {
                    found.add(p);
                }
            }
            if (!found.isEmpty()) {
                found.sort(Comparator.comparing((String p) -> !isNumber(last(p)))
                        .thenComparingLong(p -> isNumber(last(p)) ? Long.parseLong(last(p)) : 0L)
                        .thenComparing(p -> p));
                return found;
            }
            if (subs.size() != 1) {
                return found;
            }
            dir = FileTree.join(dir, subs.get(0));
        }
        return List.of();
    }

    private static String last(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 18 && s.chars().allMatch(Character::isDigit);
    }
}
