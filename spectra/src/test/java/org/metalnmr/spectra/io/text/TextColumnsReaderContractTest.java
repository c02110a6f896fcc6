package org.metalnmr.spectra.io.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.metalnmr.spectra.io.ProjectData;
import org.metalnmr.spectra.io.SpectrumReader;
import org.metalnmr.spectra.io.SpectrumReaderContract;

/**
 * The reader contract for text columns, on a CSV made from TopSpin's export of operando experiment
 * 1 (ppm and intensity columns of ascii-spec.txt). A text file cut at a line end cannot be told
 * from a shorter file; the corruptions here are cuts inside a line and damaged rows.
 */
class TextColumnsReaderContractTest extends SpectrumReaderContract {

    @Override
    protected SpectrumReader reader() {
        return new TextColumnsReader();
    }

    @Override
    protected Path validInput(Path dir) {
        try {
            Files.createDirectories(dir);
            List<String> in = Files.readAllLines(ProjectData.operandoExperiment(1).resolve("pdata/1/ascii-spec.txt"));
            List<String> out = new ArrayList<>();
            out.add("# operando Li||Li experiment 1, from TopSpin ascii-spec.txt; frequency = 116.684586269531 MHz");
            out.add("ppm,real");
            for (String line : in.subList(1, in.size())) {
                String[] f = line.split(",");
                out.add(f[3].strip() + "," + f[1].strip());
            }
            Path p = dir.resolve("exp1.csv");
            Files.write(p, out);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected int corruptionCount() {
        return 3;
    }

    @Override
    protected Corruption corrupt(Path input, int which) {
        try {
            String t = Files.readString(input);
            String bad = switch (which) {
                case 0 -> t.substring(0, t.indexOf(',', t.length() / 2) + 1); // cut after a delimiter
                case 1 -> t.replaceFirst("\n(-?[0-9.]+),", "\n$1;"); // a row with the wrong delimiter
                default -> t.substring(0, t.length() / 2) + "\n\u0000\u0001garbage\n" + t.substring(t.length() / 2);
            };
            Files.writeString(input, bad);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corruption(input, "exp1.csv");
    }
}
