package com.quotecheck.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The engines are plain Java: they may import the JDK and a few libraries, never the framework or the app. */
class EngineIndependenceTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> ALLOWED = List.of("java.", "javax.xml.", "org.w3c.", "org.xml.",
            "opennlp.", "com.github.difflib.");
    /** Libraries only one engine may use: the export writers stream through Jackson's core and commons-csv. */
    private static final Map<String, List<String>> ALSO_ALLOWED = Map.of(
            "export/format", List.of("com.fasterxml.jackson.core.", "org.apache.commons.csv."));

    @ParameterizedTest
    @ValueSource(strings = {"extraction", "matching", "export/format"})
    void engineImportsOnlyTheJdkAndAllowedLibraries(String engine) throws IOException {
        Path folder = Path.of("src/main/java/com/quotecheck", engine);
        List<String> offending;
        try (Stream<Path> files = Files.walk(folder)) {
            offending = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> imports(p).stream().filter(i -> !allowed(i, engine)).map(i -> p.getFileName() + ": " + i))
                    .toList();
        }
        assertEquals(List.of(), offending);
    }

    private static boolean allowed(String imported, String engine) {
        String ownPackage = "com.quotecheck." + engine.replace('/', '.') + ".";
        return imported.startsWith(ownPackage) || ALLOWED.stream().anyMatch(imported::startsWith)
                || ALSO_ALLOWED.getOrDefault(engine, List.of()).stream().anyMatch(imported::startsWith);
    }

    private static List<String> imports(Path file) {
        try {
            return IMPORT.matcher(Files.readString(file)).results().map(m -> m.group(2)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
