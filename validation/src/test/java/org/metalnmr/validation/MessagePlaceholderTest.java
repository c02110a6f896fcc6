package org.metalnmr.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.MessageKey;

/**
 * Errors speak in one voice: every message key of every module's message enum is used with as many arguments as its
 * template has placeholders. The test reads the main sources of all modules, finds each
 * {@code new InvalidInputException(KEY, ...)} / {@code new MetalNmrException(KEY, ...)} (with or without a cause
 * before the key), counts the arguments after the key, and compares them with the {@link String#format} placeholders
 * of the key's template (loaded from the enum itself).
 */
class MessagePlaceholderTest {

    private static final Pattern ENUM = Pattern.compile("^package ([a-z.]+);.*?\\benum (\\w+) implements MessageKey",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern CALL = Pattern.compile("new (?:InvalidInputException|MetalNmrException)\\(");
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(\\.\\d+)?([a-zA-Z%])");

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        return Files.exists(p.resolve("sim-core")) ? p : p.getParent();
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root())) {
            for (Path m : (Iterable<Path>) modules::iterator) {
                Path src = m.resolve("src/main/java");
                if (Files.isDirectory(src)) {
                    try (Stream<Path> files = Files.walk(src)) {
                        files.filter(f -> f.toString().endsWith(".java")).forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    /** @return placeholders that take an argument ({@code %%} and {@code %n} take none) */
    static int placeholders(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        int count = 0;
        int maxIndexed = 0;
        while (m.find()) {
            char conv = m.group(3).charAt(0);
            if (conv == '%' || conv == 'n') {
                continue;
            }
            if (m.group(1) != null) {
                maxIndexed = Math.max(maxIndexed, Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1)));
            } else {
                count++;
            }
        }
        return Math.max(count, maxIndexed);
    }

    /** Top-level arguments of the call whose opening parenthesis is at {@code open}. */
    static List<String> arguments(String text, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                cur.append(text, i, Math.min(j + 1, text.length()));
                i = j;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    if (!cur.toString().isBlank()) {
                        args.add(cur.toString().trim());
                    }
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(cur.toString().trim());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        throw new IllegalStateException("unbalanced call at " + open);
    }

    private static Map<String, MessageKey> messageKeys(List<Path> sources) throws IOException, ClassNotFoundException {
        Map<String, MessageKey> keys = new LinkedHashMap<>();
        for (Path f : sources) {
            Matcher m = ENUM.matcher(Files.readString(f));
            if (m.find()) {
                Class<?> c;
                try {
                    c = Class.forName(m.group(1) + "." + m.group(2));
                } catch (ClassNotFoundException e) {
                    // a module above validation (examples): read the templates from the source
                    fromSource(Files.readString(f), m.group(2), keys);
                    continue;
                }
                for (Object k : c.getEnumConstants()) {
                    keys.put(m.group(2) + "." + ((Enum<?>) k).name(), (MessageKey) k);
                }
            }
        }
        return keys;
    }

    private static final Pattern CONSTANT = Pattern.compile("^\\s+([A-Z][A-Z0-9_]*)\\(((?:\\s*\\+?\\s*\"(?:[^\"\\\\]|\\\\.)*\")+)\\s*\\)[,;]",
            Pattern.MULTILINE);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The constants of a message enum whose class is not on this module's class path, read from its source. */
    static void fromSource(String text, String enumName, Map<String, MessageKey> keys) {
        Matcher c = CONSTANT.matcher(text);
        while (c.find()) {
            StringBuilder template = new StringBuilder();
            Matcher l = LITERAL.matcher(c.group(2));
            while (l.find()) {
                template.append(l.group(1));
            }
            String t = template.toString();
            keys.put(enumName + "." + c.group(1), () -> t);
        }
    }

    @Test
    void everyCallSitePassesAsManyArgumentsAsItsTemplateHasPlaceholders() throws Exception {
        List<Path> sources = mainSources();
        Map<String, MessageKey> keys = messageKeys(sources);
        assertFalse(keys.isEmpty(), "no message enums found under " + root());
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (Path f : sources) {
            String text = Files.readString(f);
            Matcher m = CALL.matcher(text);
            while (m.find()) {
                List<String> args = arguments(text, m.end() - 1);
                int k = 0;
                while (k < args.size() && !keys.containsKey(args.get(k).replaceFirst("^.*?(\\w+\\.\\w+)$", "$1"))) {
                    k++;
                }
                if (k == args.size()) {
                    continue; // a key held in a variable: its arity is checked where the variable is chosen
                }
                String key = args.get(k).replaceFirst("^.*?(\\w+\\.\\w+)$", "$1");
                int given = args.size() - k - 1;
                int wanted = placeholders(keys.get(key).template());
                checked++;
                if (given != wanted) {
                    int line = (int) text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
                    bad.add(root().relativize(f) + ":" + line + " " + key + " gets " + given + " arguments, its template has "
                            + wanted + " placeholders");
                }
            }
        }
        assertEquals(List.of(), bad);
        assertFalse(checked < 50, "only " + checked + " call sites found: the scanner is broken");
    }

    @Test
    void placeholderCountingFollowsStringFormat() {
        assertEquals(3, placeholders("%s must be > 0 %s, got %s"));
        assertEquals(4, placeholders("%s needs about %.1f MiB of %d%% %s"));
        assertEquals(2, placeholders("%2$s then %1$s%n"));
        assertEquals(List.of("a", "f(b, c)", "\"x,)\""), arguments("(a, f(b, c), \"x,)\")", 0));
        Map<String, MessageKey> read = new LinkedHashMap<>();
        fromSource("enum E implements MessageKey {\n    /** a. */\n    ONE(\"%s and \"\n            + \"%d\"),\n    TWO(\"none\");\n", "E", read);
        assertEquals(List.of("E.ONE", "E.TWO"), List.copyOf(read.keySet()));
        assertEquals(2, placeholders(read.get("E.ONE").template()));
    }
}
