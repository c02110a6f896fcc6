package org.metalnmr.toolkit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.nuclei.Nucleus;
import org.metalnmr.rf.skin.SkinDepth;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code metalnmr skin-depth}: Larmor frequency and skin depth of a metal for a nucleus and field. */
@Command(name = "skin-depth", mixinStandardHelpOptions = true,
        description = "Larmor frequency of a nucleus and the RF skin depth of a metal at that frequency.")
final class SkinDepthCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--nucleus", required = true, paramLabel = "N", description = "observed nucleus, e.g. 7Li, 6Li, 23Na")
    String nucleus;

    @Option(names = "--metal", required = true, paramLabel = "M", description = "metal: Li, Na, Mg, Al, K, Cu, Zn, Ti, steel")
    String metal;

    @ArgGroup(exclusive = true, multiplicity = "1")
    FieldOptions field;

    @Option(names = "--temperature-k", paramLabel = "K", defaultValue = "293",
            description = "temperature [K], " + Material.MIN_TEMPERATURE_K + " to " + Material.MAX_TEMPERATURE_K + " (default ${DEFAULT-VALUE})")
    double temperatureK;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Nucleus n = Nuclei.bySymbol(nucleus);
        Material m = Materials.byName(metal);
        double b0 = field.b0();
        double f = n.larmorFrequency(b0);
        double rho = m.resistivity(temperatureK);
        double d = SkinDepth.skinDepth(rho, m.muR(), f);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("nucleus", n.symbol());
        r.put("metal", m.name());
        r.put("b0Tesla", b0);
        r.put("temperatureK", temperatureK);
        r.put("larmorHz", f);
        r.put("resistivityOhmM", rho);
        r.put("muR", m.muR());
        r.put("skinDepthM", d);
        JsonOutput.print(spec.commandLine().getOut(), json, r);
        return 0;
    }
}
