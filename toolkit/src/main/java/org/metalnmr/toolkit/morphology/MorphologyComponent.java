package org.metalnmr.toolkit.morphology;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.toolkit.ToolkitMessage;

/** The parts of the {@link MorphologyModel}, each a named line (or distribution of lines) in the spectrum. */
public enum MorphologyComponent {
    /** The bulk metal electrode, seen through its skin layer (phase lag). */
    FOIL("foil"),
    /** Parts of the foil bent by 90 degrees (normal perpendicular to the electrode normal), skin layer like the foil. */
    BENT_FOIL("bent-foil"),
    /** Needles along the electrode normal with an orientation spread, packed in a thin layer, fully penetrated. */
    WHISKERS("whiskers"),
    /** Isotropic strands packed in a thin layer (mossy metal), fully penetrated. */
    MOSSY("mossy"),
    /** A diamagnetic line (electrolyte, SEI) near 0 ppm, fully excited. */
    ELECTROLYTE("electrolyte"),
    /**
     * The second electrode of a symmetric cell (the counter foil): a foil like {@link #FOIL} (same roughness, Gaussian width
     * and skin lag) with its own amount, homogeneous width and a field offset relative to the working foil (the stack's
     * macroscopic field differs between the two electrodes); docs/morphology-model.md section 6.
     */
    COUNTER_FOIL("counter-foil");

    private final String word;

    MorphologyComponent(String word) {
        this.word = word;
    }

    /** @return the name used in options and component curves */
    public String word() {
        return word;
    }

    /** @return whether this is metal of the observed element */
    public boolean isMetal() {
        return this != ELECTROLYTE;
    }

    /**
     * @param text comma-separated words, e.g. {@code foil,whiskers,mossy}
     * @return the set
     * @throws InvalidInputException for an unknown word or a set without metal
     */
    public static Set<MorphologyComponent> parseList(String text) {
        Set<MorphologyComponent> set = EnumSet.noneOf(MorphologyComponent.class);
        for (String part : text.split(",")) {
            String w = part.trim().toLowerCase(Locale.ROOT);
            MorphologyComponent c = Arrays.stream(values()).filter(v -> v.word.equals(w)).findFirst().orElseThrow(() ->
                    new InvalidInputException(CoreMessage.NOT_ONE_OF, "morphology component", Arrays.stream(values())
                            .map(MorphologyComponent::word).collect(Collectors.joining(", ")), part.trim()));
            set.add(c);
        }
        if (set.stream().noneMatch(MorphologyComponent::isMetal)) {
            throw new InvalidInputException(ToolkitMessage.MORPHOLOGY_NO_METAL, text, "foil, bent-foil, whiskers, mossy");
        }
        return set;
    }
}
